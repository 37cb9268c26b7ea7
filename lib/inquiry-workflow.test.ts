import { describe, expect, it } from "vitest";
import {
  CLOSED_STATUSES,
  canAssign,
  canMoveTo,
  INQUIRY_STATUSES,
  isOpen,
  movesFrom,
  needsReason,
} from "./inquiry-workflow";

describe("the inquiry workflow", () => {
  it("follows new → assigned → in progress → waiting → qualified → closed won", () => {
    expect(canMoveTo("ASSIGNED", "IN_PROGRESS")).toBe(true);
    expect(canMoveTo("IN_PROGRESS", "WAITING_ON_INVESTOR")).toBe(true);
    expect(canMoveTo("WAITING_ON_INVESTOR", "QUALIFIED")).toBe(true);
    expect(canMoveTo("QUALIFIED", "CLOSED_WON")).toBe(true);
  });

  it("reaches spam from anywhere open, and leaves a closed inquiry only by reopening it", () => {
    for (const status of INQUIRY_STATUSES.filter(isOpen)) expect(canMoveTo(status, "SPAM")).toBe(true);
    for (const status of CLOSED_STATUSES) expect(movesFrom(status)).toEqual(["IN_PROGRESS"]);
  });

  it("never skips to a win, never moves to where it is, and never back to new, assigned or held", () => {
    expect(canMoveTo("NEW", "CLOSED_WON")).toBe(false);
    expect(canMoveTo("IN_PROGRESS", "CLOSED_WON")).toBe(false);
    for (const from of INQUIRY_STATUSES) {
      expect(canMoveTo(from, from)).toBe(false);
      for (const to of ["NEW", "ASSIGNED", "HELD"] as const) expect(canMoveTo(from, to)).toBe(false);
    }
  });

  it("asks for a reason to close, and assigns only open inquiries that are not held", () => {
    expect(needsReason("CLOSED_WON")).toBe(true);
    expect(needsReason("CLOSED_LOST")).toBe(true);
    expect(needsReason("SPAM")).toBe(false);
    expect(canAssign("NEW")).toBe(true);
    expect(canAssign("HELD")).toBe(false);
    expect(canAssign("CLOSED_LOST")).toBe(false);
  });
});
