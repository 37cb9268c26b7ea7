import { randomBytes } from "node:crypto";
import type { ParsedMail } from "mailparser";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { createTestSmtp } from "../fixtures/smtp-server";
import { createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";

// The daily digest to each desk, through a real SMTP server started here.
// The portal reads its environment once, so it is set before the server
// modules are loaded.
const SMTP_PORT = 20_000 + Math.floor(Math.random() * 20_000);
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
process.env.SITE_URL = "https://invest.example.vn";

const { db } = await import("@/server/db");
const { sendOverdueDigests } = await import("@/server/inquiries/overdue-digest");
const { startEmailWorker } = await import("@/server/jobs/email-worker");
const { getBoss, registerSchedules, stopBoss } = await import("@/server/jobs/queue");

const smtp = createTestSmtp(SMTP_PORT);
const received = smtp.accepted;
let officer: StaffFixtureUser;
const desks: Record<string, number> = {};

/** 07:30 in Viet Nam on a YYYY-MM-DD day. */
const at0730 = (day: string) => new Date(`${day}T00:30:00Z`);
// Tuesday 8 December 2026 (a working day); Wednesday 9th is made a holiday
// here; Saturday 5th is a weekend.
const TUESDAY = "2026-12-08";
const HOLIDAY = "2026-12-09";

const addressOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
const mailsTo = (address: string) => received.filter((mail) => addressOf(mail) === address);

let made = 0;
/** An inquiry at a desk, as the back office left it. */
async function inquiry(options: {
  desk: string;
  organisation: string;
  createdAt: string;
  dueAt: string;
  status?: "NEW" | "ASSIGNED" | "IN_PROGRESS" | "CLOSED_LOST" | "SPAM";
  assignee?: StaffFixtureUser;
  firstResponseAt?: string;
}) {
  made++;
  const reference = `LA-2026-D${String(made).padStart(5, "0")}`;
  await db.inquiry.create({
    data: {
      reference,
      idempotencyKey: randomBytes(16).toString("hex"),
      locale: "vi",
      status: options.status ?? (options.assignee ? "ASSIGNED" : "NEW"),
      fullName: "Phạm Minh Đức",
      organisation: options.organisation,
      country: "VN",
      email: `investor${made}@example.vn`,
      sector: { connect: { slug: "high-tech-agriculture" } },
      parcelCodes: [],
      capitalRange: "FROM_10M_TO_50M",
      timeline: "within-6-months",
      message: "Xin thông tin.",
      consentedAt: new Date(options.createdAt),
      privacyNoticeVersion: "2026-11-24",
      desk: { connect: { id: desks[options.desk] as number } },
      assignee: options.assignee ? { connect: { id: options.assignee.id } } : undefined,
      createdAt: new Date(options.createdAt),
      dueAt: new Date(options.dueAt),
      firstResponseAt: options.firstResponseAt ? new Date(options.firstResponseAt) : null,
    },
  });
  return reference;
}

/** Each situation once at the agriculture desk, and one overdue inquiry at the high-tech desk. */
async function workload() {
  return {
    // Due Friday 09:00: by Tuesday 07:30, 15 h of Friday + Monday + 7.5 h of Tuesday overdue.
    overdueAssigned: await inquiry({
      desk: "agriculture",
      organisation: "Công ty Quá Hạn Có Người",
      createdAt: "2026-12-02T02:00:00Z",
      dueAt: "2026-12-04T02:00:00Z",
      assignee: officer,
    }),
    // Due Monday 08:00, nobody on it.
    overdueUnassigned: await inquiry({
      desk: "agriculture",
      organisation: "Công ty Quá Hạn Chưa Giao",
      createdAt: "2026-12-03T01:00:00Z",
      dueAt: "2026-12-07T01:00:00Z",
    }),
    unassigned: await inquiry({
      desk: "agriculture",
      organisation: "Công ty Chưa Giao",
      createdAt: "2026-12-07T03:00:00Z",
      dueAt: "2026-12-09T03:00:00Z",
    }),
    answered: await inquiry({
      desk: "agriculture",
      organisation: "Công ty Đã Trả Lời",
      createdAt: "2026-12-01T02:00:00Z",
      dueAt: "2026-12-03T02:00:00Z",
      status: "IN_PROGRESS",
      assignee: officer,
      firstResponseAt: "2026-12-02T02:00:00Z",
    }),
    notDue: await inquiry({
      desk: "agriculture",
      organisation: "Công ty Còn Hạn",
      createdAt: "2026-12-07T04:00:00Z",
      dueAt: "2026-12-09T04:00:00Z",
      assignee: officer,
    }),
    closed: await inquiry({
      desk: "agriculture",
      organisation: "Công ty Đã Đóng",
      createdAt: "2026-11-20T02:00:00Z",
      dueAt: "2026-11-24T02:00:00Z",
      status: "CLOSED_LOST",
    }),
    spam: await inquiry({
      desk: "agriculture",
      organisation: "Công ty Rác",
      createdAt: "2026-11-20T02:00:00Z",
      dueAt: "2026-11-24T02:00:00Z",
      status: "SPAM",
    }),
    otherDesk: await inquiry({
      desk: "high-tech",
      organisation: "Công ty Điện Tử Quá Hạn",
      createdAt: "2026-12-02T02:00:00Z",
      dueAt: "2026-12-04T02:00:00Z",
    }),
  };
}

beforeAll(async () => {
  await seedInquiryContent();
  for (const desk of await db.desk.findMany()) desks[desk.slug] = desk.id;
  officer = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: ["agriculture"], name: "Nguyễn Văn An" });
  await db.holiday.deleteMany({ where: { date: new Date(`${HOLIDAY}T00:00:00Z`) } });
  await db.holiday.create({
    data: {
      date: new Date(`${HOLIDAY}T00:00:00Z`),
      translations: { create: [{ locale: "vi", name: "Ngày nghỉ thử nghiệm" }] },
    },
  });
});

