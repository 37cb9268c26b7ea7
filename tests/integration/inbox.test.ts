import { randomUUID } from "node:crypto";
import { createFormatter, createTranslator } from "use-intl/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { UTF8_BOM } from "@/lib/csv";
import { permissionsOf } from "@/lib/permissions";
import { parseInboxQuery } from "@/lib/schemas/inbox-query";
import { officeDay, startOfOfficeDay } from "@/lib/working-days";
import en from "@/messages/en.json";
import vi_ from "@/messages/vi.json";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { request, resetRequest } from "../fixtures/next-request";
import { createStaffSession, createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";

// The inbox against a real PostgreSQL: every filter, the accent-insensitive
// search, the orders, the counts per status, the default view, the desks an
// officer may see (whatever the URL asks), and the CSV export through its
// route handler (byte order mark, formulas defused, audited).
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
const { listInquiries, inquiryBatches, INBOX_PAGE_SIZE } = await import("@/server/inquiries/list-inquiries");
const { inquiryCounts } = await import("@/server/admin/inquiry-counts");
const { inboxChoices } = await import("@/server/inquiries/inbox-choices");
const { GET: exportCsv } = await import("@/app/[locale]/admin/(shell)/inquiries/export/route");

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * 10:00 in Viet Nam today (or yesterday, before 10:00): the lists are read at
 * this time, and the CSV route at the real time, less than a day later, when
 * the same inquiries are overdue (none is due within 43 hours of it).
 */
const tenToday = startOfOfficeDay(officeDay(new Date())).getTime() + 10 * HOUR;
const now = new Date(tenToday <= Date.now() ? tenToday : tenToday - DAY);
/** The office day `days` before `now`'s, as YYYY-MM-DD. */
const day = (days: number) => officeDay(new Date(now.getTime() - days * DAY));
const ago = (ms: number) => new Date(now.getTime() - ms);
const ahead = (ms: number) => new Date(now.getTime() + ms);

let deskA: number;
let deskB: number;
let officerA: StaffFixtureUser;
let officerA2: StaffFixtureUser;
let officerB: StaffFixtureUser;
let admin: StaffFixtureUser;
let editor: StaffFixtureUser;
const ids = { sectors: new Map<string, number>(), hubs: new Map<string, number>() };

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

type Seed = {
  ref: string;
  desk: "A" | "B" | null;
  status: string;
  createdAt: Date;
  dueAt: Date | null;
  fullName?: string;
  organisation?: string;
  email?: string;
  country?: string;
  sector?: string;
  hub?: string | null;
  capital?: "UNDER_10M" | "FROM_10M_TO_50M" | "FROM_50M_TO_200M" | "OVER_200M";
  assignee?: () => StaffFixtureUser;
  firstResponseAt?: Date;
  lastActivityAt?: Date;
};

// Each inquiry's reference says what it is for; "LA-2026-…" with six letters of the alphabet.
const seeds: Seed[] = [
  {
    ref: "LA-2026-AAAAA2",
    desk: "A",
    status: "NEW",
    createdAt: ago(HOUR),
    dueAt: ahead(47 * HOUR),
    fullName: "Nguyễn Văn An",
    organisation: "Công ty Ánh Dương",
    email: "an@anh-duong.example",
    country: "VN",
    sector: "electronics",
    hub: "ben-luc",
    capital: "FROM_10M_TO_50M",
    lastActivityAt: ago(HOUR),
  },
  {
    ref: "LA-2026-AAAAA3",
    desk: "A",
    status: "NEW",
    createdAt: ago(5 * DAY),
    dueAt: ago(2 * DAY),
    fullName: "Kim Min-jun",
    organisation: "Hanbit Logistics",
    country: "KR",
    sector: "logistics",
    hub: null,
    capital: "UNDER_10M",
    lastActivityAt: ago(5 * DAY),
  },
  {
    ref: "LA-2026-AAAAA4",
    desk: "A",
    status: "ASSIGNED",
    createdAt: ago(3 * DAY),
    dueAt: ago(DAY),
    fullName: "Sato Haruto",
    organisation: "Sakura Precision",
    country: "JP",
    assignee: () => officerA,
    firstResponseAt: ago(2 * DAY),
    lastActivityAt: ago(2 * DAY),
  },
  {
    ref: "LA-2026-AAAAA5",
    desk: "A",
    status: "IN_PROGRESS",
    createdAt: ago(10 * DAY),
    dueAt: ago(8 * DAY),
    fullName: "Park Ji-ho",
    organisation: "Daehan Steel",
    country: "KR",
    capital: "OVER_200M",
    assignee: () => officerA2,
    lastActivityAt: ago(30 * 60_000),
  },
  {
    ref: "LA-2026-AAAAA6",
    desk: "A",
    status: "CLOSED_WON",
    createdAt: ago(60 * DAY),
    dueAt: ago(58 * DAY),
    fullName: "Emily Carter",
    organisation: "Harbor Foods",
    country: "US",
    assignee: () => officerA,
    firstResponseAt: ago(59 * DAY),
    lastActivityAt: ago(20 * DAY),
  },
  {
    ref: "LA-2026-AAAAA7",
    desk: "A",
    status: "SPAM",
    createdAt: ago(2 * DAY),
    dueAt: ago(1),
    fullName: "Spam Bot",
    organisation: "Cheap Pills",
    country: "US",
    lastActivityAt: ago(DAY),
  },
  {
    ref: "LA-2026-AAAAA8",
    desk: "A",
    status: "NEW",
    // 05:00 in Viet Nam, still the day before in UTC.
    createdAt: ago(5 * HOUR),
    dueAt: ahead(43 * HOUR),
    fullName: "Lê Thị Hoa",
    organisation: "=cmd|' /C calc'!A0 500",
    country: "VN",
    lastActivityAt: ago(5 * HOUR),
  },
  {
    ref: "LA-2026-AAAAA9",
    desk: "A",
    status: "WAITING_ON_INVESTOR",
    createdAt: ago(20 * DAY),
    dueAt: ago(18 * DAY),
    fullName: "Wang Wei",
    organisation: "Giảm 50% Co",
    country: "CN",
    sector: "high-tech-agriculture",
    hub: "can-giuoc",
    capital: "FROM_50M_TO_200M",
    assignee: () => officerA,
    firstResponseAt: ago(19 * DAY),
    lastActivityAt: ago(3 * DAY),
  },
  {
    // From before due times were kept: no due time at all.
    ref: "LA-2026-AAAAAB",
    desk: "A",
    status: "CLOSED_LOST",
    createdAt: ago(400 * DAY),
    dueAt: null,
    fullName: "Old Timer",
    organisation: "Legacy Ltd",
    country: "DE",
    lastActivityAt: ago(300 * DAY),
  },
  {
    ref: "LA-2026-BBBBB2",
    desk: "B",
    status: "NEW",
    createdAt: ago(4 * DAY),
    dueAt: ago(DAY),
    fullName: "Nguyễn Thị Bích",
    organisation: "Công ty Bình Minh",
    country: "VN",
    lastActivityAt: ago(4 * DAY),
  },
  {
    ref: "LA-2026-BBBBB3",
    desk: "B",
    status: "WAITING_ON_INVESTOR",
    createdAt: ago(8 * DAY),
    dueAt: ago(6 * DAY),
    fullName: "Tan Wei Ming",
    organisation: "Lion City Chips",
    country: "SG",
    assignee: () => officerB,
    firstResponseAt: ago(7 * DAY),
    lastActivityAt: ago(DAY),
  },
  {
    ref: "LA-2026-HHHHH2",
    desk: null,
    status: "HELD",
    createdAt: ago(2 * HOUR),
    dueAt: ahead(46 * HOUR),
    fullName: "Nguyễn Hữu Phúc",
    organisation: "Công ty Sông Vàm",
    country: "VN",
    lastActivityAt: ago(2 * HOUR),
  },
];

async function insertSeeds() {
  for (const seed of seeds) {
    const fullName = seed.fullName ?? "Người Mẫu";
    const organisation = seed.organisation ?? "Công ty Mẫu";
    const email = seed.email ?? `${seed.ref.toLowerCase()}@inbox-test.example`;
    const { inquirySearchText } = await import("@/server/inquiries/search-text");
    await db.inquiry.create({
      data: {
        reference: seed.ref,
        idempotencyKey: randomUUID(),
        locale: "vi",
        status: seed.status as "NEW",
        fullName,
        organisation,
        country: seed.country ?? "VN",
        email,
        sectorId: ids.sectors.get(seed.sector ?? "electronics") as number,
        hubId: seed.hub === null ? null : (ids.hubs.get(seed.hub ?? "ben-luc") as number),
        parcelCodes: [],
        capitalRange: seed.capital ?? "FROM_10M_TO_50M",
        timeline: "within-12-months",
        message: "Xin thông tin.",
        consentedAt: seed.createdAt,
        privacyNoticeVersion: "2026-11-24",
        deskId: seed.desk === "A" ? deskA : seed.desk === "B" ? deskB : null,
        assigneeId: seed.assignee?.().id ?? null,
        dueAt: seed.dueAt,
        firstResponseAt: seed.firstResponseAt ?? null,
        lastActivityAt: seed.lastActivityAt ?? seed.createdAt,
        searchText: inquirySearchText({ reference: seed.ref, fullName, organisation, email }),
        createdAt: seed.createdAt,
      },
    });
  }
}

const list = (user: StaffFixtureUser, query: string, options: { pageSize?: number; locale?: string } = {}) =>
  listInquiries({
    actor: actorOf(user),
    query: parseInboxQuery(new URLSearchParams(query)),
    locale: options.locale ?? "en",
    now,
    pageSize: options.pageSize,
  });
const refs = async (user: StaffFixtureUser, query: string) => (await list(user, query)).rows.map((r) => r.reference);
const setOf = async (user: StaffFixtureUser, query: string) => new Set(await refs(user, query));

beforeAll(async () => {
  await seedInquiryContent();
  await clearInquiries();
  deskA = (await db.desk.findUniqueOrThrow({ where: { slug: "general" } })).id;
  deskB = (await db.desk.findUniqueOrThrow({ where: { slug: "high-tech" } })).id;
  for (const sector of await db.sector.findMany()) ids.sectors.set(sector.slug, sector.id);
  for (const hub of await db.hub.findMany()) ids.hubs.set(hub.slug, hub.id);
  officerA = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: [deskA], name: "Officer A" });
  officerA2 = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: [deskA], name: "Officer A2" });
  officerB = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: [deskB], name: "Officer B" });
  admin = await createStaffUser({ role: "ADMINISTRATOR", name: "Admin" });
  editor = await createStaffUser({ role: "EDITOR", name: "Editor" });
  await insertSeeds();
});
beforeEach(() => resetRequest());
afterAll(async () => {
  await clearInquiries();
  await deleteTestStaff();
  await db.$disconnect();
});

