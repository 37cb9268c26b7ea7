import { z } from "zod";
import { parseLocaleNumber } from "../numbers";
import { type GeometryError, type ParcelPolygon, readBoundary } from "../parcel-geometry";
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
} from "../parcels";

// One parcel as staff write it: the back-office form and the import (CSV in
// the open-data export's own format, or GeoJSON features with the same
// properties) share these field names, which are the open-data record's
// (server/parcels/open-data.ts, docs/open-data.md), and these rules. Every
// value arrives as text; errors are message keys of `Admin.errors`.

export const PARCEL_CODE = /^[A-Z0-9-]{1,20}$/;
export const MAX_DESCRIPTION = 2_000;
export const MAX_NOTES = 2_000;
export const MAX_STATUS_REASON = 500;

/** The parcel's own fields, by their open-data names (units in the names). */
export type ParcelFields = {
  code: string;
  hub: string;
  landUse: LandUseSlug;
  locationType: LocationTypeSlug;
  status: ParcelStatusSlug;
  areaM2: number;
  rentUsdPerM2: number;
  rentBasis: RentBasisSlug;
  managementFeeUsdPerM2PerYear: number;
  landUseTermEndYear: number;
  powerKva: number;
  substationKv: number;
  waterM3PerDay: number;
  wastewaterM3PerDay: number;
  dischargeStandard: DischargeStandardSlug;
  dischargeStandardVersion: number;
  maxBuildingCoveragePct: number;
  floorAreaRatio: number;
  heightLimitM: number;
  minGreenRatioPct: number;
  distanceSeaportKm: number;
  distanceTanSonNhatAirportKm: number;
  distanceLongThanhAirportKm: number;
  distanceExpresswayKm: number;
  distanceHcmcCentreKm: number;
  /** Sector slugs, sorted, without repeats. */
  sectors: string[];
  /** YYYY-MM-DD */
  lastVerifiedOn: string;
  isSample: boolean;
};

export type ParcelFieldName = keyof ParcelFields;

/** The texts of one language. */
export type ParcelTexts = { description: string; notes?: string };

/** A parcel as written: fields, texts by locale (only the languages given), and the boundary when one is given. */
export type ParcelInput = {
  fields: ParcelFields;
  texts: Partial<Record<"vi" | "en", ParcelTexts>>;
  boundary?: { polygon: ParcelPolygon; centroid: { lat: number; lng: number } };
};

const enumOf = <T extends string>(values: readonly T[]) =>
  z.string().transform((text, ctx) => {
    const value = text.trim().toLowerCase() as T;
    if (values.includes(value)) return value;
    ctx.addIssue({ code: "custom", message: text.trim() ? "invalid" : "required" });
    return z.NEVER;
  });

/** A number as typed, in the given language's convention ("1,5" in Vietnamese; "1.5" is read too), within bounds. */
const numberIn = (locale: string, min: number, max: number, decimals: number) =>
  z.string().transform((text, ctx) => {
    const value = parseLocaleNumber(text, locale);
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: "required" });
      return z.NEVER;
    }
    if (value === null || value < min || value > max) {
      ctx.addIssue({ code: "custom", message: "numberRange" });
      return z.NEVER;
    }
    const factor = 10 ** decimals;
    if (Math.abs(Math.round(value * factor) - value * factor) > 1e-6) {
      ctx.addIssue({ code: "custom", message: decimals === 0 ? "wholeNumber" : "tooManyDecimals" });
      return z.NEVER;
    }
    return value;
  });

const sectorList = z.union([z.string(), z.array(z.string())]).transform((value, ctx) => {
  const items = (Array.isArray(value) ? value : value.split(/[,;]/))
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
  if (items.some((item) => !/^[a-z0-9-]{1,60}$/.test(item))) {
    ctx.addIssue({ code: "custom", message: "sectorUnknown" });
    return z.NEVER;
  }
  return [...new Set(items)].sort();
});

const day = z.string().transform((text, ctx) => {
  const value = text.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    ctx.addIssue({ code: "custom", message: value ? "dateInvalid" : "required" });
    return z.NEVER;
  }
  // A verification cannot be later than today in the zone (UTC+7).
  if (value > zoneToday()) {
    ctx.addIssue({ code: "custom", message: "dateInFuture" });
    return z.NEVER;
  }
  return value;
});

const yesNo = z.union([z.string(), z.array(z.string())]).transform((value, ctx) => {
  const text = (Array.isArray(value) ? value.at(-1) : value)?.trim().toLowerCase() ?? "";
  if (["true", "on", "1", "yes", "có"].includes(text)) return true;
  if (["false", "", "0", "no", "không"].includes(text)) return false;
  ctx.addIssue({ code: "custom", message: "invalid" });
  return z.NEVER;
});

