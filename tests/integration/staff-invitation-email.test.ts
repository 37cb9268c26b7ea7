import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionsOf } from "@/lib/permissions";
import { seedInquiryContent } from "../fixtures/inquiry-database";
import { createTestSmtp } from "../fixtures/smtp-server";

// An invitation (and a reset) goes out through the same outbox, queue and
// worker as an inquiry's e-mails, and the link it carries is the one that
// sets the password: derived again by the worker, stored nowhere.
const SMTP_PORT = 20_000 + Math.floor(Math.random() * 20_000);
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
process.env.EMAIL_RETRY_DELAY_SECONDS = "1";

const { db } = await import("@/server/db");
const { startEmailWorker } = await import("@/server/jobs/email-worker");
const { stopBoss } = await import("@/server/jobs/queue");
const { inviteStaff, resetStaffPassword, setPasswordFromLink } = await import("@/server/staff/staff-writes");
const { findUsableLink } = await import("@/server/auth/links");
const { verifyPassword } = await import("@/server/auth/password");

const smtp = createTestSmtp(SMTP_PORT);
let stopWorker: () => Promise<void>;

async function waitFor<T>(find: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error("timed out waiting for the e-mail");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function administrator() {
  const email = `admin-${randomUUID()}@example.vn`;
  const user = await db.staffUser.create({
    data: { email, emailKey: email, name: "Quản trị", role: "ADMINISTRATOR" },
  });
  return {
    userId: user.id,
    sessionId: 0,
    email,
    name: user.name,
    role: "ADMINISTRATOR" as const,
    locale: "vi",
    deskIds: [],
    permissions: permissionsOf("ADMINISTRATOR"),
    clientKey: "test",
  };
}

const linkIn = (text: string) => {
  const match = /(http\S+\/admin\/set-password\?token=(\S+))/.exec(text);
  if (!match?.[2]) throw new Error(`no link in:\n${text}`);
  return { url: match[1], token: decodeURIComponent(match[2]) };
};

beforeAll(async () => {
  await seedInquiryContent();
  await smtp.listen();
  stopWorker = await startEmailWorker();
});
afterAll(async () => {
  await stopWorker?.();
  await stopBoss();
  await smtp.close();
  await db.$disconnect();
});

describe("staff e-mails", () => {
  it("sends the invitation in the person's language with a link that sets the password once", async () => {
    const actor = await administrator();
    const email = `new-${randomUUID()}@example.vn`;
    const { id } = await inviteStaff({ actor, email, name: "Jane Officer", role: "EDITOR", deskIds: [], locale: "en" });
    // Neither the link's row nor the queued job holds the token.
    const link = await db.staffLink.findFirstOrThrow({ where: { userId: id } });
    const mail = await waitFor(() => smtp.accepted.find((m) => m.to && JSON.stringify(m.to).includes(email)));
    expect(mail.subject).toBe("Your account for the portal's back office");
    expect(mail.text).toContain("Dear Jane Officer,");
    const { url, token } = linkIn(mail.text ?? "");
    expect(url).toMatch(/\/en\/admin\/set-password\?token=/);
    expect(JSON.stringify(link)).not.toContain(token);
    const jobs = await db.$queryRawUnsafe<{ data: unknown }[]>(
      `SELECT data FROM pgboss.job WHERE name = 'inquiry-email'`,
    );
    expect(JSON.stringify(jobs)).not.toContain(token);
    expect(jobs.map((j) => j.data)).toContainEqual({ staffLinkId: link.id, kind: "staff-link" });

    expect(await findUsableLink(token)).not.toBeNull();
    await setPasswordFromLink({ token, password: "a long walk to Bến Lức port", clientKey: "test" });
    const user = await db.staffUser.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword("a long walk to Bến Lức port", user.passwordHash)).toBe(true);
    await expect(
      setPasswordFromLink({ token, password: "another long passphrase here", clientKey: "test" }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "linkUnusable" });
  });

  it("sends a reset link in Vietnamese, and the reset ends the password until it is used", async () => {
    const actor = await administrator();
    const email = `reset-${randomUUID()}@example.vn`;
    const { id } = await inviteStaff({ actor, email, name: "Nguyễn Văn B", role: "EDITOR", deskIds: [], locale: "vi" });
    const invitation = await waitFor(() => smtp.accepted.find((m) => JSON.stringify(m.to).includes(email)));
    await resetStaffPassword({ actor, id });
    const reset = await waitFor(() =>
      smtp.accepted.find((m) => JSON.stringify(m.to).includes(email) && m.subject !== invitation.subject),
    );
    expect(reset.subject).toBe("Đặt lại mật khẩu trang quản trị cổng thông tin");
    expect(reset.text).toContain("Kính gửi Nguyễn Văn B,");
    // The invitation's link stopped working when the reset link was issued.
    expect(await findUsableLink(linkIn(invitation.text ?? "").token)).toBeNull();
    expect(await findUsableLink(linkIn(reset.text ?? "").token)).not.toBeNull();
  });
});