const A = (n: number) => `LA-2026-AAAAA${n}`;
const deskARefs = seeds.filter((s) => s.desk === "A").map((s) => s.ref);

describe("the default view", () => {
  it("lists an officer's open inquiries of their desks, the one due first on top", async () => {
    // Open ones of desk A by due time: A9 (18 days ago), A5, A3, A4, then the two due in two days.
    expect(await refs(officerA, "")).toEqual([A(9), A(5), A(3), A(4), A(8), A(2)]);
  });

  it("lists every open inquiry for an administrator, held ones without a desk included", async () => {
    const all = await refs(admin, "");
    expect(all).toHaveLength(9);
    expect(all).toContain("LA-2026-HHHHH2");
    expect(all).toContain("LA-2026-BBBBB2");
    expect(all).not.toContain(A(6)); // closed
    expect(all).not.toContain(A(7)); // spam
  });

  it("gives each row what the table shows", async () => {
    const { rows } = await list(officerA, "q=hanbit");
    expect(rows).toEqual([
      expect.objectContaining({
        reference: A(3),
        status: "NEW",
        overdue: true,
        deskId: deskA,
        deskName: "General investment desk",
        assigneeName: null,
        organisation: "Hanbit Logistics",
        fullName: "Kim Min-jun",
        country: "KR",
        sectorName: "Logistics",
        hubName: null,
        capitalRange: "under-10m",
      }),
    ]);
    const vietnamese = await list(officerA, "q=hanbit", { locale: "vi" });
    expect(vietnamese.rows[0]?.deskName).toBe("Bộ phận tiếp nhận chung");
  });
});

