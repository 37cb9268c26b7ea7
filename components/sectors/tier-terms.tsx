import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { DocOf } from "@/lib/content/kinds";

/**
 * A corporate income tax tier's terms in words, from its figures: the rate and
 * for how long ("10% for 15 years"), and the holiday ("4 years exempt, then
 * 50% less tax for 9 years").
 */
export async function tierTerms(locale: Locale) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Sectors.tierTerms" }),
    getFormatter({ locale }),
  ]);
  const pct = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  return {
    rate: (tier: DocOf<"cit-tier">) =>
      tier.rateYears
        ? t("rate", { rate: pct(tier.ratePct), years: tier.rateYears })
        : t("rateLife", { rate: pct(tier.ratePct) }),
    holiday: (tier: DocOf<"cit-tier">) => {
      if (tier.exemptYears > 0 && tier.reducedYears > 0) {
        return t("holiday", {
          exempt: tier.exemptYears,
          reduced: tier.reducedYears,
          reduction: pct(tier.reductionPct),
        });
      }
      if (tier.exemptYears > 0) return t("exemptOnly", { exempt: tier.exemptYears });
      if (tier.reducedYears > 0)
        return t("reducedOnly", { reduced: tier.reducedYears, reduction: pct(tier.reductionPct) });
      return t("none");
    },
  };
}
