import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { M2_PER_HECTARE } from "@/lib/parcels";
import { landUrl, localePath } from "@/lib/paths";
import type { SearchHit } from "@/lib/search/site-search";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { SiteSearchResult } from "@/server/search/search-site";

const link = "font-semibold text-brand-700 underline underline-offset-4 hover:no-underline";

function Hit({ locale, hit }: { locale: Locale; hit: SearchHit }) {
  const { doc, snippet } = hit;
  const langOf = (lang: string) => (lang === locale ? undefined : lang);
  return (
    <li className="border-b border-brand-100 py-4 last:border-b-0">
      <p className="text-lg">
        <Link href={localePath(locale, doc.path)} className={`inline-flex min-h-8 items-center ${link}`}>
          <span lang={langOf(doc.title.lang)}>{doc.title.text}</span>
        </Link>
        {doc.subtitle ? (
          <span lang={langOf(doc.subtitle.lang)} className="ml-2 text-base text-ink">
            {doc.subtitle.text}
          </span>
        ) : null}
      </p>
      {snippet ? (
        <p lang={langOf(snippet.lang)} className="mt-1 max-w-3xl text-muted">
          {snippet.parts.map((part, i) =>
            part.match ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts of one snippet, in order
              <mark key={i} className="bg-gold-300 text-ink">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </p>
      ) : null}
    </li>
  );
}

/** The matches grouped by kind, each group with its count, then the parcels (the catalogue has the rest). */
export async function SearchResults({
  locale,
  q,
  result,
  hubs,
}: {
  locale: Locale;
  q: string;
  result: SiteSearchResult;
  hubs: HubSummary[];
}) {
  const [t, tp, format] = await Promise.all([
    getTranslations({ locale, namespace: "Search" }),
    getTranslations({ locale, namespace: "Parcels" }),
    getFormatter({ locale }),
  ]);
  const { groups, parcels } = result;
  const total = groups.reduce((sum, group) => sum + group.hits.length, 0) + parcels.total;
  const kinds = [
    ...groups.map((group) => ({ kind: group.kind, count: group.hits.length })),
    ...(parcels.total > 0 ? [{ kind: "parcel" as const, count: parcels.total }] : []),
  ];
  const hubName = new Map(hubs.map((hub) => [hub.id, hub.name]));

  return (
    <section aria-labelledby="results-heading" className="mt-10">
      <h2 id="results-heading" className="text-2xl font-bold tracking-tight text-brand-900">
        {t("resultsHeading", { q })}
      </h2>
      <p className="mt-1 text-lg">{t("total", { count: total })}</p>

      {total === 0 ? (
        <div className="mt-6 max-w-3xl rounded-lg border border-brand-100 bg-brand-50 p-6">
          <p className="font-semibold">{t("noResults", { q })}</p>
          <p className="mt-2">{t("noResultsHint")}</p>
          <Link href={localePath(locale, "/inquire")} className={`mt-3 inline-flex min-h-11 items-center ${link}`}>
            {t("inquire")}
          </Link>
        </div>
      ) : (
        <>
          <nav aria-label={t("byKind")} className="mt-4">
            <ul className="flex flex-wrap gap-x-5">
              {kinds.map(({ kind, count }) => (
                <li key={kind}>
                  <a href={`#results-${kind}`} className={`inline-flex min-h-11 items-center ${link}`}>
                    {t("kindCount", { kind: t(`kinds.${kind}`), count: format.number(count) })}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {groups.map((group) => (
            <section
              key={group.kind}
              id={`results-${group.kind}`}
              aria-labelledby={`results-${group.kind}-heading`}
              className="mt-8"
            >
              <h3 id={`results-${group.kind}-heading`} className="text-xl font-bold text-brand-900">
                {t("kindCount", { kind: t(`kinds.${group.kind}`), count: format.number(group.hits.length) })}
              </h3>
              <ul className="mt-2">
                {group.hits.map((hit) => (
                  <Hit key={`${hit.doc.kind}-${hit.doc.key}`} locale={locale} hit={hit} />
                ))}
              </ul>
            </section>
          ))}
          {parcels.total > 0 ? (
            <section id="results-parcel" aria-labelledby="results-parcel-heading" className="mt-8">
              <h3 id="results-parcel-heading" className="text-xl font-bold text-brand-900">
                {t("kindCount", { kind: t("kinds.parcel"), count: format.number(parcels.total) })}
              </h3>
              <ul className="mt-2">
                {parcels.items.map((parcel) => (
                  <li key={parcel.code} className="border-b border-brand-100 py-4 last:border-b-0">
                    <p className="text-lg">
                      <Link
                        href={localePath(locale, `/land/${parcel.code}`)}
                        className={`inline-flex min-h-8 items-center ${link}`}
                      >
                        {t("parcelTitle", { code: parcel.code })}
                      </Link>
                    </p>
                    <p className="mt-1 text-muted">
                      {[
                        hubName.get(parcel.hubId),
                        tp(`landUse.${parcel.landUse}`),
                        tp(`status.${parcel.status}`),
                        tp("units.ha", {
                          value: format.number(parcel.areaM2 / M2_PER_HECTARE, { maximumFractionDigits: 2 }),
                        }),
                        parcel.isSample ? tp("sample") : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </li>
                ))}
              </ul>
              {/* A plain link: a search of the catalogue is its own cached page (proxy.ts). */}
              {parcels.total > parcels.items.length ? (
                <a
                  href={landUrl(locale, result.parcelSearch)}
                  className={`mt-2 inline-flex min-h-11 items-center ${link}`}
                >
                  {parcels.totalIsCapped
                    ? t("parcelsMoreCapped", { count: format.number(parcels.total) })
                    : t("parcelsMore", { count: format.number(parcels.total) })}
                </a>
              ) : null}
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
