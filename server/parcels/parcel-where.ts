import "server-only";
import { landUses, parcelStatuses, rentBases } from "@/lib/parcels";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import { foldForSearch } from "@/lib/search-text";
import type { Prisma } from "../generated/prisma/client";

/** The database filter for a catalogue search (every filter, none of the paging). */
export function parcelWhere(search: ParcelSearch): Prisma.ParcelWhereInput {
  const where: Prisma.ParcelWhereInput = {};
  if (search.status !== "all") where.status = parcelStatuses[search.status];
  if (search.hub) where.hub = { slug: search.hub };
  if (search.use) where.landUse = landUses[search.use];
  if (search.sector) where.sectors = { some: { sector: { slug: search.sector } } };
  if (search.areaMinM2 !== undefined || search.areaMaxM2 !== undefined) {
    where.areaM2 = { gte: search.areaMinM2, lte: search.areaMaxM2 };
  }
  if (search.rentMax !== undefined) {
    // Rents quoted per year and for the whole term are not comparable: the
    // ceiling applies to parcels quoted on the chosen basis only.
    where.rentBasis = rentBases[search.rentBasis];
    where.rentUsdPerM2 = { lte: search.rentMax };
  }
  if (search.powerMin !== undefined) where.powerKva = { gte: search.powerMin };
  if (search.waterMin !== undefined) where.waterM3PerDay = { gte: search.waterMin };
  if (search.wastewaterMin !== undefined) where.wastewaterM3PerDay = { gte: search.wastewaterMin };
  if (search.q) {
    const folded = foldForSearch(search.q);
    // contains() becomes LIKE '%…%': the query's own % and _ must match literally.
    if (folded) where.searchText = { contains: folded.replace(/[\\%_]/g, (c) => `\\${c}`) };
  }
  return where;
}

export function parcelOrderBy(sort: ParcelSearch["sort"]): Prisma.ParcelOrderByWithRelationInput[] {
  switch (sort) {
    case "area-asc":
      return [{ areaM2: "asc" }, { id: "asc" }];
    case "area-desc":
      return [{ areaM2: "desc" }, { id: "desc" }];
    // Rents are grouped by basis (for the term first, then per year) before price.
    case "rent-asc":
      return [{ rentBasis: "asc" }, { rentUsdPerM2: "asc" }, { id: "asc" }];
    case "rent-desc":
      return [{ rentBasis: "asc" }, { rentUsdPerM2: "desc" }, { id: "desc" }];
    default:
      return [{ lastVerifiedAt: "desc" }, { id: "asc" }];
  }
}
