import type { ContentKind, DocOf, Localized } from "../content/kinds";

// The corporate income tax rules the estimator applies, read from the content
// entries officials keep (kinds "tax-parameters", "cit-tier", "product",
// "location-type"): a change of law is an edit in the back office, not a
// deploy. Pure: the page reads the entries (server/incentives/load-rules.ts),
// the tests read the seed's.

export type Confidence = DocOf<"cit-tier">["confidence"];

export type TaxParameters = {
  standardRatePct: number;
  globalMinimumPct: number;
  /** YYYY-MM-DD: licences before this day keep what they were granted. */
  lawChangeDate: string;
  holidayDeferYears: number;
  documents: string[];
  articles: Localized;
  lastReviewed: string;
  confidence: Confidence;
};

export type TierRule = {
  key: string;
  /** Versions of one tier share the code and differ in their dates. */
  code: string;
  name: Localized;
  ratePct: number;
  /** null: for the project's whole life. */
  rateYears: number | null;
  exemptYears: number;
  reducedYears: number;
  reductionPct: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  documents: string[];
  articles: Localized;
  confidence: Confidence;
};

export type ProductRule = {
  key: string;
  sector: string;
  name: Localized;
  /** The tier's key; null: no sector incentive. */
  tier: string | null;
  conditions: Localized;
  certificateBased: boolean;
};

export type LegacyHoliday = { exemptYears: number; reducedYears: number; reductionPct: number };

export type LocationRule = {
  key: string;
  name: Localized;
  tier: string | null;
  /** What a project licensed before the law change keeps (e.g. the industrial park's 2 + 4). */
  legacy: LegacyHoliday | null;
  landFromState: boolean;
  note: Localized;
};

export type IncentiveRules = {
  tax: TaxParameters;
  tiers: TierRule[];
  /** In sort order: the form lists them grouped by sector in this order. */
  products: ProductRule[];
  locations: LocationRule[];
};

/** A content entry of any kind, as the seed and listContent give them. */
export type RuleEntry = { [K in ContentKind]: { kind: K; key: string; doc: DocOf<K> } }[ContentKind];

/**
 * The rules from the published entries; null when the tax parameters are
 * missing (nothing can be estimated without the standard rate).
 */
export function rulesFromDocs(entries: readonly RuleEntry[]): IncentiveRules | null {
  let tax: TaxParameters | null = null;
  const tiers: TierRule[] = [];
  const products: ProductRule[] = [];
  const locations: LocationRule[] = [];
  for (const entry of entries) {
    switch (entry.kind) {
      case "tax-parameters":
        tax = { ...entry.doc, documents: [...entry.doc.documents] };
        break;
      case "cit-tier":
        {
          // The form field is "series": a field named "code" is never echoed back (second-factor codes).
          const { series, ...doc } = entry.doc;
          tiers.push({ key: entry.key, ...doc, code: series, documents: [...doc.documents] });
        }
        break;
      case "product":
        products.push({
          key: entry.key,
          sector: entry.doc.sector,
          name: entry.doc.name,
          tier: entry.doc.tier || null,
          conditions: entry.doc.conditions,
          certificateBased: entry.doc.certificateBased,
        });
        break;
      case "location-type": {
        const { legacyExemptYears: exempt, legacyReducedYears: reduced, legacyReductionPct: pct } = entry.doc;
        locations.push({
          key: entry.key,
          name: entry.doc.name,
          tier: entry.doc.tier || null,
          legacy:
            exempt || reduced ? { exemptYears: exempt ?? 0, reducedYears: reduced ?? 0, reductionPct: pct ?? 0 } : null,
          landFromState: entry.doc.landFromState,
          note: entry.doc.note,
        });
        break;
      }
    }
  }
  return tax ? { tax, tiers, products, locations } : null;
}

/**
 * The version of a tier in force for a licence granted on `licenceDate`
 * (YYYY-MM-DD): the tier with the same code whose dates cover the day. A
 * licence older than every version gets the earliest one (`earlier`: the
 * estimate then says it assumed the older rules were the same); a tier whose
 * last version ended before the licence gives nothing.
 */
export function tierVersionFor(
  rules: IncentiveRules,
  tierKey: string,
  licenceDate: string,
): { tier: TierRule; earlier: boolean } | null {
  const named = rules.tiers.find((tier) => tier.key === tierKey);
  if (!named) return null;
  const versions = rules.tiers
    .filter((tier) => tier.code === named.code)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const current = versions.find(
    (tier) => tier.effectiveFrom <= licenceDate && (tier.effectiveTo === null || licenceDate <= tier.effectiveTo),
  );
  if (current) return { tier: current, earlier: false };
  const first = versions[0];
  if (first && licenceDate < first.effectiveFrom) return { tier: first, earlier: true };
  return null;
}
