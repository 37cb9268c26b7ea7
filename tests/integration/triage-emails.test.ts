import { randomUUID } from "node:crypto";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionsOf } from "@/lib/permissions";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { createTestSmtp } from "../fixtures/smtp-server";
import { createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";

// The back office's e-mails through the whole chain: the write queues an
// outbox row, the worker relays it into pg-boss and sends it to a real SMTP
// server started here. The portal reads its environment once, so it is set
// before the server modules are loaded.
const SMTP_PORT = 20_000 + Math.floor(Math.random() * 20_000);
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
process.env.EMAIL_RETRY_DELAY_SECONDS = "1";
process.env.SITE_URL = "https://invest.example.vn";

const { db } = await import("@/server/db");
const { createInquiry } = await import("@/server/inquiries/create-inquiry");
const { releaseHeldInquiry, replyToInquiry, rerouteInquiry } = await import("@/server/inquiries/triage-writes");
const { deliverInquiryEmail, startEmailWorker } = await import("@/server/jobs/email-worker");
const { EMAIL_QUEUE, getBoss, stopBoss } = await import("@/server/jobs/queue");
const { verifyNewsletterWithdrawToken } = await import("@/server/privacy/newsletter-token");

const smtp = createTestSmtp(SMTP_PORT);
const received = smtp.accepted;
let stopWorker: () => Promise<void>;
let officer: StaffFixtureUser;
let admin: StaffFixtureUser;

const actorOf = (user: StaffFixtureUser) => ({
  userId: user.id,
  sessionId: 0,
  email: user.email,
  name: user.name,
  role: user.role,
  locale: "vi",
  deskIds: user.deskIds,
  permissions: permissionsOf(user.role),
  clientKey: "client:test",
});

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
const mailsTo = (address: string) => received.filter((mail) => addressOf(mail) === address);
const withId = (messageId: string) => received.filter((mail) => mail.messageId === messageId);
const messageId = (reference: string, kind: string) => `<${reference}.${kind}@longan-hitech.example>`;

async function jobDone(id: string) {
  const boss = await getBoss();
  const job = await boss.getJobById(EMAIL_QUEUE, id);
  return job?.state === "completed";
}

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

/** Stores an inquiry and waits for the e-mails it is owed on receipt (none when held). */
async function storedInquiry(email: string, locale: string, overrides: Record<string, string> = {}, hold = false) {
  const result = await createInquiry({
    form: form(email, overrides),
    idempotencyKey: randomUUID(),
    locale,
    ...(hold ? { hold: "honeypot" as const } : {}),
  });
  if (!result.ok) throw new Error("not stored");
  if (!hold) await waitFor("the confirmation", () => mailsTo(email).length === 1);
  return db.inquiry.findUniqueOrThrow({ where: { reference: result.reference } });
}

beforeAll(async () => {
  await seedInquiryContent();
  await clearInquiries();
  officer = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: ["agriculture"], name: "Nguyễn Văn An" });
  admin = await createStaffUser({ role: "ADMINISTRATOR", name: "Lê Thị Hoa" });
  await smtp.listen();
  stopWorker = await startEmailWorker();
});

afterAll(async () => {
  await stopWorker?.();
  await stopBoss();
  await smtp.close();
  await deleteTestStaff();
  await db.$disconnect();
});

