import { randomUUID } from "node:crypto";
import { createFormatter, createTranslator } from "use-intl/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { UTF8_BOM } from "@/lib/csv";
import { permissionsOf } from "@/lib/permissions";
import { rangeInstants } from "@/lib/schemas/report-query";
import { workingDaysBetween } from "@/lib/working-days";
import en from "@/messages/en.json";
import vi_ from "@/messages/vi.json";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { request, resetRequest } from "../fixtures/next-request";
import { createStaffSession, createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";

// The reports against a real PostgreSQL, on a set of inquiries whose every
// figure is known: the breakdowns (spam and held ones left out, the range's
// edges in Viet Nam's time), the funnel from the timelines, the median time
// to first response in working days across a weekend and Tết, the share
// answered within target, overdue now, an officer's figures (their desk
// only), and each CSV file through its route (byte order mark, audited).
vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);
vi.mock("next-intl/server", () => {
  const messages = { en, vi: vi_ } as const;
  const timeZone = "Asia/Ho_Chi_Minh";
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en" | "vi"; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as "Admin", timeZone }),
    getFormatter: async ({ locale }: { locale: "en" | "vi" }) => createFormatter({ locale, timeZone }),
  };
});

const { db } = await import("@/server/db");
const { loadReports } = await import("@/server/reports/load-reports");
const { readScopeOf } = await import("@/server/inquiries/inquiry-scope");
const { loadWorkingCalendar } = await import("@/server/inquiries/working-calendar");
const { GET: downloadReport } = await import("@/app/[locale]/admin/(shell)/reports/[report]/route");

/** An instant given in Viet Nam's time (UTC+7). */
const vn = (local: string) => new Date(`${local}+07:00`);
const range = { from: "2026-01", to: "2026-03" };
/** Tuesday 31 March 2026, 10:00 in Viet Nam: the reports are read then. */
const now = vn("2026-03-31T10:00:00");
// Tết 2026: Monday 16 to Friday 20 February.
const TET = ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"];
let addedHolidays: string[] = [];

type Seed = {
  ref: string;
  desk: "A" | "B" | null;
  status: string;
  createdAt: Date;
  dueAt: Date;
  firstResponseAt?: Date;
  sector: string;
  hub: string | null;
  country: string;
  assigned?: boolean;
  /** Timeline events: ["status", to] or ["assigned", to officer?]. */
  events?: (["status", string] | ["assigned", boolean] | ["rerouted"])[];
};

