import { getFormatter, getTranslations } from "next-intl/server";
import { M2_PER_HECTARE, parcelStatusSlugs, type RentBasisSlug, rentBases } from "@/lib/parcels";
import { landUrl, localePath } from "@/lib/paths";
import { MAX_COMPARE, type ParcelSearch } from "@/lib/schemas/parcel-search";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { ParcelSearchResult } from "@/server/parcels/search-parcels";
import { type ResultCard, ResultCards, type ResultTexts } from "./result-cards";

const rentBasisSlugs = Object.keys(rentBases) as RentBasisSlug[];

type Props = { locale: string; search: ParcelSearch; result: ParcelSearchResult; hubs: HubSummary[] };

/**
 * The results as cards: key figures, status, a details link and an
 * add-to-comparison link (plain URLs). The texts are worked out here and
 * handed to ResultCards as one short record per parcel.
 */
export async function ParcelResults({ locale, search, result, hubs }: Props) {
  const [t, tp, tf, format] = await Promise.all([
    getTranslations("Land.results"),
    getTranslations("Parcels"),
    getTranslations("Parcel.fields"),
    getFormatter(),
  ]);
  const n = (value: number, digits = 0) => format.number(value, { maximumFractionDigits: digits });
  // Each hub and land-use name once; the cards point at them.
  const names: string[] = [];
  const nameIndex = (name: string) => {
    const found = names.indexOf(name);
    return found === -1 ? names.push(name) - 1 : found;
  };
  const hubName = new Map(hubs.map((hub) => [hub.id, hub.name]));

  const cards: ResultCard[] = result.items.map((parcel) => {
    return [
      parcel.code,
      parcelStatusSlugs.indexOf(parcel.status),
      nameIndex(hubName.get(parcel.hubId) ?? ""),
      nameIndex(tp(`landUse.${parcel.landUse}`)),
      parcel.isSample ? 1 : 0,
      [
        n(parcel.areaM2 / M2_PER_HECTARE, 2),
        n(parcel.areaM2),
        n(parcel.rentUsdPerM2, 2),
        rentBasisSlugs.indexOf(parcel.rentBasis),
        n(parcel.powerKva),
        n(parcel.waterM3PerDay),
      ],
      format.dateTime(new Date(parcel.lastVerifiedOn), { dateStyle: "medium", timeZone: "UTC" }),
    ];
  });
  const texts: ResultTexts = {
    names,
    statuses: parcelStatusSlugs.map((status) => [status, tp(`status.${status}`)]),
    terms: [tf("area"), tf("rent"), tf("power"), tf("water")],
    area: `${tp("units.ha", { value: "{ha}" })} (${tp("units.m2", { value: "{m2}" })})`,
    rent: rentBasisSlugs.map((basis) => tp("units.rent", { value: "{value}", basis: tp(`rentBasis.${basis}`) })),
    power: tp("units.kva", { value: "{value}" }),
    water: tp("units.m3PerDay", { value: "{value}" }),
    verified: t("verified", { date: "{date}" }),
    sample: tp("sample"),
    compare: [
      [t("addToCompare"), t("addToCompareLabel", { code: "{code}" })],
      [t("removeFromCompare"), t("removeFromCompareLabel", { code: "{code}" })],
    ],
    compareFull: t("compareFull", { max: MAX_COMPARE }),
    compared: search.compare,
    compareMax: MAX_COMPARE,
    searchPath: landUrl(locale, search, { compare: [] }),
    detailPath: localePath(locale, "/land/"),
  };

  return <ResultCards cards={cards} texts={texts} />;
}
