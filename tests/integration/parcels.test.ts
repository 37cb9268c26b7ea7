import { PrismaPg } from "@prisma/adapter-pg";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ParcelSearch, parseParcelSearch } from "@/lib/schemas/parcel-search";
import { seedContent } from "@/prisma/seed";
import { db } from "@/server/db";
import { PrismaClient } from "@/server/generated/prisma/client";
import { getKeyFigures } from "@/server/home/get-key-figures";
import { getParcel, getParcels } from "@/server/parcels/get-parcel";
import { listOpenParcels, streamOpenParcels } from "@/server/parcels/open-data";
import { searchParcels } from "@/server/parcels/search-parcels";
import { fixtures, insertParcelFixtures } from "../fixtures/parcels";

const seedClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });

beforeAll(async () => {
  await seedClient.$transaction((tx) => seedContent(tx), { timeout: 60_000 });
  // The assertions count parcels: only the fixtures (other files load the sample parcels).
  await db.parcel.deleteMany();
  await insertParcelFixtures(db);
});

afterAll(async () => {
  await db.parcel.deleteMany({ where: { code: { startsWith: "T-" } } });
  await Promise.all([db.$disconnect(), seedClient.$disconnect()]);
});

const search = (query: string) => parseParcelSearch(new URLSearchParams(query)).search;
const codes = async (query: string, pageSize = 50) =>
  (await searchParcels(search(query), pageSize)).items.map((p) => p.code);
const sorted = (list: string[]) => [...list].sort();

describe("searchParcels: the meaning of each filter", () => {
  it("lists available parcels by default, most recently verified first", async () => {
    expect(await codes("")).toEqual(["T-07", "T-08", "T-02", "T-03", "T-01"]);
  });

  it("filters by status, or lists every status", async () => {
    expect(await codes("status=reserved")).toEqual(["T-04"]);
    expect(await codes("status=under-preparation")).toEqual(["T-06"]);
    expect(sorted(await codes("status=all"))).toEqual(fixtures.map((f) => f.code));
  });

  it("filters by hub", async () => {
    expect(sorted(await codes("hub=ben-luc"))).toEqual(["T-01", "T-02"]);
    expect(sorted(await codes("hub=ben-luc&status=all"))).toEqual(["T-01", "T-02", "T-06"]);
    expect(await codes("hub=no-such-hub")).toEqual([]);
  });

  it("filters by land use", async () => {
    expect(sorted(await codes("use=logistics"))).toEqual(["T-02", "T-03", "T-08"]);
  });

  it("filters by area, inclusive, in m² or hectares", async () => {
    expect(sorted(await codes("areaMin=12000&areaMax=30000"))).toEqual(["T-02", "T-07", "T-08"]);
    expect(sorted(await codes("areaMin=1.2&areaMax=3&areaUnit=ha"))).toEqual(["T-02", "T-07", "T-08"]);
    expect(sorted(await codes("areaMin=4&areaUnit=ha&status=all"))).toEqual(["T-03", "T-04", "T-06"]);
    expect(sorted(await codes("areaMax=10000"))).toEqual(["T-01"]);
  });

  it("caps rent on the chosen basis only", async () => {
    expect(sorted(await codes("rentMax=200"))).toEqual(["T-01", "T-02"]);
    expect(sorted(await codes("rentMax=7&rentBasis=annual"))).toEqual(["T-03"]);
    expect(sorted(await codes("rentMax=1000&rentBasis=term"))).toEqual(["T-01", "T-02", "T-07"]);
  });

  it("accepts fractional minimums and maximums on whole-number columns", async () => {
    expect(sorted(await codes("powerMin=1999.5"))).toEqual(["T-02", "T-03", "T-07"]);
    expect(sorted(await codes("waterMin=0.5&wastewaterMin=399.9"))).toEqual(["T-03", "T-07"]);
    expect(sorted(await codes("areaMin=0.99995&areaMax=1.20004&areaUnit=ha"))).toEqual(["T-01", "T-08"]);
    expect(sorted(await codes("areaMin=10000.5"))).toEqual(["T-02", "T-03", "T-07", "T-08"]);
  });

  it("requires minimum power, water and wastewater capacity", async () => {
    expect(sorted(await codes("powerMin=2000"))).toEqual(["T-02", "T-03", "T-07"]);
    expect(sorted(await codes("waterMin=300"))).toEqual(["T-02", "T-03", "T-07"]);
    expect(sorted(await codes("wastewaterMin=400"))).toEqual(["T-03", "T-07"]);
  });

  it("filters by suitable sector", async () => {
    expect(sorted(await codes("sector=electronics"))).toEqual(["T-01", "T-07"]);
    expect(sorted(await codes("sector=supporting-industries&status=all"))).toEqual(["T-05", "T-06", "T-07"]);
  });

  it("combines filters with AND", async () => {
    expect(await codes("hub=can-giuoc&use=industrial&powerMin=5000&sector=electronics")).toEqual(["T-07"]);
    expect(await codes("hub=ben-luc&use=logistics&areaMin=3&areaUnit=ha")).toEqual([]);
  });
});

