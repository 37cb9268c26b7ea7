import "server-only";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";

/** Every parcel's code and the day its figures were last verified (YYYY-MM-DD), by code: for the sitemap. */
export const listParcelCodes = cachedQuery(
  "list-parcel-codes",
  [cacheTags.parcels],
  async (): Promise<{ code: string; lastVerifiedOn: string }[]> => {
    const rows = await db.parcel.findMany({
      where: { archivedAt: null },
      select: { code: true, lastVerifiedAt: true },
      orderBy: { code: "asc" },
    });
    return rows.map((row) => ({ code: row.code, lastVerifiedOn: row.lastVerifiedAt.toISOString().slice(0, 10) }));
  },
);
