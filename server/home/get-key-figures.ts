import "server-only";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";

export type KeyFigures = { sectors: number; hubs: number };

/** The home page's live figures, counted in the database. */
export const getKeyFigures = cachedQuery(
  "key-figures",
  [cacheTags.sectors, cacheTags.hubs],
  async (): Promise<KeyFigures> => {
    const [sectors, hubs] = await Promise.all([db.sector.count(), db.hub.count()]);
    return { sectors, hubs };
  },
);
