import "server-only";
import type { Tx } from "../db";

// The one statement about desks the model API cannot express: a lock
// (docs/decisions/011, "a guarantee"). Exactly one desk is the default; every
// write that could change which one takes this lock first, so two such writes
// run one after the other and the second sees what the first committed
// (tests/integration/desks-routing.test.ts runs them concurrently).

export type LockedDesk = { id: number; isDefault: boolean; active: boolean };

/**
 * Locks every desk row, in id order (so two callers cannot deadlock), and
 * returns them as committed. The transaction-scoped advisory lock covers
 * what a row lock cannot: a desk being created while another is.
 */
export async function lockDesks(tx: Tx): Promise<LockedDesk[]> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('portal.desks'))::text`;
  return tx.$queryRaw<LockedDesk[]>`SELECT id, "isDefault", active FROM "Desk" ORDER BY id FOR UPDATE`;
}
