import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";
import { permissionsOf } from "@/lib/permissions";
import { desks as seedDesks } from "@/prisma/seed/content";
import { holidays as seedHolidayList } from "@/prisma/seed/holidays";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { callAction, request, resetRequest } from "../fixtures/next-request";
import { createStaffSession, createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";
import { resetTaggedCache, revalidatedTags } from "../fixtures/tagged-next-cache";

// Desks, routing rules, holidays and the site settings, as administrators
// change them: through the pages' server actions (refused to anyone else),
// each change audited, the invariants kept under concurrent writes, and
// every change seen by the next inquiry.
vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);
// A cache that keeps results until their tag is revalidated, so that a write
// which forgot to revalidate would be caught.
vi.mock("next/cache", async () => (await import("../fixtures/tagged-next-cache")).taggedNextCache);

const { db } = await import("@/server/db");
const { seedAll } = await import("@/prisma/seed");
const { createInquiry } = await import("@/server/inquiries/create-inquiry");
const { getSiteSettings } = await import("@/server/site/get-site-settings");
const { whichDesk } = await import("@/server/routing/list-routing-rules");
const deskWrites = await import("@/server/desks/desk-writes");
const routingWrites = await import("@/server/routing/routing-writes");
const deskActions = await import("@/app/[locale]/admin/(shell)/desks/actions");
const routingActions = await import("@/app/[locale]/admin/(shell)/desks/routing/actions");
const holidayActions = await import("@/app/[locale]/admin/(shell)/holidays/actions");
const settingsActions = await import("@/app/[locale]/admin/(shell)/settings/actions");

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

let admin: StaffFixtureUser;
let officer: StaffFixtureUser;
let editor: StaffFixtureUser;
const testStart = new Date();

/** The seed's state of desks, rules, holidays and settings, for the test files that run after this one. */
async function restoreSeedState() {
  await clearInquiries();
  const seedSlugs = seedDesks.map((desk) => desk.slug);
  await db.desk.deleteMany({ where: { slug: { notIn: seedSlugs } } });
  for (const desk of seedDesks) {
    await db.desk.update({
      where: { slug: desk.slug },
      data: { email: desk.email, active: true, isDefault: Boolean(desk.isDefault) },
    });
  }
  await db.routingRule.deleteMany({});
  await db.holiday.deleteMany({});
  await db.siteSettings.update({ where: { id: 1 }, data: { responseTargetWorkingDays: 2, retentionMonths: 24 } });
  await seedAll();
}

beforeAll(async () => {
  await seedInquiryContent();
  await restoreSeedState();
  [admin, officer, editor] = await Promise.all([
    createStaffUser({ role: "ADMINISTRATOR", name: "Nguyễn Quản Trị" }),
    createStaffUser({ role: "INVESTMENT_OFFICER", name: "Trần Cán Bộ", desks: ["general"] }),
    createStaffUser({ role: "EDITOR", name: "Lê Biên Tập" }),
  ]);
});
beforeEach(() => {
  resetRequest();
  resetTaggedCache();
});
afterAll(async () => {
  await restoreSeedState();
  await deleteTestStaff();
  await db.$disconnect();
});

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

async function signIn(user: StaffFixtureUser | null) {
  resetRequest();
  if (!user) return;
  const session = await createStaffSession(user.id);
  request.jar.set(session.cookieName, session.token);
}

const asAdmin = async (action: Action, fields: Record<string, string | string[]>) => {
  await signIn(admin);
  return callAction<FormState>(action, { locale: "vi", ...fields });
};

type Fields = Record<string, string | string[] | undefined>;
/** The fields a form posts: an unticked box (undefined) is not posted at all. */
const posted = (fields: Fields) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Record<
    string,
    string | string[]
  >;

const auditOf = (entityType: string, entityId: number | string, action?: string) =>
  db.auditEntry.findMany({
    where: { entityType, entityId: String(entityId), action, at: { gte: testStart } },
    orderBy: { id: "asc" },
  });

const idOf = (redirect: string | undefined, pattern: RegExp) => Number(redirect?.match(pattern)?.[1] ?? Number.NaN);

let deskCount = 0;
const deskFields = (overrides: Fields = {}) => {
  deskCount += 1;
  return posted({
    nameVi: `Bộ phận thử nghiệm ${deskCount}`,
    nameEn: `Test desk ${deskCount}`,
    email: `desk-${deskCount}@longan-hitech.example`,
    active: "1",
    ...overrides,
  });
};

async function newDesk(overrides: Fields = {}) {
  const outcome = await asAdmin(deskActions.createDeskAction, deskFields(overrides));
  const id = idOf(outcome.redirectedTo, /\/admin\/desks\/(\d+)\?done=created$/);
  if (Number.isNaN(id)) throw new Error(`desk not created: ${JSON.stringify(outcome)}`);
  return db.desk.findUniqueOrThrow({ where: { id }, include: { translations: true, staff: true } });
}

