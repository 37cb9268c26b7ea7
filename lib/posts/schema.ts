import { z } from "zod";
import { routing } from "@/i18n/routing";
import { foldForSearch } from "../search-text";
import { POST_KINDS, type PostKindCode } from "./workflow";

// A post's document: everything one revision holds (docs/decisions/018).
// The back office's form posts flat fields (`vi.title`, `en.body`, `kind`,
// `sectors`…); `postFormSchema` checks them and builds the document, which is
// stored as the revision and, once published, rendered into the public rows.
// Error messages are keys of "Admin.errors". Vietnamese (the default locale)
// is required; another language is all or nothing.

export const POST_TEXT_FIELDS = ["title", "slug", "summary", "body", "imageAlt", "place", "parties"] as const;
export type PostTextField = (typeof POST_TEXT_FIELDS)[number];
export type PostText = Record<PostTextField, string>;

export type PostDoc = {
  kind: PostKindCode;
  /** By locale; the default locale's is always there. */
  texts: Record<string, PostText>;
  coverImageId: string | null;
  /** ISO instants. */
  eventStartsAt: string | null;
  eventEndsAt: string | null;
  registrationUrl: string | null;
  /** YYYY-MM-DD. */
  agreementDate: string | null;
  /** "incentive:<key>" or "procedure-step:<key>": what a policy update changes. */
  relatedContent: string | null;
  /** Sector and hub slugs, parcel codes. */
  sectors: string[];
  hubs: string[];
  parcels: string[];
};

export const POST_LIMITS = {
  title: 200,
  slug: 120,
  summary: 600,
  body: 40_000,
  imageAlt: 300,
  place: 300,
  parties: 600,
} as const satisfies Record<PostTextField, number>;

/** The office's time zone: event times are typed and shown in it (UTC+7, no daylight saving). */
export const POST_TIME_ZONE = "Asia/Ho_Chi_Minh";
const OFFSET = "+07:00";

