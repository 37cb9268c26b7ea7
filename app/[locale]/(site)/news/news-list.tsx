import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewsListView } from "@/components/news/news-list-view";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { type NewsQuery, newsQueryString, parseNewsQuery } from "@/lib/schemas/news-query";
import { listHubs } from "@/server/hubs/list-hubs";
import { listLivePosts } from "@/server/posts/read-posts";
import { listSectors } from "@/server/sectors/list-sectors";
import { getSiteSettings } from "@/server/site/get-site-settings";

// The news list, shared by the prerendered list (no filters) and the cached
// filtered lists the proxy rewrites `/news?…` to (./%5Ffilter/[filter]):
// both are static pages, regenerated when the `posts` tag is revalidated.

/** The query a filtered list's path segment carries (the canonical query string, see proxy.ts). */
export function filterQuery(segment: string): { query: NewsQuery; ignored: boolean } {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Already decoded, with a stray "%": parsed as it is.
  }
  const params = new URLSearchParams(decoded);
  const { query, invalid } = parseNewsQuery(params);
  return { query, ignored: invalid.length > 0 || params.has("ignored") };
}

export async function newsListMetadata(locale: Locale, query: NewsQuery): Promise<Metadata> {
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: "News.list" }),
    getSiteSettings(locale),
  ]);
  const search = newsQueryString(query);
  const metadata = pageMetadata({
    locale,
    path: search ? `/news?${search}` : "/news",
    title: t("title"),
    description: t("description"),
    brandName: settings.brandName,
  });
  // Filtered lists repeat the list's posts: only the list itself is for search engines.
  return search ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export async function NewsList({ locale, query, ignored }: { locale: Locale; query: NewsQuery; ignored: boolean }) {
  const [posts, sectors, hubs] = await Promise.all([listLivePosts(locale), listSectors(locale), listHubs(locale)]);
  // A sector or hub the portal does not have is dropped like any invalid value.
  const unknown =
    (query.sector !== undefined && !sectors.some((s) => s.slug === query.sector)) ||
    (query.hub !== undefined && !hubs.some((h) => h.slug === query.hub));
  const known: NewsQuery = {
    ...query,
    sector: sectors.some((s) => s.slug === query.sector) ? query.sector : undefined,
    hub: hubs.some((h) => h.slug === query.hub) ? query.hub : undefined,
  };
  return (
    <NewsListView
      locale={locale}
      query={known}
      ignored={ignored || unknown}
      posts={posts}
      sectors={sectors}
      hubs={hubs.map(({ slug, name, lang }) => ({ slug, name, lang }))}
    />
  );
}