beforeEach(async () => {
  await clearInquiries();
  await db.deskDigest.deleteMany();
  received.length = 0;
  await smtp.listen();
  return () => smtp.close();
});

afterAll(async () => {
  await stopBoss();
  await smtp.close();
  await db.holiday.deleteMany({ where: { date: new Date(`${HOLIDAY}T00:00:00Z`) } });
  await deleteTestStaff();
  await db.$disconnect();
});

describe("the overdue digest", () => {
  it("sends each desk its overdue and unassigned inquiries, and nothing to a desk with none", async () => {
    const refs = await workload();
    const run = await sendOverdueDigests({ now: at0730(TUESDAY) });

    expect(run).toEqual({
      day: TUESDAY,
      workingDay: true,
      sent: [
        { deskId: desks["high-tech"], count: 1 },
        { deskId: desks.agriculture, count: 3 },
      ].sort((a, b) => (a.deskId as number) - (b.deskId as number)),
      alreadyClaimed: [],
    });
    expect(received.map(addressOf).sort()).toEqual([
      "congnghecao@longan-hitech.example",
      "nongnghiep@longan-hitech.example",
    ]);

    const [digest] = mailsTo("nongnghiep@longan-hitech.example") as [ParsedMail];
    expect(digest.subject).toBe(
      "[08/12/2026] Bộ phận nông nghiệp công nghệ cao: 3 yêu cầu đầu tư cần xử lý, trong đó 2 yêu cầu quá hạn phản hồi",
    );
    expect(digest.messageId).toBe(`<digest-${desks.agriculture}-${TUESDAY}@longan-hitech.example>`);
    expect(digest.from?.value[0]?.name).toBe("Khu kinh tế công nghệ cao Long An");
    const body = digest.text ?? "";
    const link = (reference: string) => `https://invest.example.vn/vi/admin/inquiries/${reference}`;
    expect(body).toContain(
      [
        "Quá hạn phản hồi lần đầu (2):",
        `- ${refs.overdueAssigned} · Công ty Quá Hạn Có Người`,
        "  nhận lúc 09:00 02/12/2026; hạn phản hồi 09:00 04/12/2026; quá hạn 1,9 ngày làm việc; cán bộ phụ trách: Nguyễn Văn An",
        `  ${link(refs.overdueAssigned)}`,
        `- ${refs.overdueUnassigned} · Công ty Quá Hạn Chưa Giao`,
        "  nhận lúc 08:00 03/12/2026; hạn phản hồi 08:00 07/12/2026; quá hạn 1 ngày làm việc; cán bộ phụ trách: chưa phân công",
        `  ${link(refs.overdueUnassigned)}`,
        "",
        "Chưa phân công cán bộ, chưa quá hạn (1):",
        `- ${refs.unassigned} · Công ty Chưa Giao`,
        "  nhận lúc 10:00 07/12/2026; hạn phản hồi 10:00 09/12/2026; cán bộ phụ trách: chưa phân công",
        `  ${link(refs.unassigned)}`,
      ].join("\n"),
    );
    expect(body).toContain("Kính gửi Bộ phận nông nghiệp công nghệ cao,");
    expect(body).toContain("Tính đến 07:30 08/12/2026 (giờ Việt Nam)");
    expect(body).toContain("https://invest.example.vn/vi/admin/inquiries\n");
    for (const other of [refs.answered, refs.notDue, refs.closed, refs.spam, refs.otherDesk]) {
      expect(body).not.toContain(other);
    }

    const [highTech] = mailsTo("congnghecao@longan-hitech.example") as [ParsedMail];
    expect(highTech.text).toContain(`- ${refs.otherDesk} · Công ty Điện Tử Quá Hạn`);
    expect(highTech.text).not.toContain("Chưa phân công cán bộ, chưa quá hạn");
    for (const [name, reference] of Object.entries(refs)) {
      if (name !== "otherDesk") expect(highTech.text).not.toContain(reference);
    }

    expect(
      await db.deskDigest.findMany({ orderBy: { deskId: "asc" }, select: { deskId: true, count: true, sentAt: true } }),
    ).toEqual(
      [
        { deskId: desks.agriculture, count: 3, sentAt: expect.any(Date) },
        { deskId: desks["high-tech"], count: 1, sentAt: expect.any(Date) },
      ].sort((a, b) => (a.deskId as number) - (b.deskId as number)),
    );
  });

  it("sends a day's digest once, however often it runs that day, at once or later", async () => {
    await workload();
    const [first, second] = await Promise.all([
      sendOverdueDigests({ now: at0730(TUESDAY) }),
      sendOverdueDigests({ now: at0730(TUESDAY) }),
    ]);
    const later = await sendOverdueDigests({ now: new Date(`${TUESDAY}T08:00:00Z`) });
    expect(received).toHaveLength(2);
    expect([...first.sent, ...second.sent].map((s) => s.deskId).sort()).toEqual(
      [desks.agriculture, desks["high-tech"]].sort(),
    );
    expect(later.sent).toEqual([]);
    expect(later.alreadyClaimed.sort()).toEqual([desks.agriculture, desks["high-tech"]].sort());

    // The next working day is another digest.
    const thursday = await sendOverdueDigests({ now: at0730("2026-12-10") });
    expect(thursday.sent).toHaveLength(2);
    expect(received).toHaveLength(4);
  });

  it("sends nothing on a public holiday or a weekend", async () => {
    await workload();
    const holiday = await sendOverdueDigests({ now: at0730(HOLIDAY) });
    const saturday = await sendOverdueDigests({ now: at0730("2026-12-05") });
    expect(holiday).toEqual({ day: HOLIDAY, workingDay: false, sent: [], alreadyClaimed: [] });
    expect(saturday).toMatchObject({ day: "2026-12-05", workingDay: false, sent: [] });
    expect(received).toHaveLength(0);
    expect(await db.deskDigest.count()).toBe(0);
  });

  it("gives the claim back when the mail server did not take the digest, so a retry sends it", async () => {
    await workload();
    await smtp.close();
    await expect(sendOverdueDigests({ now: at0730(TUESDAY) })).rejects.toThrow(/not sent to desk/);
    expect(await db.deskDigest.count()).toBe(0);

    await smtp.listen();
    smtp.refuseNext(1, 451);
    await expect(sendOverdueDigests({ now: at0730(TUESDAY) })).rejects.toThrow(/not sent to desk/);
    expect(received).toHaveLength(1);
    expect(await db.deskDigest.count({ where: { sentAt: { not: null } } })).toBe(1);

    const retry = await sendOverdueDigests({ now: at0730(TUESDAY) });
    expect(retry.sent).toHaveLength(1);
    expect(retry.alreadyClaimed).toHaveLength(1);
    expect(received.map(addressOf).sort()).toEqual([
      "congnghecao@longan-hitech.example",
      "nongnghiep@longan-hitech.example",
    ]);
  });
});

