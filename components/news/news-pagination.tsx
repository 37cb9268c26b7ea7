import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import { type NewsQuery, newsQueryString } from "@/lib/schemas/news-query";
import { asLocale } from "./as-locale";

/** The URL of a list page (the public one, with its query). */
export function newsUrl(locale: string, query: Partial<NewsQuery>): string {
  const search = newsQueryString(query);
  return localePath(locale, search ? `/news?${search}` : "/news");
}

/** Previous / numbered / next links around the current page (plain links). */
export async function NewsPagination({
  locale,
  query,
  totalPages,
}: {
  locale: string;
  query: NewsQuery;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const t = await getTranslations({ locale: asLocale(locale), namespace: "News.list.pagination" });
  const current = query.page;
  const pages = [...new Set([1, current - 1, current, current + 1, totalPages])].filter(
    (p) => p >= 1 && p <= totalPages,
  );
  const linkClass =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-brand-100 px-3 text-brand-800 hover:bg-brand-50";
  return (
    <nav aria-label={t("label")} className="mt-8 print:hidden">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <Link
              href={newsUrl(locale, { ...query, page: Math.min(current - 1, totalPages) })}
              className={linkClass}
              rel="prev"
            >
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {pages.map((page, index) => (
          <li key={page} className="flex items-center gap-2">
            {index > 0 && page - (pages[index - 1] ?? page) > 1 ? <span aria-hidden="true">…</span> : null}
            <Link
              href={newsUrl(locale, { ...query, page })}
              aria-label={t("page", { page })}
              aria-current={page === current ? "page" : undefined}
              className={`${linkClass} aria-[current]:bg-brand-700 aria-[current]:text-white`}
            >
              {page}
            </Link>
          </li>
        ))}
        {current < totalPages ? (
          <li>
            <Link href={newsUrl(locale, { ...query, page: current + 1 })} className={linkClass} rel="next">
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
