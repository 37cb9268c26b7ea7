import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, officeDay, workingDaysBetween } from "./working-days";

// Tết Bính Ngọ 2026: the days off Monday 16 to Friday 20 February; Hùng
// Kings' day compensated on Monday 27 April.
const holidays = new Set(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-27"]);
/** An instant given as Viet Nam's wall-clock time (UTC+7). */
const vn = (local: string) => new Date(`${local}+07:00`);

describe("working days in Viet Nam", () => {
  it("reads the calendar day in Viet Nam, not in UTC", () => {
    expect(officeDay(vn("2026-12-01T06:00:00"))).toBe("2026-12-01");
    expect(officeDay(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12-01");
  });

  it("skips weekends and holidays", () => {
    expect(isWorkingDay("2026-12-04", holidays)).toBe(true); // Friday
    expect(isWorkingDay("2026-12-05", holidays)).toBe(false); // Saturday
    expect(isWorkingDay("2026-12-06", holidays)).toBe(false); // Sunday
    expect(isWorkingDay("2026-02-18", holidays)).toBe(false); // Tết
  });

  it("keeps the time of day within the week", () => {
    expect(addWorkingDays(vn("2026-12-01T10:30:00"), 2, holidays)).toEqual(vn("2026-12-03T10:30:00"));
  });

  it("carries a Friday over the weekend", () => {
    expect(addWorkingDays(vn("2026-12-04T16:00:00"), 2, holidays)).toEqual(vn("2026-12-08T16:00:00"));
  });

  it("carries the Friday before Tết over the whole holiday", () => {
    expect(addWorkingDays(vn("2026-02-13T16:00:00"), 2, holidays)).toEqual(vn("2026-02-24T16:00:00"));
    expect(addWorkingDays(vn("2026-02-12T09:00:00"), 2, holidays)).toEqual(vn("2026-02-23T09:00:00"));
  });

  it("counts from the next working day for what arrives on a day off, due at the end of the last one", () => {
    // Saturday: Monday and Tuesday count, due at midnight after Tuesday.
    expect(addWorkingDays(vn("2026-12-05T11:00:00"), 2, holidays)).toEqual(vn("2026-12-09T00:00:00"));
    // In the middle of Tết: Monday 23 and Tuesday 24 February count.
    expect(addWorkingDays(vn("2026-02-18T08:00:00"), 2, holidays)).toEqual(vn("2026-02-25T00:00:00"));
    // Sunday before the compensated Hùng Kings' day: Tuesday and Wednesday count.
    expect(addWorkingDays(vn("2026-04-26T20:00:00"), 2, holidays)).toEqual(vn("2026-04-30T00:00:00"));
  });

  it("measures the working time between two instants", () => {
    expect(workingDaysBetween(vn("2026-12-01T10:00:00"), vn("2026-12-01T22:00:00"), holidays)).toBeCloseTo(0.5);
    // Friday noon to Monday noon: half of Friday and half of Monday.
    expect(workingDaysBetween(vn("2026-12-04T12:00:00"), vn("2026-12-07T12:00:00"), holidays)).toBeCloseTo(1);
    // Over Tết, only the working days count.
    expect(workingDaysBetween(vn("2026-02-13T00:00:00"), vn("2026-02-24T00:00:00"), holidays)).toBeCloseTo(2);
    expect(workingDaysBetween(vn("2026-12-02T00:00:00"), vn("2026-12-01T00:00:00"), holidays)).toBe(0);
  });

  it("agrees with itself: the due time is always the target in working time after a working-day start", () => {
    for (let day = 1; day <= 28; day++) {
      const start = vn(`2026-02-${String(day).padStart(2, "0")}T09:15:00`);
      if (!isWorkingDay(officeDay(start), holidays)) continue;
      expect(workingDaysBetween(start, addWorkingDays(start, 2, holidays), holidays)).toBeCloseTo(2);
    }
  });
});
