import { type IncentiveRules, type LegacyHoliday, type TierRule, tierVersionFor } from "./rules";

// The corporate income tax estimator (INCENTIVES.md §1): which incentives fit
// a new project, which one the enterprise would pick, and what it is worth
// year by year. Pure and deterministic. Money is computed in whole millions
// of VND (so sums are exact) and returned in billions.

export type EstimateInput = {
  /** A product category's key (it names the sector). */
  product: string;
  /** A location type's key. */
  location: string;
  capitalBn?: number;
  employees?: number;
  firstRevenueYear: number;
  /** The first year with taxable income; the first revenue year when not given. */
  firstTaxableYear?: number;
  /** Taxable income of the first taxable year, VND bn, then growing by `growthPct` a year. */
  taxableIncomeBn: number;
  growthPct?: number;
  /** Taxable income of particular years (VND bn; negative for a loss), in place of the flat figure. */
  incomeByYear?: Readonly<Record<number, number>>;
  /** YYYY-MM-DD. */
  licenceDate: string;
  /** For a certificate-based incentive: the year the certificate is granted (the licence year if not given). */
  certificateYear?: number;
  minimumTaxGroup: boolean;
};

export type Phase = "exempt" | "reduced" | "preferential" | "standard";
export type CandidateSource = "product" | "location" | "legacy";
export type CandidateReason =
  /** The product category's sector incentive. */
  | "productTier"
  | "productNoTier"
  /** The location type's incentive. */
  | "locationTier"
  | "locationNoTier"
  /** Licensed before the law change: keeps the location's old holiday. */
  | "legacyKept"
  | "legacyLicensedAfter"
  /** The tier has no version in force on the licence date. */
  | "tierNotInForce";

export type Schedule = {
  rateStart: number;
  /** Last year at the preferential rate; null: for the project's whole life; rateStart − 1: none. */
  rateEnd: number | null;
  holidayStart: number;
  /** Last exempt year and last reduced year (holidayStart − 1 when there is none). */
  exemptEnd: number;
  reducedEnd: number;
  /** The last year of any incentive (the table runs one year past it). */
  end: number;
};

export type Candidate = {
  source: CandidateSource;
  /** The product or location type the candidate comes from. */
  ruleKey: string;
  /** The tier version applied (null for none and for the legacy holiday). */
  tierKey: string | null;
  applies: boolean;
  reason: CandidateReason;
  /** Over the comparison horizon (the latest end of the candidates, plus a year); 0 when it does not apply. */
  totalSavedBn: number;
  schedule: Schedule | null;
};

export type YearRow = {
  year: number;
  incomeBn: number;
  statutoryBn: number;
  withIncentivesBn: number;
  savedBn: number;
  ratePct: number;
  phase: Phase;
  /** The saving was cut to the global minimum tax. */
  capped: boolean;
};

export type Assumption =
  | { key: "standardRate"; standardPct: number }
  | { key: "newProject" }
  | { key: "lossesCarried" }
  | { key: "undiscounted" }
  | { key: "certificateYear"; year: number; assumed: boolean }
  | { key: "holidayDeferred"; year: number; deferYears: number }
  | { key: "forLife"; years: number }
  | { key: "earlierTierVersion"; tierKey: string; effectiveFrom: string }
  | { key: "minimumTax"; minimumPct: number; capPct: number }
  | { key: "growth"; growthPct: number };

export type Note =
  | { key: "largeProjectKeySector"; capitalBn: number }
  /** `employeesMet`: more employees than the threshold (otherwise the revenue criterion decides). */
  | { key: "largeProject"; capitalBn: number; employeesMet: boolean }
  | { key: "largeManufacturing"; capitalBn: number }
  | { key: "minimumTaxCapped" }
  | { key: "landRentDeveloper" };

export type Estimate = {
  candidates: Candidate[];
  /** The incentive the enterprise would pick; null when none applies. */
  chosen: { candidate: Candidate; reason: "only" | "mostFavourable" } | null;
  years: YearRow[];
  totals: { statutoryBn: number; withIncentivesBn: number; savedBn: number };
  assumptions: Assumption[];
  notes: Note[];
  /** Keys of legal documents (links to /documents#<key>). */
  legalBasis: string[];
};

