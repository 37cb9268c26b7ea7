import "server-only";
import type { AuditFilter } from "@/lib/schemas/staff";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

// Reading the audit log: the back office's table (newest first, a page at a
// time) and the CSV export (the same filter, read in batches so that a long
// log is never held in memory at once).

export const AUDIT_PAGE_SIZE = 50;
const EXPORT_BATCH = 500;

export type AuditRow = {
  id: string;
  at: Date;
  actorId: number | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  clientKey: string | null;
};

const select = {
  id: true,
  at: true,
  actorId: true,
  actorLabel: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  clientKey: true,
} as const;

// Dates in the filter are days in the zone's time (UTC+7 all year, no summer time).
const ZONE_OFFSET = "+07:00";
const startOfDay = (day: string) => new Date(`${day}T00:00:00${ZONE_OFFSET}`);
const DAY_MS = 86_400_000;

/** The filter as a Prisma condition: actor by part of their e-mail, entity type and action exactly, days inclusive. */
export function auditWhere(filter: AuditFilter): Prisma.AuditEntryWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = startOfDay(filter.from);
  if (filter.to) at.lt = new Date(startOfDay(filter.to).getTime() + DAY_MS);
  return {
    ...(filter.actor ? { actorLabel: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.entity ? { entityType: filter.entity } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}

const toRow = (entry: Prisma.AuditEntryGetPayload<{ select: typeof select }>): AuditRow => ({
  ...entry,
  id: entry.id.toString(),
});

/** One page of entries matching the filter, newest first, with the number of matches and pages. */
export async function listAudit(filter: AuditFilter): Promise<{
  entries: AuditRow[];
  total: number;
  page: number;
  pages: number;
}> {
  const where = auditWhere(filter);
  const total = await db.auditEntry.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pages);
  const entries = await db.auditEntry.findMany({
    where,
    select,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { entries: entries.map(toRow), total, page, pages };
}

/** Every entry matching the filter, newest first, in batches (keyset pagination: no offset grows with the log). */
export async function* auditBatches(filter: AuditFilter): AsyncGenerator<AuditRow[]> {
  const where = auditWhere(filter);
  let after: { at: Date; id: bigint } | undefined;
  for (;;) {
    const batch = await db.auditEntry.findMany({
      where: after
        ? { AND: [where, { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] }] }
        : where,
      select,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: EXPORT_BATCH,
    });
    if (batch.length === 0) return;
    yield batch.map(toRow);
    if (batch.length < EXPORT_BATCH) return;
    const last = batch[batch.length - 1];
    if (!last) return;
    after = { at: last.at, id: last.id };
  }
}

/** The entity types and actions that occur in the log, for the filter's choices. */
export async function auditFilterChoices(): Promise<{ entityTypes: string[]; actions: string[] }> {
  const [entityTypes, actions] = await Promise.all([
    db.auditEntry.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.auditEntry.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return { entityTypes: entityTypes.map((row) => row.entityType), actions: actions.map((row) => row.action) };
}
