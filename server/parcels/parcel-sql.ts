import "server-only";
import { landUses, parcelStatuses, rentBases } from "@/lib/parcels";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import { foldForSearch } from "@/lib/search-text";
import { Prisma } from "../generated/prisma/client";

// The catalogue's filters as one parameterized SQL condition, shared by the
// page, the map and the open-data API. Written as SQL rather than a Prisma
// filter because the search must stay index-driven at 100,000 parcels: Prisma's
// count-with-limit adds an ORDER BY that sorts every match, and its relation
// filters become joins (see docs/decisions/005-parcel-search-sql.md).

/** Which parcels a search sees by their archiving: public reads never pass anything but the default. */
export type ArchivedFilter = "exclude" | "only" | "include";

/** The back office's own filters, on top of the catalogue's. */
export type ParcelWhereOptions = {
  archived?: ArchivedFilter;
  /** Sample data only (true) or real parcels only (false). */
  sample?: boolean;
  /** Last verified before this day (YYYY-MM-DD). */
  verifiedBefore?: string;
};

/**
 * The WHERE clause for a search over "Parcel" aliased as p. By default it
 * never matches an archived parcel (archived parcels are shown nowhere
 * public); the back office's list passes its own options.
 */
export function parcelWhereSql(search: ParcelSearch, options: ParcelWhereOptions = {}): Prisma.Sql {
  const archived = options.archived ?? "exclude";
  const conditions: Prisma.Sql[] = [];
  if (archived === "exclude") conditions.push(Prisma.sql`p."archivedAt" IS NULL`);
  if (archived === "only") conditions.push(Prisma.sql`p."archivedAt" IS NOT NULL`);
  if (options.sample !== undefined) conditions.push(Prisma.sql`p."isSample" = ${options.sample}`);
  if (options.verifiedBefore) conditions.push(Prisma.sql`p."lastVerifiedAt" < ${options.verifiedBefore}::date`);
  if (search.status !== "all") conditions.push(Prisma.sql`p.status = ${parcelStatuses[search.status]}::"ParcelStatus"`);
  if (search.hub) conditions.push(Prisma.sql`p."hubId" IN (SELECT id FROM "Hub" WHERE slug = ${search.hub})`);
  if (search.use) conditions.push(Prisma.sql`p."landUse" = ${landUses[search.use]}::"LandUse"`);
  if (search.sector) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ParcelSector" ps JOIN "Sector" s ON s.id = ps."sectorId"
      WHERE ps."parcelId" = p.id AND s.slug = ${search.sector})`);
  }
  if (search.areaMinM2 !== undefined) conditions.push(Prisma.sql`p."areaM2" >= ${search.areaMinM2}`);
  if (search.areaMaxM2 !== undefined) conditions.push(Prisma.sql`p."areaM2" <= ${search.areaMaxM2}`);
  if (search.rentMax !== undefined) {
    // Rents quoted per year and for the whole term are not comparable: the
    // ceiling applies to parcels quoted on the chosen basis only.
    conditions.push(Prisma.sql`p."rentBasis" = ${rentBases[search.rentBasis]}::"RentBasis"`);
    conditions.push(Prisma.sql`p."rentUsdPerM2" <= ${search.rentMax}::numeric`);
  }
  // Whole-number columns: a fractional minimum means the next whole number
  // (same meaning; an integer parameter keeps the index usable).
  if (search.powerMin !== undefined) conditions.push(Prisma.sql`p."powerKva" >= ${Math.ceil(search.powerMin)}`);
  if (search.waterMin !== undefined) conditions.push(Prisma.sql`p."waterM3PerDay" >= ${Math.ceil(search.waterMin)}`);
  if (search.wastewaterMin !== undefined) {
    conditions.push(Prisma.sql`p."wastewaterM3PerDay" >= ${Math.ceil(search.wastewaterMin)}`);
  }
  if (search.q) {
    const folded = foldForSearch(search.q);
    // The query's own % and _ match literally; the trigram index serves the LIKE.
    if (folded) conditions.push(Prisma.sql`p."searchText" LIKE ${`%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  }
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

const orderBy: Record<ParcelSearch["sort"], Prisma.Sql> = {
  verified: Prisma.sql`p."lastVerifiedAt" DESC, p.id ASC`,
  "area-asc": Prisma.sql`p."areaM2" ASC, p.id ASC`,
  "area-desc": Prisma.sql`p."areaM2" DESC, p.id DESC`,
  // Rents are grouped by basis (for the term first, then per year) before price.
  "rent-asc": Prisma.sql`p."rentBasis" ASC, p."rentUsdPerM2" ASC, p.id ASC`,
  "rent-desc": Prisma.sql`p."rentBasis" ASC, p."rentUsdPerM2" DESC, p.id DESC`,
};

export function parcelOrderSql(sort: ParcelSearch["sort"]): Prisma.Sql {
  return orderBy[sort];
}