describe("desk scope", () => {
  it("never shows an officer another desk's inquiries, whatever the URL asks", async () => {
    for (const query of [
      "",
      "status=all",
      `desk=${deskB}`,
      `desk=${deskB}&status=all`,
      "desk=none",
      "q=bich",
      "overdue=1",
    ]) {
      const result = await list(officerA, query);
      for (const row of result.rows) expect(deskARefs, `${query}: ${row.reference}`).toContain(row.reference);
    }
    const other = await list(officerA, `desk=${deskB}&status=all`);
    expect(other.rows).toEqual([]);
    expect(other.total).toBe(0);
    expect(Object.values(other.counts).every((count) => count === 0)).toBe(true);
    expect((await list(officerA, "desk=none&status=all")).total).toBe(0);
    expect(await refs(officerB, "status=all")).toEqual(["LA-2026-BBBBB3", "LA-2026-BBBBB2"]);
  });

  it("shows nothing to someone who may read no inquiry", async () => {
    const result = await list(editor, "status=all");
    expect(result.rows).toEqual([]);
    expect(result.total).toBe(0);
  });

  it("offers an officer their own desks and colleagues only", async () => {
    const choices = await inboxChoices({ actor: actorOf(officerA), locale: "en" });
    expect(choices.desks.map((desk) => desk.value)).toEqual([deskA]);
    expect(choices.noDesk).toBe(false);
    expect(choices.assignees.map((person) => person.value).sort()).toEqual([officerA.id, officerA2.id].sort());
    const all = await inboxChoices({ actor: actorOf(admin), locale: "en" });
    expect(all.desks.length).toBeGreaterThanOrEqual(5);
    expect(all.noDesk).toBe(true);
    expect(all.assignees.map((person) => person.value)).toEqual(
      expect.arrayContaining([officerA.id, officerA2.id, officerB.id, admin.id]),
    );
    expect(all.assignees.map((person) => person.value)).not.toContain(editor.id);
  });
});

