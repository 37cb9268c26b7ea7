import { describe, expect, it } from "vitest";
import {
  addMonths,
  defaultReportRange,
  monthCount,
  monthsOf,
  parseReportQuery,
  rangeInstants,
  reportRangeQuery,
} from "./report-query";

// 1 December 2026, 06:00 in Viet Nam (30 November, 23:00 UTC).
const now = new Date("2026-11-30T23:00:00Z");
const parse = (query: string) => parseReportQuery(new URLSearchParams(query), now);

describe("report months", () => {
  it("counts and steps months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-03", -27)).toBe("2023-12");
    expect(monthCount({ from: "2025-12", to: "2026-11" })).toBe(12);
    expect(monthCount({ from: "2026-02", to: "2026-01" })).toBe(0);
    expect(monthsOf({ from: "2025-11", to: "2026-02" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("turns a range into instants at midnight in Viet Nam, the end excluded", () => {
    expect(rangeInstants({ from: "2026-01", to: "2026-12" })).toEqual({
      from: new Date("2025-12-31T17:00:00Z"),
      to: new Date("2026-12-31T17:00:00Z"),
    });
  });

  it("defaults to the twelve months up to this one, in Viet Nam's time", () => {
    // Still November in UTC, already December in Viet Nam.
    expect(defaultReportRange(now)).toEqual({ from: "2026-01", to: "2026-12" });
  });
});

describe("parseReportQuery", () => {
  it("reads both months", () => {
    expect(parse("from=2025-03&to=2026-02")).toEqual({
      range: { from: "2025-03", to: "2026-02" },
      notice: null,
      asked: true,
    });
  });

  it("shows the default range without a notice when none is asked for", () => {
    expect(parse("")).toEqual({ range: { from: "2026-01", to: "2026-12" }, notice: null, asked: false });
    expect(parseReportQuery({ from: "", to: undefined }, now).notice).toBeNull();
  });

  it("completes a range from one end", () => {
    expect(parse("to=2026-06").range).toEqual({ from: "2025-07", to: "2026-06" });
    expect(parse("from=2026-09").range).toEqual({ from: "2026-09", to: "2026-12" });
  });

  it("accepts one month and exactly 36", () => {
    expect(parse("from=2026-05&to=2026-05")).toMatchObject({ range: { from: "2026-05", to: "2026-05" }, notice: null });
    expect(parse("from=2024-01&to=2026-12")).toMatchObject({ range: { from: "2024-01", to: "2026-12" }, notice: null });
  });

  it("falls back to the default with a notice that says why", () => {
    const fallback = { from: "2026-01", to: "2026-12" };
    for (const query of ["from=2026-13&to=2026-12", "from=26-01", "to=yesterday", "from=2026-1&to=2026-05"]) {
      expect(parse(query), query).toEqual({ range: fallback, notice: "invalidMonth", asked: true });
    }
    expect(parse("from=2026-06&to=2026-05")).toEqual({ range: fallback, notice: "fromAfterTo", asked: true });
    expect(parse("from=2027-01")).toEqual({ range: fallback, notice: "fromAfterTo", asked: true });
    expect(parse("from=2023-12&to=2026-12")).toEqual({ range: fallback, notice: "tooLong", asked: true });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseReportQuery({ from: ["2026-02", "2020-01"], to: "2026-03" }, now).range).toEqual({
      from: "2026-02",
      to: "2026-03",
    });
  });

  it("writes a range back as a query the parser reads the same", () => {
    const range = { from: "2025-04", to: "2026-01" };
    expect(reportRangeQuery(range)).toBe("?from=2025-04&to=2026-01");
    expect(parse(reportRangeQuery(range).slice(1)).range).toEqual(range);
  });
});
