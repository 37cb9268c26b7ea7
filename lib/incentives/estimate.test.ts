import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { incentiveRuleEntries } from "../../prisma/seed/content/incentive-rules";
import { type EstimateInput, estimateIncentives, type YearRow } from "./estimate";
import { type IncentiveRules, rulesFromDocs } from "./rules";

// The seed's rules are what is tested: the figures officials start from.
const rules = rulesFromDocs(incentiveRuleEntries) as IncentiveRules;

const base: EstimateInput = {
  product: "electronics-key-digital",
  location: "industrial-park",
  firstRevenueYear: 2027,
  firstTaxableYear: 2028,
  taxableIncomeBn: 100,
  licenceDate: "2026-06-01",
  minimumTaxGroup: false,
};

const row = (years: YearRow[], year: number) => {
  const found = years.find((r) => r.year === year);
  if (!found) throw new Error(`no row for ${year}`);
  return found;
};
const savedByYear = (years: YearRow[]) => Object.fromEntries(years.map((r) => [r.year, r.savedBn]));

describe("the seed's rules", () => {
  it("hold the tax parameters, the three tiers, four location types and products for all six sectors", () => {
    expect(rules.tax).toMatchObject({ standardRatePct: 20, globalMinimumPct: 15, lawChangeDate: "2025-10-01" });
    expect(rules.tiers.map((t) => t.code)).toEqual(["T10", "T17", "T-agri"]);
    expect(rules.locations.map((l) => l.key)).toEqual([
      "industrial-park",
      "economic-zone-area",
      "high-tech-zone",
      "none",
    ]);
    expect(new Set(rules.products.map((p) => p.sector))).toEqual(
      new Set([
        "electronics",
        "telecommunications",
        "it-digital-economy",
        "high-tech-agriculture",
        "supporting-industries",
        "logistics",
      ]),
    );
    for (const product of rules.products) {
      if (product.tier) expect(rules.tiers.some((t) => t.key === product.tier)).toBe(true);
    }
  });

  it("are not available without the tax parameters", () => {
    expect(rulesFromDocs(incentiveRuleEntries.filter((e) => e.kind !== "tax-parameters"))).toBeNull();
  });
});

