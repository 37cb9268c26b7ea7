// `npm run bench:parcels`: loads 100,000 parcels into a throwaway database and
// times representative catalogue searches two ways in one run: through the
// portal's own searchParcels() (Prisma) and through equivalent hand-written SQL
// on a plain pg pool. Prints p50/p95 of both, their ratio against the targets
// (p95 ≤ 30 ms, project p95 / raw p95 ≤ 1.5), the EXPLAIN ANALYZE plans, and
// the process memory before and after the searches.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { landUses, parcelStatuses, rentBases } from "../../lib/parcels";
import { PAGE_SIZE, type ParcelSearch, parseParcelSearch, RESULT_WINDOW } from "../../lib/schemas/parcel-search";
import { foldForSearch, parcelSearchText } from "../../lib/search-text";
import { distanceKm, random, rectangle } from "../../prisma/seed/geometry";
import { hubLayouts, landUseNames, sectorsByLandUse } from "../../prisma/seed/parcels";
import { seed } from "../lib/postgres";
import { createThrowawayDatabase } from "../lib/throwaway-database";

const TOTAL_PARCELS = 100_000;
const BATCH_SIZE = 5_000;
const PROGRESS_EVERY = 10_000;
const WARM_UP = 5;
const ITERATIONS = 200;
const TARGET_P95_MS = 30;
const TARGET_RATIO = 1.5;

