import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseAdminParcelQuery } from "@/lib/schemas/parcel-admin";
import { parcelFormSchema, zoneToday } from "@/lib/schemas/parcel-record";
import { parseParcelSearch } from "@/lib/schemas/parcel-search";
import { parcelFormFields } from "../fixtures/parcels";
import { createStaffUser, deleteTestStaff, type StaffFixtureUser, staffActorOf } from "../fixtures/staff";
import { resetTaggedCache, revalidatedTags } from "../fixtures/tagged-next-cache";

// The back office's parcel writes (server/parcels/parcel-writes.ts) and
// reads (server/parcels/admin-parcels.ts), called as the actions call them:
// create, edit (the search text follows the descriptions), a form read at an
// older version refused, a status change with its reason in the audit log,
// "verified today", archive and restore. An archived parcel is gone from
// every public read (the catalogue, its page, the home figures, the open
// data) and those reads, cached by tag, are refreshed by the change itself.

vi.mock("next/cache", async () => (await import("../fixtures/tagged-next-cache")).taggedNextCache);

const { db } = await import("@/server/db");
const { seedAll } = await import("@/prisma/seed");
const writes = await import("@/server/parcels/parcel-writes");
const { listAdminParcels, parcelHistory, countStaleParcels } = await import("@/server/parcels/admin-parcels");
const { searchParcels } = await import("@/server/parcels/search-parcels");
const { getParcel } = await import("@/server/parcels/get-parcel");
const { getKeyFigures } = await import("@/server/home/get-key-figures");
const { listOpenParcels } = await import("@/server/parcels/open-data");
const { isAppError } = await import("@/server/errors");
type StaffActor = import("@/server/auth/session").StaffActor;

const PREFIX = "ZZW-";
let editor: StaffFixtureUser;
let actor: StaffActor;
let made = 0;

beforeAll(async () => {
  await seedAll();
  editor = await createStaffUser({ role: "EDITOR", name: "Võ Biên Tập" });
  actor = staffActorOf(editor, "parcel-writes-test");
});
beforeEach(() => resetTaggedCache());
afterAll(async () => {
  await db.parcel.deleteMany({ where: { code: { startsWith: PREFIX } } });
  await deleteTestStaff();
  await db.$disconnect();
});

const ring = (west: number) => [
  [west, 10.65],
  [west + 0.001, 10.65],
  [west + 0.001, 10.651],
  [west, 10.651],
  [west, 10.65],
];

/** A parcel as the Vietnamese form posts it, through the form's own schema. */
function formInput(code: string, overrides: Record<string, string | string[]> = {}) {
  return parcelFormSchema("vi").parse({
    ...parcelFormFields({ code, landUse: "logistics", areaM2: "20000" }),
    "description.vi": "Kho lạnh ven sông",
    "description.en": "Cold store by the river",
    geometry: JSON.stringify({ type: "Polygon", coordinates: [ring(106.5 + made * 0.002)] }),
    ...overrides,
  });
}

/** A new parcel with a code of its own; its version after creation is 1. */
async function created(overrides: Record<string, string | string[]> = {}) {
  made += 1;
  const code = `${PREFIX}${String(made).padStart(2, "0")}`;
  const { version: _v, ...input } = formInput(code, overrides);
  await writes.createParcel({ actor, input });
  return code;
}

const audits = (code: string) =>
  db.auditEntry.findMany({ where: { entityType: "parcel", entityId: code }, orderBy: { id: "asc" } });
const stored = async (code: string) => db.parcel.findUniqueOrThrow({ where: { code } });
const search = (query: string) => parseParcelSearch(new URLSearchParams(query)).search;

