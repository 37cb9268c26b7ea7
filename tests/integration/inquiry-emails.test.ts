import { randomUUID } from "node:crypto";
import type { ParsedMail } from "mailparser";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { createTestSmtp } from "../fixtures/smtp-server";

// A real SMTP conversation with a server started here. The portal reads its
// environment once, so it is set before the server modules are loaded.
const SMTP_PORT = 20_000 + Math.floor(Math.random() * 20_000);
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
process.env.EMAIL_RETRY_DELAY_SECONDS = "1";

const { db } = await import("@/server/db");
const { createInquiry } = await import("@/server/inquiries/create-inquiry");
const { startEmailWorker } = await import("@/server/jobs/email-worker");
const { stopBoss } = await import("@/server/jobs/queue");

const smtp = createTestSmtp(SMTP_PORT);
const received = smtp.accepted;

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const jobCounts = async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ state: string; n: number }>(
      "select state, count(*)::int as n from pgboss.job where name = 'inquiry-email' group by state",
    );
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  } finally {
    await client.end();
  }
};

const form = (email: string, overrides: Record<string, string> = {}) => ({
  fullName: "Trần Thị Bích",
  organisation: "Công ty Cổ phần Nông sản Mẫu",
  country: "VN",
  email,
  sector: "high-tech-agriculture",
  capitalRange: "10m-50m",
  timeline: "within-6-months",
  message: "Chúng tôi cần 5 ha đất để xây nhà kính.",
  consentProcessing: "on",
  ...overrides,
});

beforeAll(async () => {
  await seedInquiryContent();
  // Jobs left by earlier test files would only slow the worker down here.
  await clearInquiries();
});

afterAll(async () => {
  await stopBoss();
  await smtp.close();
  await db.$disconnect();
});

describe("inquiry e-mails over SMTP", () => {
  it("sends the investor a confirmation in their language and notifies the desk, once each", async () => {
    received.length = 0;
    await smtp.listen();
    const stopWorker = await startEmailWorker();
    try {
      const vi = await createInquiry({ form: form("bich@example.vn"), idempotencyKey: randomUUID(), locale: "vi" });
      const en = await createInquiry({
        form: form("buyer@example.com", { sector: "electronics", fullName: "Alex Morgan" }),
        idempotencyKey: randomUUID(),
        locale: "en",
      });
      if (!vi.ok || !en.ok) throw new Error("not stored");
      await waitFor(() => received.length >= 4, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(received).toHaveLength(4);

      const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
      const toInvestorVi = received.filter((m) => to(m) === "bich@example.vn");
      expect(toInvestorVi).toHaveLength(1);
      expect(toInvestorVi[0]?.subject).toBe(`Đã nhận yêu cầu đầu tư ${vi.reference}`);
      expect(toInvestorVi[0]?.text).toContain("Kính gửi Trần Thị Bích,");
      expect(toInvestorVi[0]?.text).toContain("Bộ phận nông nghiệp công nghệ cao");
      expect(toInvestorVi[0]?.text).toContain("trong vòng 2 ngày làm việc");

      const toInvestorEn = received.filter((m) => to(m) === "buyer@example.com");
      expect(toInvestorEn).toHaveLength(1);
      expect(toInvestorEn[0]?.subject).toBe(`We received your investment inquiry ${en.reference}`);
      expect(toInvestorEn[0]?.text).toContain("High-tech and digital economy desk");

      const toDesks = received.filter((m) => to(m)?.endsWith("@longan-hitech.example"));
      expect(toDesks.map(to).sort()).toEqual(["congnghecao@longan-hitech.example", "nongnghiep@longan-hitech.example"]);
      const agriculture = toDesks.find((m) => to(m) === "nongnghiep@longan-hitech.example");
      expect(agriculture?.subject).toBe(
        `[${vi.reference}] Yêu cầu đầu tư mới: Công ty Cổ phần Nông sản Mẫu – Nông nghiệp công nghệ cao`,
      );
      expect(agriculture?.text).toContain("bich@example.vn");
      expect(agriculture?.replyTo?.value[0]?.address).toBe("bich@example.vn");
    } finally {
      await stopWorker();
      await smtp.close();
    }
  });

  it("loses nothing and sends nothing twice when the mail server is down and the worker restarts", async () => {
    await db.inquiry.deleteMany();
    received.length = 0;
    const before = await jobCounts();
    // Mail server down: 50 inquiries are still accepted and stored.
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        createInquiry({
          form: form(`investor${i}@example.com`),
          idempotencyKey: randomUUID(),
          locale: i % 2 ? "en" : "vi",
        }),
      ),
    );
    expect(results.every((r) => r.ok && r.created)).toBe(true);
    expect(await db.inquiry.count()).toBe(50);

    let stopWorker = await startEmailWorker();
    await waitFor(async () => ((await jobCounts()).retry ?? 0) > 0, 20_000);
    // The worker restarts in the middle of the failures.
    await stopWorker();
    stopWorker = await startEmailWorker();
    await smtp.listen();
    try {
      await waitFor(() => received.length >= 100, 90_000);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      await stopWorker();
      await smtp.close();
    }

    const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? "";
    const perInvestor = new Map<string, number>();
    for (const mail of received) perInvestor.set(to(mail), (perInvestor.get(to(mail)) ?? 0) + 1);
    for (let i = 0; i < 50; i++) expect(perInvestor.get(`investor${i}@example.com`)).toBe(1);
    const references = results.map((r) => (r.ok ? r.reference : ""));
    const deskMails = received.filter((m) => to(m) === "nongnghiep@longan-hitech.example");
    expect(deskMails).toHaveLength(50);
    expect(new Set(deskMails.map((m) => m.subject?.match(/^\[(LA-\d{4}-\w{6})\]/)?.[1]))).toEqual(new Set(references));
    const after = await jobCounts();
    expect((after.completed ?? 0) - (before.completed ?? 0)).toBe(100);
    expect(after.failed ?? 0).toBe(0);
    // The ledger agrees: each e-mail sent once, after attempts the server refused.
    expect(await db.emailDelivery.count({ where: { state: "SENT" } })).toBe(100);
    expect(await db.emailDelivery.count()).toBe(100);
    expect(await db.emailDelivery.count({ where: { attempts: { gt: 1 } } })).toBeGreaterThan(0);
    expect(await db.inquiryEvent.count({ where: { type: "email-sent" } })).toBe(100);
  }, 150_000);
});