const defaults = () => db.desk.findMany({ where: { isDefault: true }, select: { id: true, active: true } });

const deskFormOf = async (id: number, overrides: Fields = {}) => {
  const desk = await db.desk.findUniqueOrThrow({ where: { id }, include: { translations: true, staff: true } });
  const name = (locale: string) => desk.translations.find((t) => t.locale === locale)?.name ?? "";
  return posted({
    id: String(id),
    nameVi: name("vi"),
    nameEn: name("en"),
    email: desk.email,
    members: desk.staff.map((s) => String(s.userId)),
    active: desk.active ? "1" : undefined,
    isDefault: desk.isDefault ? "1" : undefined,
    ...overrides,
  });
};

const inquiryForm = {
  fullName: "Kim Min-jun",
  organisation: "Hanbit Electronics",
  country: "KR",
  email: "minjun.kim@example.com",
  sector: "electronics",
  hub: "",
  parcels: "",
  capitalRange: "50m-200m",
  timeline: "within-12-months",
  message: "We plan a PCB assembly plant.",
  consentProcessing: "on",
};

/** Submits an inquiry as the public form does; returns where it was routed. */
async function submitInquiry(overrides: Record<string, string> = {}, now = new Date()) {
  const result = await createInquiry({
    form: { ...inquiryForm, ...overrides, message: `${inquiryForm.message} ${randomUUID()}` },
    idempotencyKey: randomUUID(),
    locale: "en",
    now,
  });
  if (!result.ok || !result.created) throw new Error(`inquiry not stored: ${JSON.stringify(result)}`);
  return db.inquiry.findUniqueOrThrow({
    where: { reference: result.reference },
    select: { id: true, deskId: true, routingRuleId: true, dueAt: true },
  });
}

const positions = async () =>
  await db.routingRule.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, position: true },
  });

async function expectDensePositions() {
  const rows = await positions();
  expect(rows.map((r) => r.position)).toEqual(rows.map((_, index) => index + 1));
  return rows.map((r) => r.id);
}

describe("who may use the actions", () => {
  const someId = "999999";
  const cases: [string, Action, Record<string, string | string[]>][] = [
    ["create a desk", deskActions.createDeskAction, deskFields()],
    ["change a desk", deskActions.updateDeskAction, { ...deskFields(), id: "1" }],
    ["create a rule", routingActions.createRoutingRuleAction, { desk: "1", active: "1" }],
    ["change a rule", routingActions.updateRoutingRuleAction, { id: someId, desk: "1" }],
    ["move a rule", routingActions.moveRoutingRuleAction, { id: someId, direction: "up" }],
    ["delete a rule", routingActions.deleteRoutingRuleAction, { id: someId }],
    ["add a holiday", holidayActions.createHolidayAction, { date: "2030-01-01", nameVi: "Tết", nameEn: "New Year" }],
    [
      "change a holiday",
      holidayActions.updateHolidayAction,
      { id: someId, date: "2030-01-01", nameVi: "Tết", nameEn: "New Year" },
    ],
    ["delete a holiday", holidayActions.deleteHolidayAction, { id: someId }],
    [
      "change the settings",
      settingsActions.updateSiteSettingsAction,
      { responseTargetWorkingDays: "3", retentionMonths: "36" },
    ],
  ];

  it.each(cases)(
    "%s: nobody signed in is sent to sign in, officers and editors are refused, nothing changes",
    async (_, action, fields) => {
      const before = await db.auditEntry.count();
      const snapshot = async () => ({
        desks: await db.desk.count(),
        rules: await db.routingRule.count(),
        holidays: await db.holiday.count(),
        settings: await db.siteSettings.findUniqueOrThrow({
          where: { id: 1 },
          select: { responseTargetWorkingDays: true, retentionMonths: true },
        }),
      });
      const state = await snapshot();
      await signIn(null);
      expect(await callAction<FormState>(action, { locale: "en", ...fields })).toEqual({
        redirectedTo: "/en/admin/sign-in?expired=1",
      });
      for (const user of [officer, editor]) {
        await signIn(user);
        const outcome = await callAction<FormState>(action, { locale: "en", ...fields });
        expect(outcome.state?.errors).toEqual({ form: "forbidden" });
      }
      expect(await snapshot()).toEqual(state);
      expect(await db.auditEntry.count()).toBe(before);
    },
  );

  it("carry their permissions: desks, routing rules, and settings for holidays and the site settings", () => {
    expect(deskActions.createDeskAction.permission).toBe("desk:manage");
    expect(deskActions.updateDeskAction.permission).toBe("desk:manage");
    for (const action of Object.values(routingActions)) expect(action.permission).toBe("routing:manage");
    for (const action of Object.values(holidayActions)) expect(action.permission).toBe("settings:manage");
    expect(settingsActions.updateSiteSettingsAction.permission).toBe("settings:manage");
  });
});