describe("the schedules", () => {
  it("registers the digest on weekday mornings, retention at night and scheduled posts every minute, in Viet Nam's time zone", async () => {
    const boss = await getBoss();
    await registerSchedules(boss);
    // The rows have the time zone the timekeeper reads (the types leave it out).
    const schedules = (await boss.getSchedules()) as (PgBoss.Schedule & { timezone: string })[];
    expect(
      schedules
        .map(({ name, cron, timezone }) => ({ name, cron, timezone }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
    ).toEqual([
      { name: "overdue-digest", cron: "30 7 * * 1-5", timezone: "Asia/Ho_Chi_Minh" },
      { name: "publish-scheduled-posts", cron: "* * * * *", timezone: "Asia/Ho_Chi_Minh" },
      { name: "retention", cron: "30 2 * * *", timezone: "Asia/Ho_Chi_Minh" },
    ]);
  });

  it("runs the digest when pg-boss hands its job to the worker", async () => {
    await workload();
    // Only the clock is Tuesday 07:30 in Viet Nam; timers run as usual.
    vi.useFakeTimers({ toFake: ["Date"], now: at0730(TUESDAY) });
    try {
      const boss = await getBoss();
      const id = await boss.send("overdue-digest", {});
      const stopWorker = await startEmailWorker({ scheduledEveryMs: 100 });
      try {
        for (
          let i = 0;
          i < 300 && (await boss.getJobById("overdue-digest", id as string))?.state !== "completed";
          i++
        ) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      } finally {
        await stopWorker();
      }
      expect((await boss.getJobById("overdue-digest", id as string))?.state).toBe("completed");
    } finally {
      vi.useRealTimers();
    }
    expect(received.map(addressOf).sort()).toEqual([
      "congnghecao@longan-hitech.example",
      "nongnghiep@longan-hitech.example",
    ]);
    expect(await db.deskDigest.count({ where: { day: new Date(`${TUESDAY}T00:00:00Z`) } })).toBe(2);
  });
});