// Desk A: six leads (A1–A6), one before the range (A7), one spam; desk B:
// three leads; no desk: one lead and one held inquiry. In the comments:
// working days (wd) and hours (h) to the first reply.
const seeds: Seed[] = [
  {
    // Friday 10:00 → the Monday after Tết 10:00: 14 h of Friday + 10 h of Monday = 1 wd, 240 h. Due Tuesday.
    ref: "LA-2026-RPTA01",
    desk: "A",
    status: "CLOSED_WON",
    createdAt: vn("2026-02-13T10:00:00"),
    dueAt: vn("2026-02-24T10:00:00"),
    firstResponseAt: vn("2026-02-23T10:00:00"),
    sector: "electronics",
    hub: "ben-luc",
    country: "KR",
    assigned: true,
    events: [
      ["assigned", true],
      ["status", "IN_PROGRESS"],
      ["status", "QUALIFIED"],
      ["status", "CLOSED_WON"],
    ],
  },
  {
    ref: "LA-2026-RPTA02",
    desk: "A",
    status: "WAITING_ON_INVESTOR",
    createdAt: vn("2026-01-06T09:00:00"),
    dueAt: vn("2026-01-08T09:00:00"),
    // Same day, 09:00 → 15:00: 0.25 wd, 6 h.
    firstResponseAt: vn("2026-01-06T15:00:00"),
    sector: "electronics",
    hub: "can-giuoc",
    country: "JP",
    // Assigned, then the officer taken off: no officer now.
    events: [
      ["assigned", true],
      ["assigned", false],
      ["status", "IN_PROGRESS"],
      ["status", "WAITING_ON_INVESTOR"],
    ],
  },
  {
    // Thursday 12:00 → Monday 12:00 over a weekend: 0.5 + 1 + 0.5 = 2 wd, 96 h; answered exactly when due.
    ref: "LA-2026-RPTA03",
    desk: "A",
    status: "CLOSED_LOST",
    createdAt: vn("2026-01-08T12:00:00"),
    dueAt: vn("2026-01-12T12:00:00"),
    firstResponseAt: vn("2026-01-12T12:00:00"),
    sector: "logistics",
    hub: null,
    country: "KR",
    events: [
      ["status", "IN_PROGRESS"],
      ["status", "QUALIFIED"],
      ["status", "CLOSED_LOST"],
    ],
  },
  {
    // Not answered, due passed: overdue.
    ref: "LA-2026-RPTA04",
    desk: "A",
    status: "NEW",
    createdAt: vn("2026-03-02T09:00:00"),
    dueAt: vn("2026-03-04T09:00:00"),
    sector: "electronics",
    hub: "ben-luc",
    country: "VN",
  },
  {
    // Monday 09:00 → Thursday 09:00: 3 wd, 72 h, a day late. Closed, then reopened; an officer, no event for it.
    ref: "LA-2026-RPTA05",
    desk: "A",
    status: "IN_PROGRESS",
    createdAt: vn("2026-03-09T09:00:00"),
    dueAt: vn("2026-03-11T09:00:00"),
    firstResponseAt: vn("2026-03-12T09:00:00"),
    sector: "logistics",
    hub: "ben-luc",
    country: "KR",
    assigned: true,
    events: [
      ["status", "IN_PROGRESS"],
      ["status", "CLOSED_LOST"],
      ["status", "IN_PROGRESS"],
    ],
  },
  {
    // Not answered, not yet due.
    ref: "LA-2026-RPTA06",
    desk: "A",
    status: "ASSIGNED",
    createdAt: vn("2026-03-30T09:00:00"),
    dueAt: vn("2026-04-01T09:00:00"),
    sector: "electronics",
    hub: null,
    country: "US",
    assigned: true,
    events: [["assigned", true]],
  },
  {
    // 23:30 on 31 December in Viet Nam: before the range (but 2025-12-31 16:30 UTC). Overdue now.
    ref: "LA-2026-RPTA07",
    desk: "A",
    status: "NEW",
    createdAt: vn("2025-12-31T23:30:00"),
    dueAt: vn("2026-01-05T23:30:00"),
    sector: "electronics",
    hub: "ben-luc",
    country: "KR",
  },
  {
    // Spam: not a lead, never overdue.
    ref: "LA-2026-RPTA08",
    desk: "A",
    status: "SPAM",
    createdAt: vn("2026-02-10T09:00:00"),
    dueAt: vn("2026-02-12T09:00:00"),
    sector: "electronics",
    hub: "ben-luc",
    country: "KR",
    events: [
      ["status", "IN_PROGRESS"],
      ["status", "SPAM"],
    ],
  },
  {
    // Tuesday 09:00 → 11:00: 2/24 wd, 2 h.
    ref: "LA-2026-RPTB01",
    desk: "B",
    status: "QUALIFIED",
    createdAt: vn("2026-01-20T09:00:00"),
    dueAt: vn("2026-01-22T09:00:00"),
    firstResponseAt: vn("2026-01-20T11:00:00"),
    sector: "high-tech-agriculture",
    hub: "can-giuoc",
    country: "VN",
    events: [
      ["status", "IN_PROGRESS"],
      ["status", "WAITING_ON_INVESTOR"],
      ["status", "IN_PROGRESS"],
      ["status", "QUALIFIED"],
    ],
  },
  {
    // Closed without an answer, due passed: due, not within target, not overdue.
    ref: "LA-2026-RPTB02",
    desk: "B",
    status: "CLOSED_LOST",
    createdAt: vn("2026-02-02T09:00:00"),
    dueAt: vn("2026-02-04T09:00:00"),
    sector: "high-tech-agriculture",
    hub: null,
    country: "KR",
    events: [
      ["status", "IN_PROGRESS"],
      ["status", "CLOSED_LOST"],
    ],
  },
  {
    // The first half hour of the range in Viet Nam (2025-12-31 17:30 UTC). Assigned, then re-routed here: no officer now.
    ref: "LA-2026-RPTB03",
    desk: "B",
    status: "NEW",
    createdAt: vn("2026-01-01T00:30:00"),
    dueAt: vn("2026-01-05T00:30:00"),
    sector: "high-tech-agriculture",
    hub: null,
    country: "DE",
    events: [["assigned", true], ["rerouted"]],
  },
  {
    // No desk (no rule matched, no default): only administrators see it. Overdue.
    ref: "LA-2026-RPTN01",
    desk: null,
    status: "NEW",
    createdAt: vn("2026-03-10T09:00:00"),
    dueAt: vn("2026-03-12T09:00:00"),
    sector: "logistics",
    hub: "ben-luc",
    country: "SG",
  },
  {
    // Held by the spam check: not a lead, but overdue as in the inbox.
    ref: "LA-2026-RPTN02",
    desk: null,
    status: "HELD",
    createdAt: vn("2026-03-16T09:00:00"),
    dueAt: vn("2026-03-18T09:00:00"),
    sector: "electronics",
    hub: null,
    country: "KR",
  },
  {
    // After the range.
    ref: "LA-2026-RPTA09",
    desk: "A",
    status: "NEW",
    createdAt: vn("2026-04-01T00:00:00"),
    dueAt: vn("2026-04-03T00:00:00"),
    sector: "electronics",
    hub: "ben-luc",
    country: "KR",
  },
];

