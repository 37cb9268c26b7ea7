import "server-only";
import type { RoutingRuleInput } from "@/lib/schemas/routing-rule";
import { changesOf, recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { type LockedRule, lockRoutingRules } from "./routing-sql";

// Creating, changing, ordering and deleting routing rules. Each function
// takes the acting member of staff, owns its transaction (under the lock of
// lockRoutingRules) and writes its audit entry inside it; the permission
// ("routing:manage") was checked by the action that calls it.
//
// Nothing is cached: the inquiry form reads the rules with every submission
// (server/inquiries/inquiry-sql.ts, loadSubmissionContext), so a change
// applies to the next inquiry.

type RuleFields = Omit<RoutingRuleInput, "sector" | "hub" | "desk"> & {
  sectorId: number | null;
  hubId: number | null;
  deskId: number;
};

const notFound = () => new AppError("NOT_FOUND", "No such routing rule.", { reason: "notFound" });

/** Refuses a sector, hub or desk that does not exist. */
async function checkReferences(tx: Tx, rule: RuleFields) {
  const [sector, hub, desk] = await Promise.all([
    rule.sectorId === null ? true : tx.sector.findUnique({ where: { id: rule.sectorId }, select: { id: true } }),
    rule.hubId === null ? true : tx.hub.findUnique({ where: { id: rule.hubId }, select: { id: true } }),
    tx.desk.findUnique({ where: { id: rule.deskId }, select: { id: true } }),
  ]);
  const fields: Record<string, string> = {};
  if (!sector) fields.sector = "invalid";
  if (!hub) fields.hub = "invalid";
  if (!desk) fields.desk = "required";
  if (Object.keys(fields).length > 0) throw new AppError("INVALID_INPUT", "Unknown reference.", { fields });
}

/** Gives the rules, in this order, the positions 1, 2, 3…; writes only the ones that change. */
async function renumber(tx: Tx, ordered: LockedRule[]) {
  for (const [index, rule] of ordered.entries()) {
    if (rule.position !== index + 1) {
      await tx.routingRule.update({ where: { id: rule.id }, data: { position: index + 1 } });
    }
  }
}

const recorded = (rule: RuleFields) => ({
  sectorId: rule.sectorId,
  hubId: rule.hubId,
  capitalRanges: rule.capitalRanges,
  deskId: rule.deskId,
  active: rule.active,
});

/** Adds a rule at the end of the list (tried last, before the default desk). */
export async function createRoutingRule(options: { actor: StaffActor } & RuleFields): Promise<{ id: number }> {
  const { actor, ...rule } = options;
  return db.$transaction(async (tx) => {
    const rules = await lockRoutingRules(tx);
    await checkReferences(tx, rule);
    await renumber(tx, rules);
    const position = rules.length + 1;
    const created = await tx.routingRule.create({ data: { ...recorded(rule), position } });
    const changes = Object.fromEntries(
      Object.entries({ ...recorded(rule), position }).map(([field, value]) => [field, [null, value]]),
    );
    await recordAudit(
      tx,
      { actor },
      { action: "routing.create", entityType: "routing-rule", entityId: created.id, changes },
    );
    return { id: created.id };
  });
}

/** Changes what a rule matches, its desk, or whether it is active; its position stays. */
export async function updateRoutingRule(options: { actor: StaffActor; id: number } & RuleFields): Promise<void> {
  const { actor, id, ...rule } = options;
  await db.$transaction(async (tx) => {
    await lockRoutingRules(tx);
    const before = await tx.routingRule.findUnique({ where: { id } });
    if (!before) throw notFound();
    await checkReferences(tx, rule);
    const changes = changesOf(recorded({ ...before, capitalRanges: before.capitalRanges }), recorded(rule));
    if (Object.keys(changes).length === 0) return;
    await tx.routingRule.update({ where: { id }, data: recorded(rule) });
    await recordAudit(tx, { actor }, { action: "routing.update", entityType: "routing-rule", entityId: id, changes });
  });
}

/**
 * Swaps a rule with the one above or below it. The first rule moved up (or
 * the last moved down) stays where it is. Returns its position afterwards.
 */
export async function moveRoutingRule(options: {
  actor: StaffActor;
  id: number;
  direction: "up" | "down";
}): Promise<{ position: number }> {
  const { actor, id, direction } = options;
  return db.$transaction(async (tx) => {
    const rules = await lockRoutingRules(tx);
    const index = rules.findIndex((rule) => rule.id === id);
    if (index < 0) throw notFound();
    const other = direction === "up" ? index - 1 : index + 1;
    const ordered = [...rules];
    const neighbour = ordered[other];
    const moving = ordered[index] as LockedRule;
    if (neighbour) {
      ordered[other] = moving;
      ordered[index] = neighbour;
    }
    await renumber(tx, ordered);
    const position = ordered.indexOf(moving) + 1;
    if (neighbour) {
      await recordAudit(
        tx,
        { actor },
        {
          action: "routing.move",
          entityType: "routing-rule",
          entityId: id,
          changes: { position: [index + 1, position], swappedWith: neighbour.id },
        },
      );
    }
    return { position };
  });
}

/** Deletes a rule; the rules below it move up one place. Inquiries it routed keep their desk. */
export async function deleteRoutingRule(options: { actor: StaffActor; id: number }): Promise<void> {
  const { actor, id } = options;
  await db.$transaction(async (tx) => {
    const rules = await lockRoutingRules(tx);
    const before = await tx.routingRule.findUnique({ where: { id } });
    if (!before) throw notFound();
    await tx.routingRule.delete({ where: { id } });
    await renumber(
      tx,
      rules.filter((rule) => rule.id !== id),
    );
    const position = rules.findIndex((rule) => rule.id === id) + 1;
    const changes = Object.fromEntries(
      Object.entries({ ...recorded(before), position }).map(([field, value]) => [field, [value, null]]),
    );
    await recordAudit(tx, { actor }, { action: "routing.delete", entityType: "routing-rule", entityId: id, changes });
  });
}
