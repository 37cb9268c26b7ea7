import { defineRouting } from "next-intl/routing";

// Adding a locale: add it here and add messages/<locale>.json (see README).
export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
  // hreflang alternates are in each page's <head>, built from SITE_URL; a Link
  // header would be built from the request's Host.
  alternateLinks: false,
  // No NEXT_LOCALE cookie: the locale is always in the path, and a Set-Cookie
  // on every page would keep public pages out of shared caches.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/** The locale of a `[locale]` route; the layout has already rejected unknown ones. */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
}
