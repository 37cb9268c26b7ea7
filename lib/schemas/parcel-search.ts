import { z } from "zod";
import { canonicalNumber, parseLocaleNumber } from "../numbers";
import {
  type LandUseSlug,
  landUseSlugs,
  type ParcelSort,
  type ParcelStatusSlug,
  parcelSorts,
  parcelStatusSlugs,
} from "../parcels";

export const PAGE_SIZE = 20;
/**
 * How many matches of one search can be paged through (and are counted
 * exactly); a broader search asks to be narrowed, as site selection is.
 */
export const RESULT_WINDOW = 2_000;
/** Deepest page of the catalogue page. */
export const MAX_PAGE = RESULT_WINDOW / PAGE_SIZE;
export const MAX_QUERY_LENGTH = 100;
export const MAX_COMPARE = 4;
const INT_MAX = 2_147_483_647;

/** Every filter of the parcel catalogue, as read from a URL or API query string. */
export type ParcelSearch = {
  q?: string;
  hub?: string;
  use?: LandUseSlug;
  /** "all" lists every status. */
  status: ParcelStatusSlug | "all";
  /** Area bounds as typed, in `areaUnit`; `areaMinM2`/`areaMaxM2` are the same in m². */
  areaMin?: number;
  areaMax?: number;
  areaUnit: "m2" | "ha";
  areaMinM2?: number;
  areaMaxM2?: number;
  /** Highest rent in USD/m², for parcels quoted on `rentBasis`. */
  rentMax?: number;
  rentBasis: "term" | "annual";
  powerMin?: number;
  waterMin?: number;
  wastewaterMin?: number;
  sector?: string;
  sort: ParcelSort;
  page: number;
  /** Parcel codes picked for side-by-side comparison. */
  compare: string[];
};

export type SearchField = Exclude<keyof ParcelSearch, "areaMinM2" | "areaMaxM2">;
export type SearchIssue = {
  field: SearchField;
  /** invalid: value ignored; minAboveMax: range ignored; tooLong: text shortened; tooDeep: back to page 1. */
  code: "invalid" | "minAboveMax" | "tooLong" | "tooDeep";
};

/** A number as typed in the page's language ("1,5" on the Vietnamese page), from 0 to a billion. */
const amountIn = (locale: string) =>
  z
    .string()
    .transform((value) => parseLocaleNumber(value, locale))
    .pipe(z.number().nonnegative().max(1_000_000_000));
const slug = z.string().regex(/^[a-z0-9-]{1,60}$/);
const parcelCode = z.string().regex(/^[A-Z0-9-]{1,20}$/);

const fieldsIn = (locale: string) => ({
  hub: slug,
  sector: slug,
  use: z.enum(landUseSlugs),
  status: z.enum([...parcelStatusSlugs, "all"]),
  areaUnit: z.enum(["m2", "ha"]),
  rentBasis: z.enum(["term", "annual"]),
  sort: z.enum(parcelSorts),
  areaMin: amountIn(locale),
  areaMax: amountIn(locale),
  rentMax: amountIn(locale),
  powerMin: amountIn(locale),
  waterMin: amountIn(locale),
  wastewaterMin: amountIn(locale),
  page: z.coerce.number().int().min(1),
});
const fieldsByLocale = new Map<string, ReturnType<typeof fieldsIn>>();

type Input = URLSearchParams | Record<string, string | string[] | undefined>;

