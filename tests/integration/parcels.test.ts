import { PrismaPg } from "@prisma/adapter-pg";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ParcelSearch, parseParcelSearch } from "@/lib/schemas/parcel-search";
import { parcelSearchText } from "@/lib/search-text";
import { seedDatabase } from "@/prisma/seed";
import { rectangle } from "@/prisma/seed/geometry";
import { db } from "@/server/db";
import { PrismaClient } from "@/server/generated/prisma/client";
import { getKeyFigures } from "@/server/home/get-key-figures";
import { getParcel, getParcels } from "@/server/parcels/get-parcel";
import { listOpenParcels, streamOpenParcels } from "@/server/parcels/open-data";
import { searchParcels } from "@/server/parcels/search-parcels";

// A small, hand-made catalogue whose every figure is known, so each filter's
// meaning can be pinned exactly.
type Fixture = {
  code: string;
  hub: "ben-luc" | "can-giuoc";
  landUse: "INDUSTRIAL" | "LOGISTICS" | "HIGH_TECH_AGRICULTURE";
  status: "AVAILABLE" | "RESERVED" | "LEASED" | "UNDER_PREPARATION";
  areaM2: number;
  rent: number;
  basis: "TERM" | "ANNUAL";
  powerKva: number;
  water: number;
  wastewater: number;
  sectors: string[];
  verified: string;
  description: string;
};

const fixtures: Fixture[] = [
  {
    code: "T-01",
    hub: "ben-luc",
    landUse: "INDUSTRIAL",
    status: "AVAILABLE",
    areaM2: 10_000,
    rent: 150,
    basis: "TERM",
    powerKva: 1_000,
    water: 100,
    wastewater: 80,
    sectors: ["electronics"],
    verified: "2026-01-10",
    description: "Kho lạnh gần cảng",
  },
  {
    code: "T-02",
    hub: "ben-luc",
    landUse: "LOGISTICS",
    status: "AVAILABLE",
    areaM2: 25_000,
    rent: 200,
    basis: "TERM",
    powerKva: 2_000,
    water: 300,
    wastewater: 240,
    sectors: ["logistics"],
    verified: "2026-03-01",
    description: "Trung tâm phân phối",
  },
  {
    code: "T-03",
    hub: "can-giuoc",
    landUse: "LOGISTICS",
    status: "AVAILABLE",
    areaM2: 50_000,
    rent: 6,
    basis: "ANNUAL",
    powerKva: 4_000,
    water: 500,
    wastewater: 400,
    sectors: ["logistics"],
    verified: "2026-02-15",
    description: "Bãi container",
  },
  {
    code: "T-04",
    hub: "can-giuoc",
    landUse: "HIGH_TECH_AGRICULTURE",
    status: "RESERVED",
    areaM2: 80_000,
    rent: 120,
    basis: "TERM",
    powerKva: 500,
    water: 1_000,
    wastewater: 800,
    sectors: ["high-tech-agriculture"],
    verified: "2026-04-20",
    description: "Nhà kính công nghệ cao",
  },
  {
    code: "T-05",
    hub: "can-giuoc",
    landUse: "INDUSTRIAL",
    status: "LEASED",
    areaM2: 15_000,
    rent: 250,
    basis: "TERM",
    powerKva: 3_000,
    water: 200,
    wastewater: 160,
    sectors: ["electronics", "supporting-industries"],
    verified: "2025-12-01",
    description: "Nhà máy linh kiện",
  },
  {
    code: "T-06",
    hub: "ben-luc",
    landUse: "INDUSTRIAL",
    status: "UNDER_PREPARATION",
    areaM2: 40_000,
    rent: 180,
    basis: "TERM",
    powerKva: 6_000,
    water: 600,
    wastewater: 480,
    sectors: ["supporting-industries"],
    verified: "2026-05-05",
    description: "Khu cơ khí chính xác",
  },
  {
    code: "T-07",
    hub: "can-giuoc",
    landUse: "INDUSTRIAL",
    status: "AVAILABLE",
    areaM2: 30_000,
    rent: 280,
    basis: "TERM",
    powerKva: 8_000,
    water: 800,
    wastewater: 640,
    sectors: ["electronics", "supporting-industries"],
    verified: "2026-06-30",
    description: "Lô điện tử bán dẫn",
  },
  {
    code: "T-08",
    hub: "can-giuoc",
    landUse: "LOGISTICS",
    status: "AVAILABLE",
    areaM2: 12_000,
    rent: 8,
    basis: "ANNUAL",
    powerKva: 750,
    water: 50,
    wastewater: 40,
    sectors: ["logistics"],
    verified: "2026-06-01",
    description: "Kho ngoại quan",
  },
];

const seedClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });

beforeAll(async () => {
  await seedClient.$transaction((tx) => seedDatabase(tx));
  const hubs = await db.hub.findMany({ include: { translations: true } });
  const sectors = new Map((await db.sector.findMany()).map((s) => [s.slug, s.id]));
  for (const [i, f] of fixtures.entries()) {
    const hub = hubs.find((h) => h.slug === f.hub);
    if (!hub) throw new Error(`hub ${f.hub} missing`);
    await db.parcel.create({
      data: {
        code: f.code,
        hubId: hub.id,
        landUse: f.landUse,
        status: f.status,
        areaM2: f.areaM2,
        rentUsdPerM2: f.rent,
        rentBasis: f.basis,
        managementFeeUsdPerM2Year: 0.5,
        landUseTermEndYear: 2070,
        powerKva: f.powerKva,
        substationKv: 22,
        waterM3PerDay: f.water,
        wastewaterM3PerDay: f.wastewater,
        dischargeStandard: "QCVN40_B",
        maxCoveragePct: 70,
        floorAreaRatio: 1.5,
        heightLimitM: 25,
        greenRatioPct: 20,
        boundary: rectangle(106 + i * 0.01, 10.6, 106.005 + i * 0.01, 10.605),
        centroidLat: 10.6025,
        centroidLng: 106.0025 + i * 0.01,
        distanceSeaportKm: 10,
        distanceTanSonNhatKm: 30,
        distanceLongThanhKm: 50,
        distanceExpresswayKm: 2,
        distanceHcmcCentreKm: 25,
        lastVerifiedAt: new Date(f.verified),
        searchText: parcelSearchText({
          code: f.code,
          hubTexts: hub.translations.flatMap((t) => [t.name, t.aliases]),
          descriptions: [f.description],
        }),
        translations: { create: [{ locale: "vi", description: f.description }] },
        sectors: { create: f.sectors.map((slug) => ({ sectorId: sectors.get(slug) as number })) },
      },
    });
  }
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
      hub: { slug: "can-giuoc", name: "Cần Giuộc" },
      status: "leased",
      description: "Nhà máy linh kiện",
      lang: "vi",
      lastVerifiedOn: "2025-12-01",
    });
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
    expect(items[0]).toMatchObject({ hub: "can-giuoc", hubName: "Cần Giuộc", areaHa: 1.2, sectors: ["logistics"] });

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
