import type { MetadataRoute } from "next";
import { fixedPublicPaths, sitemapEntries } from "@/lib/sitemap";
import { listContent } from "@/server/content/read-content";
import { env } from "@/server/env";
import { listParcelCodes } from "@/server/parcels/list-parcel-codes";
import { listPostSlugs } from "@/server/posts/read-posts";

// Regenerated when a sector, hub, parcel or post changes: the loaders' cache
// tags (content:sector, content:hub, parcels, posts) are this route's too.
export const revalidate = 3600;

/** Every public page in both locales, with hreflang alternates (lib/sitemap.ts). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [sectors, hubs, parcels, posts] = await Promise.all([
    listContent("sector"),
    listContent("hub"),
    listParcelCodes(),
    listPostSlugs(),
  ]);
  return sitemapEntries(env.SITE_URL, [
    ...fixedPublicPaths.map((path) => ({ path })),
    ...sectors.map((s) => ({ path: `/sectors/${s.key}`, lastModified: s.updatedAt })),
    ...hubs.map((h) => ({ path: `/hubs/${h.key}`, lastModified: h.updatedAt })),
    ...parcels.map((p) => ({ path: `/land/${p.code}`, lastModified: p.lastVerifiedOn })),
    // A post not translated has its English page at the Vietnamese slug (it shows that text, marked).
    ...posts.map((p) => ({
      path: `/news/${p.slugs.vi}`,
      paths: Object.fromEntries(Object.entries(p.slugs).map(([locale, slug]) => [locale, `/news/${slug}`])),
      lastModified: p.lastModified,
    })),
  ]);
}