describe("each filter", () => {
  it("status: one, several, all", async () => {
    expect(await setOf(officerA, "status=new")).toEqual(new Set([A(2), A(3), A(8)]));
    expect(await setOf(officerA, "status=new,assigned")).toEqual(new Set([A(2), A(3), A(4), A(8)]));
    expect(await setOf(officerA, "status=all")).toEqual(new Set(deskARefs));
    expect(await setOf(officerA, "status=spam")).toEqual(new Set([A(7)]));
  });

  it("desk: one of them, or none", async () => {
    expect(await setOf(admin, `desk=${deskB}`)).toEqual(new Set(["LA-2026-BBBBB2", "LA-2026-BBBBB3"]));
    expect(await setOf(admin, "desk=none")).toEqual(new Set(["LA-2026-HHHHH2"]));
    expect(await setOf(officerA, `desk=${deskA}`)).toEqual(await setOf(officerA, ""));
  });

  it("assignee: me, no one, someone", async () => {
    expect(await setOf(officerA, "assignee=me")).toEqual(new Set([A(4), A(9)]));
    expect(await setOf(officerA, "assignee=me&status=all")).toEqual(new Set([A(4), A(6), A(9)]));
    expect(await setOf(officerA, "assignee=unassigned")).toEqual(new Set([A(2), A(3), A(8)]));
    expect(await setOf(officerA, `assignee=${officerA2.id}`)).toEqual(new Set([A(5)]));
    expect(await setOf(officerA, `assignee=${officerB.id}&status=all`)).toEqual(new Set());
  });

  it("sector, hub, country, capital", async () => {
    expect(await setOf(officerA, "sector=logistics")).toEqual(new Set([A(3)]));
    expect(await setOf(officerA, "hub=can-giuoc")).toEqual(new Set([A(9)]));
    expect(await setOf(officerA, "country=KR")).toEqual(new Set([A(3), A(5)]));
    expect(await setOf(officerA, "country=kr&status=all")).toEqual(new Set([A(3), A(5)]));
    expect(await setOf(officerA, "capital=over-200m")).toEqual(new Set([A(5)]));
    expect(await setOf(officerA, "capital=50m-200m")).toEqual(new Set([A(9)]));
  });

  it("received between two days, in the office's time zone, both days included", async () => {
    // A3 came 5 days before now, A4 3 days before.
    expect(await setOf(officerA, `from=${day(5)}&to=${day(3)}`)).toEqual(new Set([A(3), A(4)]));
    expect(await setOf(officerA, `from=${day(0)}`)).toEqual(new Set([A(2), A(8)]));
    expect(await setOf(officerA, `to=${day(3)}&status=all`)).toEqual(
      new Set([A(3), A(4), A(5), A(6), A(9), "LA-2026-AAAAAB"]),
    );
    // A8 came at 05:00 in Viet Nam (22:00 the day before in UTC): a day counted in UTC would get it wrong.
    expect(await setOf(admin, `from=${day(0)}&to=${day(0)}&status=all`)).toEqual(
      new Set([A(2), A(8), "LA-2026-HHHHH2"]),
    );
    expect(await setOf(admin, `to=${day(1)}&status=all`)).not.toContain(A(8));
    // Every order, from a day long ago: the one without a due time is there too (last going up).
    for (const sort of ["due-asc", "due-desc", "activity-asc", "activity-desc", "received-asc", "received-desc"]) {
      const since = await refs(officerA, `from=${day(500)}&status=all&sort=${sort}`);
      expect(since, sort).toEqual(await refs(officerA, `status=all&sort=${sort}`));
    }
    expect((await refs(officerA, `from=${day(500)}&status=all`)).at(-1)).toBe("LA-2026-AAAAAB");
    expect(await setOf(officerA, `from=${day(3)}&status=all&sort=activity-asc`)).toEqual(
      new Set([A(2), A(4), A(7), A(8)]),
    );
    // The range turned round reads the same.
    expect(await setOf(officerA, `from=${day(3)}&to=${day(5)}`)).toEqual(new Set([A(3), A(4)]));
  });

  it("overdue: open, not answered, past due", async () => {
    expect(await setOf(officerA, "overdue=1")).toEqual(new Set([A(3), A(5)]));
    // Even with every status asked for, closed and spam ones are never overdue.
    expect(await setOf(officerA, "overdue=1&status=all")).toEqual(new Set([A(3), A(5)]));
    expect(await setOf(admin, "overdue=1")).toEqual(new Set([A(3), A(5), "LA-2026-BBBBB2"]));
    const { rows } = await list(officerA, "status=all");
    expect(
      rows
        .filter((r) => r.overdue)
        .map((r) => r.reference)
        .sort(),
    ).toEqual([A(3), A(5)]);
  });

  it("filters combine", async () => {
    expect(await setOf(officerA, "country=KR&overdue=1&assignee=unassigned")).toEqual(new Set([A(3)]));
    expect(await setOf(officerA, "status=new&q=nguyen")).toEqual(new Set([A(2)]));
  });
});

