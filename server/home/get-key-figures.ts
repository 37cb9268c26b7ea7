import "server-only";
import { M2_PER_HECTARE } from "@/lib/parcels";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";

export type KeyFigures = { sectors: number; hubs: number; parcelsAvailable: number; hectaresAvailable: number };

/** The home page's live figures, counted in the database. */
export const getKeyFigures = cachedQuery(
  "key-figures",
  [cacheTags.sectors, cacheTags.hubs, cacheTags.parcels],
  async (): Promise<KeyFigures> => {
    const [sectors, hubs, available] = await Promise.all([
      db.sector.count(),
      db.hub.count(),
      db.parcel.aggregate({ where: { status: "AVAILABLE", archivedAt: null }, _count: true, _sum: { areaM2: true } }),
    ]);
    return {
      sectors,
      hubs,
      parcelsAvailable: available._count,
      hectaresAvailable: Math.round(((available._sum.areaM2 ?? 0) / M2_PER_HECTARE) * 10) / 10,
    };
  },
);
