// Generates the benchmark's 100,000 parcels (varied, realistic figures) and
// loads them with batched multi-row INSERTs.
import type pg from "pg";
import { parcelSearchText } from "../../lib/search-text";
import { distanceKm, random, rectangle } from "../../prisma/seed/geometry";
import { hubLayouts, landUseNames, sectorsByLandUse } from "../../prisma/seed/parcels";

const TOTAL_PARCELS = 100_000;
const BATCH_SIZE = 5_000;
const PROGRESS_EVERY = 10_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rss = () => process.memoryUsage().rss;

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

/** Tops the catalogue up to TOTAL_PARCELS, in batches, printing progress; memory stays flat. */
export async function loadParcels(client: pg.Client) {
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
