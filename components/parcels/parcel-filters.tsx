import { getTranslations } from "next-intl/server";
import { formatForInput } from "@/lib/numbers";
import { landUseSlugs, parcelSorts, parcelStatusSlugs } from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { SectorSummary } from "@/server/sectors/list-sectors";
import { FilterForm } from "./filter-form";

/** The texts of the form, from the `Land.filters` messages. */
const FILTER_TEXTS = [
  "heading",
  "q",
  "qHint",
  "hub",
  "anyHub",
  "use",
  "anyUse",
  "status",
  "allStatuses",
  "area",
  "areaMin",
  "areaMax",
  "areaUnit",
  "unitM2",
  "unitHa",
  "rentMax",
  "rentBasis",
  "rentBasisTerm",
  "rentBasisAnnual",
  "infrastructure",
  "powerMin",
  "waterMin",
  "wastewaterMin",
  "sector",
  "anySector",
  "sort",
  "submit",
  "reset",
  "more",
] as const;
export type FilterTexts = Record<(typeof FILTER_TEXTS)[number], string>;

type Props = { locale: string; search: ParcelSearch; hubs: HubSummary[]; sectors: SectorSummary[] };

/**
 * The catalogue's filters: a plain GET form, so it works without JavaScript
 * and fills the URL. Its texts, choices and values are worked out here and
 * handed to FilterForm, which draws it.
 */
export async function ParcelFilters({ locale, search, hubs, sectors }: Props) {
  const [t, tp, ts] = await Promise.all([
    getTranslations("Land.filters"),
    getTranslations("Parcels"),
    getTranslations("Land.sorts"),
  ]);
  const number = (value: number | undefined) => formatForInput(value, locale);
  const texts = Object.fromEntries(FILTER_TEXTS.map((key) => [key, t(key)])) as FilterTexts;
  return (
    <FilterForm
      action={localePath(locale, "/land")}
      reset={localePath(locale, "/land")}
      texts={texts}
      choices={{
        hub: hubs.map((hub) => [hub.slug, hub.name]),
        use: landUseSlugs.map((use) => [use, tp(`landUse.${use}`)]),
        status: parcelStatusSlugs.map((status) => [status, tp(`status.${status}`)]),
        sector: sectors.map((sector) => [sector.slug, sector.name]),
        sort: parcelSorts.map((sort) => [sort, ts(sort)]),
      }}
      values={{
        q: search.q ?? "",
        hub: search.hub ?? "",
        use: search.use ?? "",
        status: search.status,
        areaMin: number(search.areaMin),
        areaMax: number(search.areaMax),
        areaUnit: search.areaUnit,
        rentMax: number(search.rentMax),
        rentBasis: search.rentBasis,
        powerMin: number(search.powerMin),
        waterMin: number(search.waterMin),
        wastewaterMin: number(search.wastewaterMin),
        sector: search.sector ?? "",
        sort: search.sort,
        compare: search.compare.join(","),
      }}
      moreOpen={[search.rentMax, search.powerMin, search.waterMin, search.wastewaterMin, search.sector].some(
        (v) => v !== undefined,
      )}
    />
  );
}
