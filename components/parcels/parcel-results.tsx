import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { M2_PER_HECTARE } from "@/lib/parcels";
import { landUrl, localePath } from "@/lib/paths";
import { MAX_COMPARE, type ParcelSearch } from "@/lib/schemas/parcel-search";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { ParcelSearchResult } from "@/server/parcels/search-parcels";
import { statusBadge } from "./status-colors";

type Props = { locale: string; search: ParcelSearch; result: ParcelSearchResult; hubs: HubSummary[] };

/** The results as cards: key figures, status, a details link and an add-to-comparison link (plain URLs). */
export async function ParcelResults({ locale, search, result, hubs }: Props) {
  const [t, tp, tf, format] = await Promise.all([
    getTranslations("Land.results"),
    getTranslations("Parcels"),
    getTranslations("Parcel.fields"),
    getFormatter(),
  ]);
  const hubName = new Map(hubs.map((hub) => [hub.id, hub.name]));
  const n = (value: number, digits = 0) => format.number(value, { maximumFractionDigits: digits });

  return (
    <ul className="grid gap-4 xl:grid-cols-2">
      {result.items.map((parcel) => {
        const compared = search.compare.includes(parcel.code);
        const full = !compared && search.compare.length >= MAX_COMPARE;
        const compare = compared
          ? search.compare.filter((code) => code !== parcel.code)
          : [...search.compare, parcel.code];
        const stats = [
          [
            tf("area"),
            `${tp("units.ha", { value: n(parcel.areaM2 / M2_PER_HECTARE, 2) })} (${tp("units.m2", { value: n(parcel.areaM2) })})`,
          ],
          [
            tf("rent"),
            tp("units.rent", { value: n(parcel.rentUsdPerM2, 2), basis: tp(`rentBasis.${parcel.rentBasis}`) }),
          ],
          [tf("power"), tp("units.kva", { value: n(parcel.powerKva) })],
          [tf("water"), tp("units.m3PerDay", { value: n(parcel.waterM3PerDay) })],
        ];
        return (
          <li key={parcel.code} className="flex flex-col rounded-lg border border-brand-100 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="text-lg font-bold text-brand-900">
                <Link
                  href={localePath(locale, `/land/${parcel.code}`)}
                  className="underline underline-offset-4 hover:no-underline"
                >
                  {parcel.code}
                </Link>
              </h3>
              <span className={`rounded px-2 py-0.5 text-sm font-medium ${statusBadge[parcel.status]}`}>
                {tp(`status.${parcel.status}`)}
              </span>
            </div>
            <p className="mt-1 text-muted">
              {hubName.get(parcel.hubId)} · {tp(`landUse.${parcel.landUse}`)}
              {parcel.isSample ? ` · ${tp("sample")}` : null}
            </p>
            <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
              {stats.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-muted">{label}</dt>
                  <dd className="font-medium text-ink">{value}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-brand-100 pt-3 text-sm">
              <span className="text-muted">
                {t("verified", {
                  date: format.dateTime(new Date(parcel.lastVerifiedOn), { dateStyle: "medium", timeZone: "UTC" }),
                })}
              </span>
              {full ? (
                <span className="text-muted">{t("compareFull", { max: MAX_COMPARE })}</span>
              ) : (
                <Link
                  href={landUrl(locale, search, { compare })}
                  scroll={false}
                  aria-label={t(compared ? "removeFromCompareLabel" : "addToCompareLabel", { code: parcel.code })}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
                >
                  {t(compared ? "removeFromCompare" : "addToCompare")}
                </Link>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