let deskA: number;
let deskB: number;
let officerA: StaffFixtureUser;
let officerB: StaffFixtureUser;
let admin: StaffFixtureUser;
let editor: StaffFixtureUser;

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

const reportsFor = (user: StaffFixtureUser, locale = "en", at = now) => {
  const scope = readScopeOf(actorOf(user));
  if (!scope) throw new Error(`${user.role} has no scope`);
  return loadReports({ scope, ...rangeInstants(range), now: at, locale });
};

async function insertSeeds() {
  const sectors = new Map((await db.sector.findMany()).map((sector) => [sector.slug, sector.id]));
  const hubs = new Map((await db.hub.findMany()).map((hub) => [hub.slug, hub.id]));
  for (const seed of seeds) {
    const deskId = seed.desk === "A" ? deskA : seed.desk === "B" ? deskB : null;
    const officer = seed.desk === "B" ? officerB : officerA;
    // What the write functions keep as the timeline grows: every status had, "assigned" once an officer had it.
    const stagesReached = [
      ...new Set([
        seed.status,
        ...(seed.events ?? []).flatMap(([type, value]) =>
          type === "status" ? [value as string] : type === "assigned" && value ? ["ASSIGNED"] : [],
        ),
        ...(seed.assigned ? ["ASSIGNED"] : []),
      ]),
    ] as "NEW"[];
    const inquiry = await db.inquiry.create({
      data: {
        reference: seed.ref,
        idempotencyKey: randomUUID(),
        locale: "vi",
        status: seed.status as "NEW",
        fullName: "Người Mẫu",
        organisation: "Công ty Mẫu",
        country: seed.country,
        email: `${seed.ref.toLowerCase()}@reports-test.example`,
        sectorId: sectors.get(seed.sector) as number,
        hubId: seed.hub === null ? null : (hubs.get(seed.hub) as number),
        parcelCodes: [],
        capitalRange: "FROM_10M_TO_50M",
        timeline: "within-12-months",
        message: "Xin thông tin.",
        consentedAt: seed.createdAt,
        privacyNoticeVersion: "2026-11-24",
        deskId,
        assigneeId: seed.assigned ? officer.id : null,
        dueAt: seed.dueAt,
        firstResponseAt: seed.firstResponseAt ?? null,
        stagesReached,
        createdAt: seed.createdAt,
      },
    });
    let from = "NEW";
    await db.inquiryEvent.createMany({
      data: [
        { type: "received", public: true, data: {} },
        ...(seed.events ?? []).map(([type, value]) => {
          if (type === "assigned") return { type, data: { from: null, to: value ? officer.id : null } };
          if (type === "rerouted") return { type, data: { from: deskA, to: deskId } };
          const data = { from, to: value };
          from = value;
          return { type, data };
        }),
      ].map((event, index) => ({
        ...event,
        inquiryId: inquiry.id,
        createdAt: new Date(seed.createdAt.getTime() + index * 60_000),
      })),
    });
  }
}

