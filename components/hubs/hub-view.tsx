import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import { parcelStatusSlugs } from "@/lib/parcels";
import { landUrl, localePath } from "@/lib/paths";
import type { HubPage, listHubParcels } from "@/server/hubs/get-hub";
import { ContentPageHeading } from "../content/content-page-heading";
import { ContentParagraphs, ContentText } from "../content/content-text";
import { ParcelMap } from "../parcels/parcel-map";
import { ParcelResults } from "../parcels/parcel-results";
import { SampleNotice } from "../parcels/sample-notice";
import { LinkButton } from "../ui/link-button";
import { HubLocationMap } from "./hub-location-map";
import { CommunesTable, LogisticsCentresTable, TransportLinksTable } from "./hub-tables";

type Props = { locale: Locale; hub: HubPage; parcels: Awaited<ReturnType<typeof listHubParcels>> };

const h2 = "border-b-2 border-gold-400 pb-1 text-2xl font-bold text-brand-900";

export async function HubView({ locale, hub, parcels }: Props) {
  const [t, tp, format] = await Promise.all([
    getTranslations({ locale, namespace: "Hubs" }),
    getTranslations({ locale, namespace: "Parcels" }),
    getFormatter({ locale }),
  ]);
  const name = textIn(hub.doc.name, locale);
  const coordinate = (value: number) => format.number(value, { maximumFractionDigits: 3 });
  const total = parcels.byStatus.reduce((sum, group) => sum + group.count, 0);
  const landHref = landUrl(locale, parcels.search);
  return (
    <article className="mx-auto max-w-6xl px-4 py-10">
      <ContentPageHeading
        locale={locale}
        breadcrumbLabel={t("breadcrumbLabel")}
        parent={{ href: localePath(locale, "/hubs"), text: t("breadcrumb") }}
        name={hub.doc.name}
        summary={hub.doc.summary}
      />
      <dl className="mt-4 space-y-1">
        {hub.doc.aliases.vi ? (
          <div className="flex flex-wrap gap-x-2">
            <dt className="font-semibold">{t("aliases")}:</dt>
            <dd>
              <ContentText value={hub.doc.aliases} locale={locale} />
            </dd>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <dt className="font-semibold">{t("locationLabel")}:</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {t("coordinates", { lat: coordinate(hub.doc.latitude), lng: coordinate(hub.doc.longitude) })}
            {hub.doc.locationVerified ? (
              <span className="text-sm text-muted">({t("locationVerified")})</span>
            ) : (
              <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">
                {t("locationIndicative")}
              </span>
            )}
          </dd>
        </div>
        {hub.doc.source ? (
          <div className="flex flex-wrap gap-x-2">
            <dt className="font-semibold">{t("source")}:</dt>
            <dd>{hub.doc.source}</dd>
          </div>
        ) : null}
      </dl>
      <div className="mt-6 flex flex-wrap gap-3">
        <LinkButton href={landHref}>{t("actions.land")}</LinkButton>
        <LinkButton href={localePath(locale, `/inquire?hub=${hub.key}`)} variant="light">
          {t("actions.inquire")}
        </LinkButton>
      </div>
      {hub.doc.description.vi ? (
        <ContentParagraphs value={hub.doc.description} locale={locale} className="mt-8 max-w-3xl space-y-4" />
      ) : null}

      <section aria-labelledby="transport" className="mt-12 space-y-6">
        <h2 id="transport" className={h2}>
          {t("links.heading")}
        </h2>
        <div className="max-w-3xl">
          <HubLocationMap locale={locale} hubs={[hub]} id={`hub-map-${hub.key}`} />
        </div>
        <TransportLinksTable locale={locale} hub={hub} hubName={name.text} />
      </section>

      <section aria-labelledby="centres" className="mt-12 space-y-4">
        <h2 id="centres" className={h2}>
          {t("centres.heading")}
        </h2>
        <LogisticsCentresTable locale={locale} hub={hub} hubName={name.text} />
      </section>

      <section aria-labelledby="communes" className="mt-12 space-y-4">
        <h2 id="communes" className={h2}>
          {t("communes.heading")}
        </h2>
        <p className="max-w-3xl">{t("communes.intro")}</p>
        <CommunesTable locale={locale} hub={hub} hubName={name.text} />
      </section>

      <section aria-labelledby="parcels" className="mt-12 space-y-4">
        <h2 id="parcels" className={h2}>
          {t("parcels.heading")}
        </h2>
        <div className="max-w-3xl">
          <SampleNotice />
        </div>
        <p className="text-lg">{t("parcels.total", { count: total })}</p>
        {total > 0 ? (
          <>
            <dl aria-label={t("parcels.byStatus")} className="flex flex-wrap gap-3">
              {parcelStatusSlugs.map((status) => (
                <div key={status} className="rounded-md border border-brand-100 bg-brand-50 px-4 py-2">
                  <dt className="text-sm text-muted">{tp(`status.${status}`)}</dt>
                  <dd className="text-2xl font-bold text-brand-900">
                    {format.number(parcels.byStatus.find((group) => group.status === status)?.count ?? 0)}
                  </dd>
                </div>
              ))}
            </dl>
            {hub.summary ? (
              <div className="max-w-3xl">
                <h3 className="mb-2 text-xl font-semibold text-brand-900">{t("map.outlineHeading")}</h3>
                <ParcelMap locale={locale} hubs={[hub.summary]} shapes={parcels.shapes} />
              </div>
            ) : null}
            {parcels.result.items.length > 0 ? (
              <>
                <p className="text-lg font-semibold text-brand-900">{t("parcels.available")}</p>
                <ParcelResults
                  locale={locale}
                  search={parcels.search}
                  result={parcels.result}
                  hubs={hub.summary ? [hub.summary] : []}
                />
              </>
            ) : null}
          </>
        ) : null}
        <p>
          {/* A plain link: a search of the catalogue is its own cached page (proxy.ts). */}
          <a
            href={landHref}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("parcels.all")}
          </a>
        </p>
      </section>
    </article>
  );
}
