import type pg from "pg";
import { landUses, parcelStatuses, rentBases } from "../../lib/parcels";
import { PAGE_SIZE, type ParcelSearch, RESULT_WINDOW } from "../../lib/schemas/parcel-search";
import { foldForSearch } from "../../lib/search-text";

// The same search in hand-written SQL (semantics of server/parcels/parcel-sql.ts)

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

export type RawSql = { count: { text: string; values: unknown[] }; page: { text: string; values: unknown[] } };

export function rawSql(search: ParcelSearch): RawSql {
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

export async function rawSearch(pool: pg.Pool, sql: RawSql) {
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
