import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { MAX_QUERY_LENGTH, type SiteSearchQuery } from "@/lib/schemas/search";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { SiteSearchResult } from "@/server/search/search-site";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";

/** The search page: the form, then the results grouped by kind (or what to type when there is no query). */
export async function SearchView({
  locale,
  query,
  result,
  hubs,
}: {
  locale: Locale;
  query: SiteSearchQuery;
  result: SiteSearchResult | null;
  hubs: HubSummary[];
}) {
  const t = await getTranslations({ locale, namespace: "Search" });
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <SearchForm locale={locale} q={query.q} />
      {query.tooLong ? (
        <p className="mt-4 max-w-3xl font-medium text-amber-950">{t("tooLong", { max: MAX_QUERY_LENGTH })}</p>
      ) : null}
      {result ? (
        <SearchResults locale={locale} q={query.q} result={result} hubs={hubs} />
      ) : (
        <p className="mt-8 max-w-3xl text-lg">{t("emptyQuery")}</p>
      )}
    </div>
  );
}
