import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

export type MailMessage = { to: string; subject: string; text: string; fromName: string; replyTo?: string };

let smtp: Transporter | undefined;

/**
 * Sends one message over SMTP (SMTP_URL). Without SMTP_URL the message is
 * written to MAIL_DIR as an .eml file and its path logged, so development and
 * demos never need a mail server. Throws when the server refuses or is down:
 * the job queue retries.
 */
export async function sendMail(message: MailMessage): Promise<{ messageId: string }> {
  const mail = {
    from: { name: message.fromName, address: env.MAIL_FROM },
    to: message.to,
    replyTo: message.replyTo,
    subject: message.subject,
    text: message.text,
  };
  if (env.SMTP_URL) {
    smtp ??= nodemailer.createTransport(env.SMTP_URL, {
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
    });
    const info = await smtp.sendMail(mail);
    return { messageId: info.messageId };
  }
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(mail);
  await mkdir(env.MAIL_DIR, { recursive: true });
  const file = path.join(
    env.MAIL_DIR,
    `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^\w.-]/g, "")}.eml`,
  );
  await writeFile(file, info.message as Buffer);
  console.log(`[portal] E-mail to ${message.to} written to ${file}`);
  return { messageId: info.messageId };
}
