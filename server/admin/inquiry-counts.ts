import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { actorCan } from "../auth/require-permission";
import type { StaffActor } from "../auth/session";
import { db } from "../db";

export type DeskCount = {
  /** null: inquiries no desk has been given yet. */
  deskId: number | null;
  name: string | null;
  newCount: number;
  heldCount: number;
};

export type InquiryCounts = { scope: "any" | "own-desk"; desks: DeskCount[] };

/**
 * New and held inquiries per desk, for the start page: every desk for those
 * who may read any inquiry, the person's own desks for those who may read
 * their desks' inquiries, and null for everyone else.
 */
export async function inquiryCounts(options: { actor: StaffActor; locale: string }): Promise<InquiryCounts | null> {
  const { actor, locale } = options;
  const scope = actorCan(actor, "inquiry:read:any")
    ? "any"
    : actorCan(actor, "inquiry:read:own-desk")
      ? "own-desk"
      : null;
  if (scope === null) return null;
  const deskFilter = scope === "any" ? undefined : { in: actor.deskIds };
  if (scope === "own-desk" && actor.deskIds.length === 0) return { scope, desks: [] };
  const [desks, groups] = await Promise.all([
    db.desk.findMany({
      where: scope === "any" ? undefined : { id: deskFilter },
      select: { id: true, active: true, translations: { where: { locale: { in: localesFor(locale) } } } },
      orderBy: [{ active: "desc" }, { id: "asc" }],
    }),
    db.inquiry.groupBy({
      by: ["deskId", "status"],
      where: { status: { in: ["NEW", "HELD"] }, ...(deskFilter ? { deskId: deskFilter } : {}) },
      _count: { _all: true },
    }),
  ]);
  const count = (deskId: number | null, status: "NEW" | "HELD") =>
    groups.find((group) => group.deskId === deskId && group.status === status)?._count._all ?? 0;
  const rows: DeskCount[] = desks
    .map((desk) => ({
      deskId: desk.id,
      name: pickTranslation(desk.translations, locale).name,
      newCount: count(desk.id, "NEW"),
      heldCount: count(desk.id, "HELD"),
      active: desk.active,
    }))
    // A desk that no longer takes inquiries is listed only while some still wait there.
    .filter((row) => row.active || row.newCount + row.heldCount > 0)
    .map(({ active: _active, ...row }) => row);
  if (scope === "any") {
    const unrouted = { deskId: null, name: null, newCount: count(null, "NEW"), heldCount: count(null, "HELD") };
    if (unrouted.newCount + unrouted.heldCount > 0) rows.push(unrouted);
  }
  return { scope, desks: rows };
}
