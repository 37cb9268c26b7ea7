import "server-only";
import { type ParcelStatusSlug, parcelStatuses, slugOf } from "@/lib/parcels";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import { db } from "../db";
import { parcelOrderBy, parcelWhere } from "./parcel-where";

export type ParcelShape = { code: string; hubId: number; status: ParcelStatusSlug; areaM2: number; boundary: unknown };

/** The outlines of the first `limit` matches of a search, for the results map. */
export async function listParcelShapes(search: ParcelSearch, limit = 300): Promise<ParcelShape[]> {
  const rows = await db.parcel.findMany({
    where: parcelWhere(search),
    orderBy: parcelOrderBy(search.sort),
    take: limit,
    select: { code: true, hubId: true, status: true, areaM2: true, boundary: true },
  });
  return rows.map((row) => ({ ...row, status: slugOf(parcelStatuses, row.status) }));
}