describe("replies to investors", () => {
  it("writes in Vietnamese on the letterhead, threaded under the confirmation, answers going to the desk", async () => {
    const inquiry = await storedInquiry("bich@example.vn", "vi", { consentNewsletter: "on" });
    const text = "Kính gửi bà Bích,\n\nLô đất B-12 (5 ha) còn trống; đề nghị Quý công ty cho biết thời gian khảo sát.";
    const { eventId } = await replyToInquiry({
      actor: actorOf(officer),
      reference: inquiry.reference,
      version: inquiry.version,
      subject: "Thông tin lô đất B-12",
      text,
    });
    await waitFor("the reply", () => mailsTo("bich@example.vn").length === 2);

    const [confirmation, reply] = mailsTo("bich@example.vn") as [ParsedMail, ParsedMail];
    expect(confirmation.messageId).toBe(messageId(inquiry.reference, "investor"));
    expect(reply.messageId).toBe(messageId(inquiry.reference, `reply-${eventId}`));
    expect(reply.inReplyTo).toBe(confirmation.messageId);
    expect([reply.references].flat()).toEqual([confirmation.messageId]);
    expect(reply.subject).toBe(`Thông tin lô đất B-12 (mã tham chiếu ${inquiry.reference})`);
    expect(reply.from?.value[0]?.name).toBe("Khu kinh tế công nghệ cao Long An");
    expect(reply.replyTo?.value[0]?.address).toBe("nongnghiep@longan-hitech.example");
    const body = reply.text ?? "";
    expect(body.split("\n").slice(0, 4)).toEqual([
      "KHU KINH TẾ CÔNG NGHỆ CAO LONG AN",
      "Ban Quản lý Khu kinh tế tỉnh Tây Ninh",
      "Phường Long An, tỉnh Tây Ninh, Việt Nam",
      "Điện thoại: +84 272 000 0000 · Thư điện tử: dautu@longan-hitech.example · Trang thông tin điện tử: https://invest.example.vn",
    ]);
    expect(body).toContain(`V/v: phản hồi yêu cầu đầu tư, mã tham chiếu ${inquiry.reference}`);
    expect(body).toContain(text);
    expect(body).toContain(
      "Trân trọng,\nNguyễn Văn An\nBộ phận nông nghiệp công nghệ cao\nBan Quản lý Khu kinh tế tỉnh Tây Ninh",
    );
    expect(body).toContain(
      "thư trả lời sẽ được gửi đến Bộ phận nông nghiệp công nghệ cao (nongnghiep@longan-hitech.example)",
    );
    expect(body).toContain(`https://invest.example.vn/vi/inquire/status?ref=${inquiry.reference}`);

    // Consent to news given: both e-mails carry a working link to withdraw it.
    for (const mail of [confirmation, reply]) {
      const link = (mail.text ?? "").match(
        /^Để ngừng nhận tin từ cổng thông tin: https:\/\/invest\.example\.vn\/vi\/newsletter\/withdraw\?ref=([\w-]+)&token=([\w-]{22,})$/m,
      );
      expect(link?.[1]).toBe(inquiry.reference);
      expect(await verifyNewsletterWithdrawToken(inquiry.reference, link?.[2] ?? "")).toBe(true);
      expect(await verifyNewsletterWithdrawToken("LA-2026-AAAAAA", link?.[2] ?? "")).toBe(false);
    }

    // The ledger has the reply under its event; its timeline event names it.
    expect(
      await db.emailDelivery.findMany({
        where: { inquiryId: inquiry.id, kind: { startsWith: "reply" } },
        select: { kind: true, state: true, messageId: true },
      }),
    ).toEqual([{ kind: `reply:${eventId}`, state: "SENT", messageId: reply.messageId }]);
    const sent = await db.inquiryEvent.findMany({ where: { inquiryId: inquiry.id, type: "email-sent" } });
    expect(sent.map((event) => event.data)).toContainEqual({
      kind: "reply",
      eventId,
      to: "bich@example.vn",
      messageId: reply.messageId,
    });
  });

  it("writes in English to an investor who wrote in English, without a news link when they did not agree to news", async () => {
    const inquiry = await storedInquiry("alex@example.com", "en", { sector: "electronics", fullName: "Alex Morgan" });
    const { eventId } = await replyToInquiry({
      actor: actorOf(admin),
      reference: inquiry.reference,
      version: inquiry.version,
      subject: "Plots near the port",
      text: "Dear Mr Morgan,\n\nPlots T-01 and T-02 are available.",
    });
    await waitFor("the reply", () => mailsTo("alex@example.com").length === 2);
    const [confirmation, reply] = mailsTo("alex@example.com") as [ParsedMail, ParsedMail];
    expect(reply.messageId).toBe(messageId(inquiry.reference, `reply-${eventId}`));
    expect(reply.subject).toBe(`Plots near the port (reference ${inquiry.reference})`);
    expect(reply.from?.value[0]?.name).toBe("Long An High-Tech Economic Zone");
    expect(reply.replyTo?.value[0]?.address).toBe("congnghecao@longan-hitech.example");
    const body = reply.text ?? "";
    expect(body).toContain("LONG AN HIGH-TECH ECONOMIC ZONE\nTây Ninh Economic Zone Management Board\n");
    expect(body).toContain("Phone: +84 272 000 0000 · E-mail: dautu@longan-hitech.example");
    expect(body).toContain(`Re: your investment inquiry, reference ${inquiry.reference}`);
    expect(body).toContain("Dear Mr Morgan,\n\nPlots T-01 and T-02 are available.");
    expect(body).toContain(
      "Yours sincerely,\nLê Thị Hoa\nHigh-tech and digital economy desk\nTây Ninh Economic Zone Management Board",
    );
    expect(body).toContain(`https://invest.example.vn/en/inquire/status?ref=${inquiry.reference}`);
    for (const mail of [confirmation, reply]) {
      expect(mail.text).not.toMatch(/stop receiving news|newsletter\/withdraw/);
    }
  });

  it("sends each reply once, however many times its job runs", async () => {
    const inquiry = await storedInquiry("once@example.vn", "vi", { organisation: "Công ty Một Lần" });
    const first = await replyToInquiry({
      actor: actorOf(officer),
      reference: inquiry.reference,
      version: inquiry.version,
      subject: "Lần thứ nhất",
      text: "Nội dung thứ nhất.",
    });
    const second = await replyToInquiry({
      actor: actorOf(officer),
      reference: inquiry.reference,
      version: first.version,
      subject: "Lần thứ hai",
      text: "Nội dung thứ hai.",
    });
    await waitFor("both replies", () => mailsTo("once@example.vn").length === 3);

    // The same job again: run by hand, and queued twice more for the worker.
    const job = { inquiryId: inquiry.id, kind: "reply", eventId: first.eventId } as const;
    await deliverInquiryEmail(job);
    await deliverInquiryEmail(job);
    const boss = await getBoss();
    const ids = [await boss.send(EMAIL_QUEUE, job), await boss.send(EMAIL_QUEUE, job)] as string[];
    await waitFor("the repeated jobs", async () => (await Promise.all(ids.map(jobDone))).every(Boolean));

    expect(withId(messageId(inquiry.reference, `reply-${first.eventId}`))).toHaveLength(1);
    expect(withId(messageId(inquiry.reference, `reply-${second.eventId}`))).toHaveLength(1);
    expect(
      mailsTo("once@example.vn")
        .map((mail) => mail.subject)
        .sort(),
    ).toEqual([
      `Lần thứ hai (mã tham chiếu ${inquiry.reference})`,
      `Lần thứ nhất (mã tham chiếu ${inquiry.reference})`,
      `Đã nhận yêu cầu đầu tư ${inquiry.reference}`,
    ]);
    expect(
      await db.inquiryEvent.count({
        where: { inquiryId: inquiry.id, type: "email-sent", data: { path: ["kind"], equals: "reply" } },
      }),
    ).toBe(2);
  });
});