beforeAll(async () => {
  await seedInquiryContent();
  await clearInquiries();
  const existing = new Set(
    (await db.holiday.findMany({ where: { date: { in: TET.map((day) => new Date(`${day}T00:00:00Z`)) } } })).map(
      (holiday) => holiday.date.toISOString().slice(0, 10),
    ),
  );
  addedHolidays = TET.filter((day) => !existing.has(day));
  for (const day of addedHolidays) {
    await db.holiday.create({
      data: {
        date: new Date(`${day}T00:00:00Z`),
        translations: {
          create: [
            { locale: "vi", name: "Tết Nguyên đán" },
            { locale: "en", name: "Lunar New Year" },
          ],
        },
      },
    });
  }
  deskA = (await db.desk.findUniqueOrThrow({ where: { slug: "general" } })).id;
  deskB = (await db.desk.findUniqueOrThrow({ where: { slug: "high-tech" } })).id;
  officerA = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: [deskA], name: "Officer A" });
  officerB = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: [deskB], name: "Officer B" });
  admin = await createStaffUser({ role: "ADMINISTRATOR", name: "Admin" });
  editor = await createStaffUser({ role: "EDITOR", name: "Editor" });
  await insertSeeds();
});
beforeEach(() => resetRequest());
afterAll(async () => {
  await clearInquiries();
  await db.holiday.deleteMany({ where: { date: { in: addedHolidays.map((day) => new Date(`${day}T00:00:00Z`)) } } });
  await deleteTestStaff();
  await db.$disconnect();
});

const counts = <T extends { count: number }>(rows: T[], key: (row: T) => string | null) =>
  Object.fromEntries(rows.filter((row) => row.count > 0).map((row) => [key(row) ?? "none", row.count]));

