import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { type Better, bestIndexes } from "@/lib/compare";
import { M2_PER_HECTARE } from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import type { ParcelDetail } from "@/server/parcels/get-parcel";

type Row = {
  label: string;
  values: (number | null)[];
  show: (parcel: ParcelDetail, index: number) => string;
  better: Better;
};

/** Parcels side by side; the best value of each comparable row carries a visible "best" mark. */
export async function CompareTable({ locale, parcels }: { locale: string; parcels: ParcelDetail[] }) {
  const [t, tf, tp, format] = await Promise.all([
    getTranslations("Compare"),
    getTranslations("Parcel.fields"),
    getTranslations("Parcels"),
    getFormatter(),
  ]);
  const n = (value: number, digits = 0) => format.number(value, { maximumFractionDigits: digits });
  const sameRentBasis = new Set(parcels.map((p) => p.rentBasis)).size === 1;
  const all = <T,>(pick: (p: ParcelDetail) => T) => parcels.map(pick);
  const text = (label: string, show: (p: ParcelDetail) => string): Row => ({
    label,
    values: parcels.map(() => null),
    show,
    better: "none",
  });
  const rows: Row[] = [
    text(tf("hub"), (p) => p.hub.name),
    text(tf("landUse"), (p) => tp(`landUse.${p.landUse}`)),
    text(tf("locationType"), (p) => tp(`locationType.${p.locationType}`)),
    text(tf("status"), (p) => tp(`status.${p.status}`)),
    {
      label: tf("area"),
      values: all((p) => p.areaM2),
      show: (p) => tp("units.ha", { value: n(p.areaM2 / M2_PER_HECTARE, 2) }),
      better: "higher",
    },
    {
      label: tf("rent"),
      values: all((p) => p.rentUsdPerM2),
      show: (p) => tp("units.rent", { value: n(p.rentUsdPerM2, 2), basis: tp(`rentBasis.${p.rentBasis}`) }),
      // Rents quoted on different bases cannot be ranked against each other.
      better: sameRentBasis ? "lower" : "none",
    },
    {
      label: tf("fee"),
      values: all((p) => p.managementFeeUsdPerM2Year),
      show: (p) => tp("units.fee", { value: n(p.managementFeeUsdPerM2Year, 2) }),
      better: "lower",
    },
    {
      label: tf("termEnd"),
      values: all((p) => p.landUseTermEndYear),
      show: (p) => String(p.landUseTermEndYear),
      better: "higher",
    },
    {
      label: tf("power"),
      values: all((p) => p.powerKva),
      show: (p) => tp("units.kva", { value: n(p.powerKva) }),
      better: "higher",
    },
    {
      label: tf("water"),
      values: all((p) => p.waterM3PerDay),
      show: (p) => tp("units.m3PerDay", { value: n(p.waterM3PerDay) }),
      better: "higher",
    },
    {
      label: tf("wastewater"),
      values: all((p) => p.wastewaterM3PerDay),
      show: (p) => tp("units.m3PerDay", { value: n(p.wastewaterM3PerDay) }),
      better: "higher",
    },
    text(tf("discharge"), (p) =>
      tp(`discharge.${p.dischargeStandard}`, { version: String(p.dischargeStandardVersion) }),
    ),
    {
      label: tf("coverage"),
      values: all((p) => p.maxCoveragePct),
      show: (p) => tp("units.percent", { value: n(p.maxCoveragePct) }),
      better: "higher",
    },
    { label: tf("far"), values: all((p) => p.floorAreaRatio), show: (p) => n(p.floorAreaRatio, 2), better: "higher" },
    {
      label: tf("height"),
      values: all((p) => p.heightLimitM),
      show: (p) => tp("units.m", { value: n(p.heightLimitM) }),
      better: "higher",
    },
    ...(["seaport", "tanSonNhat", "longThanh", "expressway", "hcmcCentre"] as const).map(
      (key): Row => ({
        label: tf(key),
        values: all((p) => p.distancesKm[key]),
        show: (p) => tp("units.km", { value: n(p.distancesKm[key], 1) }),
        better: "lower",
      }),
    ),
  ];
  const codes = parcels.map((p) => p.code);

  return (
    <div
      role="region"
      aria-labelledby="compare-caption"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-brand-100"
    >
      <table className="w-full min-w-[40rem] border-collapse text-left">
        <caption id="compare-caption" className="sr-only">
          {t("heading")}
        </caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="p-3 text-sm font-semibold text-muted">
              {t("attribute")}
            </th>
            {parcels.map((p) => (
              <th key={p.code} scope="col" className="p-3 align-top">
                <Link
                  href={localePath(locale, `/land/${p.code}`)}
                  className="text-lg font-bold text-brand-900 underline underline-offset-4"
                >
                  {p.code}
                </Link>
                {parcels.length > 2 ? (
                  <Link
                    href={localePath(locale, `/land/compare?codes=${codes.filter((c) => c !== p.code).join(",")}`)}
                    className="mt-1 block text-sm font-normal text-brand-700 underline underline-offset-4"
                  >
                    {t("remove", { code: p.code })}
                  </Link>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const best = bestIndexes(row.values, row.better);
            return (
              <tr key={row.label} className="border-t border-brand-100">
                <th scope="row" className="sticky left-0 bg-white p-3 font-medium text-muted">
                  {row.label}
                </th>
                {parcels.map((p, index) => (
                  <td
                    key={p.code}
                    className={`p-3 ${best.has(index) ? "bg-green-50 font-semibold text-green-950" : ""}`}
                  >
                    {row.show(p, index)}
                    {best.has(index) ? (
                      <span className="ml-2 rounded bg-green-800 px-1.5 py-0.5 text-xs font-semibold text-white">
                        {t("best")}
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
