import "server-only";
import { INQUIRY_STATUSES, type InquiryStatusCode, isOpen, OPEN_STATUSES } from "@/lib/inquiry-workflow";
import type { InboxQuery, InboxSort } from "@/lib/schemas/inbox-query";
import { type CapitalRangeSlug, capitalRanges } from "@/lib/schemas/inquiry";
import { foldForSearch } from "@/lib/search-text";
import { startOfOfficeDay } from "@/lib/working-days";
import type { StaffActor } from "../auth/session";
import { type InboxSqlFilter, type InboxSqlRow, inboxRows, inboxStatusCounts, inboxTotal } from "./inbox-sql";
import { readScopeOf } from "./inquiry-scope";

// The inbox: one page of the inquiries a member of staff may read that match
// the URL's filters, their number per status, and the same list in batches
// for the CSV export. Always within `readScopeOf(actor)`: a filter can only
// narrow the scope (an officer asking for another desk gets nothing), never
// widen it. The statements are in inbox-sql.ts.

export const INBOX_PAGE_SIZE = 50;
/**
 * A text search that matches more inquiries than this is counted no
 * further: counting every match of a word found in most inquiries would read
 * the whole table, and a search is for finding a few (narrow it instead).
 */
export const SEARCH_COUNT_CAP = 2_000;
const EXPORT_BATCH = 500;
/** From this far down the list, a page waits for the total (to be read from the nearer end). */
const DEEP_OFFSET = 1_000;
const REVERSED: Record<InboxSort, InboxSort> = {
  "due-asc": "due-desc",
  "due-desc": "due-asc",
  "received-desc": "received-asc",
  "received-asc": "received-desc",
  "activity-desc": "activity-asc",
  "activity-asc": "activity-desc",
};
const DAY_MS = 86_400_000;

export type InboxRow = {
  reference: string;
  receivedAt: Date;
  dueAt: Date | null;
  overdue: boolean;
  status: InquiryStatusCode;
  firstResponseAt: Date | null;
  deskId: number | null;
  deskName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  organisation: string;
  fullName: string;
  email: string;
  country: string;
  sectorName: string;
  hubName: string | null;
  capitalRange: CapitalRangeSlug;
  lastActivityAt: Date;
};

export type InboxResult = {
  rows: InboxRow[];
  /** Matches of the whole filter; more than SEARCH_COUNT_CAP when `capped`. */
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  /** Matches per status for the same filters but the status one: the links above the table. */
  counts: Record<InquiryStatusCode, number>;
  /** A text search matched more than SEARCH_COUNT_CAP inquiries: the counts are not given. */
  capped: boolean;
};

/** Statuses the filter asks for (before `overdue`, which keeps the open ones only). */
export function statusesOf(status: InboxQuery["status"]): readonly InquiryStatusCode[] {
  if (status === "open") return OPEN_STATUSES;
  if (status === "all") return INQUIRY_STATUSES;
  return status;
}

/** `%` and `_` in what someone typed are letters, not wildcards (the pattern is still a parameter). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

const slugByCapital = new Map<string, CapitalRangeSlug>(
  Object.entries(capitalRanges).map(([slug, value]) => [value, slug as CapitalRangeSlug]),
);

/** The URL's query as the SQL module's filter, for `actor`; null when they may read no inquiry. */
function filterOf(actor: StaffActor, query: InboxQuery, now: Date): InboxSqlFilter | null {
  const scope = readScopeOf(actor);
  if (!scope) return null;
  const statuses = statusesOf(query.status);
  const folded = query.q ? foldForSearch(query.q) : "";
  return {
    scope,
    // Every status is no condition at all.
    statuses: statuses.length === INQUIRY_STATUSES.length ? null : statuses,
    deskId: query.desk === undefined ? undefined : query.desk === "none" ? null : query.desk,
    assigneeId:
      query.assignee === undefined
        ? undefined
        : query.assignee === "me"
          ? actor.userId
          : query.assignee === "unassigned"
            ? null
            : query.assignee,
    sectorSlug: query.sector,
    hubSlug: query.hub,
    country: query.country,
    capitalRange: query.capital ? capitalRanges[query.capital] : undefined,
    receivedFrom: query.from ? startOfOfficeDay(query.from) : undefined,
    receivedBefore: query.to ? new Date(startOfOfficeDay(query.to).getTime() + DAY_MS) : undefined,
    overdueAt: query.overdue ? now : undefined,
    searchPattern: folded ? `%${escapeLike(folded)}%` : undefined,
  };
}

/** Overdue: still open, not yet answered, and its due time has passed. */
export function isOverdue(
  inquiry: { status: InquiryStatusCode; firstResponseAt: Date | null; dueAt: Date | null },
  now: Date,
): boolean {
  return isOpen(inquiry.status) && inquiry.firstResponseAt === null && inquiry.dueAt !== null && inquiry.dueAt < now;
}

