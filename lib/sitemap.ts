import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { localizedAlternates } from "./metadata";

/**
 * A public page, by its path without the locale prefix ("/" for home), and
 * when it last changed. A page whose path differs by language (a post's
 * slug) gives `paths`, one per locale.
 */
export type SitemapPage = { path: string; paths?: Record<string, string>; lastModified?: string };

/** The public pages that exist once, whatever the content: every other page is one per sector, hub or parcel. */
export const fixedPublicPaths = [
  "/",
  "/land",
  "/sectors",
  "/hubs",
  "/incentives",
  "/incentives/estimate",
  "/procedure",
  "/about",
  "/documents",
  "/news",
  "/privacy",
  "/inquire",
  "/search",
] as const;

/**
 * The sitemap's entries: each page once per locale, every entry naming all
 * its language versions (and x-default) as hreflang alternates, the same
 * ones its <head> declares (lib/metadata.ts).
 */
export function sitemapEntries(siteUrl: string, pages: readonly SitemapPage[]): MetadataRoute.Sitemap {
  return pages.flatMap(({ path, paths, lastModified }) =>
    routing.locales.map((locale) => {
      const { canonical, languages } = paths ? pathAlternates(locale, paths, path) : localizedAlternates(locale, path);
      return {
        url: `${siteUrl}${canonical}`,
        ...(lastModified ? { lastModified } : {}),
        alternates: {
          languages: Object.fromEntries(Object.entries(languages).map(([lang, href]) => [lang, `${siteUrl}${href}`])),
        },
      };
    }),
  );
}

/** The alternates of a page whose path differs by language (a locale without its own path uses `path`). */
function pathAlternates(locale: string, paths: Record<string, string>, path: string) {
  const url = (l: string) => `/${l}${paths[l] ?? path}`;
  return {
    canonical: url(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((l) => [l, url(l)])),
      "x-default": url(routing.defaultLocale),
    },
  };
}

/** robots.txt: everything public may be crawled, never the back office; where the sitemap is. */
export function robotsFile(siteUrl: string): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/*/admin", "/api/admin"] },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