const searches: { name: string; query: string }[] = [
  { name: "default (available, verified)", query: "" },
  { name: "status=all", query: "status=all" },
  { name: "hub only", query: "hub=can-giuoc" },
  { name: "land use only", query: "use=logistics" },
  { name: "area 1–5 ha", query: "areaMin=1&areaMax=5&areaUnit=ha" },
  { name: "rentMax 180 term", query: "rentMax=180&rentBasis=term" },
  { name: "rentMax 5 annual", query: "rentMax=5&rentBasis=annual" },
  { name: "powerMin 8000", query: "powerMin=8000" },
  { name: "water+wastewater min", query: "waterMin=1000&wastewaterMin=800" },
  { name: "sector", query: "sector=high-tech-agriculture" },
  { name: "q=ben luc", query: "q=ben+luc" },
  { name: "q=BX-0001 (code)", query: "q=BX-0001" },
  {
    name: "combined, rent-asc",
    query: "hub=ben-luc&use=industrial&areaMin=2&areaMax=8&areaUnit=ha&powerMin=4000&sort=rent-asc",
  },
  { name: "sort=area-desc", query: "sort=area-desc" },
  { name: "deepest page (100)", query: "page=100" },
  { name: "all, area-asc, page 100", query: "status=all&sort=area-asc&page=100" },
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rss = () => process.memoryUsage().rss;

// ---------------------------------------------------------------------------
// Data generation

type Hub = { id: number; slug: string; hubTexts: string[] };
type Sector = { id: number; slug: string };

// Indicative reference points for road distances (straight line × 1.3), as in the seed.
const places = {
  seaport: { lat: 10.545, lng: 106.735 },
  tanSonNhat: { lat: 10.8188, lng: 106.6519 },
  longThanh: { lat: 10.775, lng: 107.04 },
  hcmcCentre: { lat: 10.7725, lng: 106.698 },
};
const ROAD_FACTOR = 1.3;
const M_PER_DEG_LAT = 110_574;

type LandUse = keyof typeof sectorsByLandUse;

const readiness = [
  { vi: "đã hoàn thiện hạ tầng", en: "infrastructure complete" },
  { vi: "đã giải phóng mặt bằng", en: "site cleared" },
  { vi: "đang hoàn thiện đường nội bộ", en: "internal roads being completed" },
  { vi: "đang chuẩn bị đầu tư hạ tầng", en: "infrastructure under preparation" },
];
const features = [
  { vi: "mặt tiền đường trục chính 30 m", en: "frontage on the 30 m main road" },
  { vi: "gần nút giao cao tốc Bến Lức – Long Thành", en: "near the Ben Luc – Long Thanh expressway junction" },
  { vi: "gần trạm biến áp 110 kV", en: "close to the 110 kV substation" },
  { vi: "tiếp giáp kênh thoát nước", en: "next to the drainage canal" },
  { vi: "phù hợp nhà xưởng xây sẵn", en: "suited to ready-built factories" },
  { vi: "có thể chia nhỏ lô", en: "can be subdivided" },
  { vi: "gần khu nhà ở công nhân", en: "near worker housing" },
  { vi: "thuận tiện xe container", en: "easy container truck access" },
];
const notes = [
  { vi: "", en: "" },
  { vi: "Giá thuê chưa gồm VAT.", en: "Rent excludes VAT." },
  { vi: "Phí quản lý điều chỉnh 5 năm một lần.", en: "Management fee reviewed every five years." },
  { vi: "Thanh toán theo tiến độ thỏa thuận.", en: "Payment in agreed instalments." },
];
const landUseWeights = Object.fromEntries(hubLayouts.map((l) => [l.slug, l.landUses])) as Record<
  string,
  readonly [LandUse, number][]
>;

type Batch = {
  columns: unknown[][];
  sectors: { code: string; sectorIds: number[] }[];
  translations: {
    code: string;
    vi: { description: string; notes: string };
    en: { description: string; notes: string };
  }[];
};

/** One batch of parcels, as column arrays ready for unnest(). */
function generateBatch(
  rng: ReturnType<typeof random>,
  firstNumber: number,
  count: number,
  hubs: Hub[],
  sectors: Sector[],
): Batch {
  const columns: unknown[][] = Array.from({ length: PARCEL_COLUMNS.length }, () => []);
  const batch: Batch = { columns, sectors: [], translations: [] };
  const sectorIdBySlug = new Map(sectors.map((s) => [s.slug, s.id]));
  for (let n = firstNumber; n < firstNumber + count; n++) {
    const hub = rng.weighted(hubs.map((h, i) => [h, i === 0 ? 55 : 45] as [Hub, number]));
    const layout = hubLayouts.find((l) => l.slug === hub.slug) ?? (hubLayouts[0] as (typeof hubLayouts)[number]);
    const code = `BX-${String(n).padStart(6, "0")}`;
    const landUse = rng.weighted<LandUse>(landUseWeights[hub.slug] ?? [["INDUSTRIAL", 1]]);
    const status = rng.weighted([
      ["AVAILABLE", 55],
      ["RESERVED", 17],
      ["LEASED", 18],
      ["UNDER_PREPARATION", 10],
    ] as const);
    // Log-uniform: many mid-sized plots, a few very large ones.
    const areaM2 = Math.round(Math.exp(Math.log(5_000) + rng.next() * Math.log(150_000 / 5_000)) / 10) * 10;
    const annualShare = landUse === "LOGISTICS" || landUse === "COMMERCIAL_SERVICES" ? 0.3 : 0.08;
    const annual = rng.next() < annualShare;
    const water = rng.int(2, 60) * 25;
    const strict = landUse === "HIGH_TECH_RND" || landUse === "HIGH_TECH_AGRICULTURE" || rng.next() < 0.2;
    // The park outlines are small; centroids are spread over a wider area around them.
    const [west, south, east, north] = layout.bounds;
    const lat = rng.between(south - 0.03, north + 0.03);
    const lng = rng.between(west - 0.03, east + 0.03);
    const aspect = rng.between(0.6, 1.6);
    const heightM = Math.sqrt(areaM2 * aspect);
    const widthM = areaM2 / heightM;
    const dLat = heightM / M_PER_DEG_LAT / 2;
    const dLng = widthM / (111_320 * Math.cos((lat * Math.PI) / 180)) / 2;
    const centroid = { lat, lng };
    const road = (to: { lat: number; lng: number }) => Math.round(distanceKm(centroid, to) * ROAD_FACTOR * 10) / 10;
    const day = rng.int(0, 729);
    const lastVerified = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

    const use = landUseNames[landUse];
    const ready = rng.pick(readiness);
    const feature = rng.pick(features);
    const note = rng.pick(notes);
    const vi = {
      description: `Lô ${code}: ${use.vi}, ${ready.vi}, ${feature.vi}.`,
      notes: note.vi,
    };
    const en = {
      description: `Plot ${code}: ${use.en}, ${ready.en}, ${feature.en}.`,
      notes: note.en,
    };
    const searchText = parcelSearchText({
      code,
      hubTexts: hub.hubTexts,
      descriptions: [vi.description, en.description],
    });

    // 1–3 sectors: usually those of the land use, sometimes one more.
    const slugs = new Set<string>();
    const usual = sectorsByLandUse[landUse];
    for (const slug of usual) if (slugs.size === 0 || rng.next() < 0.5) slugs.add(slug);
    if (slugs.size < 3 && rng.next() < 0.25) slugs.add(rng.pick(sectors).slug);
    const sectorIds = [...slugs].flatMap((slug) => sectorIdBySlug.get(slug) ?? []).slice(0, 3);

    const values: unknown[] = [
      code,
      hub.id,
      landUse,
      status,
      areaM2,
      annual ? (Math.round(rng.between(4, 9) * 10) / 10).toFixed(1) : String(rng.int(30, 60) * 5),
      annual ? "ANNUAL" : "TERM",
      (Math.round(rng.between(0.4, 0.8) * 100) / 100).toFixed(2),
      rng.pick([2058, 2065, 2068, 2070, 2071, 2072, 2075]),
      rng.int(2, 40) * 250,
      rng.pick([22, 22, 22, 110]),
      water,
      Math.round(water * rng.between(0.7, 0.9)),
      strict ? "QCVN40_A" : "QCVN40_B",
      rng.pick([50, 60, 65, 70]),
      rng.pick(["1.20", "1.40", "1.80", "2.10", "2.50"]),
      rng.pick([15, 20, 25, 30, 45]),
      rng.pick([20, 20, 22, 25]),
      JSON.stringify(rectangle(lng - dLng, lat - dLat, lng + dLng, lat + dLat)),
      Math.round(lat * 1e6) / 1e6,
      Math.round(lng * 1e6) / 1e6,
      road(places.seaport),
      road(places.tanSonNhat),
      road(places.longThanh),
      road(layout.expressway),
      road(places.hcmcCentre),
      false,
      lastVerified,
      searchText,
    ];
    values.forEach((value, i) => {
      columns[i]?.push(value);
    });
    batch.sectors.push({ code, sectorIds });
    batch.translations.push({ code, vi, en });
  }
  return batch;
}

const PARCEL_COLUMNS: [string, string][] = [
  ["code", "varchar"],
  ["hubId", "int"],
  ["landUse", '"LandUse"'],
  ["status", '"ParcelStatus"'],
  ["areaM2", "int"],
  ["rentUsdPerM2", "numeric"],
  ["rentBasis", '"RentBasis"'],
  ["managementFeeUsdPerM2Year", "numeric"],
  ["landUseTermEndYear", "int"],
  ["powerKva", "int"],
  ["substationKv", "int"],
  ["waterM3PerDay", "int"],
  ["wastewaterM3PerDay", "int"],
  ["dischargeStandard", '"DischargeStandard"'],
  ["maxCoveragePct", "int"],
  ["floorAreaRatio", "numeric"],
  ["heightLimitM", "int"],
  ["greenRatioPct", "int"],
  ["boundary", "jsonb"],
  ["centroidLat", "float8"],
  ["centroidLng", "float8"],
  ["distanceSeaportKm", "numeric"],
  ["distanceTanSonNhatKm", "numeric"],
  ["distanceLongThanhKm", "numeric"],
  ["distanceExpresswayKm", "numeric"],
  ["distanceHcmcCentreKm", "numeric"],
  ["isSample", "boolean"],
  ["lastVerifiedAt", "date"],
  ["searchText", "text"],
];

const insertParcelsSql = `INSERT INTO "Parcel" (${PARCEL_COLUMNS.map(([c]) => `"${c}"`).join(", ")}, "updatedAt")
  SELECT *, now() FROM unnest(${PARCEL_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})
  RETURNING id, code`;

async function loadParcels(client: pg.Client) {
  const hubRows = await client.query<{ id: number; slug: string; name: string; aliases: string }>(
    `SELECT h.id, h.slug, t.name, t.aliases FROM "Hub" h JOIN "HubTranslation" t ON t."hubId" = h.id ORDER BY h."sortOrder", t.locale`,
  );
  const hubs: Hub[] = [];
  for (const row of hubRows.rows) {
    let hub = hubs.find((h) => h.id === row.id);
    if (!hub) {
      hub = { id: row.id, slug: row.slug, hubTexts: [] };
      hubs.push(hub);
    }
    hub.hubTexts.push(row.name, row.aliases);
  }
  const sectors = (await client.query<Sector>(`SELECT id, slug FROM "Sector" ORDER BY "sortOrder"`)).rows;
  const existing = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Parcel"`)).rows[0]?.n ?? 0);
  const toInsert = TOTAL_PARCELS - existing;
  console.log(
    `Inserting ${toInsert.toLocaleString("en")} parcels (${existing} already seeded) across ${hubs.map((h) => h.slug).join(", ")}…`,
  );

  const rng = random(20_260_101);
  const started = performance.now();
  let inserted = 0;
  let nextReport = PROGRESS_EVERY;
  while (inserted < toInsert) {
    const count = Math.min(BATCH_SIZE, toInsert - inserted);
    // Each batch is generated, written and dropped, so memory does not grow with the table.
    const batch = generateBatch(rng, inserted + 1, count, hubs, sectors);
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number; code: string }>(insertParcelsSql, batch.columns);
    const idByCode = new Map(rows.map((r) => [r.code, r.id]));
    const sectorParcelIds: number[] = [];
    const sectorIds: number[] = [];
    for (const { code, sectorIds: ids } of batch.sectors) {
      for (const id of ids) {
        sectorParcelIds.push(idByCode.get(code) as number);
        sectorIds.push(id);
      }
    }
    await client.query(
      `INSERT INTO "ParcelSector" ("parcelId", "sectorId") SELECT * FROM unnest($1::int[], $2::int[])`,
      [sectorParcelIds, sectorIds],
    );
    const t: { ids: number[]; locales: string[]; descriptions: string[]; notes: string[] } = {
      ids: [],
      locales: [],
      descriptions: [],
      notes: [],
    };
    for (const { code, vi, en } of batch.translations) {
      const id = idByCode.get(code) as number;
      for (const [locale, fields] of [
        ["vi", vi],
        ["en", en],
      ] as const) {
        t.ids.push(id);
        t.locales.push(locale);
        t.descriptions.push(fields.description);
        t.notes.push(fields.notes);
      }
    }
    await client.query(
      `INSERT INTO "ParcelTranslation" ("parcelId", locale, description, notes)
       SELECT * FROM unnest($1::int[], $2::varchar[], $3::text[], $4::text[])`,
      [t.ids, t.locales, t.descriptions, t.notes],
    );
    await client.query("COMMIT");
    inserted += count;
    if (inserted >= nextReport || inserted === toInsert) {
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `  ${(existing + inserted).toLocaleString("en").padStart(7)} parcels  ${seconds.toFixed(1)} s  rss ${mb(rss())}`,
      );
      while (nextReport <= inserted) nextReport += PROGRESS_EVERY;
    }
  }
  // VACUUM sets the visibility map (index-only scans, as after autovacuum on a
  // live database) and keeps autovacuum from starting mid-measurement; ANALYZE
  // gives the planner statistics for the new rows.
  console.log("VACUUM (ANALYZE)…");
  for (const table of ["Parcel", "ParcelSector", "ParcelTranslation", "Hub", "Sector"]) {
    await client.query(`VACUUM (ANALYZE) "${table}"`);
  }
  const counts = await client.query<{ parcels: string; sectors: string; translations: string; available: string }>(
    `SELECT (SELECT count(*) FROM "Parcel") AS parcels,
            (SELECT count(*) FROM "Parcel" WHERE status = 'AVAILABLE') AS available,
            (SELECT count(*) FROM "ParcelSector") AS sectors,
            (SELECT count(*) FROM "ParcelTranslation") AS translations`,
  );
  const c = counts.rows[0];
  console.log(
    `Loaded: ${c?.parcels} parcels (${c?.available} available), ${c?.sectors} parcel–sector rows, ${c?.translations} translations.`,
  );
}

