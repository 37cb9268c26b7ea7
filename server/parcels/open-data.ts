import "server-only";
import {
  dischargeStandards,
  landUses,
  locationTypes,
  M2_PER_HECTARE,
  parcelStatuses,
  rentBases,
  slugOf,
} from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import { localesFor, pickTranslation } from "@/lib/translations";
import { db } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { parcelWhereSql } from "./parcel-sql";
import { searchParcels } from "./search-parcels";

/**
 * The open-data record of a parcel. Field names and units are part of the
 * public API (docs/open-data.md): add fields, never rename or drop one.
 */
export type OpenParcel = {
  code: string;
  url: string;
  hub: string;
  hubName: string;
  landUse: string;
  status: string;
  areaM2: number;
  areaHa: number;
  rentUsdPerM2: number;
  rentBasis: string;
  managementFeeUsdPerM2PerYear: number;
  landUseTermEndYear: number;
  powerKva: number;
  substationKv: number;
  waterM3PerDay: number;
  wastewaterM3PerDay: number;
  dischargeStandard: string;
  maxBuildingCoveragePct: number;
  floorAreaRatio: number;
  heightLimitM: number;
  minGreenRatioPct: number;
  centroidLat: number;
  centroidLng: number;
  distanceSeaportKm: number;
  distanceTanSonNhatAirportKm: number;
  distanceLongThanhAirportKm: number;
  distanceExpresswayKm: number;
  distanceHcmcCentreKm: number;
  sectors: string[];
  lastVerifiedOn: string;
  isSample: boolean;
  description: string;
  /** Added later, so last: CSV columns keep their positions. */
  locationType: string;
  dischargeStandardVersion: number;
};

export const openParcelFields: (keyof OpenParcel)[] = [
  "code",
  "url",
  "hub",
  "hubName",
  "landUse",
  "status",
  "areaM2",
  "areaHa",
  "rentUsdPerM2",
  "rentBasis",
  "managementFeeUsdPerM2PerYear",
  "landUseTermEndYear",
  "powerKva",
  "substationKv",
  "waterM3PerDay",
  "wastewaterM3PerDay",
  "dischargeStandard",
  "maxBuildingCoveragePct",
  "floorAreaRatio",
  "heightLimitM",
  "minGreenRatioPct",
  "centroidLat",
  "centroidLng",
  "distanceSeaportKm",
  "distanceTanSonNhatAirportKm",
  "distanceLongThanhAirportKm",
  "distanceExpresswayKm",
  "distanceHcmcCentreKm",
  "sectors",
  "lastVerifiedOn",
  "isSample",
  "description",
  "locationType",
  "dischargeStandardVersion",
];

function include(locale: string) {
  const translations = { where: { locale: { in: localesFor(locale) } } };
  return {
    translations,
    hub: { select: { slug: true, translations } },
    sectors: { select: { sector: { select: { slug: true } } } },
  } satisfies Prisma.ParcelInclude;
}

type Row = Prisma.ParcelGetPayload<{ include: ReturnType<typeof include> }>;

function toOpenParcel(row: Row, locale: string): OpenParcel {
  return {
    code: row.code,
    url: `${env.SITE_URL}${localePath(locale, `/land/${row.code}`)}`,
    hub: row.hub.slug,
    hubName: pickTranslation(row.hub.translations, locale).name,
    landUse: slugOf(landUses, row.landUse),
    status: slugOf(parcelStatuses, row.status),
    areaM2: row.areaM2,
    areaHa: Math.round((row.areaM2 / M2_PER_HECTARE) * 10_000) / 10_000,
    rentUsdPerM2: row.rentUsdPerM2.toNumber(),
    rentBasis: slugOf(rentBases, row.rentBasis),
    managementFeeUsdPerM2PerYear: row.managementFeeUsdPerM2Year.toNumber(),
    landUseTermEndYear: row.landUseTermEndYear,
    powerKva: row.powerKva,
    substationKv: row.substationKv,
    waterM3PerDay: row.waterM3PerDay,
    wastewaterM3PerDay: row.wastewaterM3PerDay,
    dischargeStandard: slugOf(dischargeStandards, row.dischargeStandard),
    maxBuildingCoveragePct: row.maxCoveragePct,
    floorAreaRatio: row.floorAreaRatio.toNumber(),
    heightLimitM: row.heightLimitM,
    minGreenRatioPct: row.greenRatioPct,
    centroidLat: row.centroidLat,
    centroidLng: row.centroidLng,
    distanceSeaportKm: row.distanceSeaportKm.toNumber(),
    distanceTanSonNhatAirportKm: row.distanceTanSonNhatKm.toNumber(),
    distanceLongThanhAirportKm: row.distanceLongThanhKm.toNumber(),
    distanceExpresswayKm: row.distanceExpresswayKm.toNumber(),
    distanceHcmcCentreKm: row.distanceHcmcCentreKm.toNumber(),
    sectors: row.sectors.map((s) => s.sector.slug).sort(),
    lastVerifiedOn: row.lastVerifiedAt.toISOString().slice(0, 10),
    isSample: row.isSample,
    description: pickTranslation(row.translations, locale).description,
    locationType: slugOf(locationTypes, row.locationType),
    dischargeStandardVersion: row.dischargeStandardVersion,
  };
}

/** One page of open-data records for a search, in the search's order, with the search's counts. */
export async function listOpenParcels(search: ParcelSearch, options: { locale: string; pageSize: number }) {
  const result = await searchParcels(search, options.pageSize);
  const codes = result.items.map((item) => item.code);
  const rows = await db.parcel.findMany({ where: { code: { in: codes } }, include: include(options.locale) });
  const byCode = new Map(rows.map((row) => [row.code, toOpenParcel(row, options.locale)]));
  return { ...result, items: codes.flatMap((code) => byCode.get(code) ?? []) };
}

/**
 * Every record matching a search, by code, in batches: memory stays flat
 * however many parcels match (keyset pagination, no OFFSET).
 */
export async function* streamOpenParcels(search: ParcelSearch, options: { locale: string; batchSize?: number }) {
  const where = parcelWhereSql(search);
  const take = options.batchSize ?? 1_000;
  let after = "";
  for (;;) {
    const page = await db.$queryRaw<{ id: number; code: string }[]>`
      SELECT id, code FROM (SELECT p.id, p.code FROM "Parcel" p ${where}) AS matches
      WHERE code > ${after} ORDER BY code LIMIT ${take}`;
    if (page.length === 0) return;
    const rows = await db.parcel.findMany({
      where: { id: { in: page.map((row) => row.id) } },
      orderBy: { code: "asc" },
      include: include(options.locale),
    });
    yield rows.map((row) => toOpenParcel(row, options.locale));
    if (page.length < take) return;
    after = page.at(-1)?.code ?? after;
  }
}
