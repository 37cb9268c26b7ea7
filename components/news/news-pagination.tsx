import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import { localePath } from "@/lib/paths";
import { type NewsQuery, newsQueryString } from "@/lib/schemas/news-query";
import { asLocale } from "./as-locale";

/** The URL of a list page (the public one, with its query). */
export function newsUrl(locale: string, query: Partial<NewsQuery>): string {
  const search = newsQueryString(query);
  return localePath(locale, search ? `/news?${search}` : "/news");
}

/** The news list's page links, keeping the filters. */
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
  return (
    <PageLinks
      current={query.page}
      totalPages={totalPages}
      hrefFor={(page) => newsUrl(locale, { ...query, page })}
      labels={{ label: t("label"), previous: t("previous"), next: t("next"), page: (page) => t("page", { page }) }}
      className="mt-8 print:hidden"
      fullLoad
    />
  );
}
