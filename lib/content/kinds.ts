// The kinds of content officials keep current, each as a list of fields
// (docs/decisions/016-content-entries.md). One definition serves the back
// office's form (components/admin/content/), the shared zod schema
// (lib/content/schema.ts) and the public pages' typed documents (DocOf).
//
// A localized text field is stored as `{ vi, en }`: Vietnamese is required
// when the field is, English may be empty (the public page then shows the
// Vietnamese text, marked lang="vi", and the editor sees it is missing).

export const CONTENT_LOCALES = ["vi", "en"] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export type Localized = { vi: string; en: string };

export const CONFIDENCES = ["sourced", "secondary", "unverified"] as const;
export const LINK_STATUSES = ["open", "partly-open", "planned"] as const;
export const LINK_TYPES = ["seaport", "airport", "expressway", "ring-road", "city-centre"] as const;
export const CENTRE_STATUSES = ["operating", "partly-operating", "calling-for-investment", "planned"] as const;
export const DOCUMENT_TYPES = ["law", "resolution", "decree", "circular", "decision"] as const;
export const DOCUMENT_STATUSES = ["in-force", "not-yet-in-force", "replaced"] as const;

export type FieldSpec =
  | { name: string; type: "text" | "textarea"; localized?: boolean; required?: boolean; max?: number }
  | { name: string; type: "email" | "url"; required?: boolean }
  | { name: string; type: "number"; min: number; max: number; decimals?: number; required?: boolean }
  | { name: string; type: "date"; required?: boolean }
  | { name: string; type: "select"; options: readonly string[]; required?: boolean }
  | { name: string; type: "checkbox" }
  | { name: string; type: "ref"; kind: string; multiple?: boolean; required?: boolean }
  /** The id of a StoredFile (a PDF uploaded through /api/admin/files). */
  | { name: string; type: "file"; required?: boolean };

export type KindSpec = {
  readonly fields: readonly FieldSpec[];
  /** The field whose text names an entry in lists and in the audit log. */
  readonly titleField: string;
  /** One entry only, with a fixed key; it cannot be created or unpublished. */
  readonly singleton?: string;
  /** Published entries mirror into these tables (server/content/sync-content.ts). */
  readonly mirrored?: boolean;
};

const confidence = { name: "confidence", type: "select", options: CONFIDENCES, required: true } as const;
const basis = [
  { name: "documents", type: "ref", kind: "legal-document", multiple: true },
  { name: "articles", type: "text", localized: true, max: 300 },
] as const;

