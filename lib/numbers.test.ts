import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatForInput, parseLocaleNumber } from "./numbers";

describe("parseLocaleNumber", () => {
  it.each([
    ["1,5", "vi", 1.5],
    ["1.5", "en", 1.5],
    ["2,19", "vi", 2.19],
    ["1.500", "vi", 1500],
    ["1,500", "en", 1500],
    ["12.345.678", "vi", 12_345_678],
    ["12,345,678.25", "en", 12_345_678.25],
    ["12.345,5", "vi", 12_345.5],
    ["1 500", "vi", 1500],
    ["1\u00a0500,25", "vi", 1500.25],
    ["  3  ", "en", 3],
    ["0,75", "vi", 0.75],
    [",5", "vi", 0.5],
    ["5.", "en", 5],
    // One separator that cannot group thousands is the other convention's decimal point.
    ["1.5", "vi", 1.5],
    ["1,5", "en", 1.5],
    ["1,25", "en", 1.25],
  ])("reads %s in %s as %d", (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });

  it.each([
    "0x10",
    "0X1A",
    "1e3",
    "1E-2",
    "-1",
    "+5",
    "Infinity",
    "NaN",
    "1,5,5",
    "1.2.3,4,5",
    "12.34.567",
    "1,234.5,6",
    ".",
    ",",
    "abc",
    "5 ha",
    "١٢",
  ])("refuses %s", (text) => {
    expect(parseLocaleNumber(text, "vi")).toBeNull();
    expect(parseLocaleNumber(text, "en")).toBeNull();
  });

  it("takes an empty or blank text as not given", () => {
    expect(parseLocaleNumber("", "vi")).toBeUndefined();
    expect(parseLocaleNumber("   ", "en")).toBeUndefined();
  });

  it("reads back every number as the language writes it in a field", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }).map((n) => Math.round(n * 1e4) / 1e4),
        fc.constantFrom("vi", "en"),
        (value, locale) => {
          expect(parseLocaleNumber(formatForInput(value, locale), locale)).toBeCloseTo(value, 4);
        },
      ),
    );
  });
});
