import { z } from "zod";
import { formCheckbox, formEmail, formLine } from "../schemas/form-fields";
import {
  CONTENT_KINDS,
  CONTENT_LOCALES,
  type ContentKind,
  type DocOf,
  type FieldSpec,
  KEY_MAX,
  KEY_PATTERN,
} from "./kinds";

// The shared schema of every content kind, built from its fields
// (lib/content/kinds.ts): what the back office's form posts, as flat names
// (`name.vi`, `name.en`, `distanceKm`), becomes the stored document. Error
// messages are keys of "Admin.errors".

/** The form name of a field, per language for a localized one. */
export function fieldNames(field: FieldSpec): string[] {
  return isLocalized(field) ? CONTENT_LOCALES.map((locale) => `${field.name}.${locale}`) : [field.name];
}

export function isLocalized(field: FieldSpec): boolean {
  return (field.type === "text" || field.type === "textarea") && "localized" in field && field.localized === true;
}

const optionalText = (max: number, multiline: boolean) =>
  z
    .string()
    .optional()
    .transform((value) => normalizeText(value ?? "", multiline))
    .pipe(
      z
        .string()
        .max(max, { error: "tooLong" })
        .refine((value) => !/\p{Cc}/u.test(value.replaceAll("\n", "")), { error: "invalid" }),
    );

const requiredText = (max: number, multiline: boolean) =>
  multiline ? optionalText(max, true).pipe(z.string().min(1, { error: "required" })) : formLine(max);

function normalizeText(value: string, multiline: boolean): string {
  const nfc = value.normalize("NFC").replace(/\r\n?/g, "\n");
  if (!multiline) return nfc.replace(/\s+/g, " ").trim();
  // Lines keep their breaks; more than one blank line is one paragraph break.
  return nfc
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function numberField(field: Extract<FieldSpec, { type: "number" }>) {
  const decimals = field.decimals ?? 0;
  const pattern = decimals > 0 ? new RegExp(`^\\d{1,7}(?:[.,]\\d{1,${decimals}})?$`) : /^\d{1,7}$/;
  const value = z
    .string()
    .trim()
    .regex(pattern, { error: decimals > 0 ? "decimalNumber" : "wholeNumber" })
    .transform((text) => Number(text.replace(",", ".")))
    .pipe(z.number().min(field.min, { error: "outOfRange" }).max(field.max, { error: "outOfRange" }));
  return field.required
    ? z.preprocess(blankToUndefined, z.string({ error: "required" }).pipe(value))
    : z.preprocess(blankToUndefined, value.optional()).transform((n) => n ?? null);
}

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
    },
    { error: "date" },
  );

const keyRef = z.string().trim().max(KEY_MAX, { error: "invalid" }).regex(KEY_PATTERN, { error: "invalid" });

const httpUrl = z
  .string()
  .trim()
  .max(500, { error: "tooLong" })
  .pipe(z.url({ protocol: /^https?$/, error: "url" }));

const fileId = z
  .string()
  .trim()
  .pipe(z.uuid({ error: "invalid" }));

const required = (schema: z.ZodType) =>
  z
    .preprocess(blankToUndefined, schema.optional())
    .pipe(z.unknown().refine((v) => v !== undefined, { error: "required" }));
const optional = (schema: z.ZodType) => z.preprocess(blankToUndefined, schema.optional()).transform((v) => v ?? null);

/** The zod schema of one posted field (per language for a localized text). */
function fieldSchemas(field: FieldSpec): Record<string, z.ZodType> {
  switch (field.type) {
    case "text":
    case "textarea": {
      const max = field.max ?? (field.type === "text" ? 200 : 4000);
      const multiline = field.type === "textarea";
      if (isLocalized(field)) {
        return {
          [`${field.name}.vi`]: field.required ? requiredText(max, multiline) : optionalText(max, multiline),
          [`${field.name}.en`]: optionalText(max, multiline),
        };
      }
      return { [field.name]: field.required ? requiredText(max, multiline) : optionalText(max, multiline) };
    }
    case "email":
      return { [field.name]: field.required ? formEmail : optional(formEmail) };
    case "url":
      return { [field.name]: field.required ? required(httpUrl) : optional(httpUrl) };
    case "number":
      return { [field.name]: numberField(field) };
    case "date":
      return { [field.name]: field.required ? required(isoDate) : optional(isoDate) };
    case "select": {
      const choice = z.enum(field.options as [string, ...string[]], { error: "invalid" });
      return { [field.name]: field.required ? required(choice) : optional(choice) };
    }
    case "checkbox":
      return { [field.name]: formCheckbox };
    case "ref":
      if ("multiple" in field && field.multiple) {
        return {
          [field.name]: z
            .union([z.string(), z.array(z.string())])
            .optional()
            .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
            .pipe(z.array(keyRef).max(50, { error: "invalid" }))
            .transform((keys) => [...new Set(keys.filter(Boolean))]),
        };
      }
      return { [field.name]: field.required ? required(keyRef) : optional(keyRef) };
    case "file":
      return { [field.name]: field.required ? required(fileId) : optional(fileId) };
  }
}

