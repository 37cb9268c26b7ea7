import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workingDayTable } from "./working-day-table";
import { officeDay, startOfOfficeDay, workingDaysBetween } from "./working-days";

// Tết 2026 (16–20 February) and National Day 2026 (2 September), as Holiday rows would hold them.
const holidays = new Set(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-09-02"]);
const table = workingDayTable("2026-01-01", "2026-12-31", holidays);

/** Working days from the table's start to an instant, as the reports' query works it out. */
function workingAt(instant: Date): number {
  const day = officeDay(instant);
  const index = table.days.indexOf(day);
  const part = (instant.getTime() - startOfOfficeDay(day).getTime()) / 86_400_000;
  return (table.before[index] as number) + (table.working[index] ? part : 0);
}

describe("workingDayTable", () => {
  it("lists every day with whether it is worked and the working days before it", () => {
    const week = workingDayTable("2026-02-13", "2026-02-24", holidays);
    expect(week.days).toEqual([
      "2026-02-13",
      "2026-02-14",
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
      "2026-02-23",
      "2026-02-24",
    ]);
    // Friday, the weekend, Tết all week, the weekend, Monday and Tuesday.
    expect(week.working).toEqual([true, false, false, false, false, false, false, false, false, false, true, true]);
    expect(week.before).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
  });

  it("gives the same working days between two instants as workingDaysBetween", () => {
    const start = Date.parse("2026-01-01T00:00:00+07:00");
    const end = Date.parse("2026-12-31T23:59:59+07:00");
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: start, max: end }), (a, b) => {
        const [from, to] = [new Date(Math.min(a, b)), new Date(Math.max(a, b))];
        expect(workingAt(to) - workingAt(from)).toBeCloseTo(workingDaysBetween(from, to, holidays), 9);
      }),
      { numRuns: 500 },
    );
  });

  it("is empty when the last day comes before the first", () => {
    expect(workingDayTable("2026-03-02", "2026-03-01", holidays)).toEqual({ days: [], before: [], working: [] });
  });
});
