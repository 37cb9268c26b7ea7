import "server-only";
import type { StaffActor } from "../auth/session";
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  /** `{ field: [before, after] }`; build it with `changesOf`. Never a secret. */
  changes?: Record<string, [unknown, unknown]> | Record<string, unknown>;
};

type Who = { actor: StaffActor } | { actorId: number | null; actorLabel: string | null; clientKey: string | null };

/**
 * Appends one entry to the audit log, in the transaction of the change it
 * records: if the change rolls back, so does its entry, and no change is
 * ever committed without one. The table refuses updates and deletes.
 */
export async function recordAudit(tx: Tx, who: Who, entry: AuditInput): Promise<void> {
  const by =
    "actor" in who
      ? { actorId: who.actor.userId, actorLabel: who.actor.email, clientKey: who.actor.clientKey }
      : { actorId: who.actorId, actorLabel: who.actorLabel?.slice(0, 254) ?? null, clientKey: who.clientKey };
  await tx.auditEntry.create({
    data: {
      ...by,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      changes: (entry.changes ?? {}) as Prisma.InputJsonValue,
    },
  });
}

/** The fields whose values differ, as `{ field: [before, after] }` (arrays compared by content). */
export function changesOf<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[field]) !== JSON.stringify(value)) changes[field] = [before[field] ?? null, value];
  }
  return changes;
}
