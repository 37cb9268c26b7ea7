import type { Metadata } from "next";
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

/** Full title as shown in the browser tab and search results: "Page | Brand". */
export function fullTitle(title: string, brandName: string) {
  return `${title} | ${brandName}`;
}

/** Title, description, alternates and Open Graph for one localized page. */
export function pageMetadata(options: {
  locale: string;
  path: string;
  title: string;
  description: string;
  brandName: string;
}): Metadata {
  const title = fullTitle(options.title, options.brandName);
  const alternates = localizedAlternates(options.locale, options.path);
  return {
    title: { absolute: title },
    description: options.description,
    alternates,
    openGraph: {
      title,
      description: options.description,
      url: alternates.canonical,
      siteName: options.brandName,
      locale: options.locale,
      type: "website",
    },
  };
}
