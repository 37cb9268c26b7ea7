import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName, countryOptions, FREQUENT_COUNTRIES, isCountryCode } from "./countries";

describe("countries", () => {
  it("are the 249 officially assigned ISO 3166-1 codes, each once", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(FREQUENT_COUNTRIES.every(isCountryCode)).toBe(true);
  });

  it("refuses codes that are not assigned", () => {
    for (const code of ["XX", "JA", "EU", "UK", "XK", "ZZ", "vn"]) expect(isCountryCode(code)).toBe(false);
  });

  it("names every country in both languages, sorted as each language sorts", () => {
    const vi = countryOptions("vi");
    const en = countryOptions("en");
    expect(vi).toHaveLength(249);
    expect(vi.every((option) => option.label !== option.value)).toBe(true);
    expect(en.every((option) => option.label !== option.value)).toBe(true);
    expect(countryName("KR", "vi")).toBe("Hàn Quốc");
    expect(countryName("KR", "en")).toBe("South Korea");
    const labels = en.map((option) => option.label);
    expect([...labels].sort(new Intl.Collator("en").compare)).toEqual(labels);
  });
});