describe("estimateIncentives", () => {
  it("reproduces INCENTIVES.md's worked example (electronics, T10, first revenue 2027, income 100 bn from 2028)", () => {
    const result = estimateIncentives(base, rules);
    expect(result.chosen?.candidate).toMatchObject({ source: "product", tierKey: "t10" });
    expect(result.chosen?.reason).toBe("only");
    const saved = savedByYear(result.years);
    expect(saved[2027]).toBe(0);
    for (const year of [2028, 2029, 2030, 2031]) {
      expect(saved[year]).toBe(20);
      expect(row(result.years, year)).toMatchObject({ phase: "exempt", ratePct: 0, withIncentivesBn: 0 });
    }
    for (let year = 2032; year <= 2040; year++) {
      expect(saved[year]).toBe(15);
      expect(row(result.years, year)).toMatchObject({ phase: "reduced", ratePct: 5, withIncentivesBn: 5 });
    }
    expect(row(result.years, 2041)).toMatchObject({ phase: "preferential", ratePct: 10, savedBn: 10 });
    expect(row(result.years, 2042)).toMatchObject({ phase: "standard", ratePct: 20, savedBn: 0, statutoryBn: 20 });
    expect(result.years.at(-1)?.year).toBe(2042);
    expect(result.totals).toEqual({ statutoryBn: 300, withIncentivesBn: 75, savedBn: 225 });
    expect(result.legalBasis).toEqual(expect.arrayContaining(["67-2025-qh15", "320-2025-nd-cp"]));
  });

  it("caps the saving of a minimum-tax group at 5 % of taxable income (5 bn a year)", () => {
    const result = estimateIncentives({ ...base, minimumTaxGroup: true }, rules);
    for (const r of result.years) expect(r.savedBn).toBeLessThanOrEqual(5);
    expect(row(result.years, 2028)).toMatchObject({ savedBn: 5, withIncentivesBn: 15, capped: true });
    expect(row(result.years, 2041)).toMatchObject({ savedBn: 5, capped: true });
    expect(result.notes).toContainEqual({ key: "minimumTaxCapped" });
    expect(result.assumptions).toContainEqual({ key: "minimumTax", minimumPct: 15, capPct: 5 });
  });

  it("applies T17 to other digital-technology products: 2 years exempt, 4 at 8.5 %, then 17 % to year 10", () => {
    const result = estimateIncentives({ ...base, product: "electronics-other-digital" }, rules);
    expect(result.chosen?.candidate.tierKey).toBe("t17");
    expect(row(result.years, 2028)).toMatchObject({ phase: "exempt", savedBn: 20 });
    expect(row(result.years, 2029)).toMatchObject({ phase: "exempt", savedBn: 20 });
    expect(row(result.years, 2030)).toMatchObject({ phase: "reduced", ratePct: 8.5, savedBn: 11.5 });
    expect(row(result.years, 2033)).toMatchObject({ phase: "reduced", ratePct: 8.5 });
    expect(row(result.years, 2034)).toMatchObject({ phase: "preferential", ratePct: 17, savedBn: 3 });
    expect(row(result.years, 2036)).toMatchObject({ phase: "preferential", ratePct: 17 });
    expect(row(result.years, 2037)).toMatchObject({ phase: "standard", savedBn: 0 });
    expect(result.years.at(-1)?.year).toBe(2037);
  });

  it("gives T-agri's 15 % for the whole life, with no holiday, shown over 15 years", () => {
    const result = estimateIncentives(
      { ...base, product: "agri-farming-processing", firstTaxableYear: 2027, location: "none" },
      rules,
    );
    expect(result.chosen?.candidate.tierKey).toBe("t-agri");
    expect(result.years.every((r) => r.ratePct === 15 && r.phase === "preferential" && r.savedBn === 5)).toBe(true);
    expect(result.years).toHaveLength(16);
    expect(result.assumptions).toContainEqual({ key: "forLife", years: 15 });
  });

  it("starts the holiday in the 4th year when there is no taxable income in the first 3", () => {
    const result = estimateIncentives({ ...base, firstTaxableYear: 2031 }, rules);
    const s = result.chosen?.candidate.schedule;
    expect(s).toMatchObject({ rateStart: 2027, rateEnd: 2041, holidayStart: 2030, exemptEnd: 2033, reducedEnd: 2042 });
    // 2030 is exempt but has no income; the rate years still run from 2027.
    expect(row(result.years, 2030)).toMatchObject({ phase: "exempt", incomeBn: 0, savedBn: 0 });
    expect(row(result.years, 2031)).toMatchObject({ phase: "exempt", savedBn: 20 });
    // The reduction outlasts the 10 % years: 50 % of the standard rate in 2042.
    expect(row(result.years, 2042)).toMatchObject({ phase: "reduced", ratePct: 10, savedBn: 10 });
    expect(row(result.years, 2043)).toMatchObject({ phase: "standard", savedBn: 0 });
    expect(result.assumptions).toContainEqual({ key: "holidayDeferred", year: 2030, deferYears: 3 });
  });

  it("keeps the industrial park's 2 + 4 holiday for a licence from before 1 Oct 2025", () => {
    const result = estimateIncentives(
      { ...base, product: "electronics-other", licenceDate: "2025-09-30", firstTaxableYear: 2027 },
      rules,
    );
    expect(result.chosen?.candidate).toMatchObject({
      source: "legacy",
      ruleKey: "industrial-park",
      reason: "legacyKept",
    });
    expect(row(result.years, 2027)).toMatchObject({ phase: "exempt", savedBn: 20 });
    expect(row(result.years, 2028)).toMatchObject({ phase: "exempt", savedBn: 20 });
    for (let year = 2029; year <= 2032; year++)
      expect(row(result.years, year)).toMatchObject({ phase: "reduced", ratePct: 10, savedBn: 10 });
    expect(row(result.years, 2033)).toMatchObject({ phase: "standard", savedBn: 0 });
    expect(result.years.at(-1)?.year).toBe(2033);
  });

  it("picks the most favourable of the product's T10 and the old park holiday, and says so", () => {
    const result = estimateIncentives({ ...base, licenceDate: "2024-03-15" }, rules);
    const applying = result.candidates.filter((c) => c.applies).map((c) => c.source);
    expect(applying).toEqual(["product", "legacy"]);
    expect(result.chosen).toMatchObject({ reason: "mostFavourable", candidate: { source: "product", tierKey: "t10" } });
    const [product, legacy] = result.candidates.filter((c) => c.applies);
    expect(product?.totalSavedBn).toBeGreaterThan(legacy?.totalSavedBn ?? Infinity);
    // The tiers in the seed take effect with the law; an older licence gets the earliest version, said as an assumption.
    expect(result.assumptions).toContainEqual({
      key: "earlierTierVersion",
      tierKey: "t10",
      effectiveFrom: "2025-10-01",
    });
  });

  it("gives no incentive to a warehouse in an industrial park licensed after the law change", () => {
    const result = estimateIncentives({ ...base, product: "logistics-warehousing" }, rules);
    expect(result.chosen).toBeNull();
    expect(result.candidates.map((c) => [c.source, c.applies, c.reason])).toEqual([
      ["product", false, "productNoTier"],
      ["location", false, "locationNoTier"],
      ["legacy", false, "legacyLicensedAfter"],
    ]);
    expect(result.totals.savedBn).toBe(0);
    expect(result.years.every((r) => r.phase === "standard" && r.withIncentivesBn === r.statutoryBn)).toBe(true);
    expect(result.notes).toContainEqual({ key: "landRentDeveloper" });
  });

  it("gives port infrastructure T10 while warehousing gets nothing", () => {
    const result = estimateIncentives({ ...base, product: "logistics-port-infrastructure" }, rules);
    expect(result.chosen?.candidate.tierKey).toBe("t10");
  });

  it("gives a high-tech zone's T10 to a product without a sector incentive", () => {
    const result = estimateIncentives({ ...base, product: "electronics-other", location: "high-tech-zone" }, rules);
    expect(result.chosen?.candidate).toMatchObject({ source: "location", ruleKey: "high-tech-zone", tierKey: "t10" });
    expect(result.notes).not.toContainEqual({ key: "landRentDeveloper" });
  });

  it("prefers the product's T10 over an economic zone's T17", () => {
    const result = estimateIncentives({ ...base, location: "economic-zone-area" }, rules);
    expect(result.candidates.filter((c) => c.applies).map((c) => c.tierKey)).toEqual(["t10", "t17"]);
    expect(result.chosen).toMatchObject({ reason: "mostFavourable", candidate: { tierKey: "t10" } });
  });

  it("grows the taxable income by the growth rate", () => {
    const result = estimateIncentives({ ...base, growthPct: 10 }, rules);
    expect(row(result.years, 2028).incomeBn).toBe(100);
    expect(row(result.years, 2029).incomeBn).toBe(110);
    expect(row(result.years, 2030).incomeBn).toBe(121);
    expect(row(result.years, 2032)).toMatchObject({ incomeBn: 146.41, statutoryBn: 29.282, savedBn: 21.961 });
    expect(result.assumptions).toContainEqual({ key: "growth", growthPct: 10 });
  });

  it("saves nothing in a loss year and the holiday years still run", () => {
    const result = estimateIncentives({ ...base, incomeByYear: { 2029: -40 } }, rules);
    expect(row(result.years, 2029)).toMatchObject({
      incomeBn: -40,
      statutoryBn: 0,
      withIncentivesBn: 0,
      savedBn: 0,
      phase: "exempt",
    });
    expect(row(result.years, 2032)).toMatchObject({ phase: "reduced", savedBn: 15 });
  });

  it("counts a certificate-based incentive from the certificate's year, when later than first revenue", () => {
    const result = estimateIncentives(
      { ...base, product: "electronics-high-tech-certified", firstTaxableYear: 2027, certificateYear: 2029 },
      rules,
    );
    expect(result.chosen?.candidate.schedule).toMatchObject({ rateStart: 2029, rateEnd: 2043, holidayStart: 2029 });
    expect(row(result.years, 2027)).toMatchObject({ phase: "standard", savedBn: 0 });
    expect(row(result.years, 2029)).toMatchObject({ phase: "exempt", savedBn: 20 });
    expect(result.assumptions).toContainEqual({ key: "certificateYear", year: 2029, assumed: false });
  });

  it("assumes the licence year as the certificate's year when it is not given", () => {
    const result = estimateIncentives(
      { ...base, product: "agri-high-tech-certified", licenceDate: "2030-02-01" },
      rules,
    );
    expect(result.chosen?.candidate.schedule?.rateStart).toBe(2030);
    expect(result.assumptions).toContainEqual({ key: "certificateYear", year: 2030, assumed: true });
  });

  it("chooses the tier version in force on the licence date", () => {
    // A later version of T10 (say a shorter holiday from 2030) applies to licences from then on.
    const t10 = rules.tiers.find((t) => t.key === "t10");
    if (!t10) throw new Error("no t10");
    const versioned: IncentiveRules = {
      ...rules,
      tiers: [
        { ...t10, effectiveTo: "2029-12-31" },
        { ...t10, key: "t10-2030", exemptYears: 2, reducedYears: 4, effectiveFrom: "2030-01-01" },
        ...rules.tiers.filter((t) => t.key !== "t10"),
      ],
    };
    const before = estimateIncentives({ ...base, licenceDate: "2029-12-31" }, versioned);
    const after = estimateIncentives({ ...base, licenceDate: "2030-01-01" }, versioned);
    expect(before.chosen?.candidate.tierKey).toBe("t10");
    expect(after.chosen?.candidate.tierKey).toBe("t10-2030");
    expect(after.chosen?.candidate.schedule).toMatchObject({ exemptEnd: 2029, reducedEnd: 2033 });
    // A tier whose last version has ended gives nothing.
    const ended: IncentiveRules = { ...rules, tiers: [{ ...t10, effectiveTo: "2027-12-31" }] };
    const late = estimateIncentives({ ...base, licenceDate: "2028-01-01" }, ended);
    expect(late.candidates[0]).toMatchObject({ applies: false, reason: "tierNotInForce" });
  });

  it("notes a large project's possible extension without applying it", () => {
    const key = estimateIncentives({ ...base, capitalBn: 6_000 }, rules);
    expect(key.notes).toContainEqual({ key: "largeProjectKeySector", capitalBn: 6_000 });
    expect(key.totals).toEqual(estimateIncentives(base, rules).totals);
    const other = estimateIncentives(
      { ...base, product: "electronics-other", capitalBn: 12_000, employees: 7_000 },
      rules,
    );
    expect(other.notes).toEqual(
      expect.arrayContaining([
        { key: "largeProject", capitalBn: 12_000, employeesMet: true },
        { key: "largeManufacturing", capitalBn: 12_000 },
      ]),
    );
    expect(estimateIncentives({ ...base, capitalBn: 5_999 }, rules).notes).not.toContainEqual(
      expect.objectContaining({ key: "largeProjectKeySector" }),
    );
  });

  it("states the standard-rate assumption (small-revenue rates left out)", () => {
    expect(estimateIncentives(base, rules).assumptions).toContainEqual({ key: "standardRate", standardPct: 20 });
  });
});

