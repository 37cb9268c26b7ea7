import type { CapitalRangeSlug } from "../schemas/inquiry";

/**
 * An approximate rate, used only to pre-select the inquiry form's capital
 * range (in USD) from the estimator's capital (in VND); the message carries
 * the exact figure in VND.
 */
export const VND_PER_USD_APPROX = 26_000;

/** The inquiry form's capital range for a capital in VND billions. */
export function capitalRangeOf(capitalBn: number): CapitalRangeSlug {
  const usdMillions = (capitalBn * 1_000) / VND_PER_USD_APPROX;
  if (usdMillions < 10) return "under-10m";
  if (usdMillions < 50) return "10m-50m";
  if (usdMillions < 200) return "50m-200m";
  return "over-200m";
}