export const CONTENT_KINDS = {
  site: {
    singleton: "site",
    mirrored: true,
    titleField: "brandName",
    fields: [
      { name: "brandName", type: "text", localized: true, required: true, max: 120 },
      { name: "authorityName", type: "text", localized: true, required: true, max: 200 },
      { name: "address", type: "text", localized: true, required: true, max: 300 },
      { name: "tagline", type: "textarea", localized: true, required: true, max: 400 },
      { name: "zoneStatus", type: "textarea", localized: true, required: true, max: 1200 },
      { name: "zoneStatusAsOf", type: "date", required: true },
      { name: "email", type: "email", required: true },
      { name: "phone", type: "text", required: true, max: 40 },
      { name: "websiteUrl", type: "url" },
      { name: "contactsVerified", type: "checkbox" },
    ],
  },
  sector: {
    mirrored: true,
    titleField: "name",
    fields: [
      { name: "name", type: "text", localized: true, required: true, max: 120 },
      { name: "summary", type: "textarea", localized: true, required: true, max: 400 },
      /** What the area offers the sector: paragraphs separated by blank lines. */
      { name: "offer", type: "textarea", localized: true, required: true, max: 4000 },
    ],
  },
  hub: {
    mirrored: true,
    titleField: "name",
    fields: [
      { name: "name", type: "text", localized: true, required: true, max: 120 },
      /** Former and other names, kept searchable. */
      { name: "aliases", type: "text", localized: true, max: 400 },
      { name: "summary", type: "textarea", localized: true, required: true, max: 600 },
      { name: "description", type: "textarea", localized: true, max: 4000 },
      { name: "latitude", type: "number", min: 8, max: 24, decimals: 5, required: true },
      { name: "longitude", type: "number", min: 102, max: 110, decimals: 5, required: true },
      { name: "locationVerified", type: "checkbox" },
      { name: "source", type: "text", max: 300 },
    ],
  },
  commune: {
    titleField: "currentName",
    fields: [
      { name: "hub", type: "ref", kind: "hub", required: true },
      /** The former communes (comma-separated), names as they were before 1 Jul 2025. */
      { name: "formerNames", type: "text", required: true, max: 300 },
      { name: "formerDistrict", type: "text", max: 120 },
      { name: "currentName", type: "text", required: true, max: 120 },
      { name: "verified", type: "checkbox" },
      { name: "source", type: "text", max: 300 },
    ],
  },
  "transport-link": {
    titleField: "name",
    fields: [
      { name: "hub", type: "ref", kind: "hub", required: true },
      { name: "type", type: "select", options: LINK_TYPES, required: true },
      { name: "name", type: "text", localized: true, required: true, max: 160 },
      { name: "distanceKm", type: "number", min: 0, max: 500, decimals: 1, required: true },
      /** How the distance was measured (by road along…, straight line…). */
      { name: "measured", type: "text", localized: true, required: true, max: 300 },
      { name: "status", type: "select", options: LINK_STATUSES, required: true },
      { name: "asOf", type: "date", required: true },
      { name: "source", type: "text", required: true, max: 300 },
      /** Where the link is reached (the point drawn on the hub's map). */
      { name: "latitude", type: "number", min: 8, max: 24, decimals: 5, required: true },
      { name: "longitude", type: "number", min: 102, max: 110, decimals: 5, required: true },
      { name: "note", type: "textarea", localized: true, max: 1000 },
    ],
  },
  "logistics-centre": {
    titleField: "name",
    fields: [
      { name: "hub", type: "ref", kind: "hub", required: true },
      { name: "name", type: "text", localized: true, required: true, max: 160 },
      { name: "formerCommune", type: "text", max: 120 },
      { name: "currentCommune", type: "text", max: 120 },
      { name: "areaHa", type: "number", min: 0, max: 10000, decimals: 1 },
      { name: "status", type: "select", options: CENTRE_STATUSES, required: true },
      { name: "statusVerified", type: "checkbox" },
      { name: "asOf", type: "date", required: true },
      { name: "source", type: "text", required: true, max: 300 },
      { name: "note", type: "textarea", localized: true, max: 1000 },
    ],
  },
  "legal-document": {
    titleField: "number",
    fields: [
      { name: "number", type: "text", required: true, max: 60 },
      { name: "type", type: "select", options: DOCUMENT_TYPES, required: true },
      { name: "title", type: "text", localized: true, required: true, max: 400 },
      { name: "issuer", type: "text", localized: true, required: true, max: 200 },
      /** Empty when the issue date could not be confirmed (the page says so rather than guess). */
      { name: "issuedOn", type: "date" },
      { name: "effectiveOn", type: "date" },
      { name: "status", type: "select", options: DOCUMENT_STATUSES, required: true },
      { name: "file", type: "file" },
      { name: "sourceUrl", type: "url" },
      { name: "summary", type: "textarea", localized: true, max: 1500 },
    ],
  },
  incentive: {
    titleField: "title",
    fields: [
      { name: "title", type: "text", localized: true, required: true, max: 160 },
      { name: "summary", type: "textarea", localized: true, required: true, max: 800 },
      { name: "qualifies", type: "textarea", localized: true, required: true, max: 4000 },
      { name: "conditions", type: "textarea", localized: true, max: 4000 },
      ...basis,
      { name: "effectiveOn", type: "date" },
      { name: "lastReviewed", type: "date", required: true },
      confidence,
    ],
  },
  /** A corporate income tax incentive tier: rules as data (lib/incentives/). */
  "cit-tier": {
    titleField: "name",
    fields: [
      /** Versions of the same tier share a series (T10, T17, T-agri) and differ in dates. */
      { name: "series", type: "text", required: true, max: 20 },
      { name: "name", type: "text", localized: true, required: true, max: 160 },
      { name: "ratePct", type: "number", min: 0, max: 30, decimals: 1, required: true },
      /** Years at the preferential rate; empty means for the project's whole life. */
      { name: "rateYears", type: "number", min: 1, max: 99 },
      { name: "exemptYears", type: "number", min: 0, max: 10, required: true },
      { name: "reducedYears", type: "number", min: 0, max: 20, required: true },
      { name: "reductionPct", type: "number", min: 0, max: 100, required: true },
      { name: "effectiveFrom", type: "date", required: true },
      { name: "effectiveTo", type: "date" },
      { name: "who", type: "textarea", localized: true, required: true, max: 3000 },
      ...basis,
      confidence,
    ],
  },
  /** A product category the checker asks about, and the tier it typically gets. */
  product: {
    titleField: "name",
    fields: [
      { name: "sector", type: "ref", kind: "sector", required: true },
      { name: "name", type: "text", localized: true, required: true, max: 200 },
      /** Empty: the category gets no sector-based incentive. */
      { name: "tier", type: "ref", kind: "cit-tier" },
      { name: "conditions", type: "textarea", localized: true, max: 1500 },
      /** The incentive rests on a certificate (high-tech enterprise…): its years start when it is granted. */
      { name: "certificateBased", type: "checkbox" },
    ],
  },
  /** A location type (keys: industrial-park, economic-zone-area, high-tech-zone, none). */
  "location-type": {
    titleField: "name",
    fields: [
      { name: "name", type: "text", localized: true, required: true, max: 160 },
      /** The tier the location gives a project licensed today; empty: none. */
      { name: "tier", type: "ref", kind: "cit-tier" },
      /** For projects licensed before the law change: the holiday they keep (e.g. 2 + 4 in a park). */
      { name: "legacyExemptYears", type: "number", min: 0, max: 10 },
      { name: "legacyReducedYears", type: "number", min: 0, max: 20 },
      /** The reduction (percent of the tax) in those reduced years, e.g. 50. */
      { name: "legacyReductionPct", type: "number", min: 0, max: 100 },
      /** Whether land rent incentives can reach the investor (land leased from the State). */
      { name: "landFromState", type: "checkbox" },
      { name: "note", type: "textarea", localized: true, max: 1500 },
    ],
  },
  /** The general corporate income tax figures (one entry, key "cit"). */
  "tax-parameters": {
    singleton: "cit",
    titleField: "standardRatePct",
    fields: [
      { name: "standardRatePct", type: "number", min: 0, max: 50, decimals: 1, required: true },
      { name: "globalMinimumPct", type: "number", min: 0, max: 50, decimals: 1, required: true },
      /** Licences before this day keep what they were granted. */
      { name: "lawChangeDate", type: "date", required: true },
      /** With no taxable income in this many years from first revenue, the holiday starts the year after. */
      { name: "holidayDeferYears", type: "number", min: 1, max: 10, required: true },
      ...basis,
      { name: "lastReviewed", type: "date", required: true },
      confidence,
    ],
  },
  /** The procedure page's opening, its typical total time and the special procedure (key "procedure"). */
  "procedure-overview": {
    singleton: "procedure",
    titleField: "intro",
    fields: [
      { name: "intro", type: "textarea", localized: true, required: true, max: 2000 },
      { name: "typicalTime", type: "textarea", localized: true, required: true, max: 1500 },
      { name: "specialProcedure", type: "textarea", localized: true, required: true, max: 3000 },
      ...basis,
      { name: "lastReviewed", type: "date", required: true },
      confidence,
    ],
  },
  "procedure-step": {
    titleField: "title",
    fields: [
      /** As printed (0, 1, 2, 2′ …); the order is the entry's sort order. */
      { name: "label", type: "text", required: true, max: 8 },
      { name: "title", type: "text", localized: true, required: true, max: 200 },
      { name: "authority", type: "text", localized: true, required: true, max: 300 },
      { name: "timeLimit", type: "text", localized: true, required: true, max: 300 },
      /** The main documents to file, one per line ("documents" is the legal basis). */
      { name: "mainDocuments", type: "textarea", localized: true, max: 2000 },
      { name: "boardHelp", type: "textarea", localized: true, max: 1500 },
      { name: "appliesWhen", type: "textarea", localized: true, max: 1000 },
      ...basis,
      confidence,
    ],
  },
} as const satisfies Record<string, KindSpec>;