describe("text search", () => {
  it("ignores accents and capitals", async () => {
    expect(await setOf(officerA, "q=nguyen")).toEqual(new Set([A(2)]));
    expect(await setOf(admin, "q=nguyen")).toEqual(new Set([A(2), "LA-2026-BBBBB2", "LA-2026-HHHHH2"]));
    expect(await setOf(admin, "q=NGUYỄN+văn")).toEqual(new Set([A(2)]));
    expect(await setOf(admin, "q=anh+duong")).toEqual(new Set([A(2)]));
    // NFD input (letters and combining marks) finds the same.
    expect(await setOf(admin, `q=${encodeURIComponent("Bi\u0301ch")}`)).toEqual(new Set(["LA-2026-BBBBB2"]));
  });

  it("looks in the reference, name, organisation and e-mail", async () => {
    expect(await setOf(admin, "q=la-2026-aaaaa5")).toEqual(new Set([A(5)]));
    expect(await setOf(admin, "q=aaaaa5")).toEqual(new Set([A(5)]));
    expect(await setOf(admin, "q=park")).toEqual(new Set([A(5)]));
    expect(await setOf(admin, "q=daehan")).toEqual(new Set([A(5)]));
    expect(await setOf(admin, "q=an@anh-duong")).toEqual(new Set([A(2)]));
  });

  it("treats % and _ as letters", async () => {
    expect(await setOf(officerA, "q=50%25")).toEqual(new Set([A(9)]));
    expect(await setOf(officerA, "q=50")).toEqual(new Set([A(8), A(9)]));
    expect(await setOf(officerA, "q=_")).toEqual(new Set());
  });
});

