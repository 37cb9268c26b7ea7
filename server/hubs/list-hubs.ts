import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";

export type HubSummary = {
  id: number;
  slug: string;
  name: string;
  summary: string;
  latitude: number;
  longitude: number;
  locationVerified: boolean;
  /** GeoJSON Polygon of the hub's outline, when known. */
  boundary: unknown;
  /** The language the text is in: the requested one, or Vietnamese as fallback. */
  lang: string;
};

export const listHubs = cachedQuery("list-hubs", [cacheTags.hubs], async (locale: string): Promise<HubSummary[]> => {
  const hubs = await db.hub.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    include: { translations: { where: { locale: { in: localesFor(locale) } } } },
  });
  return hubs.map(({ id, slug, latitude, longitude, locationVerified, boundary, translations }) => {
    const { name, summary, locale: lang } = pickTranslation(translations, locale);
    return { id, slug, name, summary, latitude, longitude, locationVerified, boundary, lang };
  });
});