describe("searchParcels: text search", () => {
  it("ignores Vietnamese accents and case", async () => {
    expect(sorted(await codes("q=ben luc"))).toEqual(["T-01", "T-02"]);
    expect(sorted(await codes("q=BẾN LỨC"))).toEqual(["T-01", "T-02"]);
    expect(await codes("q=kho lanh")).toEqual(["T-01"]);
  });

  it("treats NFC and NFD input the same", async () => {
    const nfc = "Kho ngoại quan".normalize("NFC");
    const nfd = "Kho ngoại quan".normalize("NFD");
    expect(await codes(`q=${encodeURIComponent(nfd)}`)).toEqual(await codes(`q=${encodeURIComponent(nfc)}`));
    expect(await codes(`q=${encodeURIComponent(nfd)}`)).toEqual(["T-08"]);
  });

  it("finds codes and former names", async () => {
    expect(await codes("q=t-03")).toEqual(["T-03"]);
    expect(sorted(await codes("q=huyen can giuoc"))).toEqual(["T-03", "T-07", "T-08"]);
  });

  it("treats LIKE wildcards in the query as plain characters", async () => {
    expect(await codes("q=%25")).toEqual([]);
    expect(await codes("q=_")).toEqual([]);
  });
});

describe("searchParcels: sorting and pagination", () => {
  it("sorts by area both ways", async () => {
    expect(await codes("sort=area-asc")).toEqual(["T-01", "T-08", "T-02", "T-07", "T-03"]);
    expect(await codes("sort=area-desc")).toEqual(["T-03", "T-07", "T-02", "T-08", "T-01"]);
  });

  it("sorts by rent within each basis, rents for the term first", async () => {
    expect(await codes("sort=rent-asc")).toEqual(["T-01", "T-02", "T-07", "T-03", "T-08"]);
    expect(await codes("sort=rent-desc")).toEqual(["T-07", "T-02", "T-01", "T-08", "T-03"]);
  });

  it("pages through results without gaps or repeats", async () => {
    const all = await codes("status=all&sort=area-asc");
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      const result = await searchParcels(search(`status=all&sort=area-asc&page=${page}`), 3);
      expect(result).toMatchObject({ total: 8, totalPages: 3, page, pageSize: 3 });
      pages.push(...result.items.map((p) => p.code));
    }
    expect(pages).toEqual(all);
    expect((await searchParcels(search("status=all&page=4"), 3)).items).toEqual([]);
    // Beyond the result window nothing is read, however many pages there would be.
    expect(await searchParcels(search("status=all&page=21"), 100)).toMatchObject({
      items: [],
      total: 8,
      totalIsCapped: false,
    });
  });

  it("returns numbers with their units as documented", async () => {
    const [t03] = (await searchParcels(search("q=t-03"))).items;
    expect(t03).toMatchObject({
      code: "T-03",
      areaM2: 50_000,
      rentUsdPerM2: 6,
      rentBasis: "annual",
      status: "available",
      landUse: "logistics",
    });
  });
});

