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
import { PAGE_SIZE, type ParcelSearch } from "@/lib/schemas/parcel-search";
import { db } from "../db";
import { parcelOrderBy, parcelWhere } from "./parcel-where";

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
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
};

export const parcelListSelect = {
  code: true,
  hubId: true,
  landUse: true,
  status: true,
  areaM2: true,
  rentUsdPerM2: true,
  rentBasis: true,
  managementFeeUsdPerM2Year: true,
  powerKva: true,
  waterM3PerDay: true,
  wastewaterM3PerDay: true,
  lastVerifiedAt: true,
  isSample: true,
} as const;

type ParcelListRow = Awaited<ReturnType<typeof db.parcel.findMany<{ select: typeof parcelListSelect }>>>[number];

export function toListItem({ lastVerifiedAt, ...row }: ParcelListRow): ParcelListItem {
  return {
    ...row,
    lastVerifiedOn: lastVerifiedAt.toISOString().slice(0, 10),
    landUse: slugOf(landUses, row.landUse),
    status: slugOf(parcelStatuses, row.status),
    rentBasis: slugOf(rentBases, row.rentBasis),
    rentUsdPerM2: row.rentUsdPerM2.toNumber(),
    managementFeeUsdPerM2Year: row.managementFeeUsdPerM2Year.toNumber(),
  };
}

/**
 * One page of the catalogue and the number of matches: two indexed queries,
 * whatever the size of the catalogue (nothing is loaded to filter or count).
 */
export async function searchParcels(search: ParcelSearch, pageSize = PAGE_SIZE): Promise<ParcelSearchResult> {
  const where = parcelWhere(search);
  const [total, rows] = await Promise.all([
    db.parcel.count({ where }),
    db.parcel.findMany({
      where,
      orderBy: parcelOrderBy(search.sort),
      skip: (search.page - 1) * pageSize,
      take: pageSize,
      select: parcelListSelect,
    }),
  ]);
  return {
    items: rows.map(toListItem),
    total,
    page: search.page,
    pageSize,
    totalPages: Math.max(1, Math.ceil(total / pageSize)),
  };
}