describe("orders", () => {
  const open = [A(2), A(3), A(4), A(5), A(8), A(9)];
  const byField = (field: "createdAt" | "dueAt" | "lastActivityAt", direction: 1 | -1) =>
    [...open].sort((a, b) => {
      const [x, y] = [a, b].map((ref) => (seeds.find((s) => s.ref === ref) as Seed)[field as "createdAt"] as Date);
      return direction * ((x as Date).getTime() - (y as Date).getTime());
    });
  it.each([
    ["due-asc", "dueAt", 1],
    ["due-desc", "dueAt", -1],
    ["received-desc", "createdAt", -1],
    ["received-asc", "createdAt", 1],
    ["activity-desc", "lastActivityAt", -1],
    ["activity-asc", "lastActivityAt", 1],
  ] as const)("%s", async (sort, field, direction) => {
    const expected = byField(field, direction);
    expect(await refs(officerA, `sort=${sort}`)).toEqual(expected);
  });

  it("the export reads the same order batch by batch, every order", async () => {
    for (const sort of ["due-asc", "due-desc", "received-desc", "received-asc", "activity-desc", "activity-asc"]) {
      const query = parseInboxQuery(new URLSearchParams(`status=all&sort=${sort}`));
      const batches: string[][] = [];
      for await (const batch of inquiryBatches({ actor: actorOf(admin), query, locale: "en", now, batchSize: 3 })) {
        batches.push(batch.map((row) => row.reference));
      }
      expect(batches.every((batch) => batch.length <= 3)).toBe(true);
      expect(batches.flat(), sort).toEqual(await refs(admin, `status=all&sort=${sort}`));
      expect(batches.flat()).toHaveLength(seeds.length);
    }
    // An inquiry without a due time comes last going up, first going down.
    expect((await refs(admin, "status=all&sort=due-asc")).at(-1)).toBe("LA-2026-AAAAAB");
    expect((await refs(admin, "status=all&sort=due-desc"))[0]).toBe("LA-2026-AAAAAB");
  });
});

describe("counts and pages", () => {
  it("counts each status for the other filters, whatever status is picked", async () => {
    const expected = {
      NEW: 3,
      ASSIGNED: 1,
      IN_PROGRESS: 1,
      WAITING_ON_INVESTOR: 1,
      QUALIFIED: 0,
      CLOSED_WON: 1,
      CLOSED_LOST: 1,
      SPAM: 1,
      HELD: 0,
    };
    expect((await list(officerA, "")).counts).toEqual(expected);
    expect((await list(officerA, "status=spam")).counts).toEqual(expected);
    const filtered = await list(officerA, "country=KR&status=closed-won");
    expect(filtered.counts).toMatchObject({ NEW: 1, IN_PROGRESS: 1, CLOSED_WON: 0 });
    expect(filtered.total).toBe(0);
    expect((await list(admin, "")).counts).toMatchObject({ NEW: 4, HELD: 1, WAITING_ON_INVESTOR: 2 });
  });

  it("pages through the list, a page past the end showing the last", async () => {
    const first = await list(officerA, "", { pageSize: 4 });
    expect(first).toMatchObject({ total: 6, page: 1, pages: 2, pageSize: 4 });
    expect(first.rows).toHaveLength(4);
    const second = await list(officerA, "page=2", { pageSize: 4 });
    expect(second.rows.map((r) => r.reference)).toEqual([A(8), A(2)]);
    const beyond = await list(officerA, "page=40", { pageSize: 4 });
    expect(beyond.page).toBe(2);
    expect(beyond.rows.map((r) => r.reference)).toEqual([A(8), A(2)]);
    expect(INBOX_PAGE_SIZE).toBe(50);
  });

  it("gives the same list page by page, and the last page (read from the end) in every order", async () => {
    for (const sort of ["due-asc", "due-desc", "received-desc", "received-asc", "activity-desc", "activity-asc"]) {
      const whole = await refs(admin, `status=all&sort=${sort}`);
      const paged: string[] = [];
      for (let page = 1; page <= Math.ceil(whole.length / 5); page++) {
        const result = await list(admin, `status=all&sort=${sort}&page=${page}`, { pageSize: 5 });
        paged.push(...result.rows.map((r) => r.reference));
      }
      expect(paged, sort).toEqual(whole);
      // Past the end: the last page, which is read backwards from the end of the list.
      const last = await list(admin, `status=all&sort=${sort}&page=5000`, { pageSize: 5 });
      expect(
        last.rows.map((r) => r.reference),
        sort,
      ).toEqual(whole.slice(Math.floor((whole.length - 1) / 5) * 5));
    }
  });
});