describe("loadReports for an administrator", () => {
  it("counts the leads by month, sector, hub and country, without spam, held or other months", async () => {
    const reports = await reportsFor(admin);
    expect(reports.totals).toMatchObject({ leads: 10, spam: 1, held: 1 });
    expect(reports.months).toEqual([
      { month: "2026-01", count: 4 },
      { month: "2026-02", count: 2 },
      { month: "2026-03", count: 4 },
    ]);
    expect(counts(reports.sectors, (sector) => sector.slug)).toEqual({
      electronics: 4,
      logistics: 3,
      "high-tech-agriculture": 3,
    });
    // Every sector is listed, those without leads too, the largest first.
    expect(reports.sectors).toHaveLength(await db.sector.count());
    expect(reports.sectors[0]?.slug).toBe("electronics");
    expect(reports.sectors.find((sector) => sector.slug === "electronics")?.name).toBe("Electronics");
    expect(counts(reports.hubs, (hub) => hub.slug)).toEqual({ "ben-luc": 4, "can-giuoc": 2, none: 4 });
    expect(reports.hubs.find((hub) => hub.id === null)).toMatchObject({ name: null, count: 4 });
    expect(reports.countries.map((country) => [country.code, country.name, country.count])).toEqual([
      ["KR", "South Korea", 4],
      ["VN", "Vietnam", 2],
      ["DE", "Germany", 1],
      ["JP", "Japan", 1],
      ["SG", "Singapore", 1],
      ["US", "United States", 1],
    ]);
  });

  it("names sectors, hubs and countries in the page's language", async () => {
    const reports = await reportsFor(admin, "vi");
    expect(reports.countries[0]).toEqual({ code: "KR", name: "Hàn Quốc", count: 4 });
    const hub = reports.hubs.find((entry) => entry.slug === "ben-luc");
    expect(hub?.name).toBe(
      (await db.hubTranslation.findFirstOrThrow({ where: { hub: { slug: "ben-luc" }, locale: "vi" } })).name,
    );
  });

  it("counts the leads that reached each stage of the funnel, from the timelines and the current status", async () => {
    const reports = await reportsFor(admin);
    expect(Object.fromEntries(reports.funnel.map((stage) => [stage.stage, stage.count]))).toEqual({
      NEW: 10,
      // A1 and A6 (an assigned event), A2 (assigned, then taken off), A5 (an officer now), B3 (assigned, re-routed).
      ASSIGNED: 5,
      // A1, A2, A3, A5, B1, B2: more than were assigned (A3, B1 and B2 never were).
      IN_PROGRESS: 6,
      WAITING_ON_INVESTOR: 2,
      QUALIFIED: 3,
      CLOSED_WON: 1,
      // A3, B2, and A5 (closed lost, then reopened).
      CLOSED_LOST: 3,
      SPAM: 1,
    });
  });

  it("gives the median time to first response per desk in working days (weekends and Tết left out) and hours", async () => {
    const reports = await reportsFor(admin);
    const desk = (id: number | null) => reports.desks.find((entry) => entry.deskId === id);
    // Desk A: 0.25, 1, 2 and 3 working days; 6, 72, 96 and 240 hours.
    expect(desk(deskA)).toMatchObject({ leads: 6, answered: 4 });
    expect(desk(deskA)?.medianWorkingDays).toBeCloseTo(1.5, 9);
    expect(desk(deskA)?.medianHours).toBeCloseTo(84, 9);
    expect(desk(deskB)).toMatchObject({ leads: 3, answered: 1, medianHours: 2 });
    expect(desk(deskB)?.medianWorkingDays).toBeCloseTo(2 / 24, 9);
    expect(desk(null)).toMatchObject({ name: null, leads: 1, answered: 0, medianHours: null, medianWorkingDays: null });
    // All desks: 2/24, 0.25, 1, 2, 3 working days; 2, 6, 72, 96, 240 hours.
    expect(reports.totals.medianWorkingDays).toBeCloseTo(1, 9);
    expect(reports.totals.medianHours).toBeCloseTo(72, 9);
    // The same figures as the working-day arithmetic of the due times gives.
    const calendar = await loadWorkingCalendar(db, now);
    const answered = seeds.filter((seed) => seed.firstResponseAt && seed.desk === "A" && seed.status !== "SPAM");
    const days = answered
      .map((seed) => workingDaysBetween(seed.createdAt, seed.firstResponseAt as Date, calendar.holidays))
      .sort((a, b) => a - b);
    expect(days.map((value) => Number(value.toFixed(6)))).toEqual([0.25, 1, 2, 3]);
    expect(desk(deskA)?.medianWorkingDays).toBeCloseTo(((days[1] as number) + (days[2] as number)) / 2, 9);
  });

  it("gives the share answered within target and the inquiries overdue now", async () => {
    const reports = await reportsFor(admin);
    const desk = (id: number | null) => reports.desks.find((entry) => entry.deskId === id);
    // Desk A: A1, A2, A3 within (A3 exactly at its due time), A5 late, A4 overdue; A6 not due yet.
    // Overdue: A4, and A7 from before the range.
    expect(desk(deskA)).toMatchObject({ due: 5, withinTarget: 3, share: 0.6, overdueNow: 2 });
    // Desk B: B1 within, B2 closed unanswered, B3 overdue.
    expect(desk(deskB)).toMatchObject({ due: 3, withinTarget: 1, overdueNow: 1 });
    expect(desk(deskB)?.share).toBeCloseTo(1 / 3, 9);
    // No desk: N1 overdue, and the held one.
    expect(desk(null)).toMatchObject({ due: 1, withinTarget: 0, share: 0, overdueNow: 2 });
    expect(reports.totals).toMatchObject({ due: 9, withinTarget: 4, overdueNow: 5 });
    expect(reports.totals.share).toBeCloseTo(4 / 9, 9);
    expect(reports.targetDays).toBe(2);
    // Every active desk is listed, those without leads too.
    const active = await db.desk.count({ where: { active: true } });
    expect(reports.desks.filter((entry) => entry.deskId !== null)).toHaveLength(active);
    expect(reports.scope).toEqual({ kind: "any" });
  });

  it("counts a lead as due once its due time passes", async () => {
    const later = await reportsFor(admin, "en", new Date("2026-04-01T03:00:00Z"));
    const desk = later.desks.find((entry) => entry.deskId === deskA);
    // A6 is due at 09:00 on 1 April in Viet Nam (02:00 UTC): due and overdue at 10:00.
    expect(desk).toMatchObject({ due: 6, withinTarget: 3, share: 0.5, overdueNow: 3 });
  });
});

