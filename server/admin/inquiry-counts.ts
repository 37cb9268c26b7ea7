import "server-only";
import { OPEN_STATUSES } from "@/lib/inquiry-workflow";
import { localesFor, pickTranslation } from "@/lib/translations";
import type { StaffActor } from "../auth/session";
import { db } from "../db";
import { readScopeOf, scopeWhere } from "../inquiries/inquiry-scope";

export type DeskCount = {
  /** null: inquiries no desk has been given yet. */
  deskId: number | null;
  name: string | null;
  /** Status NEW: at the desk, no officer has taken it. */
  newCount: number;
  /** Open, not answered, past its due time (the inbox's `overdue=1`). */
  overdueCount: number;
  /** Open with no officer in charge (the inbox's `assignee=unassigned`). */
  unassignedCount: number;
  /** Caught by the spam check, waiting for release or confirmation as spam. */
  heldCount: number;
};

export type InquiryCounts = { scope: "any" | "own-desk"; desks: DeskCount[] };

const waiting = (row: DeskCount) => row.newCount + row.overdueCount + row.unassignedCount + row.heldCount;

/**
 * What waits at each desk, for the start page: new, overdue, unassigned and
 * held inquiries, counted exactly as the inbox's filters that the start page
 * links to count them. Every desk for those who may read any inquiry, the
 * person's own desks for those who may read their desks' inquiries, and null
 * for everyone else.
 */
export async function inquiryCounts(options: {
  actor: StaffActor;
  locale: string;
  now?: Date;
}): Promise<InquiryCounts | null> {
  const { actor, locale } = options;
  const now = options.now ?? new Date();
  const scope = readScopeOf(actor);
  if (scope === null) return null;
  const kind = scope.kind === "any" ? "any" : "own-desk";
  if (scope.kind === "desks" && scope.deskIds.length === 0) return { scope: kind, desks: [] };
  const inScope = scopeWhere(scope);
  const open = { in: [...OPEN_STATUSES] };
  const [desks, byStatus, overdue, unassigned] = await Promise.all([
    db.desk.findMany({
      where: scope.kind === "any" ? undefined : { id: { in: [...scope.deskIds] } },
      select: { id: true, active: true, translations: { where: { locale: { in: localesFor(locale) } } } },
      orderBy: [{ active: "desc" }, { id: "asc" }],
    }),
    db.inquiry.groupBy({
      by: ["deskId", "status"],
      where: { ...inScope, status: { in: ["NEW", "HELD"] } },
      _count: { _all: true },
    }),
    db.inquiry.groupBy({
      by: ["deskId"],
      where: { ...inScope, status: open, firstResponseAt: null, dueAt: { lt: now } },
      _count: { _all: true },
    }),
    db.inquiry.groupBy({
      by: ["deskId"],
      where: { ...inScope, status: open, assigneeId: null },
      _count: { _all: true },
    }),
  ]);
  const countOf = (deskId: number | null): Omit<DeskCount, "deskId" | "name"> => ({
    newCount: byStatus.find((g) => g.deskId === deskId && g.status === "NEW")?._count._all ?? 0,
    overdueCount: overdue.find((g) => g.deskId === deskId)?._count._all ?? 0,
    unassignedCount: unassigned.find((g) => g.deskId === deskId)?._count._all ?? 0,
    heldCount: byStatus.find((g) => g.deskId === deskId && g.status === "HELD")?._count._all ?? 0,
  });
  const rows: DeskCount[] = desks
    .map((desk) => ({
      deskId: desk.id,
      name: pickTranslation(desk.translations, locale).name,
      ...countOf(desk.id),
      active: desk.active,
    }))
    // A desk that no longer takes inquiries is listed only while some still wait there.
    .filter((row) => row.active || waiting(row) > 0)
    .map(({ active: _active, ...row }) => row);
  if (scope.kind === "any") {
    const unrouted: DeskCount = { deskId: null, name: null, ...countOf(null) };
    if (waiting(unrouted) > 0) rows.push(unrouted);
  }
  return { scope: kind, desks: rows };
}
