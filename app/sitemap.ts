import type { MetadataRoute } from "next";
import { fixedPublicPaths, sitemapEntries } from "@/lib/sitemap";
import { listContent } from "@/server/content/read-content";
import { env } from "@/server/env";
import { listParcelCodes } from "@/server/parcels/list-parcel-codes";

// Regenerated when a sector, hub or parcel changes: the loaders' cache tags
// (content:sector, content:hub, parcels) are this route's too.
export const revalidate = 3600;

/** Every public page in both locales, with hreflang alternates (lib/sitemap.ts). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [sectors, hubs, parcels] = await Promise.all([listContent("sector"), listContent("hub"), listParcelCodes()]);
  return sitemapEntries(env.SITE_URL, [
    ...fixedPublicPaths.map((path) => ({ path })),
    ...sectors.map((s) => ({ path: `/sectors/${s.key}`, lastModified: s.updatedAt })),
    ...hubs.map((h) => ({ path: `/hubs/${h.key}`, lastModified: h.updatedAt })),
    ...parcels.map((p) => ({ path: `/land/${p.code}`, lastModified: p.lastVerifiedOn })),
  ]);
}
