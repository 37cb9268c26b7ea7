// The inbox's list through Prisma's model API, as it was first written: the
// alternative `npm run bench:inbox` times side by side with the SQL of
// server/inquiries/inbox-sql.ts (docs/decisions/011). Same filters, order and
// rows; counts exact (no cap on broad searches).
import { INQUIRY_STATUSES, type InquiryStatusCode, isOpen, OPEN_STATUSES } from "../../lib/inquiry-workflow";
import type { InboxQuery, InboxSort } from "../../lib/schemas/inbox-query";
import { type CapitalRangeSlug, capitalRanges } from "../../lib/schemas/inquiry";
import { foldForSearch } from "../../lib/search-text";
import { localesFor, pickTranslation } from "../../lib/translations";
import { startOfOfficeDay } from "../../lib/working-days";
import type { StaffActor } from "../../server/auth/session";
import { db } from "../../server/db";
import type { Prisma } from "../../server/generated/prisma/client";
import { type InquiryScope, readScopeOf, scopeWhere } from "../../server/inquiries/inquiry-scope";
import { escapeLike, type InboxResult, type InboxRow, statusesOf } from "../../server/inquiries/list-inquiries";

const INBOX_PAGE_SIZE = 50;
const DAY_MS = 86_400_000;
type Context = { scope: InquiryScope; userId: number; now: Date };

const capitalBySlug = capitalRanges as Record<CapitalRangeSlug, Prisma.InquiryWhereInput["capitalRange"]>;
const slugByCapital = new Map(Object.entries(capitalRanges).map(([slug, value]) => [value, slug as CapitalRangeSlug]));

/** Every filter but the status one, within the scope. */
function filterWhere(query: InboxQuery, { scope, userId, now }: Context): Prisma.InquiryWhereInput[] {
  const and: Prisma.InquiryWhereInput[] = [scopeWhere(scope)];
  if (query.desk !== undefined) and.push({ deskId: query.desk === "none" ? null : query.desk });
  if (query.assignee !== undefined) {
    and.push({
      assigneeId: query.assignee === "me" ? userId : query.assignee === "unassigned" ? null : query.assignee,
    });
  }
  if (query.sector) and.push({ sector: { is: { slug: query.sector } } });
  if (query.hub) and.push({ hub: { is: { slug: query.hub } } });
  if (query.country) and.push({ country: query.country });
  if (query.capital) and.push({ capitalRange: capitalBySlug[query.capital] });
  if (query.from || query.to) {
    and.push({
      createdAt: {
        ...(query.from ? { gte: startOfOfficeDay(query.from) } : {}),
        ...(query.to ? { lt: new Date(startOfOfficeDay(query.to).getTime() + DAY_MS) } : {}),
      },
    });
  }
  if (query.overdue) {
    and.push({ status: { in: [...OPEN_STATUSES] }, firstResponseAt: null, dueAt: { lt: now } });
  }
  const folded = query.q ? foldForSearch(query.q) : "";
  if (folded) and.push({ searchText: { contains: escapeLike(folded) } });
  return and;
}

function where(query: InboxQuery, context: Context): Prisma.InquiryWhereInput {
  const statuses = statusesOf(query.status);
  // Every status is no condition at all: the planner may then read an index in the list's order.
  if (statuses.length === INQUIRY_STATUSES.length) return { AND: filterWhere(query, context) };
  return { AND: [...filterWhere(query, context), { status: { in: [...statuses] } }] };
}

