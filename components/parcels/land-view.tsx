import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { landUrl, localePath } from "@/lib/paths";
import { type ParcelSearch, type SearchIssue, searchToQuery } from "@/lib/schemas/parcel-search";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { ParcelShape } from "@/server/parcels/list-parcel-shapes";
import type { ParcelSearchResult } from "@/server/parcels/search-parcels";
import type { SectorSummary } from "@/server/sectors/list-sectors";
import { CompareBar } from "./compare-bar";
import { Pagination } from "./pagination";
import { ParcelFilters } from "./parcel-filters";
import { ParcelMap } from "./parcel-map";
import { ParcelResults } from "./parcel-results";
import { SampleNotice } from "./sample-notice";
import { SearchIssues } from "./search-issues";

type Props = {
  locale: string;
  search: ParcelSearch;
  issues: SearchIssue[];
  result: ParcelSearchResult;
  shapes: ParcelShape[];
  hubs: HubSummary[];
  sectors: SectorSummary[];
};

export async function LandView({ locale, search, issues, result, shapes, hubs, sectors }: Props) {
  const [t, format] = await Promise.all([getTranslations("Land"), getFormatter()]);
  const query = searchToQuery(search, { page: 1, compare: [] });
  query.delete("sort");
  const dataQuery = query.toString() ? `?${query}` : "";
  const anyResults = result.total > 0;

  return (
    <div className="land-view">
      <h1>{t("heading")}</h1>
      <p className="land-intro">{t("intro")}</p>
      <div className="land-notice">
        <SampleNotice />
      </div>

      <div className="land-columns">
        <aside>
          <ParcelFilters locale={locale} search={search} hubs={hubs} sectors={sectors} />
        </aside>

        <section aria-labelledby="results-heading" className="land-results">
          <SearchIssues issues={issues} />
          <CompareBar locale={locale} search={search} />
          <div className="land-results-head">
            <div>
              <h2 id="results-heading">{t("results.heading")}</h2>
              <p aria-live="polite">
                {result.totalIsCapped
                  ? t("results.countCapped", { total: format.number(result.total) })
                  : t("results.count", { total: result.total })}
                {anyResults
                  ? ` · ${t("results.pageOf", { page: format.number(search.page), pages: format.number(result.totalPages) })}`
                  : null}
              </p>
            </div>
            <div className="land-downloads">
              <h3 className="sr-only">{t("download.heading")}</h3>
              <ul>
                <li>
                  <a href={`/api/parcels.csv${dataQuery ? `${dataQuery}&` : "?"}locale=${locale}`} download>
                    {t("download.csv")}
                  </a>
                </li>
                <li>
                  <a href={`/api/parcels${dataQuery ? `${dataQuery}&` : "?"}locale=${locale}`}>{t("download.json")}</a>
                </li>
              </ul>
            </div>
          </div>

          {anyResults ? (
            <>
              <section aria-labelledby="map-heading" className="land-map">
                <h3 id="map-heading">{t("map.heading")}</h3>
                <a href="#results-list" className="sr-only focus:not-sr-only focus:underline">
                  {t("map.skip")}
                </a>
                <ParcelMap locale={locale} hubs={hubs} shapes={shapes} labels={shapes.length <= 80} />
                {shapes.length < result.total ? (
                  <p className="text-sm text-muted">
                    {t("map.shown", { shown: format.number(shapes.length), total: format.number(result.total) })}
                  </p>
                ) : null}
              </section>
              <div id="results-list" tabIndex={-1} className="focus:outline-none">
                {result.items.length > 0 ? (
                  <ParcelResults locale={locale} search={search} result={result} hubs={hubs} />
                ) : (
                  <p>
                    {t("results.pageEmpty")}{" "}
                    <a href={landUrl(locale, search, { page: 1 })} className="text-brand-700 underline">
                      {t("results.firstPage")}
                    </a>
                  </p>
                )}
              </div>
              <Pagination locale={locale} search={search} totalPages={result.totalPages} />
            </>
          ) : (
            <div className="rounded-lg border border-brand-100 bg-brand-50 p-6">
              <h3 className="text-xl font-semibold text-brand-900">{t("results.emptyTitle")}</h3>
              <p className="mt-2">{t("results.emptyBody")}</p>
              <Link
                href={localePath(locale, "/land")}
                className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
              >
                {t("results.emptyReset")}
              </Link>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
