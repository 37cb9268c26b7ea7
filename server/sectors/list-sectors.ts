import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";

/** `lang` is the language the text is in: the requested one, or Vietnamese as fallback. */
export type SectorSummary = { slug: string; name: string; summary: string; lang: string };

export const listSectors = cachedQuery(
  "list-sectors",
  [cacheTags.sectors],
  async (locale: string): Promise<SectorSummary[]> => {
    const sectors = await db.sector.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      include: { translations: { where: { locale: { in: localesFor(locale) } } } },
    });
    return sectors.map(({ slug, translations }) => {
      const { name, summary, locale: lang } = pickTranslation(translations, locale);
      return { slug, name, summary, lang };
    });
  },
);
