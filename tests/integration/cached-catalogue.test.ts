import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseParcelSearch } from "@/lib/schemas/parcel-search";
import { parcelSearchText } from "@/lib/search-text";
import { rectangle } from "@/prisma/seed/geometry";
import { createStaffUser, deleteTestStaff, staffActorOf } from "../fixtures/staff";
import { resetTaggedCache, revalidatedTags } from "../fixtures/tagged-next-cache";

// The catalogue's pages are cached (its list, searches and parcel pages are
// static pages, docs/decisions/019): every parcel read they make is cached
// with the `parcels` tag, so a parcel change through the write module shows
// on them as soon as it is saved, and not before.

vi.mock("next/cache", async () => (await import("../fixtures/tagged-next-cache")).taggedNextCache);

const { db } = await import("@/server/db");
const { PrismaClient } = await import("@/server/generated/prisma/client");
const { seedContent } = await import("@/prisma/seed");
const { searchParcelsCached } = await import("@/server/parcels/search-parcels");
const { listParcelShapes } = await import("@/server/parcels/list-parcel-shapes");
const { getParcel, getParcels } = await import("@/server/parcels/get-parcel");
const { changeParcelStatus } = await import("@/server/parcels/parcel-writes");

const CODE = "CACHE-01";
// An area no other parcel has: the search below finds this parcel alone.
const AREA = 77_777;
const search = parseParcelSearch({ areaMin: String(AREA), areaMax: String(AREA), status: "all" }).search;
let actor: Parameters<typeof changeParcelStatus>[0]["actor"];

beforeAll(async () => {
  const seedClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  await seedClient.$transaction((tx) => seedContent(tx), { timeout: 60_000 });
  await seedClient.$disconnect();
  const editor = await createStaffUser({ role: "EDITOR", name: "Trần Biên Tập" });
  actor = staffActorOf(editor, "test");
  await db.parcel.deleteMany({ where: { code: CODE } });
  const hub = await db.hub.findUniqueOrThrow({ where: { slug: "ben-luc" }, select: { id: true } });
  await db.parcel.create({
    data: {
      code: CODE,
      hubId: hub.id,
      landUse: "INDUSTRIAL",
      status: "AVAILABLE",
      areaM2: AREA,
      rentUsdPerM2: 150,
      rentBasis: "TERM",
      managementFeeUsdPerM2Year: 0.6,
      landUseTermEndYear: 2068,
      powerKva: 1_000,
      substationKv: 22,
      waterM3PerDay: 100,
      wastewaterM3PerDay: 80,
      dischargeStandard: "QCVN40_A",
      maxCoveragePct: 60,
      floorAreaRatio: 1.5,
      heightLimitM: 30,
      greenRatioPct: 20,
      boundary: rectangle(106.4, 10.6, 106.405, 10.605),
      centroidLat: 10.6025,
      centroidLng: 106.4025,
      distanceSeaportKm: 12.5,
      distanceTanSonNhatKm: 35,
      distanceLongThanhKm: 60,
      distanceExpresswayKm: 2,
      distanceHcmcCentreKm: 30,
      lastVerifiedAt: new Date("2026-06-01T00:00:00Z"),
      searchText: parcelSearchText({ code: CODE, hubTexts: [], descriptions: [] }),
      translations: { create: [{ locale: "vi", description: "Lô thử bộ nhớ đệm" }] },
    },
  });
  resetTaggedCache();
});

afterAll(async () => {
  await db.parcel.deleteMany({ where: { code: CODE } });
  await deleteTestStaff();
  await db.$disconnect();
});

/** What the list, its map, the parcel's page and the comparison show of the parcel. */
async function shown() {
  const [result, shapes, detail, compared] = await Promise.all([
    searchParcelsCached(search),
    listParcelShapes(search),
    getParcel(CODE, "vi"),
    getParcels([CODE], "en"),
  ]);
  return {
    list: result.items.map((item) => [item.code, item.status]),
    map: shapes.map((shape) => [shape.code, shape.status]),
    detail: detail?.status,
    compare: compared.map((parcel) => parcel.status),
  };
}

describe("the cached catalogue", () => {
  it("shows a status change made through the write module at once, and a change made behind its back only then", async () => {
    expect(await shown()).toEqual({
      list: [[CODE, "available"]],
      map: [[CODE, "available"]],
      detail: "available",
      compare: ["available"],
    });

    // Written without the write module: nothing is revalidated, every read is still the cached one.
    await db.$executeRaw`UPDATE "Parcel" SET status = 'RESERVED' WHERE code = ${CODE}`;
    expect((await shown()).detail).toBe("available");
    expect((await shown()).list).toEqual([[CODE, "available"]]);

    const { version } = await db.parcel.findUniqueOrThrow({ where: { code: CODE }, select: { version: true } });
    const { changed } = await changeParcelStatus({
      actor,
      code: CODE,
      version,
      status: "leased",
      reason: "Đã ký hợp đồng",
    });
    expect(changed).toBe(true);
    expect(revalidatedTags).toEqual(expect.arrayContaining(["parcels", `parcel:${CODE}`]));
    expect(await shown()).toEqual({
      list: [[CODE, "leased"]],
      map: [[CODE, "leased"]],
      detail: "leased",
      compare: ["leased"],
    });
  });
});
