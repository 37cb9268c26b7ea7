import { describe, expect, it } from "vitest";
import { bestIndexes } from "./compare";

describe("bestIndexes", () => {
  it("picks the highest or the lowest value", () => {
    expect(bestIndexes([3, 9, 5], "higher")).toEqual(new Set([1]));
    expect(bestIndexes([3, 9, 5], "lower")).toEqual(new Set([0]));
  });

  it("marks every value tied for best", () => {
    expect(bestIndexes([200, 150, 150], "lower")).toEqual(new Set([1, 2]));
  });

  it("marks nothing when all values are equal, not comparable, or missing", () => {
    expect(bestIndexes([5, 5], "higher")).toEqual(new Set());
    expect(bestIndexes([1, 2], "none")).toEqual(new Set());
    expect(bestIndexes([null, 4], "lower")).toEqual(new Set());
  });

  it("ignores missing values when comparing the others", () => {
    expect(bestIndexes([null, 4, 2], "lower")).toEqual(new Set([2]));
  });
});