/** The order of the list; the id settles ties, so pages never overlap. */
const ORDER: Record<InboxSort, Prisma.InquiryOrderByWithRelationInput[]> = {
  "due-asc": [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  "due-desc": [{ dueAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
  "received-desc": [{ createdAt: "desc" }, { id: "desc" }],
  "received-asc": [{ createdAt: "asc" }, { id: "asc" }],
  "activity-desc": [{ lastActivityAt: "desc" }, { id: "desc" }],
  "activity-asc": [{ lastActivityAt: "asc" }, { id: "asc" }],
};

const select = {
  id: true,
  reference: true,
  createdAt: true,
  dueAt: true,
  firstResponseAt: true,
  status: true,
  deskId: true,
  assigneeId: true,
  assignee: { select: { name: true } },
  organisation: true,
  fullName: true,
  email: true,
  country: true,
  sectorId: true,
  hubId: true,
  capitalRange: true,
  lastActivityAt: true,
} satisfies Prisma.InquirySelect;
type Selected = Prisma.InquiryGetPayload<{ select: typeof select }>;

type Names = { desks: Map<number, string>; sectors: Map<number, string>; hubs: Map<number, string> };

/** The names of desks, sectors and hubs in `locale` (Vietnamese as fallback): small tables, read whole. */
async function loadNames(locale: string): Promise<Names> {
  const where = { locale: { in: localesFor(locale) } };
  const [desks, sectors, hubs] = await Promise.all([
    db.deskTranslation.findMany({ where, select: { deskId: true, locale: true, name: true } }),
    db.sectorTranslation.findMany({ where, select: { sectorId: true, locale: true, name: true } }),
    db.hubTranslation.findMany({ where, select: { hubId: true, locale: true, name: true } }),
  ]);
  const named = (rows: { id: number; locale: string; name: string }[]) => {
    const byId = new Map<number, { locale: string; name: string }[]>();
    for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
    return new Map([...byId].map(([id, translations]) => [id, pickTranslation(translations, locale).name]));
  };
  return {
    desks: named(desks.map(({ deskId, ...rest }) => ({ id: deskId, ...rest }))),
    sectors: named(sectors.map(({ sectorId, ...rest }) => ({ id: sectorId, ...rest }))),
    hubs: named(hubs.map(({ hubId, ...rest }) => ({ id: hubId, ...rest }))),
  };
}

function toRow(inquiry: Selected, names: Names, now: Date): InboxRow {
  const status = inquiry.status as InquiryStatusCode;
  return {
    reference: inquiry.reference,
    receivedAt: inquiry.createdAt,
    dueAt: inquiry.dueAt,
    overdue: isOverdue({ status, firstResponseAt: inquiry.firstResponseAt, dueAt: inquiry.dueAt }, now),
    status,
    firstResponseAt: inquiry.firstResponseAt,
    deskId: inquiry.deskId,
    deskName: inquiry.deskId === null ? null : (names.desks.get(inquiry.deskId) ?? null),
    assigneeId: inquiry.assigneeId,
    assigneeName: inquiry.assignee?.name ?? null,
    organisation: inquiry.organisation,
    fullName: inquiry.fullName,
    email: inquiry.email,
    country: inquiry.country,
    sectorName: names.sectors.get(inquiry.sectorId) ?? "",
    hubName: inquiry.hubId === null ? null : (names.hubs.get(inquiry.hubId) ?? null),
    capitalRange: slugByCapital.get(inquiry.capitalRange) ?? "under-10m",
    lastActivityAt: inquiry.lastActivityAt,
  };
}

/** Overdue: still open, not yet answered, and its due time has passed. */
function isOverdue(
  inquiry: { status: InquiryStatusCode; firstResponseAt: Date | null; dueAt: Date | null },
  now: Date,
): boolean {
  return isOpen(inquiry.status) && inquiry.firstResponseAt === null && inquiry.dueAt !== null && inquiry.dueAt < now;
}

const noCounts = (): Record<InquiryStatusCode, number> =>
  Object.fromEntries(INQUIRY_STATUSES.map((status) => [status, 0])) as Record<InquiryStatusCode, number>;

function contextOf(actor: StaffActor, now: Date): Context | null {
  const scope = readScopeOf(actor);
  return scope ? { scope, userId: actor.userId, now } : null;
}

/**
 * One page of the inbox for `actor`: the rows, how many match, and the
 * matches per status without the status filter. Someone who may read no
 * inquiry gets an empty list. A page past the last shows the last.
 */
export async function listInquiriesPrisma(options: {
  actor: StaffActor;
  query: InboxQuery;
  locale: string;
  now?: Date;
  pageSize?: number;
}): Promise<InboxResult> {
  const { actor, query, locale } = options;
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? INBOX_PAGE_SIZE;
  const context = contextOf(actor, now);
  if (!context) return { rows: [], total: 0, page: 1, pages: 1, pageSize, counts: noCounts(), capped: false };
  const statuses = statusesOf(query.status);
  const listWhere = where(query, context);
  const page = (n: number) =>
    db.inquiry.findMany({
      where: listWhere,
      select,
      orderBy: ORDER[query.sort],
      skip: (n - 1) * pageSize,
      take: pageSize,
    });
  // The page, the counts and the names at once: three round trips in parallel, not one after another.
  const [first, groups, names] = await Promise.all([
    page(query.page),
    db.inquiry.groupBy({ by: ["status"], where: { AND: filterWhere(query, context) }, _count: { _all: true } }),
    loadNames(locale),
  ]);
  const counts = noCounts();
  for (const group of groups) counts[group.status as InquiryStatusCode] = group._count._all;
  const total = statuses.reduce((sum, status) => sum + counts[status], 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(query.page, pages);
  const inquiries = shown === query.page ? first : await page(shown);
  return {
    rows: inquiries.map((inquiry) => toRow(inquiry, names, now)),
    total,
    page: shown,
    pages,
    pageSize,
    counts,
    capped: false,
  };
}