describe("loadReports for an investment officer", () => {
  it("covers their desk only: desk B's and deskless inquiries are not in any figure", async () => {
    const reports = await reportsFor(officerA);
    expect(reports.scope).toEqual({ kind: "desks", names: ["General investment desk"] });
    expect(reports.totals).toMatchObject({ leads: 6, spam: 1, held: 0, answered: 4, due: 5, withinTarget: 3 });
    expect(reports.totals).toMatchObject({ share: 0.6, overdueNow: 2 });
    expect(reports.totals.medianWorkingDays).toBeCloseTo(1.5, 9);
    expect(reports.totals.medianHours).toBeCloseTo(84, 9);
    expect(reports.desks.map((desk) => desk.deskId)).toEqual([deskA]);
    expect(reports.months.map((month) => month.count)).toEqual([2, 1, 3]);
    expect(counts(reports.sectors, (sector) => sector.slug)).toEqual({ electronics: 4, logistics: 2 });
    expect(counts(reports.hubs, (hub) => hub.slug)).toEqual({ "ben-luc": 3, "can-giuoc": 1, none: 2 });
    expect(counts(reports.countries, (country) => country.code)).toEqual({ KR: 3, JP: 1, VN: 1, US: 1 });
    expect(Object.fromEntries(reports.funnel.map((stage) => [stage.stage, stage.count]))).toEqual({
      NEW: 6,
      ASSIGNED: 4,
      IN_PROGRESS: 4,
      WAITING_ON_INVESTOR: 1,
      QUALIFIED: 2,
      CLOSED_WON: 1,
      CLOSED_LOST: 2,
      SPAM: 1,
    });
  });

  it("gives an officer of desk B desk B's figures, and an officer without desks none", async () => {
    const b = await reportsFor(officerB);
    expect(b.totals).toMatchObject({ leads: 3, spam: 0, answered: 1, due: 3, withinTarget: 1, overdueNow: 1 });
    expect(b.desks.map((desk) => desk.deskId)).toEqual([deskB]);
    const nobody = await createStaffUser({ role: "INVESTMENT_OFFICER", name: "Officer without desk" });
    const none = await reportsFor(nobody);
    expect(none.totals).toMatchObject({ leads: 0, spam: 0, held: 0, answered: 0, due: 0, share: null, overdueNow: 0 });
    expect(none.totals.medianWorkingDays).toBeNull();
    expect(none.desks).toEqual([]);
    expect(none.months.map((month) => month.count)).toEqual([0, 0, 0]);
    expect(none.funnel.every((stage) => stage.count === 0)).toBe(true);
  });
});

