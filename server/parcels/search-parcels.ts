import "server-only";
import {
  type LandUseSlug,
  landUses,
  type ParcelStatusSlug,
  parcelStatuses,
  type RentBasisSlug,
  rentBases,
  slugOf,
} from "@/lib/parcels";
import { PAGE_SIZE, type ParcelSearch, RESULT_WINDOW } from "@/lib/schemas/parcel-search";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { parcelOrderSql, parcelWhereSql } from "./parcel-sql";

export type ParcelListItem = {
  code: string;
  hubId: number;
  landUse: LandUseSlug;
  status: ParcelStatusSlug;
  areaM2: number;
  rentUsdPerM2: number;
  rentBasis: RentBasisSlug;
  managementFeeUsdPerM2Year: number;
  powerKva: number;
  waterM3PerDay: number;
  wastewaterM3PerDay: number;
  /** YYYY-MM-DD */
  lastVerifiedOn: string;
  isSample: boolean;
};

export type ParcelSearchResult = {
  items: ParcelListItem[];
  /** Number of matches, counted up to RESULT_WINDOW; `totalIsCapped` when there are more. */
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  totalPages: number;
};

type Row = {
  code: string;
  hubId: number;
  landUse: string;
  status: string;
  areaM2: number;
  rentUsdPerM2: unknown;
  rentBasis: string;
  managementFeeUsdPerM2Year: unknown;
  powerKva: number;
  waterM3PerDay: number;
  wastewaterM3PerDay: number;
  lastVerifiedAt: Date;
  isSample: boolean;
};

const columns = Prisma.sql`p.code, p."hubId", p."landUse"::text AS "landUse", p.status::text AS status, p."areaM2",
  p."rentUsdPerM2", p."rentBasis"::text AS "rentBasis", p."managementFeeUsdPerM2Year", p."powerKva",
  p."waterM3PerDay", p."wastewaterM3PerDay", p."lastVerifiedAt", p."isSample"`;

function toListItem(row: Row): ParcelListItem {
  return {
    code: row.code,
    hubId: row.hubId,
    landUse: slugOf(landUses, row.landUse as (typeof landUses)[LandUseSlug]),
    status: slugOf(parcelStatuses, row.status as (typeof parcelStatuses)[ParcelStatusSlug]),
    areaM2: row.areaM2,
    rentUsdPerM2: Number(row.rentUsdPerM2),
    rentBasis: slugOf(rentBases, row.rentBasis as (typeof rentBases)[RentBasisSlug]),
    managementFeeUsdPerM2Year: Number(row.managementFeeUsdPerM2Year),
    powerKva: row.powerKva,
    waterM3PerDay: row.waterM3PerDay,
    wastewaterM3PerDay: row.wastewaterM3PerDay,
    lastVerifiedOn: row.lastVerifiedAt.toISOString().slice(0, 10),
    isSample: row.isSample,
  };
}

/** From this offset on, a page is found by id through the index first, then read. */
const DEFERRED_READ_FROM = 1_000;

/**
 * One page of the catalogue and the number of matches, in two statements whose
 * cost does not grow with the catalogue: nothing is loaded to filter, the count
 * stops at RESULT_WINDOW, deep pages skip through the index alone.
 */
export async function searchParcels(search: ParcelSearch, pageSize = PAGE_SIZE): Promise<ParcelSearchResult> {
  const where = parcelWhereSql(search);
  const order = parcelOrderSql(search.sort);
  const offset = (search.page - 1) * pageSize;
  const page =
    offset >= RESULT_WINDOW
      ? Promise.resolve([] as Row[])
      : offset < DEFERRED_READ_FROM
        ? db.$queryRaw<
            Row[]
          >`SELECT ${columns} FROM "Parcel" p ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}`
        : db.$queryRaw<Row[]>`SELECT ${columns} FROM "Parcel" p
            JOIN (SELECT p.id FROM "Parcel" p ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset}) AS k USING (id)
            ORDER BY ${order}`;
  const [[counted], rows] = await Promise.all([
    db.$queryRaw<
      [{ n: number }]
    >`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Parcel" p ${where} LIMIT ${RESULT_WINDOW + 1}) AS capped`,
    page,
  ]);
  const matches = counted?.n ?? 0;
  const total = Math.min(matches, RESULT_WINDOW);
  return {
    items: rows.map(toListItem),
    total,
    totalIsCapped: matches > RESULT_WINDOW,
    page: search.page,
    pageSize,
    totalPages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/**
 * searchParcels for the catalogue's cached pages: read with the `parcels` tag,
 * so that a page built from it is rebuilt whenever a parcel changes.
 */
export const searchParcelsCached = cachedQuery("search-parcels", [cacheTags.parcels], (search: ParcelSearch) =>
  searchParcels(search),
);
