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

/** The Open Graph image of every page (public/og-image.png, drawn by scripts/og-image.tsx). */
export const OG_IMAGE = { url: "/og-image.png", width: 1200, height: 630, type: "image/png" } as const;

// Open Graph names locales language_TERRITORY; a locale missing here is given as it is.
const ogLocales: Record<string, string> = { vi: "vi_VN", en: "en_GB" };
const ogLocale = (locale: string) => ogLocales[locale] ?? locale;

/**
 * What every page's Open Graph shares: site name, the image (its alt text is
 * the brand, which it shows), the locale and the other locales the page has.
 */
export function openGraphDefaults(locale: string, brandName: string) {
  return {
    siteName: brandName,
    locale: ogLocale(locale),
    alternateLocale: routing.locales.filter((l) => l !== locale).map(ogLocale),
    type: "website" as const,
    images: [{ ...OG_IMAGE, alt: brandName }],
  };
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
      ...openGraphDefaults(options.locale, options.brandName),
      title,
      description: options.description,
      url: alternates.canonical,
    },
    twitter: { card: "summary_large_image" },
  };
}
