import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "../env";
import { classifySmtpFailure, SmtpFailure } from "./smtp-failure";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  fromName: string;
  replyTo?: string;
  /** The Message-ID header, the same on every attempt to send this e-mail. */
  messageId: string;
  /** The Message-ID this one answers (In-Reply-To and References): mail clients thread them. */
  inReplyTo?: string;
};

/**
 * The domain of the portal's Message-IDs: that of MAIL_FROM, so they are
 * unique to this sender.
 */
export function mailDomain(): string {
  const at = env.MAIL_FROM.lastIndexOf("@");
  return (at >= 0 ? env.MAIL_FROM.slice(at + 1).replace(/[^\w.-]/g, "") : "") || "localhost";
}

/**
 * Sends one message over SMTP (SMTP_URL). Without SMTP_URL the message is
 * written to MAIL_DIR as an .eml file and its path logged, so development and
 * demos never need a mail server. When the server does not take it, throws
 * an SmtpFailure saying whether it certainly does not have the message or
 * may have it (smtp-failure.ts).
 */
export async function sendMail(message: MailMessage): Promise<{ messageId: string }> {
  const mail = {
    from: { name: message.fromName, address: env.MAIL_FROM },
    to: message.to,
    replyTo: message.replyTo,
    subject: message.subject,
    text: message.text,
    messageId: message.messageId,
    inReplyTo: message.inReplyTo,
    references: message.inReplyTo,
  };
  if (env.SMTP_URL) {
    // One transport per message, so its transcript is this message's alone:
    // nodemailer reports a connection closed after the data the same way as
    // one closed before the greeting, and only the server's go-ahead for the
    // data (354) tells them apart.
    let dataStarted = false;
    const transport = nodemailer.createTransport({
      url: env.SMTP_URL,
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
      transactionLog: true,
      logger: {
        debug(entry: { tnx?: string }, line?: unknown) {
          if (entry?.tnx === "server" && typeof line === "string" && /^354[ -]/.test(line)) dataStarted = true;
        },
      },
    });
    try {
      const info = await transport.sendMail(mail);
      return { messageId: info.messageId };
    } catch (error) {
      throw new SmtpFailure(classifySmtpFailure(error as object, dataStarted), error);
    } finally {
      transport.close();
    }
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
