import "server-only";
import {
  type DischargeStandardSlug,
  dischargeStandards,
  type LandUseSlug,
  type LocationTypeSlug,
  landUses,
  locationTypes,
  type ParcelStatusSlug,
  parcelStatuses,
  type RentBasisSlug,
  rentBases,
  slugOf,
} from "@/lib/parcels";
import { localesFor, pickTranslation } from "@/lib/translations";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";

export type ParcelDetail = {
  code: string;
  hub: { slug: string; name: string; lang: string };
  landUse: LandUseSlug;
  /** Industrial park, economic-zone functional area, high-tech zone or none (the incentive rules' location). */
  locationType: LocationTypeSlug;
  status: ParcelStatusSlug;
  areaM2: number;
  rentUsdPerM2: number;
  rentBasis: RentBasisSlug;
  managementFeeUsdPerM2Year: number;
  landUseTermEndYear: number;
  powerKva: number;
  substationKv: number;
  waterM3PerDay: number;
  wastewaterM3PerDay: number;
  dischargeStandard: DischargeStandardSlug;
  /** The year of the QCVN 40 version the discharge is stated against (2025; older permits may cite 2011). */
  dischargeStandardVersion: number;
  maxCoveragePct: number;
  floorAreaRatio: number;
  heightLimitM: number;
  greenRatioPct: number;
  boundary: unknown;
  centroid: { lat: number; lng: number };
  distancesKm: { seaport: number; tanSonNhat: number; longThanh: number; expressway: number; hcmcCentre: number };
  sectors: { slug: string; name: string; lang: string }[];
  description: string;
  notes: string;
  /** Language of description and notes: the requested one, or Vietnamese as fallback. */
  lang: string;
  isSample: boolean;
  /** YYYY-MM-DD: plain data, so the record survives the data cache's serialization. */
  lastVerifiedOn: string;
};

function include(locale: string) {
  const translations = { where: { locale: { in: localesFor(locale) } } };
  return {
    translations,
    hub: { select: { slug: true, translations } },
    sectors: { include: { sector: { select: { slug: true, sortOrder: true, translations } } } },
  } as const;
}

type Row = NonNullable<Awaited<ReturnType<typeof findParcels>>>[number];

function findParcels(codes: string[], locale: string) {
  return db.parcel.findMany({ where: { code: { in: codes }, archivedAt: null }, include: include(locale) });
}

function toDetail(row: Row, locale: string): ParcelDetail {
  const text = pickTranslation(row.translations, locale);
  const hubText = pickTranslation(row.hub.translations, locale);
  return {
    code: row.code,
    hub: { slug: row.hub.slug, name: hubText.name, lang: hubText.locale },
    landUse: slugOf(landUses, row.landUse),
    locationType: slugOf(locationTypes, row.locationType),
    status: slugOf(parcelStatuses, row.status),
    areaM2: row.areaM2,
    rentUsdPerM2: row.rentUsdPerM2.toNumber(),
    rentBasis: slugOf(rentBases, row.rentBasis),
    managementFeeUsdPerM2Year: row.managementFeeUsdPerM2Year.toNumber(),
    landUseTermEndYear: row.landUseTermEndYear,
    powerKva: row.powerKva,
    substationKv: row.substationKv,
    waterM3PerDay: row.waterM3PerDay,
    wastewaterM3PerDay: row.wastewaterM3PerDay,
    dischargeStandard: slugOf(dischargeStandards, row.dischargeStandard),
    dischargeStandardVersion: row.dischargeStandardVersion,
    maxCoveragePct: row.maxCoveragePct,
    floorAreaRatio: row.floorAreaRatio.toNumber(),
    heightLimitM: row.heightLimitM,
    greenRatioPct: row.greenRatioPct,
    boundary: row.boundary,
    centroid: { lat: row.centroidLat, lng: row.centroidLng },
    distancesKm: {
      seaport: row.distanceSeaportKm.toNumber(),
      tanSonNhat: row.distanceTanSonNhatKm.toNumber(),
      longThanh: row.distanceLongThanhKm.toNumber(),
      expressway: row.distanceExpresswayKm.toNumber(),
      hcmcCentre: row.distanceHcmcCentreKm.toNumber(),
    },
    sectors: row.sectors
      .map(({ sector }) => ({ sector, text: pickTranslation(sector.translations, locale) }))
      .sort((a, b) => a.sector.sortOrder - b.sector.sortOrder)
      .map(({ sector, text }) => ({ slug: sector.slug, name: text.name, lang: text.locale })),
    description: text.description,
    notes: text.notes,
    lang: text.locale,
    isSample: row.isSample,
    lastVerifiedOn: row.lastVerifiedAt.toISOString().slice(0, 10),
  };
}

/** One parcel with everything its page shows, or null for an unknown code. */
export const getParcel = cachedQuery(
  "get-parcel",
  [cacheTags.parcels],
  async (code: string, locale: string): Promise<ParcelDetail | null> => {
    const [row] = await findParcels([code], locale);
    return row ? toDetail(row, locale) : null;
  },
);

/** Several parcels, in the order of `codes`; unknown codes are left out. */
export const getParcels = cachedQuery(
  "get-parcels",
  [cacheTags.parcels],
  async (codes: string[], locale: string): Promise<ParcelDetail[]> => {
    if (codes.length === 0) return [];
    const rows = await findParcels(codes, locale);
    const byCode = new Map(rows.map((row) => [row.code, toDetail(row, locale)]));
    return codes.flatMap((code) => byCode.get(code) ?? []);
  },
);