function readParam(input: Input, name: string): string | undefined {
  const raw = input instanceof URLSearchParams ? (input.get(name) ?? undefined) : input[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Removes control and format characters (including zero-width ones) and normalizes to NFC. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Parses a catalogue query. A bad value never fails the search: it is left out,
 * the rest of the search is kept, and an issue says what was ignored so the
 * page can explain it in the visitor's language. Numbers are read as `locale`
 * writes them (the page's language; the open-data API reads "1.5").
 */
export function parseParcelSearch(
  input: Input,
  options: { locale?: string } = {},
): { search: ParcelSearch; issues: SearchIssue[] } {
  const locale = options.locale ?? "en";
  let fields = fieldsByLocale.get(locale);
  if (!fields) {
    fields = fieldsIn(locale);
    fieldsByLocale.set(locale, fields);
  }
  const issues: SearchIssue[] = [];
  type Fields = ReturnType<typeof fieldsIn>;
  const read = <K extends keyof Fields>(name: K): z.infer<Fields[K]> | undefined => {
    const raw = readParam(input, name);
    if (raw === undefined) return undefined;
    const parsed = (fields as Fields)[name].safeParse(raw);
    if (parsed.success) return parsed.data as z.infer<Fields[K]>;
    issues.push({ field: name, code: "invalid" });
    return undefined;
  };

  const search: ParcelSearch = {
    status: read("status") ?? "available",
    areaUnit: read("areaUnit") ?? "m2",
    rentBasis: read("rentBasis") ?? "term",
    sort: read("sort") ?? "verified",
    page: read("page") ?? 1,
    compare: [],
  };

  const rawQuery = readParam(input, "q");
  if (rawQuery !== undefined) {
    let q = cleanText(rawQuery);
    if (q.length > MAX_QUERY_LENGTH) {
      q = q.slice(0, MAX_QUERY_LENGTH).trim();
      issues.push({ field: "q", code: "tooLong" });
    }
    if (q) search.q = q;
  }

  for (const name of ["hub", "sector", "use", "rentMax", "powerMin", "waterMin", "wastewaterMin"] as const) {
    const value = read(name);
    if (value !== undefined) Object.assign(search, { [name]: value });
  }

  const areaMin = read("areaMin");
  const areaMax = read("areaMax");
  if (areaMin !== undefined && areaMax !== undefined && areaMin > areaMax) {
    issues.push({ field: "areaMin", code: "minAboveMax" });
  } else {
    // In whole m² (areas are stored as integers: a minimum rounds up, a maximum
    // down, so the meaning is exact), bounded to what the column can hold.
    const inM2 = (value: number) => value * (search.areaUnit === "ha" ? 10_000 : 1);
    if (areaMin !== undefined)
      Object.assign(search, { areaMin, areaMinM2: Math.min(Math.ceil(inM2(areaMin)), INT_MAX) });
    if (areaMax !== undefined)
      Object.assign(search, { areaMax, areaMaxM2: Math.min(Math.floor(inM2(areaMax)), INT_MAX) });
  }

  if (search.page > MAX_PAGE) {
    issues.push({ field: "page", code: "tooDeep" });
    search.page = 1;
  }

  const rawCompare = readParam(input, "compare");
  if (rawCompare !== undefined) {
    const codes = [...new Set(rawCompare.toUpperCase().split(","))].map((c) => c.trim()).filter(Boolean);
    const valid = codes.filter((code) => parcelCode.safeParse(code).success);
    if (valid.length !== codes.length || valid.length > MAX_COMPARE) issues.push({ field: "compare", code: "invalid" });
    search.compare = valid.slice(0, MAX_COMPARE);
  }

  return { search, issues };
}

/**
 * The query string of a search, leaving out defaults, so URLs stay short and
 * shareable; numbers in a form every language reads the same (canonicalNumber).
 */
export function searchToQuery(search: ParcelSearch, overrides: Partial<ParcelSearch> = {}): URLSearchParams {
  const s = { ...search, ...overrides };
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined, fallback?: string | number) => {
    if (value !== undefined && value !== fallback) {
      params.set(name, typeof value === "number" ? canonicalNumber(value) : value);
    }
  };
  set("q", s.q);
  set("hub", s.hub);
  set("use", s.use);
  set("status", s.status, "available");
  set("areaMin", s.areaMin);
  set("areaMax", s.areaMax);
  if (s.areaMin !== undefined || s.areaMax !== undefined) set("areaUnit", s.areaUnit, "m2");
  set("rentMax", s.rentMax);
  if (s.rentMax !== undefined) set("rentBasis", s.rentBasis, "term");
  set("powerMin", s.powerMin);
  set("waterMin", s.waterMin);
  set("wastewaterMin", s.wastewaterMin);
  set("sector", s.sector);
  set("sort", s.sort, "verified");
  set("page", s.page, 1);
  if (s.compare.length > 0) params.set("compare", s.compare.join(","));
  return params;
}
