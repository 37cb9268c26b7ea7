import { z } from "zod";
import { canonicalNumber, parseLocaleNumber } from "../numbers";

// The estimator's GET query (/incentives/estimate): the form's fields by
// their URL names. Numbers are typed as the page's language writes them
// ("1,5" in Vietnamese); the canonical URL writes them so that every language
// reads them the same (canonicalNumber). Error messages are keys of
// "Estimator.errors".

export const estimateFields = [
  "product",
  "parcel",
  "location",
  "capital",
  "employees",
  "revenueYear",
  "taxableYear",
  "income",
  "growth",
  "licence",
  "certificateYear",
  "minTax",
] as const;
export type EstimateField = (typeof estimateFields)[number];

export const estimateErrorKeys = [
  "required",
  "number",
  "year",
  "beforeRevenue",
  "tooLate",
  "date",
  "unknown",
  "locationOrParcel",
] as const;
export type EstimateErrorKey = (typeof estimateErrorKeys)[number];

/** The limits the form states in its hints. */
export const ESTIMATE_LIMITS = {
  firstYear: 2015,
  lastYear: 2060,
  /** Years between first revenue and first taxable income. */
  taxableDelay: 20,
  incomeMaxBn: 100_000,
  capitalMaxBn: 10_000_000,
  growthPct: 50,
  employeesMax: 1_000_000,
} as const;

export type EstimateQuery = {
  product: string;
  parcel?: string;
  location?: string;
  capitalBn?: number;
  employees?: number;
  firstRevenueYear: number;
  firstTaxableYear?: number;
  taxableIncomeBn: number;
  growthPct?: number;
  /** YYYY-MM-DD. */
  licenceDate: string;
  certificateYear?: number;
  minimumTaxGroup: boolean;
};

const key = z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "unknown" });
const parcelCode = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9-]{1,20}$/, { error: "unknown" }));
const year = z
  .string()
  .regex(/^\d{4}$/, { error: "year" })
  .transform(Number)
  .pipe(z.number().min(ESTIMATE_LIMITS.firstYear, { error: "year" }).max(ESTIMATE_LIMITS.lastYear, { error: "year" }));
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" })
  .refine(
    (value) => {
      const parsed = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
    },
    { error: "date" },
  )
  .refine((value) => value >= "2000-01-01" && value <= `${ESTIMATE_LIMITS.lastYear}-12-31`, { error: "date" });
/** A number as typed in the page's language, within [min, max] (whole if `whole`). */
const amount = (locale: string, min: number, max: number, whole = false) =>
  z.string().transform((value, context) => {
    const parsed = parseLocaleNumber(value, locale);
    if (typeof parsed !== "number" || parsed < min || parsed > max || (whole && !Number.isInteger(parsed))) {
      context.addIssue({ code: "custom", message: "number" });
      return z.NEVER;
    }
    return parsed;
  });

function fieldsFor(locale: string) {
  const L = ESTIMATE_LIMITS;
  return {
    product: key,
    parcel: parcelCode,
    location: key,
    capital: amount(locale, 0, L.capitalMaxBn),
    employees: amount(locale, 0, L.employeesMax, true),
    revenueYear: year,
    taxableYear: year,
    income: amount(locale, 0, L.incomeMaxBn),
    // A sign is allowed here only: growth may be negative.
    growth: z.string().transform((value, context) => {
      const negative = /^\s*[-−]/.test(value);
      const parsed = parseLocaleNumber(value.replace(/^\s*[-−]/, ""), locale);
      if (typeof parsed !== "number" || parsed > L.growthPct) {
        context.addIssue({ code: "custom", message: "number" });
        return z.NEVER;
      }
      return negative ? -parsed : parsed;
    }),
    licence: date,
    certificateYear: year,
  } as const;
}
const fieldsByLocale = new Map<string, ReturnType<typeof fieldsFor>>();

type Input = URLSearchParams | Record<string, string | string[] | undefined>;

function raw(input: Input, name: string): string | undefined {
  const value = input instanceof URLSearchParams ? (input.get(name) ?? undefined) : input[name];
  return Array.isArray(value) ? value[0] : value;
}