/** "2026-12-10T09:00" typed in a datetime-local box → an ISO instant. */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00${OFFSET}`);
  // A day or an hour that does not exist (30 February, 24:00) is refused rather than rolled over.
  return Number.isNaN(date.getTime()) || isoToLocalDateTime(date.toISOString()) !== value ? null : date.toISOString();
}

/** An ISO instant → what a datetime-local box shows, in the office's time zone. */
export function isoToLocalDateTime(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  return date.toISOString().slice(0, 16);
}

/** A slug from a title: accents folded, lower-case words joined by hyphens. */
export function slugify(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, POST_LIMITS.slug)
    .replace(/-+$/, "");
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARCEL_CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;
const CONTENT_REF = /^(incentive|procedure-step):[a-z0-9][a-z0-9-]{0,79}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A YYYY-MM-DD that names a day of the calendar (not 30 February). */
const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

const clean = (value: unknown) =>
  typeof value === "string" ? value.normalize("NFC").replace(/\r\n?/g, "\n").trim() : "";
const oneLine = (value: string) => value.replace(/\s+/g, " ");
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const list = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");

export type PostFormInput = { doc: PostDoc; version?: number };

/** Every locale's form fields, the default locale first. */
export const postLocales = (): readonly string[] => [
  routing.defaultLocale,
  ...routing.locales.filter((locale) => locale !== routing.defaultLocale),
];

/** The edit form: flat fields → a post document, every problem named by its field. */
export const postFormSchema = z.looseObject({}).transform((input, ctx): PostFormInput => {
  const fields = input as Record<string, unknown>;
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const kind = POST_KINDS.find((k) => k === fields.kind);
  if (!kind) issue("kind", "required");

  const texts: Record<string, PostText> = {};
  for (const locale of postLocales()) {
    const text = Object.fromEntries(
      POST_TEXT_FIELDS.map((field) => {
        const raw = clean(fields[`${locale}.${field}`]);
        return [field, field === "body" ? raw : oneLine(raw)];
      }),
    ) as PostText;
    const required = locale === routing.defaultLocale || Boolean(text.title || text.summary || text.body);
    if (!required) continue;
    if (!text.slug && text.title) text.slug = slugify(text.title);
    for (const field of POST_TEXT_FIELDS) {
      const name = `${locale}.${field}`;
      const value = text[field];
      if (value.length > POST_LIMITS[field]) issue(name, "tooLong");
      // The body keeps its tabs and line breaks; no field keeps other control characters (they are not even valid in the feeds' XML).
      else if (CONTROL.test(value)) issue(name, "invalid");
    }
    for (const field of ["title", "summary", "body"] as const)
      if (!text[field]) issue(`${locale}.${field}`, "required");
    // A title with nothing to make a slug of (only punctuation) needs one typed.
    if ((text.slug || text.title) && !SLUG.test(text.slug)) issue(`${locale}.slug`, "postSlug");
    texts[locale] = text;
  }

  const coverImageId = clean(fields.coverImageId) || null;
  if (coverImageId && !UUID.test(coverImageId)) issue("coverImageId", "invalid");
  if (coverImageId)
    for (const [locale, text] of Object.entries(texts)) if (!text.imageAlt) issue(`${locale}.imageAlt`, "postImageAlt");

  const at = (name: string) => {
    const raw = clean(fields[name]);
    if (!raw) return null;
    const iso = localDateTimeToIso(raw);
    if (!iso) issue(name, "dateTime");
    return iso;
  };
  let eventStartsAt: string | null = null;
  let eventEndsAt: string | null = null;
  let registrationUrl: string | null = null;
  let agreementDate: string | null = null;
  let relatedContent: string | null = null;
  if (kind === "EVENT") {
    eventStartsAt = at("eventStartsAt");
    eventEndsAt = at("eventEndsAt");
    if (!clean(fields.eventStartsAt)) issue("eventStartsAt", "required");
    if (eventStartsAt && eventEndsAt && eventEndsAt < eventStartsAt) issue("eventEndsAt", "postEndBeforeStart");
    for (const [locale, text] of Object.entries(texts)) if (!text.place) issue(`${locale}.place`, "required");
    const url = clean(fields.registrationUrl);
    if (url) {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (parsed?.protocol === "https:" && url.length <= 500) registrationUrl = parsed.toString();
      else issue("registrationUrl", "url");
    }
  }
  if (kind === "AGREEMENT") {
    const raw = clean(fields.agreementDate);
    if (!raw) issue("agreementDate", "required");
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || !isRealDate(raw)) issue("agreementDate", "date");
    else agreementDate = raw;
    for (const [locale, text] of Object.entries(texts)) if (!text.parties) issue(`${locale}.parties`, "required");
  }
  if (kind === "POLICY_UPDATE") {
    const raw = clean(fields.relatedContent);
    if (!raw) issue("relatedContent", "required");
    else if (!CONTENT_REF.test(raw)) issue("relatedContent", "invalid");
    else relatedContent = raw;
  }
  // Fields of other kinds are not kept.
  for (const text of Object.values(texts)) {
    if (kind !== "EVENT") text.place = "";
    if (kind !== "AGREEMENT") text.parties = "";
    if (!coverImageId) text.imageAlt = "";
  }

  const slugs = (name: string) => {
    const values = [...new Set(list(fields[name]).map(clean).filter(Boolean))];
    if (values.length > 50 || values.some((value) => !SLUG.test(value))) issue(name, "invalid");
    return values.sort();
  };
  const sectors = slugs("sectors");
  const hubs = slugs("hubs");
  const parcels = [
    ...new Set(
      clean(fields.parcels)
        .toUpperCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
  if (parcels.length > 50 || parcels.some((code) => !PARCEL_CODE.test(code))) issue("parcels", "postParcelCodes");

  const versionRaw = clean(fields.version);
  const version = versionRaw ? Number(versionRaw) : undefined;
  if (version !== undefined && !(Number.isInteger(version) && version > 0)) issue("version", "invalid");

  return {
    version,
    doc: {
      kind: kind ?? "NEWS",
      texts,
      coverImageId,
      eventStartsAt,
      eventEndsAt,
      registrationUrl,
      agreementDate,
      relatedContent,
      sectors,
      hubs,
      parcels: parcels.sort(),
    },
  };
});

/** A stored revision's document, read back (older revisions may lack newer fields). */
export function readPostDoc(content: unknown): PostDoc {
  const doc = (content ?? {}) as Partial<PostDoc>;
  return {
    kind: doc.kind ?? "NEWS",
    texts: doc.texts ?? {},
    coverImageId: doc.coverImageId ?? null,
    eventStartsAt: doc.eventStartsAt ?? null,
    eventEndsAt: doc.eventEndsAt ?? null,
    registrationUrl: doc.registrationUrl ?? null,
    agreementDate: doc.agreementDate ?? null,
    relatedContent: doc.relatedContent ?? null,
    sectors: doc.sectors ?? [],
    hubs: doc.hubs ?? [],
    parcels: doc.parcels ?? [],
  };
}

/** The form's fields for a document (the edit page fills its inputs from these). */
export function postDocToFormValues(doc: PostDoc): Record<string, string> {
  const values: Record<string, string> = {
    kind: doc.kind,
    coverImageId: doc.coverImageId ?? "",
    eventStartsAt: isoToLocalDateTime(doc.eventStartsAt),
    eventEndsAt: isoToLocalDateTime(doc.eventEndsAt),
    registrationUrl: doc.registrationUrl ?? "",
    agreementDate: doc.agreementDate ?? "",
    relatedContent: doc.relatedContent ?? "",
    sectors: doc.sectors.join(","),
    hubs: doc.hubs.join(","),
    parcels: doc.parcels.join(", "),
  };
  for (const [locale, text] of Object.entries(doc.texts))
    for (const field of POST_TEXT_FIELDS) values[`${locale}.${field}`] = text[field] ?? "";
  return values;
}

/** The transition form: which transition, the version read, a comment (a rejection needs one), a time (scheduling). */
export const postTransitionSchema = z
  .object({
    action: z.enum(["submit", "approve", "reject", "publish", "schedule", "unschedule", "archive"], {
      error: "invalid",
    }),
    version: z.coerce.number({ error: "invalid" }).int().positive({ error: "invalid" }),
    comment: z
      .string()
      .optional()
      .transform((value) => (value ?? "").normalize("NFC").trim())
      .pipe(z.string().max(2000, { error: "tooLong" })),
    scheduledFor: z.string().optional(),
  })
  .transform((input, ctx) => {
    let scheduledFor: string | null = null;
    if (input.action === "reject" && !input.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "postRejectComment" });
    if (input.action === "schedule") {
      const raw = (input.scheduledFor ?? "").trim();
      scheduledFor = raw ? localDateTimeToIso(raw) : null;
      if (!raw) ctx.addIssue({ code: "custom", path: ["scheduledFor"], message: "required" });
      else if (!scheduledFor) ctx.addIssue({ code: "custom", path: ["scheduledFor"], message: "dateTime" });
    }
    return { action: input.action, version: input.version, comment: input.comment, scheduledFor };
  });
export type PostTransitionInput = z.output<typeof postTransitionSchema>;
