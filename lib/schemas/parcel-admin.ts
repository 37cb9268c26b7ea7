import { z } from "zod";
import { routing } from "@/i18n/routing";
import { formatForInput } from "../numbers";
import { type ParcelFields, type ParcelTexts, parcelFormSchema, zoneToday } from "./parcel-record";
import { type ParcelSearch, parseParcelSearch, type SearchIssue, searchToQuery } from "./parcel-search";

// The back office's parcel list and form. The list reads the public
// catalogue's filters with the catalogue's own parser (every status by
// default, not only available parcels), plus its own: sample or real data,
// not verified for 90 days, and archived parcels.

/** A parcel not verified for this many days is flagged as stale. */
export const STALE_AFTER_DAYS = 90;

export type AdminParcelQuery = {
  search: ParcelSearch;
  issues: SearchIssue[];
  sample?: "sample" | "real";
  stale: boolean;
  archived: "exclude" | "only" | "include";
};

type Input = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();

/** The list's query: the catalogue's filters (status "all" unless asked) and the back office's own. */
export function parseAdminParcelQuery(input: Input, locale: string): AdminParcelQuery {
  const { search, issues } = parseParcelSearch({ ...input, status: first(input.status) || "all" }, { locale });
  const sample = first(input.sample);
  const archived = first(input.archived);
  return {
    search,
    issues,
    sample: sample === "sample" || sample === "real" ? sample : undefined,
    stale: first(input.stale) === "1",
    archived: archived === "only" || archived === "include" ? archived : "exclude",
  };
}

/** The list's query string for a page of the same list (defaults left out). */
export function adminParcelQueryString(query: AdminParcelQuery, page = query.search.page): string {
  const params = searchToQuery({ ...query.search, page, compare: [] });
  // The list's default is every status (the catalogue's is "available").
  params.delete("status");
  if (query.search.status !== "all") params.set("status", query.search.status);
  if (query.sample) params.set("sample", query.sample);
  if (query.stale) params.set("stale", "1");
  if (query.archived !== "exclude") params.set("archived", query.archived);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The first day that is not stale: a parcel last verified before it is flagged. */
export function staleBefore(now = new Date()): string {
  const today = new Date(`${zoneToday(now)}T00:00:00Z`);
  return new Date(today.getTime() - STALE_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
}

const formSchemas = new Map(routing.locales.map((locale) => [locale as string, parcelFormSchema(locale)]));
const viSchema = formSchemas.get(routing.defaultLocale) as ReturnType<typeof parcelFormSchema>;

/**
 * The parcel form as a back-office action reads it: with intent "preview",
 * only the boundary (drawn before saving, whatever the other fields hold);
 * otherwise every field through parcelFormSchema in the form's language
 * (numbers are typed as that language writes them). `parcel` is the code the
 * form was opened on (empty for a new parcel).
 */
export const parcelFormActionSchema = z
  .looseObject({
    locale: z.string().optional(),
    intent: z.string().optional(),
    parcel: z.string().optional(),
    geometry: z.string().optional(),
  })
  .transform((form, ctx) => {
    if (form.intent === "preview") return { intent: "preview" as const, geometry: form.geometry ?? "" };
    const parsed = (formSchemas.get(form.locale ?? "") ?? viSchema).safeParse(form);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { intent: "save" as const, parcel: form.parcel?.trim().toUpperCase() ?? "", ...parsed.data };
  });

/** A stored parcel as the form's values: numbers as `locale` writes them in a field, sectors joined by commas. */
export function parcelFormValues(
  fields: ParcelFields,
  texts: Partial<Record<string, ParcelTexts>>,
  locale: string,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    values[name] =
      typeof value === "number"
        ? formatForInput(value, locale)
        : Array.isArray(value)
          ? value.join(",")
          : typeof value === "boolean"
            ? value
              ? "on"
              : ""
            : value;
  }
  for (const language of routing.locales) {
    values[`description.${language}`] = texts[language]?.description ?? "";
    values[`notes.${language}`] = texts[language]?.notes ?? "";
  }
  return values;
}
