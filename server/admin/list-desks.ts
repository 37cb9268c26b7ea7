import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { db } from "../db";

export type DeskOption = { id: number; name: string; active: boolean; lang: string };

/** Every desk with its name in `locale` (Vietnamese as fallback), active ones first. */
export async function listDesks(locale: string): Promise<DeskOption[]> {
  const desks = await db.desk.findMany({
    orderBy: [{ active: "desc" }, { id: "asc" }],
    select: { id: true, active: true, translations: { where: { locale: { in: localesFor(locale) } } } },
  });
  return desks.map(({ id, active, translations }) => {
    const { name, locale: lang } = pickTranslation(translations, locale);
    return { id, name, active, lang };
  });
}