describe("desks", () => {
  it("are created by an administrator with both names, members and a slug from the English name, audited", async () => {
    const outcome = await asAdmin(deskActions.createDeskAction, {
      nameVi: "Bộ phận Đầu tư Hàn Quốc",
      nameEn: "Korea Desk",
      email: "korea@longan-hitech.example",
      members: [String(officer.id), String(admin.id)],
      active: "1",
    });
    const id = idOf(outcome.redirectedTo, /^\/vi\/admin\/desks\/(\d+)\?done=created$/);
    const desk = await db.desk.findUniqueOrThrow({ where: { id }, include: { translations: true, staff: true } });
    expect(desk).toMatchObject({
      slug: "korea-desk",
      email: "korea@longan-hitech.example",
      active: true,
      isDefault: false,
    });
    expect(desk.translations.map((t) => [t.locale, t.name]).sort()).toEqual([
      ["en", "Korea Desk"],
      ["vi", "Bộ phận Đầu tư Hàn Quốc"],
    ]);
    expect(desk.staff.map((s) => s.userId).sort((a, b) => a - b)).toEqual([admin.id, officer.id].sort((a, b) => a - b));
    const [entry] = await auditOf("desk", id, "desk.create");
    expect(entry).toMatchObject({ actorId: admin.id, actorLabel: admin.email });
    expect(entry?.changes).toMatchObject({
      slug: [null, "korea-desk"],
      nameEn: [null, "Korea Desk"],
      isDefault: [null, false],
    });

    // The same English name again: a slug of its own.
    const again = await newDesk({ nameEn: "Korea Desk" });
    expect(again.slug).toBe("korea-desk-2");
  });

  it("refuse names missing in either language, a bad address and members who do not handle inquiries", async () => {
    const outcome = await asAdmin(
      deskActions.createDeskAction,
      deskFields({ nameVi: " ", nameEn: undefined, email: "desk" }),
    );
    expect(outcome.state?.errors).toEqual({ nameVi: "required", nameEn: "required", email: "email" });
    const withEditor = await asAdmin(deskActions.createDeskAction, deskFields({ members: [String(editor.id)] }));
    expect(withEditor.state?.errors).toEqual({ members: "invalid" });
    // What was typed comes back.
    expect(withEditor.state?.values.members).toBe(String(editor.id));
  });

  it("have exactly one default: making a desk the default takes it from the other, audited for both", async () => {
    const [before] = await defaults();
    const desk = await newDesk();
    const outcome = await asAdmin(deskActions.updateDeskAction, await deskFormOf(desk.id, { isDefault: "1" }));
    expect(outcome.redirectedTo).toBe(`/vi/admin/desks/${desk.id}?done=updated`);
    expect(await defaults()).toEqual([{ id: desk.id, active: true }]);
    expect((await auditOf("desk", desk.id, "desk.update"))[0]?.changes).toMatchObject({ isDefault: [false, true] });
    expect((await auditOf("desk", before?.id ?? 0, "desk.update")).at(-1)?.changes).toEqual({
      isDefault: [true, false],
      newDefault: desk.id,
    });

    // A new desk created as the default takes it too.
    const created = await newDesk({ isDefault: "1" });
    expect(await defaults()).toEqual([{ id: created.id, active: true }]);
    // Back to the seed's default.
    const general = await db.desk.findUniqueOrThrow({ where: { slug: "general" } });
    await asAdmin(deskActions.updateDeskAction, await deskFormOf(general.id, { isDefault: "1" }));
    expect(await defaults()).toEqual([{ id: general.id, active: true }]);
  });

  it("refuse to un-default or deactivate the default desk directly, and an inactive default, with a clear message", async () => {
    const [current] = await defaults();
    const id = current?.id ?? 0;
    const unset = await asAdmin(deskActions.updateDeskAction, await deskFormOf(id, { isDefault: undefined }));
    expect(unset.state?.errors).toEqual({ isDefault: "defaultDeskUnset" });
    const off = await asAdmin(deskActions.updateDeskAction, await deskFormOf(id, { active: undefined }));
    expect(off.state?.errors).toEqual({ active: "defaultDeskInactive" });
    const both = await asAdmin(
      deskActions.updateDeskAction,
      await deskFormOf(id, { active: undefined, isDefault: undefined }),
    );
    expect(both.state?.errors).toEqual({ active: "defaultDeskInactive", isDefault: "defaultDeskUnset" });

    const other = await newDesk({ active: undefined });
    const inactiveDefault = await asAdmin(deskActions.updateDeskAction, await deskFormOf(other.id, { isDefault: "1" }));
    expect(inactiveDefault.state?.errors).toEqual({ active: "defaultDeskMustBeActive" });
    const createdInactiveDefault = await asAdmin(
      deskActions.createDeskAction,
      deskFields({ active: undefined, isDefault: "1" }),
    );
    expect(createdInactiveDefault.state?.errors).toEqual({ active: "defaultDeskMustBeActive" });
    expect(await defaults()).toEqual([{ id, active: true }]);
  });

  it("keep exactly one default when administrators make different desks the default at the same time", async () => {
    const candidates = await Promise.all([1, 2, 3, 4, 5].map(() => newDesk()));
    const original = (await defaults())[0]?.id ?? 0;
    // A reader watching the committed state throughout: never two defaults, never none.
    let watching = true;
    const seen = new Set<number>();
    const watcher = (async () => {
      while (watching) seen.add(await db.desk.count({ where: { isDefault: true } }));
    })();
    for (let round = 0; round < 3; round++) {
      const writes = candidates.map(async (desk) =>
        deskWrites.updateDesk({ actor: actorOf(admin), ...(await deskInputOf(desk.id)), isDefault: true }),
      );
      const creates = [1, 2].map(() =>
        deskWrites.createDesk({
          actor: actorOf(admin),
          nameVi: "Bộ phận đồng thời",
          nameEn: "Concurrent desk",
          email: "concurrent@longan-hitech.example",
          members: [],
          active: true,
          isDefault: true,
        }),
      );
      await Promise.all([...writes, ...creates]);
      expect(await db.desk.count({ where: { isDefault: true } })).toBe(1);
    }
    watching = false;
    await watcher;
    expect([...seen]).toEqual([1]);
    // Every concurrent create got a slug of its own.
    const slugs = (await db.desk.findMany({ where: { slug: { startsWith: "concurrent-desk" } } })).map((d) => d.slug);
    expect(new Set(slugs).size).toBe(6);
    await deskWrites.updateDesk({ actor: actorOf(admin), ...(await deskInputOf(original)), isDefault: true });
  });

  it("can be deactivated with open inquiries, which stay with it; the next inquiry goes elsewhere", async () => {
    const desk = await newDesk();
    const rule = await routingWrites.createRoutingRule({
      actor: actorOf(admin),
      sectorId: (await db.sector.findUniqueOrThrow({ where: { slug: "logistics" } })).id,
      hubId: (await db.hub.findUniqueOrThrow({ where: { slug: "can-giuoc" } })).id,
      capitalRanges: ["UNDER_10M"],
      deskId: desk.id,
      active: true,
    });
    // To the top, above the seed's rule for logistics.
    for (let i = 0; i < 10; i++)
      await routingWrites.moveRoutingRule({ actor: actorOf(admin), id: rule.id, direction: "up" });
    const routedHere = { sector: "logistics", hub: "can-giuoc", capitalRange: "under-10m" };
    const first = await submitInquiry(routedHere);
    expect(first).toMatchObject({ deskId: desk.id, routingRuleId: rule.id });

    const outcome = await asAdmin(deskActions.updateDeskAction, await deskFormOf(desk.id, { active: undefined }));
    expect(outcome.redirectedTo).toBe(`/vi/admin/desks/${desk.id}?done=deactivated`);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: first.id } })).deskId).toBe(desk.id);
    expect((await auditOf("desk", desk.id, "desk.update")).at(-1)?.changes).toEqual({ active: [true, false] });
    // Its rule is skipped now: the next rule that matches (logistics) routes it.
    const next = await submitInquiry(routedHere);
    expect(next.deskId).not.toBe(desk.id);
    expect(next.deskId).toBe((await db.desk.findUniqueOrThrow({ where: { slug: "industry-logistics" } })).id);
    await routingWrites.deleteRoutingRule({ actor: actorOf(admin), id: rule.id });
  });

  it("change only the members the form lists: an editor given the desk on their own page keeps it", async () => {
    const desk = await newDesk({ members: [String(officer.id)] });
    await db.staffDesk.create({ data: { userId: editor.id, deskId: desk.id } });
    await asAdmin(deskActions.updateDeskAction, await deskFormOf(desk.id, { members: [String(admin.id)] }));
    const members = (await db.staffDesk.findMany({ where: { deskId: desk.id } })).map((s) => s.userId).sort();
    expect(members).toEqual([admin.id, editor.id].sort());
    expect((await auditOf("desk", desk.id, "desk.update")).at(-1)?.changes).toEqual({
      members: [[officer.id], [admin.id]],
    });
  });
});