describe("creating and editing a parcel", () => {
  it("creates it with every field, audits it and refreshes the catalogue and its page", async () => {
    const code = await created();
    const row = await writes.findStoredParcel(code);
    expect(row).not.toBeNull();
    expect(writes.fieldsOf(row as NonNullable<typeof row>)).toMatchObject({
      code,
      hub: "ben-luc",
      rentUsdPerM2: 150.5,
      floorAreaRatio: 1.5,
      distanceSeaportKm: 12.5,
      sectors: ["logistics"],
      lastVerifiedOn: "2026-01-15",
    });
    expect(row?.version).toBe(1);
    const [entry] = await audits(code);
    expect(entry).toMatchObject({ action: "parcel.create", actorId: editor.id });
    expect((entry?.changes as Record<string, unknown> | undefined)?.areaM2).toEqual([null, 20000]);
    expect(revalidatedTags).toEqual(expect.arrayContaining(["parcels", `parcel:${code}`]));
    expect((await searchParcels(search(`q=${code}`))).items.map((p) => p.code)).toEqual([code]);
  });

  it("refuses a code that is taken, and a new parcel without a boundary", async () => {
    const code = await created();
    const { version: _v, ...again } = formInput(code);
    await expect(writes.createParcel({ actor, input: again })).rejects.toSatisfy(
      (error) => isAppError(error, "INVALID_INPUT") && error.fields?.code === "parcelCodeTaken",
    );
    const { version: _w, ...bare } = formInput(`${PREFIX}NB`, { geometry: "" });
    await expect(writes.createParcel({ actor, input: bare })).rejects.toSatisfy(
      (error) => isAppError(error, "INVALID_INPUT") && error.fields?.geometry === "geometryRequired",
    );
  });

  it("saves an edit at the version it was read at; the search text follows the description", async () => {
    const code = await created();
    expect((await stored(code)).searchText).toContain("kho lanh ven song");
    resetTaggedCache();
    const { version: _v, ...input } = formInput(code, {
      "description.vi": "Xưởng may xuất khẩu",
      areaM2: "21.000",
      geometry: "",
    });
    expect(await writes.updateParcel({ actor, code, version: 1, input })).toEqual({ code, changed: true });
    const after = await stored(code);
    expect(after).toMatchObject({ version: 2, areaM2: 21_000 });
    expect(after.searchText).toContain("xuong may xuat khau");
    expect(after.searchText).not.toContain("kho lanh");
    expect((await searchParcels(search("q=xuong may"))).items.map((p) => p.code)).toContain(code);
    expect((await searchParcels(search("q=kho lanh ven song"))).items.map((p) => p.code)).not.toContain(code);
    const update = (await audits(code)).find((entry) => entry.action === "parcel.update");
    expect(update?.changes).toEqual({
      areaM2: [20_000, 21_000],
      "description.vi": ["Kho lạnh ven sông", "Xưởng may xuất khẩu"],
    });
    expect(revalidatedTags).toEqual(expect.arrayContaining(["parcels", `parcel:${code}`]));

    // The same form again: nothing changes, nothing is written or audited.
    expect(await writes.updateParcel({ actor, code, version: 2, input })).toEqual({ code, changed: false });
    expect((await stored(code)).version).toBe(2);
  });

  it("refuses a form read at an older version, and writes nothing", async () => {
    const code = await created();
    const { version: _v, ...input } = formInput(code, { areaM2: "30000", geometry: "" });
    await writes.updateParcel({ actor, code, version: 1, input });
    const stale = { ...input, fields: { ...input.fields, areaM2: 40_000 } };
    await expect(writes.updateParcel({ actor, code, version: 1, input: stale })).rejects.toSatisfy(
      (error) => isAppError(error, "CONFLICT") && error.reason === "conflict",
    );
    expect(await stored(code)).toMatchObject({ version: 2, areaM2: 30_000 });
    await expect(writes.verifyParcel({ actor, code, version: 1 })).rejects.toSatisfy((error) =>
      isAppError(error, "CONFLICT"),
    );
  });

  it("keeps the history of a parcel across a change of its code", async () => {
    const code = await created();
    const renamed = `${code}R`;
    const { version: _v, ...input } = formInput(renamed, { geometry: "" });
    expect(await writes.updateParcel({ actor, code, version: 1, input })).toEqual({ code: renamed, changed: true });
    const history = await parcelHistory(renamed);
    expect(history.map((entry) => entry.action)).toEqual(["parcel.update", "parcel.create"]);
    expect(history[0]).toMatchObject({ actorName: "Võ Biên Tập", changes: { code: [code, renamed] } });
    expect(revalidatedTags).toEqual(expect.arrayContaining([`parcel:${code}`, `parcel:${renamed}`]));
  });
});

