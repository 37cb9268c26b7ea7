import { routing } from "@/i18n/routing";

/**
 * Canonical URL and hreflang alternates for a page, given its path without the
 * locale prefix ("/" for home). Relative URLs resolve against metadataBase.
 */
export function localizedAlternates(locale: string, path: string) {
  const suffix = path === "/" ? "" : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: {
      ...Object.fromEntries(routing.locales.map((l) => [l, `/${l}${suffix}`])),
      "x-default": `/${routing.defaultLocale}${suffix}`,
    },
  };
}
