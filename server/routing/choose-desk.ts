import "server-only";

export type RoutingRuleData = {
  id: number;
  position: number;
  active: boolean;
  sectorId: number | null;
  hubId: number | null;
  /** Empty: any capital range. */
  capitalRanges: string[];
  deskId: number;
  deskActive: boolean;
};

export type RoutingRequest = { sectorId: number; hubId: number | null; capitalRange: string };

export type RoutingDecision = { deskId: number; ruleId: number | null } | null;

/**
 * The desk for an inquiry: the first active rule, by position, whose set
 * criteria all match and whose desk is active; otherwise the default desk
 * (null when there is none, and the inquiry waits for manual routing).
 */
export function chooseDesk(
  rules: RoutingRuleData[],
  request: RoutingRequest,
  defaultDeskId: number | null,
): RoutingDecision {
  const match = [...rules]
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .find(
      (rule) =>
        rule.active &&
        rule.deskActive &&
        (rule.sectorId === null || rule.sectorId === request.sectorId) &&
        (rule.hubId === null || rule.hubId === request.hubId) &&
        (rule.capitalRanges.length === 0 || rule.capitalRanges.includes(request.capitalRange)),
    );
  if (match) return { deskId: match.deskId, ruleId: match.id };
  return defaultDeskId === null ? null : { deskId: defaultDeskId, ruleId: null };
}
