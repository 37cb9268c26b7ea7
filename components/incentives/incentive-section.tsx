import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { ContentItem } from "@/server/content/read-content";
import { ConfidenceBadge } from "../content/content-facts";
import { ContentParagraphs, ContentText } from "../content/content-text";
import { LegalBasisRows } from "../documents/legal-basis";

type Props = {
  locale: Locale;
  incentive: ContentItem<"incentive">;
  numbers: Map<string, string>;
  /** More of the incentive, shown before its legal basis (the CIT tiers). */
  children?: ReactNode;
};

/** One incentive: what it is, who qualifies, its conditions, legal basis, last review and confidence. */
export async function IncentiveSection({ locale, incentive, numbers, children }: Props) {
  const t = await getTranslations({ locale, namespace: "Incentives" });
  const { key, doc } = incentive;
  return (
    <section
      id={key}
      aria-labelledby={`${key}-heading`}
      className="border-t border-brand-100 pt-10 print:break-before-auto"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 id={`${key}-heading`} className="text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">
          <ContentText value={doc.title} locale={locale} />
        </h2>
        <ConfidenceBadge confidence={doc.confidence} locale={locale} />
      </div>
      <ContentParagraphs value={doc.summary} locale={locale} className="mt-4 max-w-3xl space-y-4 text-lg" />

      <h3 className="mt-8 text-xl font-semibold text-brand-900">{t("qualifies")}</h3>
      <ContentParagraphs value={doc.qualifies} locale={locale} className="mt-2 max-w-3xl space-y-3" />

      {doc.conditions.vi ? (
        <>
          <h3 className="mt-8 text-xl font-semibold text-brand-900">{t("conditions")}</h3>
          <ContentParagraphs value={doc.conditions} locale={locale} className="mt-2 max-w-3xl space-y-3" />
        </>
      ) : null}

      {children}

      <h3 className="mt-8 text-xl font-semibold text-brand-900">{t("basis")}</h3>
      <dl className="mt-3 max-w-3xl space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-5">
        <LegalBasisRows
          locale={locale}
          documents={doc.documents}
          articles={doc.articles}
          effectiveOn={doc.effectiveOn}
          lastReviewed={doc.lastReviewed}
          numbers={numbers}
        />
      </dl>
    </section>
  );
}
