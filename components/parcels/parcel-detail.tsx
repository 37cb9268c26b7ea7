import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { M2_PER_HECTARE } from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { ParcelDetail } from "@/server/parcels/get-parcel";
import type { ParcelShape } from "@/server/parcels/list-parcel-shapes";
import { EstimatorLink } from "../incentives/estimator-link";
import { ParcelMap } from "./parcel-map";
import { SampleNotice } from "./sample-notice";
import { statusBadge } from "./status-colors";

type Props = { locale: string; parcel: ParcelDetail; hub: HubSummary | undefined; neighbours: ParcelShape[] };

export async function ParcelDetailView({ locale, parcel, hub, neighbours }: Props) {
  const [t, tp, format] = await Promise.all([getTranslations("Parcel"), getTranslations("Parcels"), getFormatter()]);
  const n = (value: number, digits = 0) => format.number(value, { maximumFractionDigits: digits });
  const f = (key: Parameters<typeof t>[0]) => t(key);
  const sections: { id: string; title: string; rows: [string, string][] }[] = [
    {
      id: "overview",
      title: f("sections.overview"),
      rows: [
        [f("fields.hub"), parcel.hub.name],
        [f("fields.landUse"), tp(`landUse.${parcel.landUse}`)],
        [f("fields.locationType"), tp(`locationType.${parcel.locationType}`)],
        [f("fields.status"), tp(`status.${parcel.status}`)],
        [f("fields.area"), tp("units.m2", { value: n(parcel.areaM2) })],
        [f("fields.areaHa"), tp("units.ha", { value: n(parcel.areaM2 / M2_PER_HECTARE, 2) })],
        [f("fields.termEnd"), tp("units.year", { value: String(parcel.landUseTermEndYear) })],
      ],
    },
    {
      id: "price",
      title: f("sections.price"),
      rows: [
        [
          f("fields.rent"),
          tp("units.rent", { value: n(parcel.rentUsdPerM2, 2), basis: tp(`rentBasis.${parcel.rentBasis}`) }),
        ],
        [f("fields.fee"), tp("units.fee", { value: n(parcel.managementFeeUsdPerM2Year, 2) })],
      ],
    },
    {
      id: "utilities",
      title: f("sections.utilities"),
      rows: [
        [f("fields.power"), tp("units.kva", { value: n(parcel.powerKva) })],
        [f("fields.substation"), tp("units.kv", { value: n(parcel.substationKv) })],
        [f("fields.water"), tp("units.m3PerDay", { value: n(parcel.waterM3PerDay) })],
        [f("fields.wastewater"), tp("units.m3PerDay", { value: n(parcel.wastewaterM3PerDay) })],
        [
          f("fields.discharge"),
          tp(`discharge.${parcel.dischargeStandard}`, { version: String(parcel.dischargeStandardVersion) }),
        ],
      ],
    },
    {
      id: "planning",
      title: f("sections.planning"),
      rows: [
        [f("fields.coverage"), tp("units.percent", { value: n(parcel.maxCoveragePct) })],
        [f("fields.far"), n(parcel.floorAreaRatio, 2)],
        [f("fields.height"), tp("units.m", { value: n(parcel.heightLimitM) })],
        [f("fields.green"), tp("units.percent", { value: n(parcel.greenRatioPct) })],
      ],
    },
    {
      id: "distances",
      title: f("sections.distances"),
      rows: (["seaport", "tanSonNhat", "longThanh", "expressway", "hcmcCentre"] as const).map((key) => [
        f(`fields.${key}`),
        tp("units.km", { value: n(parcel.distancesKm[key], 1) }),
      ]),
    },
  ];

  return (
    <article className="mx-auto max-w-6xl px-4 py-10">
      <nav aria-label={t("breadcrumbLabel")} className="text-sm">
        <ol className="flex flex-wrap gap-2 text-muted">
          <li>
            <Link href={localePath(locale, "/land")} className="text-brand-700 underline underline-offset-4">
              {t("breadcrumb")}
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li aria-current="page">{parcel.code}</li>
        </ol>
      </nav>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">
          {t("heading", { code: parcel.code })}
        </h1>
        <span className={`rounded px-2 py-1 text-sm font-medium ${statusBadge[parcel.status]}`}>
          {tp(`status.${parcel.status}`)}
        </span>
      </div>
      <p className="mt-2 text-lg text-muted">
        {parcel.hub.name} · {tp(`landUse.${parcel.landUse}`)} ·{" "}
        {tp("units.ha", { value: n(parcel.areaM2 / M2_PER_HECTARE, 2) })}
      </p>
      <p lang={parcel.lang} className="mt-4 max-w-3xl text-lg">
        {parcel.description}
      </p>
      {parcel.isSample ? (
        <div className="mt-4 max-w-3xl">
          <SampleNotice />
        </div>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3 print:hidden">
        <Link
          href={localePath(locale, `/inquire?parcel=${encodeURIComponent(parcel.code)}`)}
          className="inline-flex min-h-11 items-center rounded-md bg-gold-400 px-5 font-semibold text-brand-950 hover:bg-gold-300"
        >
          {t("inquire")}
        </Link>
        <Link
          href={localePath(locale, `/land?compare=${encodeURIComponent(parcel.code)}`)}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-5 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("compare")}
        </Link>
        <EstimatorLink locale={locale} parcel={parcel.code} />
      </div>
      <p className="mt-4 text-sm text-muted">
        {t("lastVerified", {
          date: format.dateTime(new Date(parcel.lastVerifiedOn), { dateStyle: "long", timeZone: "UTC" }),
        })}
      </p>

      <div className="mt-10 grid gap-10 lg:grid-cols-[1fr_24rem]">
        <div className="grid gap-8 sm:grid-cols-2">
          {sections.map((section) => (
            <section key={section.id} aria-labelledby={`s-${section.id}`}>
              <h2 id={`s-${section.id}`} className="border-b-2 border-gold-400 pb-1 text-lg font-bold text-brand-900">
                {section.title}
              </h2>
              <dl className="mt-3 space-y-2">
                {section.rows.map(([label, value]) => (
                  <div key={label} className="flex justify-between gap-4 border-b border-brand-100 pb-2">
                    <dt className="text-muted">{label}</dt>
                    <dd className="text-right font-medium">{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
          <section aria-labelledby="s-sectors">
            <h2 id="s-sectors" className="border-b-2 border-gold-400 pb-1 text-lg font-bold text-brand-900">
              {t("sections.sectors")}
            </h2>
            <ul className="mt-3 flex flex-wrap gap-2">
              {parcel.sectors.map((sector) => (
                <li key={sector.slug} lang={sector.lang} className="rounded-full bg-brand-50 px-3 py-1 text-brand-900">
                  {sector.name}
                </li>
              ))}
            </ul>
            {parcel.notes ? (
              <p lang={parcel.lang} className="mt-4 text-sm text-muted">
                <span className="font-semibold">{t("fields.notes")}:</span> {parcel.notes}
              </p>
            ) : null}
          </section>
        </div>
        <section aria-labelledby="s-map">
          <h2 id="s-map" className="border-b-2 border-gold-400 pb-1 text-lg font-bold text-brand-900">
            {t("sections.map")}
          </h2>
          <div className="mt-3">
            {hub ? (
              <ParcelMap locale={locale} hubs={[hub]} shapes={neighbours} highlight={parcel.code} labels={false} />
            ) : null}
            <p className="mt-2 text-sm text-muted">{t("mapCaption", { code: parcel.code, hub: parcel.hub.name })}</p>
          </div>
        </section>
      </div>
    </article>
  );
}