export type ParsedEstimateQuery = {
  /** The form was sent (it always sends `product`); a link with only a parcel or sector only fills the form in. */
  submitted: boolean;
  /** What was typed, to show back in the form. */
  values: Partial<Record<EstimateField | "sector", string>>;
  query: EstimateQuery | null;
  errors: Partial<Record<EstimateField, EstimateErrorKey>>;
};

/**
 * Reads the estimator's query as typed on the page of `locale`. Whether the
 * product, location type and parcel exist is for the caller to check (they
 * are data).
 */
export function parseEstimateQuery(input: Input, locale: string): ParsedEstimateQuery {
  let fields = fieldsByLocale.get(locale);
  if (!fields) {
    fields = fieldsFor(locale);
    fieldsByLocale.set(locale, fields);
  }
  const values: ParsedEstimateQuery["values"] = {};
  for (const name of [...estimateFields, "sector"] as const) {
    const value = raw(input, name)?.trim();
    if (value) values[name] = value.slice(0, 200);
  }
  const submitted = raw(input, "product") !== undefined;
  const errors: ParsedEstimateQuery["errors"] = {};
  type Fields = ReturnType<typeof fieldsFor>;
  const read = <K extends keyof Fields>(name: K, required = false): z.infer<Fields[K]> | undefined => {
    const value = values[name];
    if (value === undefined) {
      if (required) errors[name] = "required";
      return undefined;
    }
    const parsed = (fields as Fields)[name].safeParse(value);
    if (parsed.success) return parsed.data as z.infer<Fields[K]>;
    errors[name] = (parsed.error.issues[0]?.message as EstimateErrorKey) ?? "number";
    return undefined;
  };

  const product = read("product", true);
  const parcel = read("parcel");
  const location = read("location");
  if (!parcel && !location && !errors.parcel && !errors.location) errors.location = "locationOrParcel";
  const capitalBn = read("capital");
  const employees = read("employees");
  const firstRevenueYear = read("revenueYear", true);
  const firstTaxableYear = read("taxableYear");
  if (firstRevenueYear !== undefined && firstTaxableYear !== undefined) {
    if (firstTaxableYear < firstRevenueYear) errors.taxableYear = "beforeRevenue";
    else if (firstTaxableYear > firstRevenueYear + ESTIMATE_LIMITS.taxableDelay) errors.taxableYear = "tooLate";
  }
  const taxableIncomeBn = read("income", true);
  const growthPct = read("growth");
  const licenceDate = read("licence", true);
  const certificateYear = read("certificateYear");
  const minTax = values.minTax;
  if (minTax !== undefined && minTax !== "on") errors.minTax = "unknown";

  if (!submitted) return { submitted, values, query: null, errors: {} };
  if (
    Object.keys(errors).length > 0 ||
    product === undefined ||
    firstRevenueYear === undefined ||
    taxableIncomeBn === undefined ||
    licenceDate === undefined
  )
    return { submitted, values, query: null, errors };
  const query: EstimateQuery = {
    product,
    firstRevenueYear,
    taxableIncomeBn,
    licenceDate,
    minimumTaxGroup: minTax === "on",
  };
  // A parcel supplies the location type (and wins over one chosen as well).
  const optional = {
    parcel,
    location: parcel ? undefined : location,
    capitalBn,
    employees,
    firstTaxableYear,
    growthPct,
    certificateYear,
  };
  for (const [name, value] of Object.entries(optional))
    if (value !== undefined) Object.assign(query, { [name]: value });
  return { submitted, values, query, errors };
}

/** The canonical query string of an estimate: short, and read the same in every language. */
export function estimateQueryString(query: EstimateQuery): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined) params.set(name, typeof value === "number" ? canonicalNumber(value) : value);
  };
  set("product", query.product);
  set("parcel", query.parcel);
  set("location", query.location);
  set("capital", query.capitalBn);
  set("employees", query.employees);
  set("revenueYear", String(query.firstRevenueYear));
  if (query.firstTaxableYear !== undefined) set("taxableYear", String(query.firstTaxableYear));
  set("income", query.taxableIncomeBn);
  set("growth", query.growthPct);
  set("licence", query.licenceDate);
  if (query.certificateYear !== undefined) set("certificateYear", String(query.certificateYear));
  if (query.minimumTaxGroup) params.set("minTax", "on");
  return params.toString();
}
