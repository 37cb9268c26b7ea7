import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { ContentItem } from "@/server/content/read-content";
import { ConfidenceBadge, ContentDate } from "../content/content-facts";
import { ContentParagraphs, ContentText } from "../content/content-text";
import { LegalBasisRows } from "../documents/legal-basis";
import { tierTerms } from "../sectors/tier-terms";
import { LinkButton } from "../ui/link-button";

type Props = {
  locale: Locale;
  tiers: ContentItem<"cit-tier">[];
  taxParameters: ContentItem<"tax-parameters"> | null;
  numbers: Map<string, string>;
  today: string;
};

/**
 * The corporate income tax figures from the rule data the estimator applies:
 * the standard rate and the global minimum, then each incentive tier's rate,
 * period, holiday and who qualifies.
 */
export async function IncentiveCitTiers({ locale, tiers, taxParameters, numbers, today }: Props) {
  const [t, format, terms] = await Promise.all([
    getTranslations({ locale, namespace: "Incentives" }),
    getFormatter({ locale }),
    tierTerms(locale),
  ]);
  const pct = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const term = "font-semibold text-brand-900";

  return (
    <>
      <h3 className="mt-8 text-xl font-semibold text-brand-900">{t("cit.heading")}</h3>
      {taxParameters ? (
        <div className="mt-3 max-w-3xl">
          <dl className="grid gap-3 sm:grid-cols-2">
            <div className="rounded-lg border border-brand-100 p-4">
              <dt className={term}>{t("cit.standardRate")}</dt>
              <dd className="mt-1 text-2xl font-bold text-brand-900">
                {t("cit.percent", { value: pct(taxParameters.doc.standardRatePct) })}
              </dd>
            </div>
            <div className="rounded-lg border border-brand-100 p-4">
              <dt className={term}>{t("cit.globalMinimum")}</dt>
              <dd className="mt-1 text-2xl font-bold text-brand-900">
                {t("cit.percent", { value: pct(taxParameters.doc.globalMinimumPct) })}
              </dd>
            </div>
          </dl>
          <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <span>{t("cit.parametersReviewed")}</span>
            <ContentDate date={taxParameters.doc.lastReviewed} locale={locale} />
            <ConfidenceBadge confidence={taxParameters.doc.confidence} locale={locale} />
          </p>
        </div>
      ) : null}

      <h4 className="mt-8 text-lg font-semibold text-brand-900">{t("cit.tiersHeading")}</h4>
      <ul className="mt-3 grid gap-4 lg:grid-cols-3">
        {tiers.map(({ key, doc }) => (
          <li
            key={key}
            id={`tier-${key}`}
            className="flex flex-col rounded-lg border border-brand-100 bg-white p-5 shadow-sm print:break-inside-avoid print:shadow-none"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h5 className="text-lg font-bold text-brand-900">
                <ContentText value={doc.name} locale={locale} />
              </h5>
              <ConfidenceBadge confidence={doc.confidence} locale={locale} />
            </div>
            <dl className="mt-3 space-y-3">
              <div>
                <dt className={term}>{t("cit.rate")}</dt>
                <dd>{terms.rate(doc)}</dd>
              </div>
              <div>
                <dt className={term}>{t("cit.holiday")}</dt>
                <dd>{terms.holiday(doc)}</dd>
              </div>
              <div>
                <dt className={term}>{t("cit.who")}</dt>
                <dd>
                  <ContentParagraphs value={doc.who} locale={locale} className="space-y-2" />
                </dd>
              </div>
              {doc.effectiveFrom > today ? (
                <div>
                  <dt className={term}>{t("cit.from")}</dt>
                  <dd>
                    <ContentDate date={doc.effectiveFrom} locale={locale} />
                  </dd>
                </div>
              ) : null}
              <LegalBasisRows
                locale={locale}
                documents={doc.documents}
                articles={doc.articles}
                numbers={numbers}
                stacked
              />
            </dl>
          </li>
        ))}
      </ul>

      <div className="mt-6 max-w-3xl rounded-lg border-l-4 border-gold-400 bg-brand-50 p-5">
        <p className="font-medium">{t("cit.indicative")}</p>
        <LinkButton href={localePath(locale, "/incentives/estimate")} variant="solid" className="mt-4 print:hidden">
          {t("cit.estimate")}
        </LinkButton>
      </div>
    </>
  );
}