describe("a search that matches very many inquiries", () => {
  it("stops counting past the cap, still lists them page by page, and the export counts them all", async () => {
    const { SEARCH_COUNT_CAP, countInquiries } = await import("@/server/inquiries/list-inquiries");
    const { inquirySearchText } = await import("@/server/inquiries/search-text");
    const many = SEARCH_COUNT_CAP + 5;
    await db.inquiry.createMany({
      data: Array.from({ length: many }, (_, n) => {
        const reference = `LA-2025-M${String(n)
          .padStart(5, "0")
          .replace(/[01]/g, (d) => (d === "0" ? "Z" : "Y"))}`;
        return {
          reference,
          idempotencyKey: randomUUID(),
          locale: "en",
          status: n % 2 === 0 ? ("CLOSED_LOST" as const) : ("NEW" as const),
          fullName: `Person ${n}`,
          organisation: "Broad Search Co",
          country: "SG",
          email: `p${n}@broad.example`,
          sectorId: ids.sectors.get("electronics") as number,
          parcelCodes: [],
          capitalRange: "UNDER_10M" as const,
          timeline: "later",
          message: "x",
          consentedAt: ago(DAY),
          privacyNoticeVersion: "2026-11-24",
          deskId: deskB,
          dueAt: ahead(n * 60_000),
          createdAt: ago(DAY + n * 1000),
          searchText: inquirySearchText({
            reference,
            fullName: `Person ${n}`,
            organisation: "Broad Search Co",
            email: `p${n}@broad.example`,
          }),
        };
      }),
    });
    try {
      const result = await list(admin, "q=broad+search&status=all");
      expect(result).toMatchObject({ capped: true, total: SEARCH_COUNT_CAP + 1, pages: SEARCH_COUNT_CAP / 50 });
      expect(result.rows).toHaveLength(50);
      expect(Object.values(result.counts).every((count) => count === 0)).toBe(true);
      const last = await list(admin, "q=broad+search&status=all&page=999");
      expect(last.page).toBe(SEARCH_COUNT_CAP / 50);
      expect(last.rows).toHaveLength(50);
      // A narrower search is counted exactly again.
      const narrow = await list(admin, "q=broad+search&status=new&country=SG&overdue=1");
      expect(narrow.capped).toBe(false);
      expect(narrow.total).toBe(0);
      expect((await list(officerA, "q=broad+search&status=all")).capped).toBe(false);
      const all = parseInboxQuery(new URLSearchParams("q=broad+search&status=all"));
      expect(await countInquiries({ actor: actorOf(admin), query: all, now })).toBe(many);
    } finally {
      await db.inquiry.deleteMany({ where: { organisation: "Broad Search Co" } });
    }
  });
});

describe("the start page's counts", () => {
  it("counts new, overdue, unassigned and held inquiries per desk, as the inbox's filters do", async () => {
    const own = await inquiryCounts({ actor: actorOf(officerA), locale: "en", now });
    expect(own).toEqual({
      scope: "own-desk",
      desks: [
        {
          deskId: deskA,
          name: "General investment desk",
          newCount: 3,
          overdueCount: 2,
          unassignedCount: 3,
          heldCount: 0,
        },
      ],
    });
    // Each count is the total of the inbox view it links to.
    expect((await list(officerA, `desk=${deskA}&overdue=1`)).total).toBe(2);
    expect((await list(officerA, `desk=${deskA}&assignee=unassigned`)).total).toBe(3);
    expect((await list(officerA, `desk=${deskA}&status=new`)).total).toBe(3);

    const all = await inquiryCounts({ actor: actorOf(admin), locale: "en", now });
    expect(all?.scope).toBe("any");
    expect(all?.desks.find((d) => d.deskId === deskB)).toMatchObject({
      newCount: 1,
      overdueCount: 1,
      unassignedCount: 1,
    });
    expect(all?.desks.find((d) => d.deskId === null)).toMatchObject({
      heldCount: 1,
      unassignedCount: 1,
      overdueCount: 0,
    });
    expect((await list(admin, "desk=none&status=held")).total).toBe(1);
    expect(await inquiryCounts({ actor: actorOf(editor), locale: "en", now })).toBeNull();
  });
});

