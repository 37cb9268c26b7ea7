import { diffArrays, diffLines, diffWords } from "diff";
import { POST_TEXT_FIELDS, type PostDoc, type PostText, postLocales } from "./schema";

// What changed between two revisions of a post, field by field, for the
// back office's revision page: short texts word by word, the Markdown body
// line by line (a paragraph rewritten reads as one block removed and one
// added), lists item by item, other values as the old one and the new one.
// Unchanged fields are left out.

export type DiffPart = { value: string; added?: boolean; removed?: boolean };

export type FieldChange = {
  /** The field's name in the form, e.g. "title" (with `locale`) or "sectors". */
  field: string;
  /** The language of a text field; null for a shared field. */
  locale: string | null;
  mode: "words" | "lines" | "list" | "value";
  parts: DiffPart[];
};

/** The shared fields, in the order the form shows them. */
export const SHARED_DIFF_FIELDS = [
  "kind",
  "coverImageId",
  "eventStartsAt",
  "eventEndsAt",
  "registrationUrl",
  "agreementDate",
  "relatedContent",
  "sectors",
  "hubs",
  "parcels",
] as const;
type SharedField = (typeof SHARED_DIFF_FIELDS)[number];

const EMPTY_TEXT: PostText = Object.fromEntries(POST_TEXT_FIELDS.map((field) => [field, ""])) as PostText;

const plain = (parts: { value: string; added?: boolean; removed?: boolean }[]): DiffPart[] =>
  parts
    .filter((part) => part.value !== "")
    .map((part) =>
      part.added
        ? { value: part.value, added: true }
        : part.removed
          ? { value: part.value, removed: true }
          : { value: part.value },
    );

/** Two texts compared: the body by lines, any other text by words. */
export function diffText(before: string, after: string, mode: "words" | "lines"): DiffPart[] {
  if (mode === "lines") {
    // A body without a final line break would show its last line as changed when one is added.
    const end = (text: string) => (text === "" || text.endsWith("\n") ? text : `${text}\n`);
    return plain(diffLines(end(before), end(after)));
  }
  return plain(diffWords(before, after));
}

function sharedValue(doc: PostDoc | null, field: SharedField): string | string[] {
  if (!doc) return field === "sectors" || field === "hubs" || field === "parcels" ? [] : "";
  const value = doc[field];
  return Array.isArray(value) ? value : (value ?? "");
}

/** Every field that differs between `before` (null: the post's first revision) and `after`. */
export function diffPostDocs(before: PostDoc | null, after: PostDoc): FieldChange[] {
  const changes: FieldChange[] = [];
  const locales = [...postLocales(), ...Object.keys(after.texts).filter((locale) => !postLocales().includes(locale))];
  for (const field of SHARED_DIFF_FIELDS.slice(0, 1)) pushShared(changes, before, after, field);
  for (const locale of locales) {
    const old = before?.texts[locale] ?? EMPTY_TEXT;
    const now = after.texts[locale] ?? EMPTY_TEXT;
    for (const field of POST_TEXT_FIELDS) {
      const a = old[field] ?? "";
      const b = now[field] ?? "";
      if (a === b) continue;
      const mode = field === "body" ? "lines" : "words";
      changes.push({ field, locale, mode, parts: diffText(a, b, mode) });
    }
  }
  for (const field of SHARED_DIFF_FIELDS.slice(1)) pushShared(changes, before, after, field);
  return changes;
}

function pushShared(changes: FieldChange[], before: PostDoc | null, after: PostDoc, field: SharedField) {
  const a = sharedValue(before, field);
  const b = sharedValue(after, field);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.join("\n") === b.join("\n")) return;
    const parts = diffArrays(a, b).flatMap((part) =>
      part.value.map((value) =>
        part.added ? { value, added: true } : part.removed ? { value, removed: true } : { value },
      ),
    );
    changes.push({ field, locale: null, mode: "list", parts });
    return;
  }
  if (a === b) return;
  const parts: DiffPart[] = [];
  if (a) parts.push({ value: String(a), removed: true });
  if (b) parts.push({ value: String(b), added: true });
  changes.push({ field, locale: null, mode: "value", parts });
}
