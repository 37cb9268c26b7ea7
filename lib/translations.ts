import { routing } from "@/i18n/routing";

/** Locales to load for a translated row: the requested one, then the default. */
export function localesFor(locale: string): string[] {
  return locale === routing.defaultLocale ? [locale] : [locale, routing.defaultLocale];
}

/**
 * Picks the translation for `locale`, falling back to the default locale
 * (Vietnamese) and then to any translation, so a missing one never blanks a page.
 */
export function pickTranslation<T extends { locale: string }>(translations: readonly T[], locale: string): T {
  const picked =
    translations.find((t) => t.locale === locale) ??
    translations.find((t) => t.locale === routing.defaultLocale) ??
    translations[0];
  if (!picked) throw new Error("Content has no translation in any locale.");
  return picked;
}
