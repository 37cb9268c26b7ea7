"use server";

import {
  createRoutingRuleSchema,
  moveRoutingRuleSchema,
  type RoutingRuleInput,
  routingRuleIdSchema,
  updateRoutingRuleSchema,
} from "@/lib/schemas/routing-rule";
import { staffAction } from "@/server/auth/staff-action";
import {
  createRoutingRule,
  deleteRoutingRule,
  moveRoutingRule,
  updateRoutingRule,
} from "@/server/routing/routing-writes";

// Routing rules (administrators: "routing:manage"). Each change ends on the
// list of rules, at the rule it changed, with a notice.

const fieldsOf = ({ sector, hub, desk, capitalRanges, active }: RoutingRuleInput) => ({
  sectorId: sector,
  hubId: hub,
  deskId: desk,
  capitalRanges,
  active,
});

const listAt = (done: string, id?: number) => ({
  redirectTo: `/admin/desks/routing?done=${done}${id === undefined ? "" : `#rule-${id}`}`,
});

export const createRoutingRuleAction = staffAction("routing:manage", createRoutingRuleSchema, async (actor, input) => {
  const { id } = await createRoutingRule({ actor, ...fieldsOf(input) });
  return listAt("created", id);
});

export const updateRoutingRuleAction = staffAction("routing:manage", updateRoutingRuleSchema, async (actor, input) => {
  await updateRoutingRule({ actor, id: input.id, ...fieldsOf(input) });
  return listAt("updated", input.id);
});

export const moveRoutingRuleAction = staffAction("routing:manage", moveRoutingRuleSchema, async (actor, input) => {
  await moveRoutingRule({ actor, id: input.id, direction: input.direction });
  return listAt(input.direction === "up" ? "movedUp" : "movedDown", input.id);
});

export const deleteRoutingRuleAction = staffAction("routing:manage", routingRuleIdSchema, async (actor, { id }) => {
  await deleteRoutingRule({ actor, id });
  return listAt("deleted");
});
