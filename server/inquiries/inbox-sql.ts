import "server-only";
import { INQUIRY_STATUSES, type InquiryStatusCode, isOpen, OPEN_STATUSES } from "@/lib/inquiry-workflow";
import type { InboxSort } from "@/lib/schemas/inbox-query";
import { query } from "../sql";
import type { InquiryScope } from "./inquiry-scope";

// The inbox's statements as SQL (docs/decisions/011): `npm run bench:inbox`
// measured the same list through Prisma's model API at 100,000 inquiries and
// it missed the target (p95 ≤ 50 ms) for the default view and most filters.
// An inbox page is "the first 50 of many, in due order, over several
// statuses"; no index is in that order (they all start with the status, or
// the desk and the status), so PostgreSQL fetched every open inquiry and
// sorted them. Here each status (and each of an officer's desks) is its own
// branch that reads its index in order and stops after the page, and the
// branches are merged: a page reads a few hundred index entries, however
// many inquiries match. The counts per status are one GROUP BY.
// tests/integration/inbox.test.ts pins what every filter means.

/** A filter as SQL conditions; every value is a parameter. */
export type InboxSqlFilter = {
  scope: InquiryScope;
  /** null: any status (no condition). */
  statuses: readonly InquiryStatusCode[] | null;
  /** A desk, or null for "no desk"; undefined for any. */
  deskId?: number | null;
  /** A member of staff, or null for "no one"; undefined for anyone. */
  assigneeId?: number | null;
  sectorSlug?: string;
  hubSlug?: string;
  country?: string;
  capitalRange?: string;
  receivedFrom?: Date;
  receivedBefore?: Date;
  /** Open, never answered and due before this time. */
  overdueAt?: Date;
  /** A LIKE pattern on the folded search text, wildcards in the text already escaped. */
  searchPattern?: string;
};

export type InboxSqlRow = {
  id: number;
  reference: string;
  createdAt: Date;
  dueAt: Date | null;
  firstResponseAt: Date | null;
  lastActivityAt: Date;
  status: InquiryStatusCode;
  deskId: number | null;
  deskName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  organisation: string;
  fullName: string;
  email: string;
  country: string;
  sectorName: string | null;
  hubId: number | null;
  hubName: string | null;
  capitalRange: string;
};

/** Where the next batch starts: after this row, in the list's order. */
export type InboxKeyset = { id: number; createdAt: Date; dueAt: Date | null; lastActivityAt: Date };

/** The open statuses as SQL literals (the module's own constants, not input). */
const OPEN_SQL = OPEN_STATUSES.map((status) => `'${status}'`).join(", ");

/** Positional parameters: `add(value)` is its placeholder. */
function parameters() {
  const values: unknown[] = [];
  return {
    values,
    add(value: unknown, cast = ""): string {
      values.push(value);
      return `$${values.length}${cast}`;
    },
  };
}
type Parameters = ReturnType<typeof parameters>;

// Timestamps are stored as UTC without a zone, as Prisma writes them.
const utc = (date: Date) => date.toISOString().replace("Z", "");

/** Every condition but the status and the desk split, over "Inquiry" aliased i. */
function conditions(filter: InboxSqlFilter, p: Parameters): string[] {
  const where: string[] = [];
  if (filter.scope.kind === "desks") where.push(`i."deskId" = ANY(${p.add([...filter.scope.deskIds], "::int[]")})`);
  if (filter.deskId === null) where.push(`i."deskId" IS NULL`);
  else if (filter.deskId !== undefined) where.push(`i."deskId" = ${p.add(filter.deskId, "::int")}`);
  if (filter.assigneeId === null) where.push(`i."assigneeId" IS NULL`);
  else if (filter.assigneeId !== undefined) where.push(`i."assigneeId" = ${p.add(filter.assigneeId, "::int")}`);
  if (filter.sectorSlug)
    where.push(`i."sectorId" = (SELECT id FROM "Sector" WHERE slug = ${p.add(filter.sectorSlug)})`);
  if (filter.hubSlug) where.push(`i."hubId" = (SELECT id FROM "Hub" WHERE slug = ${p.add(filter.hubSlug)})`);
  if (filter.country) where.push(`i.country = ${p.add(filter.country)}`);
  if (filter.capitalRange) where.push(`i."capitalRange" = ${p.add(filter.capitalRange, '::"CapitalRange"')}`);
  if (filter.receivedFrom) where.push(`i."createdAt" >= ${p.add(utc(filter.receivedFrom), "::timestamp")}`);
  if (filter.receivedBefore) where.push(`i."createdAt" < ${p.add(utc(filter.receivedBefore), "::timestamp")}`);
  if (filter.overdueAt) {
    where.push(`i.status IN (${OPEN_SQL})`, `i."firstResponseAt" IS NULL`);
    where.push(`i."dueAt" < ${p.add(utc(filter.overdueAt), "::timestamp")}`);
  }
  if (filter.searchPattern) where.push(`i."searchText" LIKE ${p.add(filter.searchPattern)}`);
  return where;
}

