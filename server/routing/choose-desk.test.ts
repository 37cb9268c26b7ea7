import { describe, expect, it } from "vitest";
import { chooseDesk, type RoutingRuleData } from "./choose-desk";

const rule = (overrides: Partial<RoutingRuleData>): RoutingRuleData => ({
  id: 1,
  position: 1,
  active: true,
  sectorId: null,
  hubId: null,
  capitalRanges: [],
  deskId: 10,
  deskActive: true,
  ...overrides,
});
const request = { sectorId: 1, hubId: 2, capitalRange: "OVER_200M" };

describe("chooseDesk", () => {
  it("takes the first matching rule by position", () => {
    const rules = [
      rule({ id: 1, position: 20, sectorId: 1, deskId: 11 }),
      rule({ id: 2, position: 10, capitalRanges: ["OVER_200M"], deskId: 12 }),
    ];
    expect(chooseDesk(rules, request, 99)).toEqual({ deskId: 12, ruleId: 2 });
  });

  it("requires every set criterion to match", () => {
    const rules = [
      rule({ id: 1, sectorId: 1, hubId: 3, deskId: 11 }),
      rule({ id: 2, position: 2, sectorId: 1, hubId: 2, deskId: 12 }),
    ];
    expect(chooseDesk(rules, request, 99)).toEqual({ deskId: 12, ruleId: 2 });
    expect(chooseDesk([rule({ capitalRanges: ["UNDER_10M"] })], request, 99)).toEqual({ deskId: 99, ruleId: null });
  });

  it("skips inactive rules and rules whose desk is inactive", () => {
    const rules = [
      rule({ id: 1, active: false, deskId: 11 }),
      rule({ id: 2, position: 2, deskActive: false, deskId: 12 }),
    ];
    expect(chooseDesk(rules, request, 99)).toEqual({ deskId: 99, ruleId: null });
  });

  it("falls back to the default desk, or to nobody when there is none", () => {
    expect(chooseDesk([], request, 5)).toEqual({ deskId: 5, ruleId: null });
    expect(chooseDesk([], request, null)).toBeNull();
  });
});