async function deskInputOf(id: number) {
  const desk = await db.desk.findUniqueOrThrow({ where: { id }, include: { translations: true, staff: true } });
  const name = (locale: string) => desk.translations.find((t) => t.locale === locale)?.name ?? "";
  return {
    id,
    nameVi: name("vi"),
    nameEn: name("en"),
    email: desk.email,
    members: desk.staff.map((s) => s.userId),
    active: desk.active,
    isDefault: desk.isDefault,
  };
}

describe("routing rules", () => {
  it("are created at the end, moved up and down with positions kept 1, 2, 3…, changed and deleted, audited", async () => {
    const desk = await newDesk();
    const before = await expectDensePositions();
    const created = await asAdmin(routingActions.createRoutingRuleAction, {
      sector: String((await db.sector.findUniqueOrThrow({ where: { slug: "electronics" } })).id),
      hub: "",
      capitalRanges: ["OVER_200M", "UNDER_10M"],
      desk: String(desk.id),
      active: "1",
    });
    const id = idOf(created.redirectedTo, /^\/vi\/admin\/desks\/routing\?done=created#rule-(\d+)$/);
    expect(await expectDensePositions()).toEqual([...before, id]);
    // Ticked in any order, stored in the form's order.
    expect((await db.routingRule.findUniqueOrThrow({ where: { id } })).capitalRanges).toEqual([
      "UNDER_10M",
      "OVER_200M",
    ]);
    expect((await auditOf("routing-rule", id, "routing.create"))[0]?.changes).toMatchObject({
      position: [null, before.length + 1],
      deskId: [null, desk.id],
    });

    const move = (direction: "up" | "down") =>
      asAdmin(routingActions.moveRoutingRuleAction, { id: String(id), direction });
    expect((await move("down")).redirectedTo).toBe(`/vi/admin/desks/routing?done=movedDown#rule-${id}`);
    expect(await expectDensePositions()).toEqual([...before, id]); // the last stays last
    expect((await move("up")).redirectedTo).toBe(`/vi/admin/desks/routing?done=movedUp#rule-${id}`);
    const above = before.at(-1) as number;
    expect(await expectDensePositions()).toEqual([...before.slice(0, -1), id, above]);
    await move("up");
    await move("up");
    expect((await expectDensePositions()).indexOf(id)).toBe(before.length - 3);
    await move("down");
    expect((await expectDensePositions()).indexOf(id)).toBe(before.length - 2);
    const moves = await auditOf("routing-rule", id, "routing.move");
    expect(moves.map((m) => (m.changes as { position: number[] }).position)).toEqual([
      [before.length + 1, before.length],
      [before.length, before.length - 1],
      [before.length - 1, before.length - 2],
      [before.length - 2, before.length - 1],
    ]);

    const updated = await asAdmin(routingActions.updateRoutingRuleAction, {
      id: String(id),
      sector: "",
      hub: String((await db.hub.findUniqueOrThrow({ where: { slug: "ben-luc" } })).id),
      desk: String(desk.id),
    });
    expect(updated.redirectedTo).toBe(`/vi/admin/desks/routing?done=updated#rule-${id}`);
    expect(await db.routingRule.findUniqueOrThrow({ where: { id } })).toMatchObject({
      sectorId: null,
      capitalRanges: [],
      active: false,
    });
    expect((await auditOf("routing-rule", id, "routing.update"))[0]?.changes).toMatchObject({
      sectorId: [expect.any(Number), null],
      capitalRanges: [["UNDER_10M", "OVER_200M"], []],
      active: [true, false],
    });

    expect((await asAdmin(routingActions.deleteRoutingRuleAction, { id: String(id) })).redirectedTo).toBe(
      "/vi/admin/desks/routing?done=deleted",
    );
    expect(await expectDensePositions()).toEqual(before);
    expect((await auditOf("routing-rule", id, "routing.delete"))[0]?.changes).toMatchObject({
      deskId: [desk.id, null],
    });
  });

  it("refuse a missing desk, an unknown sector or hub, a capital range that does not exist", async () => {
    const outcome = await asAdmin(routingActions.createRoutingRuleAction, {
      sector: "999999",
      hub: "abc",
      capitalRanges: ["OVER_200M", "HUGE"],
      desk: "",
    });
    expect(outcome.state?.errors).toEqual({ hub: "invalid", capitalRanges: "invalid", desk: "required" });
    const unknown = await asAdmin(routingActions.createRoutingRuleAction, { sector: "999999", desk: "999999" });
    expect(unknown.state?.errors).toEqual({ sector: "invalid", desk: "required" });
    const gone = await asAdmin(routingActions.moveRoutingRuleAction, { id: "999999", direction: "up" });
    expect(gone.state?.errors).toEqual({ form: "notFound" });
  });

  it("keep positions 1, 2, 3… under concurrent moves, creates and deletes", async () => {
    const desk = await newDesk();
    const extra = await Promise.all(
      [1, 2, 3, 4].map(() =>
        routingWrites.createRoutingRule({
          actor: actorOf(admin),
          sectorId: null,
          hubId: null,
          capitalRanges: [],
          deskId: desk.id,
          active: false,
        }),
      ),
    );
    const ids = await expectDensePositions();
    const all = [...ids];
    const pick = (n: number) => all[n % all.length] as number;
    await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        routingWrites.moveRoutingRule({ actor: actorOf(admin), id: pick(n * 7), direction: n % 3 ? "up" : "down" }),
      ),
    );
    await expectDensePositions();
    await Promise.all(extra.map((rule) => routingWrites.deleteRoutingRule({ actor: actorOf(admin), id: rule.id })));
    const after = await expectDensePositions();
    expect(after).toHaveLength(ids.length - extra.length);
  });

  it("answer 'which desk would get this?' with the desk a real inquiry is routed to, for every combination", async () => {
    // A mix: a hub-specific rule moved to the top, a rule not applied, and a rule to an inactive desk.
    const [hubDesk, offDesk] = [await newDesk(), await newDesk()];
    const [logistics, canGiuoc, electronics] = await Promise.all([
      db.sector.findUniqueOrThrow({ where: { slug: "logistics" } }),
      db.hub.findUniqueOrThrow({ where: { slug: "can-giuoc" } }),
      db.sector.findUniqueOrThrow({ where: { slug: "electronics" } }),
    ]);
    const actor = actorOf(admin);
    const top = await routingWrites.createRoutingRule({
      actor,
      sectorId: logistics.id,
      hubId: canGiuoc.id,
      capitalRanges: ["FROM_10M_TO_50M", "FROM_50M_TO_200M"],
      deskId: hubDesk.id,
      active: true,
    });
    for (let i = 0; i < 10; i++) await routingWrites.moveRoutingRule({ actor, id: top.id, direction: "up" });
    const notApplied = await routingWrites.createRoutingRule({
      actor,
      sectorId: electronics.id,
      hubId: null,
      capitalRanges: [],
      deskId: hubDesk.id,
      active: false,
    });
    const toInactive = await routingWrites.createRoutingRule({
      actor,
      sectorId: null,
      hubId: canGiuoc.id,
      capitalRanges: [],
      deskId: offDesk.id,
      active: true,
    });
    await deskWrites.updateDesk({ actor, ...(await deskInputOf(offDesk.id)), active: false });
    // Every sector has a rule in the seed: one not applied lets its inquiries reach the default desk.
    const digital = await db.routingRule.findFirstOrThrow({ where: { sector: { slug: "it-digital-economy" } } });
    const digitalRule = { ...digital, capitalRanges: digital.capitalRanges };
    await routingWrites.updateRoutingRule({ actor, ...digitalRule, active: false });
    for (const rule of [notApplied, toInactive]) {
      for (let i = 0; i < 10; i++) await routingWrites.moveRoutingRule({ actor, id: rule.id, direction: "up" });
    }

    const sectors = (await db.sector.findMany({ select: { slug: true } })).map((s) => s.slug);
    const hubs = ["", ...(await db.hub.findMany({ select: { slug: true } })).map((h) => h.slug)];
    const capitals = ["under-10m", "10m-50m", "50m-200m", "over-200m"] as const;
    const seenDesks = new Set<number>();
    const seenRules = new Set<number | null>();
    for (const sector of sectors) {
      for (const hub of hubs) {
        for (const capital of capitals) {
          const answer = await whichDesk({ sector, hub: hub || undefined, capital });
          const inquiry = await submitInquiry({ sector, hub, capitalRange: capital });
          expect(answer, `${sector} ${hub} ${capital}`).toEqual({
            asked: true,
            decision: { deskId: inquiry.deskId, ruleId: inquiry.routingRuleId },
          });
          seenDesks.add(inquiry.deskId as number);
          seenRules.add(inquiry.routingRuleId);
        }
      }
    }
    // The combinations reach the hub rule, the seed's rules and the default desk; never the skipped ones.
    expect(seenRules).toContain(top.id);
    expect(seenRules).toContain(null);
    expect(seenRules).not.toContain(notApplied.id);
    expect(seenRules).not.toContain(toInactive.id);
    expect(seenDesks).not.toContain(offDesk.id);
    expect(seenDesks.size).toBeGreaterThanOrEqual(4);

    // A change applies to the very next inquiry: nothing is cached.
    await routingWrites.updateRoutingRule({
      actor,
      id: top.id,
      sectorId: logistics.id,
      hubId: canGiuoc.id,
      capitalRanges: [],
      deskId: hubDesk.id,
      active: true,
    });
    const next = await submitInquiry({ sector: "logistics", hub: "can-giuoc", capitalRange: "under-10m" });
    expect(next).toMatchObject({ deskId: hubDesk.id, routingRuleId: top.id });
    for (const rule of [top, notApplied, toInactive]) await routingWrites.deleteRoutingRule({ actor, id: rule.id });
    await routingWrites.updateRoutingRule({ actor, ...digitalRule, active: true });
    // Not asked (or asked about something the portal does not have): no answer.
    expect(await whichDesk({ sector: "electronics" })).toEqual({ asked: false });
    expect(await whichDesk({ sector: "nothing", capital: "over-200m" })).toEqual({ asked: false });
  });
});

