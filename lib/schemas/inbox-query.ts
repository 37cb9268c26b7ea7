import { z } from "zod";
import { type CountryCode, isCountryCode } from "../countries";
import { INQUIRY_STATUSES, type InquiryStatusCode } from "../inquiry-workflow";
import { type CapitalRangeSlug, capitalRanges } from "./inquiry";

// The inbox's state is its URL (a GET form, links that set one filter):
// every parameter is parsed here, and a value that makes no sense is
// dropped rather than refused, so an edited or stale link still shows a
// list. The same parsing serves the page, its CSV export and the start
// page's links.

/** Statuses in the URL: lower case with dashes ("in-progress"), as people read and type them. */
export const statusSlug = (status: InquiryStatusCode) => status.toLowerCase().replaceAll("_", "-");
const statusBySlug = new Map<string, InquiryStatusCode>(INQUIRY_STATUSES.map((status) => [statusSlug(status), status]));

export const INBOX_SORTS = [
  "due-asc",
  "due-desc",
  "received-desc",
  "received-asc",
  "activity-desc",
  "activity-asc",
] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
/** The default: the inquiry whose answer is due first on top. */
export const DEFAULT_INBOX_SORT: InboxSort = "due-asc";

export const MAX_INBOX_QUERY_LENGTH = 100;
export const MAX_INBOX_PAGE = 10_000;

export type InboxQuery = {
  /** "open": every status still to be handled (the default); "all": every status; or the statuses listed. */
  status: "open" | "all" | readonly InquiryStatusCode[];
  /** A desk's id, or "none": inquiries no desk has been given (held ones). */
  desk?: number | "none";
  /** "me", "unassigned", or a member of staff's id. */
  assignee?: "me" | "unassigned" | number;
  sector?: string;
  hub?: string;
  country?: CountryCode;
  capital?: CapitalRangeSlug;
  /** Received on or after this day, on or before `to` (YYYY-MM-DD, office time). */
  from?: string;
  to?: string;
  overdue: boolean;
  /** Text to look for in the reference, name, organisation and e-mail (as typed). */
  q?: string;
  sort: InboxSort;
  page: number;
};

export type InboxFilterName = Exclude<keyof InboxQuery, "sort" | "page">;

const id = z.coerce.number().int().min(1).max(2_147_483_647);
const slug = z.string().regex(/^[a-z0-9-]{1,60}$/);
const day = z.iso.date();

/** `catch`: a value that does not parse is as if it were not there. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const statusSchema = z
  .array(z.string())
  .transform((values): InboxQuery["status"] => {
    const words = values.flatMap((value) => value.split(",")).map((word) => word.trim().toLowerCase());
    if (words.includes("all")) return "all";
    const picked = INQUIRY_STATUSES.filter((status) =>
      words.some((word) => statusBySlug.get(word.replaceAll("_", "-")) === status),
    );
    return picked.length > 0 ? picked : "open";
  })
  .catch("open");

const schema = z.object({
  status: statusSchema,
  desk: optional(z.union([z.literal("none"), id])),
  assignee: optional(z.union([z.literal("me"), z.literal("unassigned"), id])),
  sector: optional(slug),
  hub: optional(slug),
  country: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCountryCode)
      .transform((code) => code as CountryCode),
  ),
  capital: optional(z.enum(Object.keys(capitalRanges) as [CapitalRangeSlug, ...CapitalRangeSlug[]])),
  from: optional(day),
  to: optional(day),
  overdue: z
    .string()
    .optional()
    .transform((value) => value === "1" || value === "on" || value === "true")
    .catch(false),
  q: optional(
    z
      .string()
      .transform((value) => value.normalize("NFC").replace(/\p{C}/gu, " ").replace(/\s+/g, " ").trim())
      .transform((value) => value.slice(0, MAX_INBOX_QUERY_LENGTH).trim() || undefined),
  ),
  sort: z.enum(INBOX_SORTS).catch(DEFAULT_INBOX_SORT),
  page: z.coerce.number().int().min(1).max(MAX_INBOX_PAGE).catch(1),
});

type RawQuery = URLSearchParams | Record<string, string | readonly string[] | undefined>;

/**
 * The inbox query of a URL's search parameters (a URLSearchParams or Next's
 * `searchParams` object). Never throws: unknown statuses, ids that are not
 * numbers, impossible dates and unknown sorts are ignored, a reversed date
 * range is turned round, and empty fields mean "any".
 */
export function parseInboxQuery(raw: RawQuery): InboxQuery {
  const all = (name: string): string[] => {
    const value = raw instanceof URLSearchParams ? raw.getAll(name) : raw[name];
    if (value === undefined) return [];
    return (typeof value === "string" ? [value] : [...value]).filter((v) => v.trim() !== "");
  };
  const first = (name: string) => all(name)[0];
  const parsed = schema.parse({
    status: all("status"),
    desk: first("desk"),
    assignee: first("assignee"),
    sector: first("sector"),
    hub: first("hub"),
    country: first("country"),
    capital: first("capital"),
    from: first("from"),
    to: first("to"),
    overdue: first("overdue"),
    q: first("q"),
    sort: first("sort"),
    page: first("page"),
  });
  const query: InboxQuery = { status: parsed.status, overdue: parsed.overdue, sort: parsed.sort, page: parsed.page };
  for (const name of ["desk", "assignee", "sector", "hub", "country", "capital", "q"] as const) {
    if (parsed[name] !== undefined) Object.assign(query, { [name]: parsed[name] });
  }
  const [from, to] =
    parsed.from && parsed.to && parsed.from > parsed.to ? [parsed.to, parsed.from] : [parsed.from, parsed.to];
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** The default view: open inquiries in the person's scope, the one due first on top. */
export const DEFAULT_INBOX_QUERY: InboxQuery = { status: "open", overdue: false, sort: DEFAULT_INBOX_SORT, page: 1 };

/** The URL value of a status filter ("" for the default, open). */
export function statusParam(status: InboxQuery["status"]): string {
  if (status === "open") return "";
  if (status === "all") return "all";
  return status.map(statusSlug).join(",");
}

/**
 * The query string of an inbox query (only what differs from the default),
 * with `overrides` applied: for the page's links, its pages and the CSV export.
 * A filter set to undefined in `overrides` is removed.
 */
export function inboxQueryString(query: InboxQuery, overrides: Partial<InboxQuery> = {}): string {
  const merged: InboxQuery = { ...query, ...overrides };
  const params = new URLSearchParams();
  const status = statusParam(merged.status);
  if (status) params.set("status", status);
  for (const name of ["desk", "assignee", "sector", "hub", "country", "capital", "from", "to", "q"] as const) {
    const value = merged[name];
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  if (merged.overdue) params.set("overdue", "1");
  if (merged.sort !== DEFAULT_INBOX_SORT) params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Whether any filter (not the sort or page) differs from the default view. */
export function isFiltered(query: InboxQuery): boolean {
  return (
    query.status !== "open" ||
    query.overdue ||
    (["desk", "assignee", "sector", "hub", "country", "capital", "from", "to", "q"] as const).some(
      (name) => query[name] !== undefined,
    )
  );
}
