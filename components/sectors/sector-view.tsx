import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { landUrl, localePath } from "@/lib/paths";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { ParcelSearchResult } from "@/server/parcels/search-parcels";
import type { SectorPage } from "@/server/sectors/get-sector";
import { ContentPageHeading } from "../content/content-page-heading";
import { ContentParagraphs } from "../content/content-text";
import { ParcelResults } from "../parcels/parcel-results";
import { SampleNotice } from "../parcels/sample-notice";
import { LinkButton } from "../ui/link-button";
import { SectorIncentives } from "./sector-incentives";

type Props = {
  locale: Locale;
  sector: SectorPage;
  parcels: { search: ParcelSearch; result: ParcelSearchResult };
  hubs: HubSummary[];
  /** The standard corporate income tax rate, for products with no sector-based incentive. */
  standardRatePct: number | null;
  documents: Map<string, string>;
};

export async function SectorView({ locale, sector, parcels, hubs, standardRatePct, documents }: Props) {
  const t = await getTranslations({ locale, namespace: "Sectors" });
  const inquire = localePath(locale, `/inquire?sector=${sector.key}`);
  const estimate = localePath(locale, `/incentives/estimate?sector=${sector.key}`);
  const { result } = parcels;
  return (
    <article className="mx-auto max-w-6xl px-4 py-10">
      <ContentPageHeading
        locale={locale}
        breadcrumbLabel={t("breadcrumbLabel")}
        parent={{ href: localePath(locale, "/sectors"), text: t("breadcrumb") }}
        name={sector.doc.name}
        summary={sector.doc.summary}
        summaryClassName="text-muted"
      />
      <div className="mt-6 flex flex-wrap gap-3">
        <LinkButton href={inquire}>{t("actions.inquire")}</LinkButton>
        <LinkButton href={estimate} variant="light">
          {t("actions.estimate")}
        </LinkButton>
      </div>

      <section aria-labelledby="offer" className="mt-12">
        <h2 id="offer" className="border-b-2 border-gold-400 pb-1 text-2xl font-bold text-brand-900">
          {t("offer.heading")}
        </h2>
        <ContentParagraphs value={sector.doc.offer} locale={locale} className="mt-4 max-w-3xl space-y-4" />
      </section>

      <SectorIncentives
        locale={locale}
        sector={sector}
        standardRatePct={standardRatePct}
        documents={documents}
        estimateHref={estimate}
      />

      <section aria-labelledby="parcels" className="mt-12 space-y-4">
        <h2 id="parcels" className="border-b-2 border-gold-400 pb-1 text-2xl font-bold text-brand-900">
          {t("parcels.heading")}
        </h2>
        <div className="max-w-3xl">
          <SampleNotice />
        </div>
        <p className="text-lg">{t("parcels.count", { count: result.total })}</p>
        {result.items.length > 0 ? (
          <ParcelResults locale={locale} search={parcels.search} result={result} hubs={hubs} />
        ) : null}
        <p>
          {/* A plain link: a search of the catalogue is its own cached page (proxy.ts). */}
          <a
            href={result.total > 0 ? landUrl(locale, parcels.search) : localePath(locale, "/land")}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {result.total > 0 ? t("parcels.all", { count: result.total }) : t("parcels.catalogue")}
          </a>
        </p>
      </section>

      <section aria-labelledby="next" className="mt-12 rounded-xl bg-brand-800 px-6 py-8 text-white sm:px-10">
        <h2 id="next" className="text-2xl font-bold">
          {t("cta.heading")}
        </h2>
        <p className="mt-2 max-w-2xl text-lg text-brand-50">{t("cta.body")}</p>
        <div className="mt-5">
          <LinkButton href={inquire}>{t("actions.inquire")}</LinkButton>
        </div>
      </section>
    </article>
  );
}
