import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import { POST_KIND_SLUGS } from "@/lib/posts/workflow";
import { NEWS_PAGE_SIZE, type NewsQuery } from "@/lib/schemas/news-query";
import type { PostSummary } from "@/server/posts/read-posts";
import { asLocale } from "./as-locale";
import { NewsFilters } from "./news-filters";
import { NewsItem } from "./news-item";
import { NewsPagination } from "./news-pagination";

type Option = { slug: string; name: string; lang: string };

/** The posts a list's filters keep, newest first as they come. */
export function filterPosts(posts: readonly PostSummary[], query: NewsQuery): PostSummary[] {
  return posts.filter(
    (post) =>
      (!query.kind || POST_KIND_SLUGS[post.kind] === query.kind) &&
      (!query.sector || post.sectors.includes(query.sector)) &&
      (!query.hub || post.hubs.includes(query.hub)),
  );
}

/**
 * The news list: heading, filters, the count, one page of posts and the
 * links to the others. `ignored` says some of the URL's values were dropped.
 */
export async function NewsListView({
  locale,
  query,
  ignored,
  posts,
  sectors,
  hubs,
}: {
  locale: string;
  query: NewsQuery;
  ignored: boolean;
  posts: readonly PostSummary[];
  sectors: Option[];
  hubs: Option[];
}) {
  const t = await getTranslations({ locale: asLocale(locale), namespace: "News.list" });
  const matching = filterPosts(posts, query);
  const totalPages = Math.max(1, Math.ceil(matching.length / NEWS_PAGE_SIZE));
  const page = matching.slice((query.page - 1) * NEWS_PAGE_SIZE, query.page * NEWS_PAGE_SIZE);
  const filtered = Boolean(query.kind || query.sector || query.hub);
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
        <a
          href={localePath(locale, "/news/rss.xml")}
          type="application/rss+xml"
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4 print:hidden"
        >
          {t("rss")}
        </a>
      </div>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t("intro")}</p>

      <div className="mt-8">
        <NewsFilters locale={locale} query={query} sectors={sectors} hubs={hubs} />
      </div>

      {ignored ? (
        <p role="status" className="mt-6 rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-3">
          {t("invalidFilters")}
        </p>
      ) : null}

      <p className="mt-8 text-lg font-semibold">{t("count", { count: matching.length })}</p>

      {page.length > 0 ? (
        <div className="mt-2">
          {page.map((post) => (
            <NewsItem key={post.id} post={post} locale={locale} />
          ))}
        </div>
      ) : (
        <p className="mt-4">{filtered || query.page > 1 ? t("empty") : t("emptyAll")}</p>
      )}

      <NewsPagination
        locale={locale}
        query={{ ...query, page: Math.min(query.page, totalPages) }}
        totalPages={totalPages}
      />
    </div>
  );
}