describe("holidays", () => {
  const holiday = (date: string) =>
    db.holiday.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) }, include: { translations: true } });

  it("are added, changed and deleted by an administrator, each audited; a date is recorded once", async () => {
    const added = await asAdmin(holidayActions.createHolidayAction, {
      date: "2028-01-03",
      nameVi: "Tết Dương lịch (nghỉ bù)",
      nameEn: "New Year's Day (compensatory day off)",
    });
    expect(added.redirectedTo).toBe("/vi/admin/holidays?year=2028&done=created");
    const row = await holiday("2028-01-03");
    expect(row?.translations.map((t) => [t.locale, t.name]).sort()).toEqual([
      ["en", "New Year's Day (compensatory day off)"],
      ["vi", "Tết Dương lịch (nghỉ bù)"],
    ]);
    const id = row?.id ?? 0;
    expect((await auditOf("holiday", id, "holiday.create"))[0]?.changes).toEqual({
      date: [null, "2028-01-03"],
      nameVi: [null, "Tết Dương lịch (nghỉ bù)"],
      nameEn: [null, "New Year's Day (compensatory day off)"],
    });

    const twice = await asAdmin(holidayActions.createHolidayAction, {
      date: "2028-01-03",
      nameVi: "Lần hai",
      nameEn: "Again",
    });
    expect(twice.state?.errors).toEqual({ date: "holidayDateTaken" });
    const bad = await asAdmin(holidayActions.createHolidayAction, { date: "2028-02-30", nameVi: "", nameEn: "x" });
    expect(bad.state?.errors).toEqual({ date: "dateInvalid", nameVi: "required" });

    const changed = await asAdmin(holidayActions.updateHolidayAction, {
      id: String(id),
      date: "2029-01-01",
      nameVi: "Tết Dương lịch",
      nameEn: "New Year's Day (compensatory day off)",
    });
    expect(changed.redirectedTo).toBe("/vi/admin/holidays?year=2029&done=updated");
    expect(await holiday("2028-01-03")).toBeNull();
    expect((await auditOf("holiday", id, "holiday.update"))[0]?.changes).toEqual({
      date: ["2028-01-03", "2029-01-01"],
      nameVi: ["Tết Dương lịch (nghỉ bù)", "Tết Dương lịch"],
    });
    // Moving it onto a date already recorded is refused.
    const onto = await asAdmin(holidayActions.updateHolidayAction, {
      id: String(id),
      date: "2027-01-01",
      nameVi: "x",
      nameEn: "x",
    });
    expect(onto.state?.errors).toEqual({ date: "holidayDateTaken" });

    const deleted = await asAdmin(holidayActions.deleteHolidayAction, { id: String(id) });
    expect(deleted.redirectedTo).toBe("/vi/admin/holidays?year=2029&done=deleted");
    expect(await db.holiday.findUnique({ where: { id } })).toBeNull();
    expect((await auditOf("holiday", id, "holiday.delete"))[0]?.changes).toMatchObject({ date: ["2029-01-01", null] });
    expect((await asAdmin(holidayActions.deleteHolidayAction, { id: String(id) })).state?.errors).toEqual({
      form: "notFound",
    });
  });

  it("count from the next inquiry: a holiday added tomorrow moves its due time a day later", async () => {
    // Monday 1 March 2027, 10:00 in Viet Nam; two working days: Wednesday, then Thursday with Tuesday off.
    const now = new Date("2027-03-01T10:00:00+07:00");
    expect((await submitInquiry({}, now)).dueAt).toEqual(new Date("2027-03-03T10:00:00+07:00"));
    await asAdmin(holidayActions.createHolidayAction, { date: "2027-03-02", nameVi: "Ngày nghỉ", nameEn: "Day off" });
    expect((await submitInquiry({}, now)).dueAt).toEqual(new Date("2027-03-04T10:00:00+07:00"));
    await db.holiday.delete({ where: { date: new Date("2027-03-02T00:00:00Z") } });
  });
});