type Order = { column: '"createdAt"' | '"dueAt"' | '"lastActivityAt"'; descending: boolean };
const ORDERS: Record<InboxSort, Order> = {
  "due-asc": { column: '"dueAt"', descending: false },
  "due-desc": { column: '"dueAt"', descending: true },
  "received-desc": { column: '"createdAt"', descending: true },
  "received-asc": { column: '"createdAt"', descending: false },
  "activity-desc": { column: '"lastActivityAt"', descending: true },
  "activity-asc": { column: '"lastActivityAt"', descending: false },
};
// PostgreSQL's own order for NULLs (last going up, first going down), so that the indexes serve it.
const orderSql = (order: Order, alias: string) =>
  order.descending
    ? `${alias}.${order.column} DESC, ${alias}.id DESC`
    : `${alias}.${order.column} ASC, ${alias}.id ASC`;

/** Rows strictly after `after` in `order` (a due time may be missing: missing ones come last going up, first going down). */
function afterSql(order: Order, after: InboxKeyset, p: Parameters): string {
  const id = p.add(after.id, "::int");
  const key =
    order.column === '"dueAt"' ? after.dueAt : order.column === '"createdAt"' ? after.createdAt : after.lastActivityAt;
  const column = `i.${order.column}`;
  if (key === null) {
    return order.descending
      ? `((${column} IS NULL AND i.id < ${id}) OR ${column} IS NOT NULL)`
      : `(${column} IS NULL AND i.id > ${id})`;
  }
  const value = p.add(utc(key), "::timestamp");
  return order.descending
    ? `(${column} < ${value} OR (${column} = ${value} AND i.id < ${id}))`
    : `(${column} > ${value} OR (${column} = ${value} AND i.id > ${id})${order.column === '"dueAt"' ? ` OR ${column} IS NULL` : ""})`;
}

/**
 * The ids of one stretch of the list: the `limit` rows after skipping
 * `offset` (or after `after`), merged from one branch per status and desk.
 */
function pageIdsSql(
  filter: InboxSqlFilter,
  sort: InboxSort,
  window: { limit: number; offset: number; after?: InboxKeyset },
  p: Parameters,
): string {
  const order = ORDERS[sort];
  const common = conditions(filter, p);
  if (window.after) common.push(afterSql(order, window.after, p));
  const statuses = filter.overdueAt
    ? (filter.statuses ?? INQUIRY_STATUSES).filter(isOpen)
    : (filter.statuses ?? INQUIRY_STATUSES);
  // An officer's desks, each its own branch (the desk leads the index), unless one desk is asked for.
  const desks = filter.scope.kind === "desks" && filter.deskId === undefined ? filter.scope.deskIds : [undefined];
  const reach = p.add(window.offset + window.limit, "::int");
  // The due time and the last activity are never before the inquiry came:
  // "received from" bounds them too, and said so, the index read starts at
  // that day instead of walking through the years before it (PostgreSQL
  // does not know the columns go together). An inquiry without a due time
  // (from before they were kept) has its own branch.
  const bounded = filter.receivedFrom !== undefined && order.column !== '"createdAt"';
  const branches: string[] = [];
  for (const status of statuses) {
    for (const desk of desks) {
      const where = [...common, `i.status = ${p.add(status, '::"InquiryStatus"')}`];
      if (desk !== undefined) where.push(`i."deskId" = ${p.add(desk, "::int")}`);
      if (bounded && filter.receivedFrom) {
        where.push(`i.${order.column} >= ${p.add(utc(filter.receivedFrom), "::timestamp")}`);
      }
      branches.push(
        `(SELECT i.id, i.${order.column} AS k FROM "Inquiry" i WHERE ${where.join(" AND ")} ORDER BY ${orderSql(order, "i")} LIMIT ${reach})`,
      );
    }
  }
  if (bounded && order.column === '"dueAt"' && statuses.length > 0) {
    const where = [...common, `i.status::text = ANY(${p.add([...statuses], "::text[]")})`, `i."dueAt" IS NULL`];
    branches.push(
      `(SELECT i.id, i."dueAt" AS k FROM "Inquiry" i WHERE ${where.join(" AND ")} ORDER BY ${orderSql(order, "i")} LIMIT ${reach})`,
    );
  }
  if (branches.length === 0) return `SELECT NULL::int AS id, NULL::timestamp AS k WHERE FALSE`;
  const merged = order.descending ? "u.k DESC, u.id DESC" : "u.k ASC, u.id ASC";
  return `SELECT u.id, u.k FROM (${branches.join(" UNION ALL ")}) u ORDER BY ${merged} LIMIT ${p.add(window.limit, "::int")} OFFSET ${p.add(window.offset, "::int")}`;
}