describe("estimateIncentives on random inputs", () => {
  const productKeys = rules.products.map((p) => p.key);
  const locationKeys = rules.locations.map((l) => l.key);
  const date = fc
    .record({
      y: fc.integer({ min: 2015, max: 2045 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  const input = fc
    .record({
      product: fc.constantFrom(...productKeys),
      location: fc.constantFrom(...locationKeys),
      capitalBn: fc.option(fc.double({ min: 0, max: 1_000_000, noNaN: true }), { nil: undefined }),
      employees: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
      firstRevenueYear: fc.integer({ min: 2015, max: 2060 }),
      taxableDelay: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      taxableIncomeBn: fc.double({ min: 0, max: 100_000, noNaN: true }),
      growthPct: fc.option(fc.double({ min: -50, max: 50, noNaN: true }), { nil: undefined }),
      loss: fc.option(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.double({ min: -1_000, max: 0, noNaN: true })), {
        nil: undefined,
      }),
      licenceDate: date,
      certificateYear: fc.option(fc.integer({ min: 2015, max: 2060 }), { nil: undefined }),
      minimumTaxGroup: fc.boolean(),
    })
    .map(
      ({ taxableDelay, loss, ...rest }): EstimateInput => ({
        ...rest,
        firstTaxableYear: taxableDelay === undefined ? undefined : rest.firstRevenueYear + taxableDelay,
        incomeByYear: loss ? { [rest.firstRevenueYear + loss[0]]: loss[1] } : undefined,
      }),
    );

  it("never throws, never saves a negative amount nor more than the statutory tax, and adds up", () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = estimateIncentives(value, rules);
        expect(result.years.length).toBeGreaterThan(0);
        for (const r of result.years) {
          for (const figure of [r.incomeBn, r.statutoryBn, r.withIncentivesBn, r.savedBn, r.ratePct])
            expect(Number.isFinite(figure)).toBe(true);
          expect(r.savedBn).toBeGreaterThanOrEqual(0);
          expect(r.savedBn).toBeLessThanOrEqual(r.statutoryBn);
          expect(r.withIncentivesBn).toBeGreaterThanOrEqual(0);
          expect(Math.abs(r.statutoryBn - r.withIncentivesBn - r.savedBn)).toBeLessThan(1e-6);
          if (value.minimumTaxGroup) expect(r.savedBn).toBeLessThanOrEqual(Math.max(0, r.incomeBn) * 0.05 + 0.001);
        }
        expect(result.totals.savedBn).toBeGreaterThanOrEqual(0);
        expect(result.totals.savedBn).toBeLessThanOrEqual(result.totals.statutoryBn);
      }),
      { numRuns: 1_000 },
    );
  });
});
