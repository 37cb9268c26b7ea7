import "server-only";
import type { Tx } from "../db";

// The one statement about routing rules the model API cannot express: a lock
// (docs/decisions/011, "a guarantee"). Rules are tried by position, and
// positions stay 1, 2, 3… without gaps or repeats: every write to the rules
// takes this lock first and renumbers, so two administrators moving rules at
// once run one after the other (tests/integration/desks-routing.test.ts).

export type LockedRule = { id: number; position: number };

/**
 * Locks every routing rule, and returns them in the order they are tried
 * (position, then id). The transaction-scoped advisory lock covers what a
 * row lock cannot: a rule being added while another is.
 */
export async function lockRoutingRules(tx: Tx): Promise<LockedRule[]> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('portal.routing-rules'))::text`;
  return tx.$queryRaw<LockedRule[]>`SELECT id, position FROM "RoutingRule" ORDER BY position, id FOR UPDATE`;
}