/** One stretch of the list with what each row shows, names in `locale` (Vietnamese as fallback). */
export async function inboxRows(options: {
  filter: InboxSqlFilter;
  sort: InboxSort;
  locale: string;
  limit: number;
  offset?: number;
  after?: InboxKeyset;
}): Promise<InboxSqlRow[]> {
  const p = parameters();
  const page = pageIdsSql(
    options.filter,
    options.sort,
    { limit: options.limit, offset: options.offset ?? 0, after: options.after },
    p,
  );
  const locale = p.add(options.locale);
  const name = (table: string, key: string, id: string) =>
    `(SELECT t.name FROM "${table}" t WHERE t."${key}" = ${id} AND t.locale IN (${locale}, 'vi') ORDER BY t.locale = ${locale} DESC LIMIT 1)`;
  const order = ORDERS[options.sort];
  return query<InboxSqlRow>(
    `WITH page AS (${page})
     SELECT i.id, i.reference, i."createdAt" AT TIME ZONE 'UTC' AS "createdAt", i."dueAt" AT TIME ZONE 'UTC' AS "dueAt",
       i."firstResponseAt" AT TIME ZONE 'UTC' AS "firstResponseAt", i."lastActivityAt" AT TIME ZONE 'UTC' AS "lastActivityAt",
       i.status::text AS status, i."deskId", ${name("DeskTranslation", "deskId", 'i."deskId"')} AS "deskName",
       i."assigneeId", s.name AS "assigneeName", i.organisation, i."fullName", i.email, i.country,
       ${name("SectorTranslation", "sectorId", 'i."sectorId"')} AS "sectorName",
       i."hubId", ${name("HubTranslation", "hubId", 'i."hubId"')} AS "hubName", i."capitalRange"::text AS "capitalRange"
     FROM page JOIN "Inquiry" i ON i.id = page.id LEFT JOIN "StaffUser" s ON s.id = i."assigneeId"
     ORDER BY ${order.descending ? "page.k DESC, page.id DESC" : "page.k ASC, page.id ASC"}`,
    p.values,
  );
}

/**
 * The matches per status of a filter (its status condition left out). With
 * `cap`, counting stops after that many matches (a broad text search): then
 * `capped` is true and the counts are only of the first ones found.
 */
export async function inboxStatusCounts(
  filter: InboxSqlFilter,
  cap?: number,
): Promise<{ counts: Partial<Record<InquiryStatusCode, number>>; capped: boolean }> {
  const p = parameters();
  const where = conditions({ ...filter, statuses: null }, p);
  const from = `FROM "Inquiry" i ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}`;
  const rows = await query<{ status: InquiryStatusCode; count: number }>(
    cap === undefined
      ? `SELECT i.status::text AS status, count(*)::int AS count ${from} GROUP BY i.status`
      : `SELECT m.status::text AS status, count(*)::int AS count FROM (SELECT i.status ${from} LIMIT ${p.add(cap + 1, "::int")}) m GROUP BY m.status`,
    p.values,
  );
  const counts = Object.fromEntries(rows.map((row) => [row.status, row.count]));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return { counts, capped: cap !== undefined && total > cap };
}

/** How many inquiries match the whole filter (status included), counted to `cap` + 1 at most if given. */
export async function inboxTotal(filter: InboxSqlFilter, cap?: number): Promise<number> {
  const p = parameters();
  const where = conditions(filter, p);
  if (filter.statuses) where.push(`i.status::text = ANY(${p.add([...filter.statuses], "::text[]")})`);
  const from = `FROM "Inquiry" i ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}`;
  const [row] = await query<{ count: number }>(
    cap === undefined
      ? `SELECT count(*)::int AS count ${from}`
      : `SELECT count(*)::int AS count FROM (SELECT 1 ${from} LIMIT ${p.add(cap + 1, "::int")}) m`,
    p.values,
  );
  return row?.count ?? 0;
}