describe("the CSV files", () => {
  async function download(
    user: StaffFixtureUser | null,
    report: string,
    query = "from=2026-01&to=2026-03",
    locale = "en",
  ) {
    if (user) {
      const session = await createStaffSession(user.id);
      request.jar.set(session.cookieName, session.token);
    }
    const response = await downloadReport(new Request(`http://localhost/${locale}/admin/reports/${report}?${query}`), {
      params: Promise.resolve({ locale, report }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    return { response, bytes, text, lines: text.slice(1).trimEnd().split("\r\n") };
  }

  it("sends each report with a byte order mark, in the page's language, and audits the download", async () => {
    const before = new Date();
    const { response, bytes, text, lines } = await download(admin, "months");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="report-months-2026-01-2026-03.csv"',
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(lines).toEqual(["Month,Leads", "2026-01,4", "2026-02,2", "2026-03,4"]);
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "report.export", actorId: admin.id, at: { gte: before } },
      orderBy: { id: "desc" },
    });
    expect(entry).toMatchObject({
      entityType: "report",
      entityId: "months",
      changes: { from: "2026-01", to: "2026-03" },
    });
  });

  it("lists every country, the funnel and the sectors with codes and names", async () => {
    expect((await download(admin, "countries")).lines).toEqual([
      "Country code (ISO 3166-1),Country,Leads,Share of leads (%)",
      "KR,South Korea,4,40",
      "VN,Vietnam,2,20",
      "DE,Germany,1,10",
      "JP,Japan,1,10",
      "SG,Singapore,1,10",
      "US,United States,1,10",
    ]);
    expect((await download(admin, "funnel")).lines).toEqual([
      "Stage code,Stage,Leads,Share of leads (%)",
      "NEW,New,10,100",
      "ASSIGNED,Assigned to an officer,5,50",
      "IN_PROGRESS,In progress,6,60",
      "WAITING_ON_INVESTOR,Waiting on the investor,2,20",
      "QUALIFIED,Qualified,3,30",
      "CLOSED_WON,Closed: investing,1,10",
      "CLOSED_LOST,Closed: not investing,3,30",
      "SPAM,Marked as spam (not leads),1,",
    ]);
    const vi = await download(admin, "hubs", "from=2026-01&to=2026-03", "vi");
    expect(vi.lines[0]).toBe("Mã khu vực,Khu vực,Số yêu cầu,Tỷ lệ trên tổng số (%)");
    expect(vi.lines).toContain(",Không nêu khu vực,4,40");
    const sectors = (await download(officerA, "sectors")).lines;
    expect(sectors[0]).toBe("Sector code,Sector,Leads,Share of leads (%)");
    expect(sectors[1]).toBe("electronics,Electronics,4,66.7");
  });

  it("gives an officer the response figures of their desk only", async () => {
    // Read now (December 2026): A6 is due as well; overdue now also counts A9, received after the range.
    const { lines } = await download(officerA, "response");
    expect(lines).toEqual([
      "Desk,Leads,Answered,Median time to first response (working days),Median time to first response (hours)," +
        "Due (answered or past the due time),Answered within target,Answered within target (%),Overdue now",
      "General investment desk,6,4,1.5,84,6,3,50,4",
      "Your desks,6,4,1.5,84,6,3,50,4",
    ]);
  });

  it("shows the default months for a range that makes no sense", async () => {
    const { response, lines } = await download(admin, "months", "from=2026-05&to=2026-01");
    expect(response.status).toBe(200);
    expect(lines).toHaveLength(13);
    expect(response.headers.get("content-disposition")).not.toContain("2026-05");
  });

  it("refuses the anonymous, the roles without reports and reports that do not exist", async () => {
    expect((await download(null, "months")).response.status).toBe(401);
    resetRequest();
    expect((await download(editor, "months")).response.status).toBe(403);
    resetRequest();
    const unknown = await download(admin, "salaries");
    expect(unknown.response.status).toBe(404);
    expect(await db.auditEntry.count({ where: { action: "report.export", entityId: "salaries" } })).toBe(0);
  });
});