describe("re-routing notice", () => {
  it("tells the new desk, in Vietnamese, who sent the inquiry there and why, with the link to handle it", async () => {
    const inquiry = await storedInquiry("coldchain@example.vn", "vi", { organisation: "Công ty Kho Lạnh Mẫu" });
    await waitFor("the first desk's notification", () => mailsTo("nongnghiep@longan-hitech.example").length > 0);
    const toOldDesk = mailsTo("nongnghiep@longan-hitech.example").length;
    const logistics = await db.desk.findUniqueOrThrow({ where: { slug: "industry-logistics" } });
    await rerouteInquiry({
      actor: actorOf(admin),
      reference: inquiry.reference,
      version: inquiry.version,
      deskId: logistics.id,
      comment: "Nhà đầu tư cần kho lạnh gần cảng.",
    });
    await waitFor("the notice", () => mailsTo("logistics@longan-hitech.example").length === 1);

    const [notice] = mailsTo("logistics@longan-hitech.example") as [ParsedMail];
    expect(notice.subject).toBe(
      `[${inquiry.reference}] Yêu cầu đầu tư được chuyển đến Bộ phận công nghiệp hỗ trợ và logistics: Công ty Kho Lạnh Mẫu`,
    );
    expect(notice.messageId).toMatch(new RegExp(`^<${inquiry.reference}\\.rerouted-\\d+@longan-hitech\\.example>$`));
    expect(notice.replyTo?.value[0]?.address).toBe(admin.email);
    const body = notice.text ?? "";
    expect(body).toContain(
      "Lê Thị Hoa đã chuyển yêu cầu đầu tư này từ Bộ phận nông nghiệp công nghệ cao đến Bộ phận công nghiệp hỗ trợ và logistics.",
    );
    expect(body).toContain("Ý kiến kèm theo: Nhà đầu tư cần kho lạnh gần cảng.");
    expect(body).toContain(`Xem và xử lý yêu cầu: https://invest.example.vn/vi/admin/inquiries/${inquiry.reference}`);
    expect(body).toContain("Thư điện tử: coldchain@example.vn");
    expect(body).toContain("Tổ chức: Công ty Kho Lạnh Mẫu");
    expect(body).toContain("Chúng tôi cần 5 ha đất để xây nhà kính.");
    // Nothing new for the desk it left, nor for the investor.
    expect(mailsTo("nongnghiep@longan-hitech.example")).toHaveLength(toOldDesk);
    expect(mailsTo("coldchain@example.vn")).toHaveLength(1);
  });
});