describe("site settings", () => {
  it("are changed by an administrator, audited, and public pages read the new values at once", async () => {
    const before = await getSiteSettings("vi");
    expect(before).toMatchObject({ responseTargetWorkingDays: 2, retentionMonths: 24 });
    const outcome = await asAdmin(settingsActions.updateSiteSettingsAction, {
      responseTargetWorkingDays: " 3 ",
      retentionMonths: "36",
    });
    expect(outcome.redirectedTo).toBe("/vi/admin/settings?done=updated");
    expect(revalidatedTags).toEqual(["site-settings"]);
    expect(await getSiteSettings("vi")).toMatchObject({ responseTargetWorkingDays: 3, retentionMonths: 36 });
    const [entry] = await auditOf("site-settings", 1, "settings.update");
    expect(entry?.changes).toEqual({ responseTargetWorkingDays: [2, 3], retentionMonths: [24, 36] });
    // The next inquiry is due by the new target: Monday 10:00 + 3 working days.
    expect((await submitInquiry({}, new Date("2027-03-01T10:00:00+07:00"))).dueAt).toEqual(
      new Date("2027-03-04T10:00:00+07:00"),
    );

    // Saving the same values again changes nothing and records nothing.
    await asAdmin(settingsActions.updateSiteSettingsAction, { responseTargetWorkingDays: "3", retentionMonths: "36" });
    expect(await auditOf("site-settings", 1, "settings.update")).toHaveLength(1);
    expect(revalidatedTags).toEqual(["site-settings"]);

    await asAdmin(settingsActions.updateSiteSettingsAction, { responseTargetWorkingDays: "2", retentionMonths: "24" });
    expect(await getSiteSettings("en")).toMatchObject({ responseTargetWorkingDays: 2, retentionMonths: 24 });
  });

  it("refuse values out of range, with what was typed", async () => {
    for (const [days, months, errors] of [
      ["0", "24", { responseTargetWorkingDays: "responseTargetRange" }],
      ["31", "5", { responseTargetWorkingDays: "responseTargetRange", retentionMonths: "retentionRange" }],
      ["2.5", "121", { responseTargetWorkingDays: "responseTargetRange", retentionMonths: "retentionRange" }],
      ["", "abc", { responseTargetWorkingDays: "required", retentionMonths: "retentionRange" }],
    ] as const) {
      const outcome = await asAdmin(settingsActions.updateSiteSettingsAction, {
        responseTargetWorkingDays: days,
        retentionMonths: months,
      });
      expect(outcome.state?.errors).toEqual(errors);
      expect(outcome.state?.values).toMatchObject({ responseTargetWorkingDays: days, retentionMonths: months });
    }
    expect(
      await db.siteSettings.findUniqueOrThrow({
        where: { id: 1 },
        select: { responseTargetWorkingDays: true, retentionMonths: true },
      }),
    ).toEqual({ responseTargetWorkingDays: 2, retentionMonths: 24 });
  });
});

