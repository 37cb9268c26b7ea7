import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { localizedAlternates } from "./metadata";

/** A public page, by its path without the locale prefix ("/" for home), and when it last changed. */
export type SitemapPage = { path: string; lastModified?: string };

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
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => {
      const { canonical, languages } = localizedAlternates(locale, path);
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

/** robots.txt: everything public may be crawled, never the back office; where the sitemap is. */
export function robotsFile(siteUrl: string): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/*/admin", "/api/admin"] },
    sitemap: `${siteUrl}/sitemap.xml`,
  };
}
