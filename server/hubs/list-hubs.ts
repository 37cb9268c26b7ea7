import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";

export type HubSummary = {
  slug: string;
  name: string;
  summary: string;
  latitude: number;
  longitude: number;
  locationVerified: boolean;
  /** The language the text is in: the requested one, or Vietnamese as fallback. */
  lang: string;
};

export const listHubs = cachedQuery("list-hubs", [cacheTags.hubs], async (locale: string): Promise<HubSummary[]> => {
  const hubs = await db.hub.findMany({
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    include: { translations: { where: { locale: { in: localesFor(locale) } } } },
  });
  return hubs.map(({ slug, latitude, longitude, locationVerified, translations }) => {
    const { name, summary, locale: lang } = pickTranslation(translations, locale);
    return { slug, name, summary, latitude, longitude, locationVerified, lang };
  });
});
