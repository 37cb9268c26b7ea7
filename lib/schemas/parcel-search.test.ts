import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_COMPARE, MAX_PAGE, MAX_QUERY_LENGTH, parseParcelSearch, searchToQuery } from "./parcel-search";

const parse = (query: string) => parseParcelSearch(new URLSearchParams(query));

describe("parseParcelSearch", () => {
  it("defaults to available parcels, most recently verified first, page 1", () => {
    expect(parse("")).toEqual({
      search: { status: "available", areaUnit: "m2", rentBasis: "term", sort: "verified", page: 1, compare: [] },
      issues: [],
    });
  });

  it("reads every filter", () => {
    const { search, issues } = parse(
      "q=kho+lạnh&hub=ben-luc&use=logistics&status=all&areaMin=1&areaMax=2.5&areaUnit=ha&rentMax=120&rentBasis=annual" +
        "&powerMin=2000&waterMin=100&wastewaterMin=80&sector=logistics&sort=rent-asc&page=3&compare=bl-a-01,CG-B-02",
    );
    expect(issues).toEqual([]);
    expect(search).toEqual({
      q: "kho lạnh",
      hub: "ben-luc",
      use: "logistics",
      status: "all",
      areaMin: 1,
      areaMax: 2.5,
      areaUnit: "ha",
      areaMinM2: 10_000,
      areaMaxM2: 25_000,
      rentMax: 120,
      rentBasis: "annual",
      powerMin: 2000,
      waterMin: 100,
      wastewaterMin: 80,
      sector: "logistics",
      sort: "rent-asc",
      page: 3,
      compare: ["BL-A-01", "CG-B-02"],
    });
  });

  it.each([
    ["areaMin=-5", "areaMin"],
    ["powerMin=abc", "powerMin"],
    ["rentMax=1e400", "rentMax"],
    ["use=casino", "use"],
    ["status=sold", "status"],
    ["sort=price", "sort"],
    ["hub=Bến Lức", "hub"],
    ["page=0", "page"],
    ["page=2.5", "page"],
  ])("ignores %s and keeps the rest of the search", (bad, field) => {
    const { search, issues } = parse(`${bad}&sector=logistics`);
    expect(issues).toEqual([{ field, code: "invalid" }]);
    expect(search.sector).toBe("logistics");
    const defaults: Record<string, unknown> = { status: "available", sort: "verified", page: 1 };
    expect(search[field as keyof typeof search]).toBe(defaults[field]);
  });

  it("ignores an area range whose minimum is above its maximum", () => {
    const { search, issues } = parse("areaMin=5&areaMax=2&hub=ben-luc");
    expect(issues).toEqual([{ field: "areaMin", code: "minAboveMax" }]);
    expect(search.areaMinM2).toBeUndefined();
    expect(search.areaMaxM2).toBeUndefined();
    expect(search.hub).toBe("ben-luc");
  });

  it("bounds huge areas to what the database can compare", () => {
    expect(parse("areaMin=1000000000&areaUnit=ha").search.areaMinM2).toBe(2_147_483_647);
  });

  it("sends a page beyond the last servable one back to page 1", () => {
    expect(parse(`page=${10 ** 9}`)).toMatchObject({
      search: { page: 1 },
      issues: [{ field: "page", code: "tooDeep" }],
    });
    expect(parse(`page=${MAX_PAGE}`).search.page).toBe(MAX_PAGE);
  });

  it("shortens a very long query and strips control characters", () => {
    const { search, issues } = parse(`q=${encodeURIComponent(`ben\u0000\u200bluc ${"x".repeat(10_000)}`)}`);
    expect(issues).toEqual([{ field: "q", code: "tooLong" }]);
    expect(search.q?.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(search.q?.startsWith("ben luc x")).toBe(true);
  });

  it("normalizes decomposed Vietnamese to NFC", () => {
    expect(parse(`q=${encodeURIComponent("Bến Lức".normalize("NFD"))}`).search.q).toBe("Bến Lức".normalize("NFC"));
  });

  it("keeps at most four valid, distinct comparison codes", () => {
    const { search, issues } = parse("compare=A-1,a-1,B-2,<script>,C-3,D-4,E-5");
    expect(search.compare).toEqual(["A-1", "B-2", "C-3", "D-4"].slice(0, MAX_COMPARE));
    expect(issues).toEqual([{ field: "compare", code: "invalid" }]);
  });

  it("reads numbers as the page's language writes them, and nothing that is not a number", () => {
    const vi = (query: string) => parseParcelSearch(new URLSearchParams(query), { locale: "vi" });
    expect(vi("areaMin=1,5&areaUnit=ha&rentMax=120,5&powerMin=8.000").search).toMatchObject({
      areaMin: 1.5,
      areaMinM2: 15_000,
      rentMax: 120.5,
      powerMin: 8_000,
    });
    expect(parse("areaMin=1.5&areaUnit=ha&powerMin=8,000").search).toMatchObject({ areaMin: 1.5, powerMin: 8_000 });
    for (const value of ["0x10", "1e3", "-1", "Infinity", "1,5,5"]) {
      expect(vi(`areaMin=${encodeURIComponent(value)}`).issues).toEqual([{ field: "areaMin", code: "invalid" }]);
    }
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseParcelSearch({ hub: ["ben-luc", "can-giuoc"] }).search.hub).toBe("ben-luc");
  });

  it("never throws, whatever the query (1,000 generated queries)", () => {
    const names = ["q", "hub", "use", "status", "areaMin", "areaMax", "areaUnit", "rentMax", "rentBasis", "powerMin"];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...names, "page", "compare", "sort", "x"), fc.string({ maxLength: 300 })),
        (dict) => {
          const { search } = parseParcelSearch(dict);
          expect(search.page).toBeGreaterThanOrEqual(1);
          expect(search.page).toBeLessThanOrEqual(MAX_PAGE);
          expect(search.compare.length).toBeLessThanOrEqual(MAX_COMPARE);
          if (search.areaMinM2 !== undefined && search.areaMaxM2 !== undefined) {
            expect(search.areaMinM2).toBeLessThanOrEqual(search.areaMaxM2);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe("searchToQuery", () => {
  it("leaves defaults out and round-trips through the parser", () => {
    const { search } = parse("hub=ben-luc&areaMin=1&areaUnit=ha&sort=area-desc&page=2&status=available");
    const query = searchToQuery(search);
    expect(query.toString()).toBe("hub=ben-luc&areaMin=1&areaUnit=ha&sort=area-desc&page=2");
    expect(parseParcelSearch(query).search).toEqual(search);
  });

  it("writes numbers so that every language reads them back the same", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => Math.round(n * 1e4) / 1e4),
        fc.constantFrom("vi", "en"),
        (rentMax, locale) => {
          const query = searchToQuery({ ...parse("").search, rentMax });
          expect(parseParcelSearch(query, { locale }).search.rentMax).toBeCloseTo(rentMax, 4);
        },
      ),
    );
    expect(searchToQuery({ ...parse("").search, rentMax: 12.345 }).toString()).toBe("rentMax=12.3450");
  });

  it("applies overrides, e.g. a new page or one more parcel to compare", () => {
    const { search } = parse("hub=ben-luc&page=4&compare=A-1");
    expect(searchToQuery(search, { page: 1, compare: ["A-1", "B-2"] }).toString()).toBe(
      "hub=ben-luc&compare=A-1%2CB-2",
    );
  });
});