describe("releasing a held inquiry", () => {
  it("sends the investor's confirmation and the desk's notification exactly once, with two workers", async () => {
    const held = await storedInquiry("held@example.vn", "vi", { organisation: "Công ty Bị Giữ" }, true);
    expect(held.status).toBe("HELD");
    expect(await db.emailOutbox.count({ where: { inquiryId: held.id } })).toBe(0);

    const secondWorker = await startEmailWorker();
    try {
      await releaseHeldInquiry({ actor: actorOf(admin), reference: held.reference, version: held.version });
      await waitFor("both e-mails", () => withId(messageId(held.reference, "desk")).length === 1);
      await waitFor("both e-mails", () => withId(messageId(held.reference, "investor")).length === 1);

      // Their jobs once more, by hand and through the queue.
      const boss = await getBoss();
      const ids: string[] = [];
      for (const kind of ["investor", "desk"] as const) {
        await deliverInquiryEmail({ inquiryId: held.id, kind });
        ids.push((await boss.send(EMAIL_QUEUE, { inquiryId: held.id, kind })) as string);
      }
      await waitFor("the repeated jobs", async () => (await Promise.all(ids.map(jobDone))).every(Boolean));
    } finally {
      await secondWorker();
    }

    expect(withId(messageId(held.reference, "investor"))).toHaveLength(1);
    expect(withId(messageId(held.reference, "desk"))).toHaveLength(1);
    expect(mailsTo("held@example.vn")[0]?.subject).toBe(`Đã nhận yêu cầu đầu tư ${held.reference}`);
    const desk = withId(messageId(held.reference, "desk"))[0];
    expect(addressOf(desk as ParsedMail)).toBe("nongnghiep@longan-hitech.example");
    expect(desk?.subject).toBe(`[${held.reference}] Yêu cầu đầu tư mới: Công ty Bị Giữ – Nông nghiệp công nghệ cao`);
    expect(
      await db.emailDelivery.findMany({
        where: { inquiryId: held.id },
        orderBy: { kind: "asc" },
        select: { kind: true, state: true, attempts: true },
      }),
    ).toEqual([
      { kind: "desk", state: "SENT", attempts: 1 },
      { kind: "investor", state: "SENT", attempts: 1 },
    ]);
  });
});