/** Turns the parsed flat fields into the stored document (`name.vi` → `name: { vi }`). */
function nest(kind: ContentKind, flat: Record<string, unknown>): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const field of CONTENT_KINDS[kind].fields as readonly FieldSpec[]) {
    doc[field.name] = isLocalized(field)
      ? Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, flat[`${field.name}.${locale}`] ?? ""]))
      : flat[field.name];
  }
  return doc;
}

const schemas = new Map<ContentKind, z.ZodType>();

/** The schema of a kind's document as the back office's form posts it. */
export function contentDocSchema<K extends ContentKind>(kind: K): z.ZodType<DocOf<K>> {
  let schema = schemas.get(kind);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const field of CONTENT_KINDS[kind].fields as readonly FieldSpec[]) Object.assign(shape, fieldSchemas(field));
    schema = z.object(shape).transform((flat) => nest(kind, flat));
    schemas.set(kind, schema);
  }
  return schema as z.ZodType<DocOf<K>>;
}

/** The fields around a document on every content form. */
export const contentEntryFieldsSchema = z.object({
  /** Only when creating: the entry's key (slug). */
  key: z.preprocess(
    blankToUndefined,
    z.string().trim().max(KEY_MAX, { error: "tooLong" }).regex(KEY_PATTERN, { error: "contentKey" }).optional(),
  ),
  sortOrder: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{1,4}$/, { error: "wholeNumber" })
        .optional(),
    )
    .transform((value) => (value === undefined ? 0 : Number(value))),
  /** The version the form was read at (absent when creating). */
  version: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d{1,9}$/, { error: "invalid" })
        .optional(),
    )
    .transform((value) => (value === undefined ? undefined : Number(value))),
  intent: z.enum(["draft", "publish"], { error: "invalid" }).default("draft"),
});

/**
 * A stored document with every field of its kind present: a field added to
 * a kind after the document was saved reads as empty, never as undefined.
 */
export function completeDoc<K extends ContentKind>(kind: K, raw: unknown): DocOf<K> {
  const source = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const doc: Record<string, unknown> = {};
  for (const field of CONTENT_KINDS[kind].fields as readonly FieldSpec[]) {
    const value = source[field.name];
    if (isLocalized(field)) {
      const localized = (value ?? {}) as Record<string, unknown>;
      doc[field.name] = Object.fromEntries(
        CONTENT_LOCALES.map((locale) => [locale, typeof localized[locale] === "string" ? localized[locale] : ""]),
      );
    } else if (field.type === "checkbox") doc[field.name] = value === true;
    else if (field.type === "ref" && "multiple" in field && field.multiple)
      doc[field.name] = Array.isArray(value) ? value : [];
    else if (field.type === "text" || field.type === "textarea")
      doc[field.name] = typeof value === "string" ? value : "";
    else doc[field.name] = value ?? null;
  }
  return doc as DocOf<K>;
}

/** A document as the form's field values (for editing it, or echoing it back). */
export function docToFormValues(
  kind: ContentKind,
  doc: Record<string, unknown>,
  locale: string,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of CONTENT_KINDS[kind].fields as readonly FieldSpec[]) {
    const value = doc[field.name];
    if (isLocalized(field)) {
      for (const lang of CONTENT_LOCALES)
        values[`${field.name}.${lang}`] = String((value as Record<string, string>)?.[lang] ?? "");
    } else if (field.type === "checkbox") {
      if (value === true) values[field.name] = "on";
    } else if (Array.isArray(value)) values[field.name] = value.join(",");
    else if (typeof value === "number")
      values[field.name] = locale === "vi" ? String(value).replace(".", ",") : String(value);
    else if (value !== null && value !== undefined) values[field.name] = String(value);
  }
  return values;
}

/** Every ref of a document, as `[field, kind, key]`: checked to exist (published) before publishing. */
export function refsOf(kind: ContentKind, doc: Record<string, unknown>): [string, ContentKind, string][] {
  const refs: [string, ContentKind, string][] = [];
  for (const field of CONTENT_KINDS[kind].fields as readonly FieldSpec[]) {
    if (field.type !== "ref") continue;
    const value = doc[field.name];
    const keys = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
    for (const key of keys) refs.push([field.name, field.kind as ContentKind, key]);
  }
  return refs;
}
