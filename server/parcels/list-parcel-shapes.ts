import "server-only";
import { type ParcelStatusSlug, parcelStatuses, slugOf } from "@/lib/parcels";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";
import { parcelOrderSql, parcelWhereSql } from "./parcel-sql";

export type ParcelShape = { code: string; hubId: number; status: ParcelStatusSlug; areaM2: number; boundary: unknown };

/** The outlines of the first `limit` matches of a search, for the results map (read with the `parcels` tag). */
export const listParcelShapes = cachedQuery(
  "list-parcel-shapes",
  [cacheTags.parcels],
  async (search: ParcelSearch, limit = 300): Promise<ParcelShape[]> => {
    const rows = await db.$queryRaw<(Omit<ParcelShape, "status"> & { status: string })[]>`
      SELECT p.code, p."hubId", p.status::text AS status, p."areaM2", p.boundary
      FROM "Parcel" p ${parcelWhereSql(search)} ORDER BY ${parcelOrderSql(search.sort)} LIMIT ${limit}`;
    return rows.map((row) => ({
      ...row,
      status: slugOf(parcelStatuses, row.status as (typeof parcelStatuses)[ParcelStatusSlug]),
    }));
  },
);
