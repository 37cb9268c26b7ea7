import "server-only";
import { type Estimate, type EstimateInput, estimateIncentives } from "@/lib/incentives/estimate";
import type { IncentiveRules } from "@/lib/incentives/rules";
import type { LocationTypeSlug } from "@/lib/parcels";
import {
  type EstimateQuery,
  estimateQueryString,
  type ParsedEstimateQuery,
  parseEstimateQuery,
} from "@/lib/schemas/estimate";
import { documentNumbers } from "../documents/list-documents";
import { getParcel } from "../parcels/get-parcel";
import { loadIncentiveRules } from "./load-rules";

/** What the estimator takes from a parcel: its location type and the sectors it suits. */
export type ParcelLocation = { code: string; locationType: LocationTypeSlug; sectors: string[] };

export type EstimatorState = {
  /** null: the rules are not published, nothing can be estimated. */
  rules: IncentiveRules | null;
  parsed: ParsedEstimateQuery;
  /** The parcel named in the query, if it exists. */
  parcel: ParcelLocation | null;
  result: {
    query: EstimateQuery;
    input: EstimateInput;
    estimate: Estimate;
    /** The canonical query string of this estimate (the page moves there). */
    canonical: string;
  } | null;
  /** Legal documents' numbers by key, for the legal-basis links. */
  documents: Map<string, string>;
};

/**
 * The estimator page's state for a query: the form's values and errors, and
 * the estimate when the form is complete and names a product, location type
 * or parcel that exists.
 */
export async function estimateProject(
  searchParams: Record<string, string | string[] | undefined>,
  locale: string,
): Promise<EstimatorState> {
  const parsed = parseEstimateQuery(searchParams, locale);
  const [rules, documents] = await Promise.all([loadIncentiveRules(), documentNumbers()]);
  const code = (parsed.query?.parcel ?? parsed.values.parcel)?.toUpperCase();
  const found = code && /^[A-Z0-9-]{1,20}$/.test(code) ? await getParcel(code, locale) : null;
  const parcel: ParcelLocation | null = found
    ? { code: found.code, locationType: found.locationType, sectors: found.sectors.map((s) => s.slug) }
    : null;
  const state: EstimatorState = { rules, parsed, parcel, result: null, documents };
  const query = parsed.query;
  if (!rules || !query) return state;

  const errors = { ...parsed.errors };
  if (!rules.products.some((product) => product.key === query.product)) errors.product = "unknown";
  if (query.parcel && !parcel) errors.parcel = "unknown";
  const location = parcel?.locationType ?? query.location;
  if (!query.parcel && !rules.locations.some((l) => l.key === location)) errors.location = "unknown";
  if (Object.keys(errors).length > 0 || !location) return { ...state, parsed: { ...parsed, errors, query: null } };

  const input: EstimateInput = {
    product: query.product,
    location,
    capitalBn: query.capitalBn,
    employees: query.employees,
    firstRevenueYear: query.firstRevenueYear,
    firstTaxableYear: query.firstTaxableYear,
    taxableIncomeBn: query.taxableIncomeBn,
    growthPct: query.growthPct,
    licenceDate: query.licenceDate,
    certificateYear: query.certificateYear,
    minimumTaxGroup: query.minimumTaxGroup,
  };
  return {
    ...state,
    result: { query, input, estimate: estimateIncentives(input, rules), canonical: estimateQueryString(query) },
  };
}