describe("status, verification and archiving", () => {
  it("changes the status with the reason in the audit entry and the parcel's history", async () => {
    const code = await created();
    const reason = "Đã ký hợp đồng thuê ngày 1/12";
    expect(await writes.changeParcelStatus({ actor, code, version: 1, status: "leased", reason })).toEqual({
      changed: true,
    });
    expect(await stored(code)).toMatchObject({ status: "LEASED", version: 2 });
    const entry = (await audits(code)).find((e) => e.action === "parcel.status");
    expect(entry?.changes).toEqual({ status: ["available", "leased"], reason: [null, reason] });
    const [latest] = await parcelHistory(code);
    expect(latest).toMatchObject({ action: "parcel.status", reason, changes: { status: ["available", "leased"] } });
    expect((await getParcel(code, "vi"))?.status).toBe("leased");
  });

  it("marks a parcel verified today, audited even when it already was", async () => {
    const code = await created();
    expect(await writes.verifyParcel({ actor, code, version: 1 })).toEqual({ changed: true, today: zoneToday() });
    expect((await stored(code)).lastVerifiedAt.toISOString().slice(0, 10)).toBe(zoneToday());
    expect(await writes.verifyParcel({ actor, code, version: 2 })).toEqual({ changed: false, today: zoneToday() });
    const verified = (await audits(code)).filter((e) => e.action === "parcel.verify");
    expect(verified.map((e) => e.changes)).toEqual([
      { lastVerifiedOn: ["2026-01-15", zoneToday()] },
      { lastVerifiedOn: [zoneToday(), zoneToday()] },
    ]);
  });

  it("archives a parcel: gone from the catalogue, its page, the home figures and the open data; restored, back", async () => {
    const code = await created({ areaM2: "50000" });
    // Every public read once, so that each is cached (by tag) before the change.
    const before = await getKeyFigures();
    expect(await getParcel(code, "vi")).not.toBeNull();
    const inCatalogue = async () => (await searchParcels(search(`q=${code}&status=all`))).items.length;
    const inOpenData = async () =>
      (await listOpenParcels(search(`q=${code}&status=all`), { locale: "en", pageSize: 10 })).items.length;
    expect(await inCatalogue()).toBe(1);
    expect(await inOpenData()).toBe(1);

    expect(await writes.setParcelArchived({ actor, code, version: 1, archived: true })).toEqual({ changed: true });
    expect(await getParcel(code, "vi")).toBeNull();
    expect(await inCatalogue()).toBe(0);
    expect(await inOpenData()).toBe(0);
    const archived = await getKeyFigures();
    expect(archived.parcelsAvailable).toBe(before.parcelsAvailable - 1);
    expect(archived.hectaresAvailable).toBeCloseTo(before.hectaresAvailable - 5, 1);
    expect(revalidatedTags).toEqual(expect.arrayContaining(["parcels", `parcel:${code}`, "posts"]));
    // Still in the back office, with its history.
    expect(await writes.findStoredParcel(code)).not.toBeNull();
    const only = await listAdminParcels(parseAdminParcelQuery({ q: code, archived: "only" }, "vi"));
    expect(only.rows.map((row) => row.code)).toEqual([code]);
    const hidden = await listAdminParcels(parseAdminParcelQuery({ q: code }, "vi"));
    expect(hidden.rows).toEqual([]);

    expect(await writes.setParcelArchived({ actor, code, version: 2, archived: true })).toEqual({ changed: false });
    expect(await writes.setParcelArchived({ actor, code, version: 2, archived: false })).toEqual({ changed: true });
    expect(await getParcel(code, "vi")).not.toBeNull();
    expect(await inCatalogue()).toBe(1);
    expect((await getKeyFigures()).parcelsAvailable).toBe(before.parcelsAvailable);
    expect((await audits(code)).map((e) => e.action)).toEqual(["parcel.create", "parcel.archive", "parcel.restore"]);
  });
});

describe("the back office's list", () => {
  it("filters by sample or real data, by 'not verified for 90 days', and by archiving, with the catalogue's filters", async () => {
    const sample = await created({ isSample: "on", lastVerifiedOn: "2025-01-01" });
    const real = await created({ lastVerifiedOn: zoneToday(), landUse: "industrial" });
    const codes = async (query: Record<string, string>) =>
      (await listAdminParcels(parseAdminParcelQuery({ q: PREFIX, ...query }, "vi"))).rows.map((row) => row.code);
    expect(await codes({ sample: "sample" })).toContain(sample);
    expect(await codes({ sample: "sample" })).not.toContain(real);
    expect(await codes({ sample: "real" })).toContain(real);
    expect(await codes({ sample: "real" })).not.toContain(sample);
    expect(await codes({ stale: "1" })).toContain(sample);
    expect(await codes({ stale: "1" })).not.toContain(real);
    // The catalogue's own filter, parsed by its own schema; every status by default.
    expect(await codes({ use: "industrial" })).toEqual([real]);
    const staleRow = (await listAdminParcels(parseAdminParcelQuery({ q: sample }, "vi"))).rows[0];
    expect(staleRow).toMatchObject({ code: sample, stale: true, isSample: true, archivedAt: null });
    expect(await countStaleParcels()).toBeGreaterThanOrEqual(1);
  });
});