export type ContentKind = keyof typeof CONTENT_KINDS;
export const CONTENT_KIND_NAMES = Object.keys(CONTENT_KINDS) as ContentKind[];

export function isContentKind(value: string): value is ContentKind {
  return Object.hasOwn(CONTENT_KINDS, value);
}

export function kindSpec(kind: ContentKind): KindSpec {
  return CONTENT_KINDS[kind];
}

type ValueOf<F> = F extends { type: "text" | "textarea"; localized: true }
  ? Localized
  : F extends { type: "text" | "textarea" | "email" | "url" }
    ? F extends { required: true }
      ? string
      : string
    : F extends { type: "number" }
      ? F extends { required: true }
        ? number
        : number | null
      : F extends { type: "date" | "file" }
        ? F extends { required: true }
          ? string
          : string | null
        : F extends { type: "select"; options: readonly (infer O)[] }
          ? O
          : F extends { type: "checkbox" }
            ? boolean
            : F extends { type: "ref"; multiple: true }
              ? string[]
              : F extends { type: "ref" }
                ? F extends { required: true }
                  ? string
                  : string | null
                : never;

/** The stored document of a kind: each field by name, dates as YYYY-MM-DD, refs as keys. */
export type DocOf<K extends ContentKind> = {
  -readonly [F in (typeof CONTENT_KINDS)[K]["fields"][number] as F["name"]]: ValueOf<F>;
};

/** Keys are lower-case ASCII words joined by hyphens: they appear in URLs. */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KEY_MAX = 80;

/**
 * A localized text in one language, falling back to Vietnamese: `lang` says
 * which language the text is in, for the `lang` attribute.
 */
export function textIn(value: Localized | null | undefined, locale: string): { text: string; lang: ContentLocale } {
  const wanted = (value as Record<string, string> | null | undefined)?.[locale]?.trim();
  if (wanted) return { text: wanted, lang: locale as ContentLocale };
  return { text: value?.vi ?? "", lang: "vi" };
}

/** The localized fields of a document that have a Vietnamese text but no English one. */
export function missingTranslations(kind: ContentKind, doc: Record<string, unknown>): string[] {
  return CONTENT_KINDS[kind].fields
    .filter((field) => (field.type === "text" || field.type === "textarea") && "localized" in field && field.localized)
    .filter((field) => {
      const value = doc[field.name] as Localized | undefined;
      return Boolean(value?.vi?.trim()) && !value?.en?.trim();
    })
    .map((field) => field.name);
}