describe("parcel details, comparison and open data", () => {
  it("reads one parcel with its hub, sectors and text, falling back to Vietnamese", async () => {
    const parcel = await getParcel("T-05", "en");
    expect(parcel).toMatchObject({
      code: "T-05",
      hub: { slug: "can-giuoc", name: "Cần Giuộc area" },
      status: "leased",
      description: "Nhà máy linh kiện",
      lang: "vi",
      lastVerifiedOn: "2025-12-01",
      locationType: "industrial-park",
      dischargeStandard: "qcvn40-b",
      dischargeStandardVersion: 2025,
    });
    // A permit that still cites QCVN 40:2011, outside any park.
    expect(await getParcel("T-08", "vi")).toMatchObject({ locationType: "none", dischargeStandardVersion: 2011 });
    expect(parcel?.sectors.map((s) => s.slug)).toEqual(["electronics", "supporting-industries"]);
    expect(await getParcel("NOPE-1", "vi")).toBeNull();
  });

  it("reads several parcels in the requested order, skipping unknown codes", async () => {
    expect((await getParcels(["T-03", "X-9", "T-01"], "vi")).map((p) => p.code)).toEqual(["T-03", "T-01"]);
  });

  it("serves open-data pages and streams every match in code order", async () => {
    const { total, items } = await listOpenParcels(search("hub=can-giuoc&status=all&sort=area-asc"), {
      locale: "vi",
      pageSize: 2,
    });
    expect(total).toBe(5);
    expect(items.map((p) => p.code)).toEqual(["T-08", "T-05"]);
    expect(items[0]).toMatchObject({
      hub: "can-giuoc",
      hubName: "Khu vực Cần Giuộc",
      areaHa: 1.2,
      sectors: ["logistics"],
      locationType: "none",
      dischargeStandard: "qcvn40-b",
      dischargeStandardVersion: 2011,
    });
    expect(items[1]).toMatchObject({ locationType: "industrial-park", dischargeStandardVersion: 2025 });
    // Fields added later come last, so CSV columns keep their positions.
    expect(Object.keys(items[0] ?? {}).slice(-2)).toEqual(["locationType", "dischargeStandardVersion"]);

    const streamed: string[] = [];
    for await (const batch of streamOpenParcels(search("status=all"), { locale: "en", batchSize: 3 })) {
      expect(batch.length).toBeLessThanOrEqual(3);
      streamed.push(...batch.map((p) => p.code));
    }
    expect(streamed).toEqual(fixtures.map((f) => f.code));
  });

  it("counts available parcels and hectares for the home page", async () => {
    expect(await getKeyFigures()).toMatchObject({ parcelsAvailable: 5, hectaresAvailable: 12.7 });
  });
});

describe("searchParcels under generated input", () => {
  it("never fails and always honours the filters it applied (1,000 generated searches)", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer({ min: -10, max: 200_000 }).map(String),
      fc.double({ min: 0, max: 100_000, noNaN: true }).map(String),
      fc.constant("1e9"),
    );
    const query = fc.record(
      {
        q: fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom("ben luc", "kho", "%", "_", "'; drop table", "\u0000"),
        ),
        hub: fc.oneof(value, fc.constantFrom("ben-luc", "can-giuoc")),
        use: fc.oneof(value, fc.constantFrom("industrial", "logistics")),
        status: fc.oneof(value, fc.constantFrom("available", "all", "leased")),
        areaMin: value,
        areaMax: value,
        areaUnit: fc.constantFrom("m2", "ha", "acre"),
        rentMax: value,
        rentBasis: fc.constantFrom("term", "annual", "x"),
        powerMin: value,
        waterMin: value,
        wastewaterMin: value,
        sector: fc.oneof(value, fc.constantFrom("logistics", "electronics")),
        sort: fc.constantFrom("verified", "area-asc", "area-desc", "rent-asc", "rent-desc", "bogus"),
        page: fc.oneof(value, fc.integer({ min: 1, max: 3 }).map(String)),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        const { search: s } = parseParcelSearch(params);
        const result = await searchParcels(s, 5);
        expect(result.items.length).toBeLessThanOrEqual(5);
        expect(result.total).toBeGreaterThanOrEqual(result.items.length);
        for (const item of result.items) expectMatches(item, s);
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});

function expectMatches(item: Awaited<ReturnType<typeof searchParcels>>["items"][number], s: ParcelSearch) {
  if (s.status !== "all") expect(item.status).toBe(s.status);
  if (s.use) expect(item.landUse).toBe(s.use);
  if (s.areaMinM2 !== undefined) expect(item.areaM2).toBeGreaterThanOrEqual(s.areaMinM2);
  if (s.areaMaxM2 !== undefined) expect(item.areaM2).toBeLessThanOrEqual(s.areaMaxM2);
  if (s.rentMax !== undefined) {
    expect(item.rentBasis).toBe(s.rentBasis);
    expect(item.rentUsdPerM2).toBeLessThanOrEqual(s.rentMax);
  }
  if (s.powerMin !== undefined) expect(item.powerKva).toBeGreaterThanOrEqual(s.powerMin);
  if (s.waterMin !== undefined) expect(item.waterM3PerDay).toBeGreaterThanOrEqual(s.waterMin);
  if (s.wastewaterMin !== undefined) expect(item.wastewaterM3PerDay).toBeGreaterThanOrEqual(s.wastewaterMin);
}