/** Today's date in the zone (UTC+7, no summer time), YYYY-MM-DD. */
export function zoneToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The schema of a parcel's own fields, as text in `locale`'s number convention. */
export function parcelFieldsSchema(locale: string) {
  const km = numberIn(locale, 0, 9_999.9, 1);
  const count = (max: number) => numberIn(locale, 0, max, 0);
  return z.object({
    code: z
      .string()
      .transform((text) => text.trim().toUpperCase())
      .pipe(z.string().min(1, { error: "required" }).regex(PARCEL_CODE, { error: "parcelCode" })),
    hub: z
      .string()
      .transform((text) => text.trim().toLowerCase())
      .pipe(
        z
          .string()
          .min(1, { error: "required" })
          .regex(/^[a-z0-9-]{1,60}$/, { error: "hubUnknown" }),
      ),
    landUse: enumOf(Object.keys(landUses) as LandUseSlug[]),
    locationType: enumOf(Object.keys(locationTypes) as LocationTypeSlug[]),
    status: enumOf(Object.keys(parcelStatuses) as ParcelStatusSlug[]),
    areaM2: numberIn(locale, 1, 1_000_000_000, 0),
    rentUsdPerM2: numberIn(locale, 0, 99_999_999.99, 2),
    rentBasis: enumOf(Object.keys(rentBases) as RentBasisSlug[]),
    managementFeeUsdPerM2PerYear: numberIn(locale, 0, 9_999.99, 2),
    landUseTermEndYear: numberIn(locale, 2000, 2200, 0),
    powerKva: count(10_000_000),
    substationKv: count(1_000),
    waterM3PerDay: count(10_000_000),
    wastewaterM3PerDay: count(10_000_000),
    dischargeStandard: enumOf(Object.keys(dischargeStandards) as DischargeStandardSlug[]),
    dischargeStandardVersion: numberIn(locale, 1990, 2100, 0),
    maxBuildingCoveragePct: numberIn(locale, 0, 100, 0),
    floorAreaRatio: numberIn(locale, 0, 99.99, 2),
    heightLimitM: count(1_000),
    minGreenRatioPct: numberIn(locale, 0, 100, 0),
    distanceSeaportKm: km,
    distanceTanSonNhatAirportKm: km,
    distanceLongThanhAirportKm: km,
    distanceExpresswayKm: km,
    distanceHcmcCentreKm: km,
    sectors: sectorList.default([]),
    lastVerifiedOn: day,
    isSample: yesNo.default(false),
  }) satisfies z.ZodType<ParcelFields, unknown>;
}

export const parcelFieldNames = Object.keys(parcelFieldsSchema("en").shape) as ParcelFieldName[];

const description = z.string().trim().min(1, { error: "required" }).max(MAX_DESCRIPTION, { error: "tooLong" });
const notes = z.string().trim().max(MAX_NOTES, { error: "tooLong" }).default("");

/** A geometry error as the message key of the field. */
export const geometryErrorKey = (error: GeometryError) =>
  `geometry${error[0]?.toUpperCase()}${error.slice(1)}` as `geometry${Capitalize<GeometryError>}`;

/**
 * The back-office form: every field, both languages' texts, the boundary
 * (GeoJSON text, pasted or read from an uploaded file; required for a new
 * parcel, kept when left empty on an edit) and the version the form was
 * opened at. Numbers are typed in the form's language.
 */
export function parcelFormSchema(locale: string) {
  return parcelFieldsSchema(locale)
    .extend({
      "description.vi": description,
      "description.en": description,
      "notes.vi": notes,
      "notes.en": notes,
      geometry: z.string().max(400_000, { error: "geometryTooLarge" }).default(""),
      version: z.coerce.number().int().min(1).optional(),
    })
    .transform((form, ctx): ParcelInput & { version?: number } => {
      const { "description.vi": vi, "description.en": en, "notes.vi": notesVi, "notes.en": notesEn } = form;
      const { geometry, version, ...fields } = form;
      delete (fields as Record<string, unknown>)["description.vi"];
      delete (fields as Record<string, unknown>)["description.en"];
      delete (fields as Record<string, unknown>)["notes.vi"];
      delete (fields as Record<string, unknown>)["notes.en"];
      let boundary: ParcelInput["boundary"];
      if (geometry.trim()) {
        const read = readBoundary(geometry);
        if (!read.ok) {
          ctx.addIssue({ code: "custom", path: ["geometry"], message: geometryErrorKey(read.error) });
          return z.NEVER;
        }
        boundary = { polygon: read.polygon, centroid: read.centroid };
      }
      return {
        fields: fields as ParcelFields,
        texts: { vi: { description: vi, notes: notesVi }, en: { description: en, notes: notesEn } },
        boundary,
        version,
      };
    });
}

/** A status change: the new status and why (the reason is kept in the audit log). */
export const parcelStatusSchema = z.object({
  code: z.string().trim().toUpperCase().regex(PARCEL_CODE, { error: "notFound" }),
  version: z.coerce.number().int().min(1),
  status: enumOf(Object.keys(parcelStatuses) as ParcelStatusSlug[]),
  reason: z.string().trim().min(1, { error: "required" }).max(MAX_STATUS_REASON, { error: "tooLong" }),
});

/** "Verified today", archive and restore: the parcel and the version the page showed. */
export const parcelRefSchema = z.object({
  code: z.string().trim().toUpperCase().regex(PARCEL_CODE, { error: "notFound" }),
  version: z.coerce.number().int().min(1),
});