function toRow(row: InboxSqlRow, now: Date): InboxRow {
  return {
    reference: row.reference,
    receivedAt: row.createdAt,
    dueAt: row.dueAt,
    overdue: isOverdue(row, now),
    status: row.status,
    firstResponseAt: row.firstResponseAt,
    deskId: row.deskId,
    deskName: row.deskId === null ? null : row.deskName,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    organisation: row.organisation,
    fullName: row.fullName,
    email: row.email,
    country: row.country,
    sectorName: row.sectorName ?? "",
    hubName: row.hubId === null ? null : row.hubName,
    capitalRange: slugByCapital.get(row.capitalRange) ?? "under-10m",
    lastActivityAt: row.lastActivityAt,
  };
}

const zeroCounts = (): Record<InquiryStatusCode, number> =>
  Object.fromEntries(INQUIRY_STATUSES.map((status) => [status, 0])) as Record<InquiryStatusCode, number>;

/**
 * One page of the inbox for `actor`: the rows, how many match, and the
 * matches per status without the status filter. Someone who may read no
 * inquiry gets an empty list. A page past the last shows the last.
 */
export async function listInquiries(options: {
  actor: StaffActor;
  query: InboxQuery;
  locale: string;
  now?: Date;
  pageSize?: number;
}): Promise<InboxResult> {
  const { actor, query, locale } = options;
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? INBOX_PAGE_SIZE;
  const filter = filterOf(actor, query, now);
  const empty = { rows: [], total: 0, page: 1, pages: 1, pageSize, counts: zeroCounts(), capped: false };
  if (!filter) return empty;
  const page = (n: number, total?: number) => {
    const offset = (n - 1) * pageSize;
    // A page in the second half of a long list is read from its end, in the
    // opposite order: the last page costs what the first one does.
    if (total !== undefined && offset + pageSize / 2 > total / 2) {
      const limit = Math.min(pageSize, total - offset);
      const sort = REVERSED[query.sort];
      return inboxRows({ filter, sort, locale, limit, offset: Math.max(0, total - offset - limit) }).then((rows) =>
        rows.reverse(),
      );
    }
    return inboxRows({ filter, sort: query.sort, locale, limit: pageSize, offset });
  };
  const counting = inboxStatusCounts(filter, filter.searchPattern ? SEARCH_COUNT_CAP : undefined);
  // A page near the top, and the counts, at once on two connections; a deep
  // page once the total is known.
  const deep = (query.page - 1) * pageSize >= DEEP_OFFSET;
  const [first, counted] = await Promise.all([deep ? null : page(query.page), counting]);
  const counts = { ...zeroCounts(), ...counted.counts };
  const statuses = filter.statuses ?? INQUIRY_STATUSES;
  const total = counted.capped
    ? await inboxTotal(filter, SEARCH_COUNT_CAP)
    : statuses.reduce((sum, status) => sum + counts[status], 0);
  // A search counted to its cap pages through its first matches only.
  const listed = Math.min(total, counted.capped ? SEARCH_COUNT_CAP : total);
  const pages = Math.max(1, Math.ceil(listed / pageSize));
  const shown = Math.min(query.page, pages);
  const rows = first && shown === query.page ? first : await page(shown, counted.capped ? undefined : total);
  return {
    rows: rows.map((row) => toRow(row, now)),
    total,
    page: shown,
    pages,
    pageSize,
    counts: counted.capped ? zeroCounts() : counts,
    capped: counted.capped,
  };
}

/** How many inquiries the filter matches for `actor`, exactly (what an export will hold). */
export async function countInquiries(options: { actor: StaffActor; query: InboxQuery; now: Date }): Promise<number> {
  const filter = filterOf(options.actor, options.query, options.now);
  return filter ? inboxTotal(filter) : 0;
}

/** Every inquiry the filter matches for `actor`, in the list's order, a batch at a time (for the CSV export). */
export async function* inquiryBatches(options: {
  actor: StaffActor;
  query: InboxQuery;
  locale: string;
  now: Date;
  batchSize?: number;
}): AsyncGenerator<InboxRow[]> {
  const { actor, query, locale, now } = options;
  const batchSize = options.batchSize ?? EXPORT_BATCH;
  const filter = filterOf(actor, query, now);
  if (!filter) return;
  let after: InboxSqlRow | undefined;
  for (;;) {
    const batch = await inboxRows({ filter, sort: query.sort, locale, limit: batchSize, after });
    if (batch.length > 0) yield batch.map((row) => toRow(row, now));
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1];
  }
}