/** How many years a whole-life rate is shown and compared over. */
export const FOR_LIFE_YEARS = 15;
/** Years shown when no incentive applies. */
const PLAIN_YEARS = 5;
/** Large projects (the Prime Minister may extend the period by up to 15 years): a note, never applied. */
export const LARGE_PROJECT = { keySectorBn: 6_000, projectBn: 12_000, revenueBn: 20_000, employees: 6_000 } as const;
/** The tier code whose sectors are the "key sectors" of the large-project rule. */
const KEY_SECTOR_TIER = "T10";

/** A plan of rates: the preferential rate for its years, then the holiday running in parallel. */
type Plan = {
  ratePct: number;
  schedule: Schedule;
  reductionPct: number;
};

const millions = (bn: number) => (Number.isFinite(bn) ? Math.round(bn * 1000) : 0);
const billions = (m: number) => m / 1000;

export function estimateIncentives(input: EstimateInput, rules: IncentiveRules): Estimate {
  const { tax } = rules;
  const standard = clamp(tax.standardRatePct, 0, 100);
  const capPct = Math.max(0, standard - clamp(tax.globalMinimumPct, 0, 100));
  const deferYears = Math.max(1, Math.round(tax.holidayDeferYears));
  const firstRevenue = Math.round(input.firstRevenueYear);
  const firstTaxable = Math.max(firstRevenue, Math.round(input.firstTaxableYear ?? firstRevenue));
  const growth = clamp(input.growthPct ?? 0, -99, 1000) / 100;
  const baseIncome = millions(input.taxableIncomeBn);
  const licenceYear = Number(input.licenceDate.slice(0, 4)) || firstRevenue;
  const licensedBeforeChange = input.licenceDate < tax.lawChangeDate;

  const incomeOf = (year: number): number => {
    const given = input.incomeByYear?.[year];
    if (given !== undefined) return millions(given);
    if (year < firstTaxable) return 0;
    const value = Math.round(baseIncome * (1 + growth) ** (year - firstTaxable));
    return Number.isFinite(value) ? value : 0;
  };
  const statutoryOf = (income: number) => (income > 0 ? Math.round((income * standard) / 100) : 0);

  const assumptions: Assumption[] = [
    { key: "standardRate", standardPct: standard },
    { key: "newProject" },
    { key: "lossesCarried" },
    { key: "undiscounted" },
  ];
  if (growth !== 0) assumptions.push({ key: "growth", growthPct: growth * 100 });

  const product = rules.products.find((p) => p.key === input.product);
  const location = rules.locations.find((l) => l.key === input.location);
  const certificateYear = product?.certificateBased ? Math.round(input.certificateYear ?? licenceYear) : undefined;
  if (certificateYear !== undefined)
    assumptions.push({ key: "certificateYear", year: certificateYear, assumed: input.certificateYear === undefined });

  /**
   * Rate years start with the first year of revenue (a certificate's year if
   * later); holiday years with the first year of taxable income, or the
   * year after `deferYears` without any.
   */
  const scheduleOf = (rateYears: number | null, exempt: number, reduced: number): Schedule => {
    const rateStart = Math.max(firstRevenue, certificateYear ?? firstRevenue);
    let holidayStart = rateStart + deferYears;
    for (let year = rateStart; year < rateStart + deferYears; year++) {
      if (incomeOf(year) > 0) {
        holidayStart = year;
        break;
      }
    }
    const rateEnd = rateYears === null ? null : rateStart + Math.max(0, Math.round(rateYears)) - 1;
    const exemptEnd = holidayStart + Math.max(0, Math.round(exempt)) - 1;
    const reducedEnd = exemptEnd + Math.max(0, Math.round(reduced));
    const holidayEnd = exempt + reduced > 0 ? reducedEnd : rateStart - 1;
    const end = Math.max(rateEnd ?? rateStart + FOR_LIFE_YEARS - 1, holidayEnd);
    return { rateStart, rateEnd, holidayStart, exemptEnd, reducedEnd, end };
  };
  const tierPlan = (tier: TierRule): Plan => ({
    ratePct: clamp(tier.ratePct, 0, standard),
    reductionPct: clamp(tier.reductionPct, 0, 100),
    schedule: scheduleOf(tier.rateYears, tier.exemptYears, tier.reducedYears),
  });
  const legacyPlan = (legacy: LegacyHoliday): Plan => ({
    ratePct: standard,
    reductionPct: clamp(legacy.reductionPct, 0, 100),
    schedule: scheduleOf(0, legacy.exemptYears, legacy.reducedYears),
  });

  const rateIn = (plan: Plan, year: number): { ratePct: number; phase: Phase } => {
    const s = plan.schedule;
    const inRate = year >= s.rateStart && (s.rateEnd === null || year <= s.rateEnd);
    const base = inRate ? plan.ratePct : standard;
    if (year >= s.holidayStart && year <= s.exemptEnd) return { ratePct: 0, phase: "exempt" };
    if (year > s.exemptEnd && year <= s.reducedEnd)
      return { ratePct: (base * (100 - plan.reductionPct)) / 100, phase: "reduced" };
    if (inRate && base < standard) return { ratePct: base, phase: "preferential" };
    return { ratePct: standard, phase: "standard" };
  };

  const rowOf = (plan: Plan | null, year: number): YearRow => {
    const income = incomeOf(year);
    const statutory = statutoryOf(income);
    const { ratePct, phase } = plan ? rateIn(plan, year) : { ratePct: standard, phase: "standard" as const };
    let saved = income > 0 ? statutory - Math.round((income * ratePct) / 100) : 0;
    let capped = false;
    if (input.minimumTaxGroup && saved > 0) {
      const cap = Math.round((income * capPct) / 100);
      if (saved > cap) {
        saved = cap;
        capped = true;
      }
    }
    saved = clamp(saved, 0, statutory);
    return {
      year,
      incomeBn: billions(income),
      statutoryBn: billions(statutory),
      withIncentivesBn: billions(statutory - saved),
      savedBn: billions(saved),
      ratePct,
      phase,
      capped,
    };
  };

  // The candidates: the product's sector tier, the location's tier, and the
  // location's old holiday for a licence from before the law change.
  type Draft = Omit<Candidate, "totalSavedBn" | "schedule"> & { plan: Plan | null };
  const drafts: Draft[] = [];
  const tierCandidate = (source: "product" | "location", ruleKey: string, tierKey: string | null): Draft => {
    const found = tierKey ? tierVersionFor(rules, tierKey, input.licenceDate) : null;
    const yes = source === "product" ? "productTier" : "locationTier";
    const no = source === "product" ? "productNoTier" : "locationNoTier";
    if (!tierKey) return { source, ruleKey, tierKey: null, applies: false, reason: no, plan: null };
    if (!found) return { source, ruleKey, tierKey, applies: false, reason: "tierNotInForce", plan: null };
    if (found.earlier)
      assumptions.push({ key: "earlierTierVersion", tierKey: found.tier.key, effectiveFrom: found.tier.effectiveFrom });
    return { source, ruleKey, tierKey: found.tier.key, applies: true, reason: yes, plan: tierPlan(found.tier) };
  };
  drafts.push(tierCandidate("product", input.product, product?.tier ?? null));
  drafts.push(tierCandidate("location", input.location, location?.tier ?? null));
  if (location?.legacy) {
    drafts.push(
      licensedBeforeChange
        ? {
            source: "legacy",
            ruleKey: location.key,
            tierKey: null,
            applies: true,
            reason: "legacyKept",
            plan: legacyPlan(location.legacy),
          }
        : {
            source: "legacy",
            ruleKey: location.key,
            tierKey: null,
            applies: false,
            reason: "legacyLicensedAfter",
            plan: null,
          },
    );
  }

  // The most favourable over a common horizon (undiscounted): the enterprise picks one and keeps it.
  const applying = drafts.filter((draft) => draft.applies && draft.plan);
  const horizonEnd = Math.max(firstRevenue, ...applying.map((draft) => (draft.plan as Plan).schedule.end)) + 1;
  const savedOver = (plan: Plan | null) => {
    if (!plan) return 0;
    let total = 0;
    for (let year = firstRevenue; year <= horizonEnd; year++) total += millions(rowOf(plan, year).savedBn);
    return total;
  };
  const candidates: Candidate[] = drafts.map(({ plan, ...draft }) => ({
    ...draft,
    totalSavedBn: billions(savedOver(plan)),
    schedule: plan?.schedule ?? null,
  }));
  let best: number | null = null;
  candidates.forEach((candidate, index) => {
    if (!candidate.applies) return;
    if (best === null || candidate.totalSavedBn > (candidates[best] as Candidate).totalSavedBn) best = index;
  });
  const chosenIndex = best as number | null;
  const chosenPlan = chosenIndex === null ? null : ((drafts[chosenIndex] as Draft).plan as Plan);
  const chosen =
    chosenIndex === null
      ? null
      : {
          candidate: candidates[chosenIndex] as Candidate,
          reason: applying.length > 1 ? ("mostFavourable" as const) : ("only" as const),
        };

  const lastYear = chosenPlan ? chosenPlan.schedule.end + 1 : firstRevenue + PLAIN_YEARS - 1;
  const years: YearRow[] = [];
  for (let year = firstRevenue; year <= lastYear; year++) years.push(rowOf(chosenPlan, year));
  const sum = (pick: (row: YearRow) => number) =>
    billions(years.reduce((total, row) => total + millions(pick(row)), 0));
  const totals = {
    statutoryBn: sum((row) => row.statutoryBn),
    withIncentivesBn: sum((row) => row.withIncentivesBn),
    savedBn: sum((row) => row.savedBn),
  };

  if (chosenPlan) {
    const s = chosenPlan.schedule;
    if (s.holidayStart === s.rateStart + deferYears && s.exemptEnd >= s.holidayStart)
      assumptions.push({ key: "holidayDeferred", year: s.holidayStart, deferYears });
    if (s.rateEnd === null) assumptions.push({ key: "forLife", years: FOR_LIFE_YEARS });
  }
  if (input.minimumTaxGroup) assumptions.push({ key: "minimumTax", minimumPct: tax.globalMinimumPct, capPct });

  const notes: Note[] = [];
  if (years.some((row) => row.capped)) notes.push({ key: "minimumTaxCapped" });
  const capital = input.capitalBn;
  const productTier = product?.tier ? rules.tiers.find((tier) => tier.key === product.tier) : undefined;
  if (capital !== undefined && Number.isFinite(capital)) {
    const keySector = productTier?.code === KEY_SECTOR_TIER;
    if (keySector && capital >= LARGE_PROJECT.keySectorBn)
      notes.push({ key: "largeProjectKeySector", capitalBn: capital });
    else if (capital >= LARGE_PROJECT.projectBn)
      notes.push({
        key: "largeProject",
        capitalBn: capital,
        employeesMet: (input.employees ?? 0) > LARGE_PROJECT.employees,
      });
    // T10 also covers manufacturing projects of this size (capital disbursed within 5 years, technology appraised).
    if (!keySector && capital >= LARGE_PROJECT.projectBn) notes.push({ key: "largeManufacturing", capitalBn: capital });
  }
  if (location && !location.landFromState) notes.push({ key: "landRentDeveloper" });

  const legalBasis = [...tax.documents];
  for (const candidate of candidates) {
    const tier = candidate.tierKey ? rules.tiers.find((t) => t.key === candidate.tierKey) : undefined;
    for (const key of tier?.documents ?? []) if (!legalBasis.includes(key)) legalBasis.push(key);
  }

  return { candidates, chosen, years, totals, assumptions, notes, legalBasis };
}

function clamp(value: number, min: number, max: number) {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}
