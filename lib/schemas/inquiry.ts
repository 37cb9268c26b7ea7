import { z } from "zod";
import { type CountryCode, isCountryCode } from "../countries";
import { parseLocaleNumber } from "../numbers";
import { cleanText } from "./parcel-search";

// This schema also checks the form in the browser, where the Content-Security-
// Policy refuses eval: zod must not probe for it (docs/decisions/012).
z.config({ jitless: true });

export const capitalRanges = {
  "under-10m": "UNDER_10M",
  "10m-50m": "FROM_10M_TO_50M",
  "50m-200m": "FROM_50M_TO_200M",
  "over-200m": "OVER_200M",
} as const;
export type CapitalRangeSlug = keyof typeof capitalRanges;

export const timelines = ["within-6-months", "within-12-months", "within-24-months", "later"] as const;

/**
 * Error messages are keys of "Inquiry.errors" in messages/<locale>.json, so
 * the form shows them in the investor's language.
 */
const text = (max: number) =>
  z
    .string({ error: "required" })
    .transform(cleanMultiline)
    .pipe(z.string().min(1, { error: "required" }).max(max, { error: "tooLong" }));
const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined ? undefined : cleanMultiline(value) || undefined))
    .pipe(z.string().max(max, { error: "tooLong" }).optional());
/**
 * An optional number typed in the page's language ("1,5" in Vietnamese);
 * empty or blank means "not given". Signs, exponents and hexadecimal are not
 * numbers (lib/numbers.ts).
 */
const typedNumber = (locale: string, error: InquiryErrorKey, accept: (value: number) => boolean) =>
  z
    .string({ error })
    .optional()
    .transform((value, context) => {
      const parsed = value === undefined ? undefined : parseLocaleNumber(value, locale);
      if (parsed === undefined) return undefined;
      if (parsed === null || !accept(parsed)) {
        context.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return parsed;
    });

/** Trimmed, NFC-normalized text; line breaks kept, other control characters removed. */
export function cleanMultiline(value: string): string {
  return value
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map(cleanText)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The inquiry form as typed on the page of `locale`, validated on the server
 * (and offered to the browser, which checks with the same schema).
 */
export function inquirySchemaFor(locale: string) {
  let schema = schemas.get(locale);
  if (!schema) {
    schema = buildInquirySchema(locale);
    schemas.set(locale, schema);
  }
  return schema;
}

const buildInquirySchema = (locale: string) =>
  z.object({
    fullName: text(120),
    organisation: text(200),
    position: optionalText(120),
    country: z
      .string({ error: "country" })
      .trim()
      .toUpperCase()
      .refine(isCountryCode, { error: "country" })
      .transform((code) => code as CountryCode),
    email: z
      .string({ error: "required" })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "email" }).max(254, { error: "tooLong" })),
    phone: optionalText(30).pipe(
      z
        .string()
        .regex(/^\+[1-9][0-9 ().-]{6,24}$/, { error: "phone" })
        .optional(),
    ),
    sector: z.string({ error: "required" }).regex(/^[a-z0-9-]{1,60}$/, { error: "required" }),
    hub: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(
        z
          .string()
          .regex(/^[a-z0-9-]{1,60}$/, { error: "invalid" })
          .optional(),
      ),
    parcels: z
      .string({ error: "parcels" })
      .optional()
      .transform((value) => [
        ...new Set(
          (value ?? "")
            .toUpperCase()
            .split(/[\s,;]+/)
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().regex(/^[A-Z0-9-]{1,20}$/, { error: "parcels" })).max(10, { error: "parcels" })),
    capitalRange: z.enum(Object.keys(capitalRanges) as [CapitalRangeSlug, ...CapitalRangeSlug[]], {
      error: "required",
    }),
    landArea: typedNumber(locale, "number", (value) => value > 0 && value <= 10_000_000),
    landAreaUnit: z.enum(["m2", "ha"], { error: "invalid" }).default("ha"),
    expectedJobs: typedNumber(locale, "count", (value) => Number.isInteger(value) && value <= 1_000_000),
    timeline: z.enum(timelines, { error: "required" }),
    message: text(5_000),
    consentProcessing: z.literal("on", { error: "consent" }),
    consentNewsletter: z
      .literal("on")
      .optional()
      .transform((value) => value === "on"),
  });

const schemas = new Map<string, ReturnType<typeof buildInquirySchema>>();

export type InquiryInput = z.infer<ReturnType<typeof inquirySchemaFor>>;
/** Every error the schema reports: keys of "Inquiry.errors" in the messages. */
export const inquiryErrorKeys = [
  "required",
  "tooLong",
  "email",
  "phone",
  "country",
  "number",
  "count",
  "parcels",
  "parcelsUnknown",
  "consent",
  "invalid",
] as const;
export type InquiryErrorKey = (typeof inquiryErrorKeys)[number];

export type InquiryFieldErrors = Partial<Record<string, InquiryErrorKey>>;

/** The first error of each field, as message keys (the same on server and client). */
export function inquiryFieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]): InquiryFieldErrors {
  const errors: InquiryFieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message as InquiryErrorKey;
  }
  return errors;
}