describe("the CSV export", () => {
  async function download(user: StaffFixtureUser | null, query: string, locale = "en") {
    if (user) {
      const session = await createStaffSession(user.id);
      request.jar.set(session.cookieName, session.token);
    }
    const response = await exportCsv(new Request(`http://localhost/${locale}/admin/inquiries/export?${query}`), {
      params: Promise.resolve({ locale }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
  }

  it("streams the whole filtered list with a byte order mark, formulas defused, and audits it", async () => {
    const before = new Date();
    const { response, bytes, text } = await download(officerA, "status=all&sort=received-asc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="inquiries-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Reference,Received (UTC+7),Answer due (UTC+7),Overdue,Status,Desk,Assigned to,Organisation,Name,E-mail,Country,Sector,Hub,Planned capital,First answer (UTC+7),Last activity (UTC+7)",
    );
    expect(lines).toHaveLength(1 + deskARefs.length);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([
      "LA-2026-AAAAAB",
      A(6),
      A(9),
      A(5),
      A(3),
      A(4),
      A(7),
      A(8),
      A(2),
    ]);
    // The organisation that starts with "=" is text, not a formula.
    expect(text).toContain(",'=cmd|' /C calc'!A0 500,");
    expect(text).not.toMatch(/,=cmd/);
    expect(text).toContain("Nguyễn Văn An,an@anh-duong.example,Vietnam");
    expect(lines.find((line) => line.startsWith(A(5)))).toContain(
      ",yes,In progress,General investment desk,Officer A2,",
    );

    const entries = await db.auditEntry.findMany({
      where: { action: "inquiry.export", actorId: officerA.id, at: { gte: new Date(before.getTime() - 1000) } },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entityType: "inquiry",
      actorLabel: officerA.email,
      changes: { filter: { status: "all", sort: "received-asc" }, rows: deskARefs.length },
    });
  });

  it("holds only the officer's desks, even when the URL names another desk", async () => {
    const { response, text } = await download(officerA, `desk=${deskB}&status=all`);
    expect(response.status).toBe(200);
    expect(text.slice(1).trimEnd().split("\r\n")).toHaveLength(1);
    expect(text).not.toContain("BBBBB");
    const entry = await db.auditEntry.findFirst({
      where: { action: "inquiry.export", actorId: officerA.id },
      orderBy: { id: "desc" },
    });
    expect(entry?.changes).toEqual({ filter: { status: "all", desk: String(deskB) }, rows: 0 });

    const search = await download(officerA, "q=nguyen&status=all");
    expect(search.text).toContain(A(2));
    expect(search.text).not.toContain("Bích");
  });

  it("has Vietnamese headers and names in Vietnamese", async () => {
    const { text } = await download(officerA, "q=hanbit", "vi");
    const [header, row] = text.slice(1).trimEnd().split("\r\n");
    expect(header?.startsWith("Mã tham chiếu,Ngày nhận (UTC+7),Hạn phản hồi (UTC+7),Quá hạn,Tình trạng,Bộ phận")).toBe(
      true,
    );
    expect(row).toContain(",có,Mới,Bộ phận tiếp nhận chung,,Hanbit Logistics,Kim Min-jun,");
    expect(row).toContain("Hàn Quốc");
  });

  it("refuses the signed-out (401) and the roles that may not read inquiries (403), recording nothing", async () => {
    const count = () => db.auditEntry.count({ where: { action: "inquiry.export" } });
    const before = await count();
    expect((await download(null, "")).response.status).toBe(401);
    expect((await download(editor, "")).response.status).toBe(403);
    expect(await count()).toBe(before);
  });
});