// ---------------------------------------------------------------------------
// The same search in hand-written SQL (semantics of server/parcels/parcel-where.ts)

// Prisma also returns id, as a real output column: leaving it out makes the
// deep-page sorts carry it as a hidden sort key, which is measurably slower.
const listColumns = `id, code, "hubId", "landUse", status, "areaM2", "rentUsdPerM2", "rentBasis", "managementFeeUsdPerM2Year",
  "powerKva", "waterM3PerDay", "wastewaterM3PerDay", "lastVerifiedAt", "isSample"`;

const orderBySql: Record<ParcelSearch["sort"], string> = {
  verified: `"lastVerifiedAt" DESC, id ASC`,
  "area-asc": `"areaM2" ASC, id ASC`,
  "area-desc": `"areaM2" DESC, id DESC`,
  "rent-asc": `"rentBasis" ASC, "rentUsdPerM2" ASC, id ASC`,
  "rent-desc": `"rentBasis" ASC, "rentUsdPerM2" DESC, id DESC`,
};

type RawSql = { count: { text: string; values: unknown[] }; page: { text: string; values: unknown[] } };

function rawSql(search: ParcelSearch): RawSql {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const conditions: string[] = [];
  if (search.status !== "all") conditions.push(`status = ${param(parcelStatuses[search.status])}::"ParcelStatus"`);
  if (search.hub) conditions.push(`"hubId" IN (SELECT id FROM "Hub" WHERE slug = ${param(search.hub)})`);
  if (search.use) conditions.push(`"landUse" = ${param(landUses[search.use])}::"LandUse"`);
  if (search.sector) {
    conditions.push(
      `EXISTS (SELECT 1 FROM "ParcelSector" ps JOIN "Sector" s ON s.id = ps."sectorId"
        WHERE ps."parcelId" = "Parcel".id AND s.slug = ${param(search.sector)})`,
    );
  }
  if (search.areaMinM2 !== undefined) conditions.push(`"areaM2" >= ${param(search.areaMinM2)}`);
  if (search.areaMaxM2 !== undefined) conditions.push(`"areaM2" <= ${param(search.areaMaxM2)}`);
  if (search.rentMax !== undefined) {
    conditions.push(`"rentBasis" = ${param(rentBases[search.rentBasis])}::"RentBasis"`);
    conditions.push(`"rentUsdPerM2" <= ${param(search.rentMax)}::numeric`);
  }
  if (search.powerMin !== undefined) conditions.push(`"powerKva" >= ${param(search.powerMin)}`);
  if (search.waterMin !== undefined) conditions.push(`"waterM3PerDay" >= ${param(search.waterMin)}`);
  if (search.wastewaterMin !== undefined) conditions.push(`"wastewaterM3PerDay" >= ${param(search.wastewaterMin)}`);
  if (search.q) {
    // LIKE wildcards in the query are literal characters, as with Prisma's `contains`.
    const folded = foldForSearch(search.q).replace(/[\\%_]/g, "\\$&");
    if (folded) conditions.push(`"searchText" LIKE '%' || ${param(folded)} || '%'`);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
  const countValues = [...values];
  const offset = (search.page - 1) * PAGE_SIZE;
  const order = orderBySql[search.sort];
  // Same strategy as the project: a count that stops after the result window,
  // and deep pages found through the index (ids first) before rows are read.
  const page =
    offset < 1_000
      ? `SELECT ${listColumns} FROM "Parcel" ${where} ORDER BY ${order} LIMIT ${param(PAGE_SIZE)} OFFSET ${param(offset)}`
      : `SELECT ${listColumns} FROM "Parcel" JOIN (SELECT id FROM "Parcel" ${where} ORDER BY ${order}
           LIMIT ${param(PAGE_SIZE)} OFFSET ${param(offset)}) AS k USING (id) ORDER BY ${order}`;
  return {
    count: {
      text: `SELECT count(*) FROM (SELECT 1 FROM "Parcel" ${where} LIMIT ${RESULT_WINDOW + 1}) AS capped`,
      values: countValues,
    },
    page: { text: page, values },
  };
}

type RawRow = {
  code: string;
  rentUsdPerM2: string;
  managementFeeUsdPerM2Year: string;
  [column: string]: unknown;
};

async function rawSearch(pool: pg.Pool, sql: RawSql) {
  const [count, page] = await Promise.all([
    pool.query<{ count: string }>(sql.count.text, sql.count.values),
    pool.query<RawRow>(sql.page.text, sql.page.values),
  ]);
  // Same conversions as the project's list items, so both paths do comparable work.
  const items = page.rows.map((row) => ({
    ...row,
    rentUsdPerM2: Number(row.rentUsdPerM2),
    managementFeeUsdPerM2Year: Number(row.managementFeeUsdPerM2Year),
  }));
  return { total: Math.min(Number(count.rows[0]?.count ?? 0), RESULT_WINDOW), items };
}

// ---------------------------------------------------------------------------
// Measurement

function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function time(work: () => Promise<unknown>) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const database = await createThrowawayDatabase("portal_bench_parcels", { embeddedPort: 54335 });
let exitCode = 0;
try {
  // server/db.ts reads DATABASE_URL once, when it is first imported.
  process.env.DATABASE_URL = database.url;
  console.log(`Throwaway database: ${new URL(database.url).pathname.slice(1)}`);
  console.log("Seeding base content (hubs, sectors, settings, 60 sample parcels)…");
  await seed(database.url);

  const loader = new pg.Client({ connectionString: database.url });
  await loader.connect();
  try {
    await loadParcels(loader);
  } finally {
    await loader.end();
  }

  const { db } = await import("../../server/db");
  const { searchParcels } = await import("../../server/parcels/search-parcels");
  // Same pool size as the project's client (server/db.ts).
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // pool.end() resolves before its sockets are closed; dropping the database
  // then terminates them, which an idle client reports as an error event.
  pool.on("error", () => {});
  try {
    const cases = searches.map(({ name, query }) => {
      const { search, issues } = parseParcelSearch(new URLSearchParams(query));
      if (issues.length > 0) throw new Error(`Search "${name}" (${query}) has issues: ${JSON.stringify(issues)}`);
      return { name, query, search, sql: rawSql(search) };
    });

    // Both paths must return the same page, or the comparison means nothing.
    console.log("\nChecking that both paths return the same results…");
    for (const c of cases) {
      const [project, raw] = await Promise.all([searchParcels(c.search), rawSearch(pool, c.sql)]);
      const same =
        project.total === raw.total && project.items.map((i) => i.code).join() === raw.items.map((i) => i.code).join();
      console.log(
        `  ${c.name.padEnd(30)} total ${String(project.total).padStart(6)}  page rows ${String(project.items.length).padStart(2)}  ${same ? "same" : `DIFFERENT (raw total ${raw.total})`}`,
      );
      if (!same) exitCode = 1;
    }

    const rssBefore = rss();
    console.log(`\nRSS before the searches: ${mb(rssBefore)}`);
    console.log(`Timing: ${WARM_UP} warm-up runs per path, then ${ITERATIONS} interleaved timed runs per path.\n`);

    const results: {
      name: string;
      projectP50: number;
      projectP95: number;
      rawP50: number;
      rawP95: number;
      ratio: number;
      ratioP50: number;
    }[] = [];
    for (const c of cases) {
      const project = () => searchParcels(c.search);
      const raw = () => rawSearch(pool, c.sql);
      for (let i = 0; i < WARM_UP; i++) {
        await project();
        await raw();
      }
      const projectTimes: number[] = [];
      const rawTimes: number[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        // Alternate which path goes first so caches and connection state favour neither.
        if (i % 2 === 0) {
          projectTimes.push(await time(project));
          rawTimes.push(await time(raw));
        } else {
          rawTimes.push(await time(raw));
          projectTimes.push(await time(project));
        }
      }
      const row = {
        name: c.name,
        projectP50: percentile(projectTimes, 50),
        projectP95: percentile(projectTimes, 95),
        rawP50: percentile(rawTimes, 50),
        rawP95: percentile(rawTimes, 95),
        ratio: 0,
        ratioP50: 0,
      };
      row.ratio = row.projectP95 / row.rawP95;
      row.ratioP50 = row.projectP50 / row.rawP50;
      results.push(row);
      process.stdout.write(`  ${c.name} done\n`);
    }
    const rssAfter = rss();

    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the raw statements:`);
    for (const c of cases) {
      console.log(`\n■ ${c.name}  [${c.query || "(no parameters)"}]`);
      for (const [label, statement] of [
        ["page", c.sql.page],
        ["count", c.sql.count],
      ] as const) {
        const plan = await pool.query<{ "QUERY PLAN": string }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${statement.text}`,
          statement.values,
        );
        console.log(`  ${label}:`);
        for (const line of plan.rows) console.log(`      ${line["QUERY PLAN"]}`);
      }
    }

    const ms = (n: number) => n.toFixed(2).padStart(8);
    const misses: string[] = [];
    console.log(
      `\n${"search".padEnd(30)} ${"proj p50".padStart(8)} ${"proj p95".padStart(8)} ${"raw p50".padStart(8)} ${"raw p95".padStart(8)} ${"ratio".padStart(6)} ${"(p50)".padStart(6)}  targets (p95 ≤ ${TARGET_P95_MS} ms, ratio ≤ ${TARGET_RATIO})`,
    );
    for (const r of results) {
      const problems: string[] = [];
      if (r.projectP95 > TARGET_P95_MS) problems.push(`project p95 ${r.projectP95.toFixed(1)} ms > ${TARGET_P95_MS}`);
      if (r.rawP95 > TARGET_P95_MS) problems.push(`raw p95 ${r.rawP95.toFixed(1)} ms > ${TARGET_P95_MS}`);
      if (r.ratio > TARGET_RATIO) problems.push(`ratio ${r.ratio.toFixed(2)} > ${TARGET_RATIO}`);
      if (problems.length > 0) misses.push(`${r.name}: ${problems.join("; ")}`);
      console.log(
        `${r.name.padEnd(30)} ${ms(r.projectP50)} ${ms(r.projectP95)} ${ms(r.rawP50)} ${ms(r.rawP95)} ${r.ratio.toFixed(2).padStart(6)} ${r.ratioP50.toFixed(2).padStart(6)}  ${problems.length > 0 ? `MISS: ${problems.join("; ")}` : "ok"}`,
      );
    }
    console.log(
      `\nRSS before the searches ${mb(rssBefore)}, after ${mb(rssAfter)} (${rssAfter >= rssBefore ? "+" : ""}${mb(rssAfter - rssBefore)}).`,
    );
    if (misses.length === 0) {
      console.log("All searches met the targets.");
    } else {
      console.log(`\n${misses.length} of ${results.length} searches missed a target:`);
      for (const miss of misses) console.log(`  - ${miss}`);
    }
  } finally {
    await pool.end();
    await db.$disconnect();
  }
} finally {
  await database.dispose();
}
process.exitCode = exitCode;