describe("the seed", () => {
  it("fills the holidays of 2026 and 2027 (weekdays only, Tết included) only into an empty table", async () => {
    await db.holiday.deleteMany({});
    await seedAll();
    const rows = await db.holiday.findMany({ orderBy: { date: "asc" }, include: { translations: true } });
    const days = rows.map((row) => row.date.toISOString().slice(0, 10));
    expect(days).toEqual(seedHolidayList.map((h) => h.date));
    expect(days.filter((day) => day.startsWith("2026"))).toHaveLength(11);
    expect(days.filter((day) => day.startsWith("2027"))).toHaveLength(11);
    for (const day of [
      "2026-02-16",
      "2026-02-20",
      "2026-04-27",
      "2026-09-01",
      "2027-02-05",
      "2027-02-11",
      "2027-05-03",
    ]) {
      expect(days).toContain(day);
    }
    for (const day of days) expect([0, 6]).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
    for (const row of rows) expect(row.translations.map((t) => t.locale).sort()).toEqual(["en", "vi"]);
    expect(
      rows.find((r) => r.date.toISOString().startsWith("2027-02-10"))?.translations.find((t) => t.locale === "vi")
        ?.name,
    ).toBe("Tết Nguyên đán (nghỉ bù)");

    // An administrator's changes survive a re-seed: nothing added back, nothing renamed.
    const tet = rows.find((r) => r.date.toISOString().startsWith("2026-02-17"));
    await db.holidayTranslation.update({
      where: { holidayId_locale: { holidayId: tet?.id ?? 0, locale: "en" } },
      data: { name: "Tết (edited)" },
    });
    await db.holiday.delete({ where: { date: new Date("2026-01-01T00:00:00Z") } });
    await seedAll();
    expect(await db.holiday.count()).toBe(rows.length - 1);
    expect(
      (
        await db.holidayTranslation.findUniqueOrThrow({
          where: { holidayId_locale: { holidayId: tet?.id ?? 0, locale: "en" } },
        })
      ).name,
    ).toBe("Tết (edited)");
  });

  it("leaves desks and the default desk as administrators left them", async () => {
    const desk = await newDesk({ isDefault: "1" });
    const general = await db.desk.findUniqueOrThrow({ where: { slug: "general" } });
    await db.desk.update({ where: { id: general.id }, data: { email: "changed@longan-hitech.example" } });
    await seedAll();
    expect(await defaults()).toEqual([{ id: desk.id, active: true }]);
    expect((await db.desk.findUniqueOrThrow({ where: { id: general.id } })).email).toBe(
      "changed@longan-hitech.example",
    );
    await deskWrites.updateDesk({ actor: actorOf(admin), ...(await deskInputOf(general.id)), isDefault: true });
  });
});
