import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Procedure } from "@/server/procedure/load-procedure";
import { ConfidenceBadge } from "../content/content-facts";
import { ContentParagraphs } from "../content/content-text";
import { LegalBasisRows } from "../documents/legal-basis";
import { ProcedureStepItem } from "./procedure-step-item";

/** The investment procedure: what it is, how long it takes, the special procedure, then the steps in order. */
export async function ProcedureView({ locale, procedure }: { locale: Locale; procedure: Procedure }) {
  const t = await getTranslations({ locale, namespace: "Procedure" });
  const { overview, steps, documents } = procedure;
  return (
    <article className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      {overview ? (
        <>
          <ContentParagraphs
            value={overview.doc.intro}
            locale={locale}
            className="mt-4 max-w-3xl space-y-4 text-lg text-muted"
          />
          <div className="mt-8 grid gap-6 md:grid-cols-2">
            <section
              aria-labelledby="typical-time"
              className="rounded-lg border border-brand-100 bg-brand-50 p-5 print:break-inside-avoid"
            >
              <h2 id="typical-time" className="text-xl font-bold text-brand-900">
                {t("typicalTime")}
              </h2>
              <ContentParagraphs value={overview.doc.typicalTime} locale={locale} className="mt-2 space-y-3" />
            </section>
            <section
              id="special-procedure"
              aria-labelledby="special-procedure-heading"
              className="rounded-lg border border-brand-100 bg-brand-50 p-5 print:break-inside-avoid"
            >
              <h2 id="special-procedure-heading" className="text-xl font-bold text-brand-900">
                {t("specialProcedure")}
              </h2>
              <ContentParagraphs value={overview.doc.specialProcedure} locale={locale} className="mt-2 space-y-3" />
            </section>
          </div>
          <dl className="mt-6 max-w-3xl space-y-3">
            <LegalBasisRows
              locale={locale}
              documents={overview.doc.documents}
              articles={overview.doc.articles}
              lastReviewed={overview.doc.lastReviewed}
              numbers={documents}
            />
            <div className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:gap-4">
              <dt className="font-semibold text-brand-900">{t("confidence")}</dt>
              <dd>
                <ConfidenceBadge confidence={overview.doc.confidence} locale={locale} />
              </dd>
            </div>
          </dl>
        </>
      ) : null}

      <section aria-labelledby="steps-heading" className="mt-12">
        <h2 id="steps-heading" className="text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">
          {t("stepsHeading")}
        </h2>
        <p className="mt-2 max-w-3xl text-muted">{t("stepsIntro")}</p>
        {steps.length > 0 ? (
          <ol className="mt-6 space-y-6">
            {steps.map((step) => (
              <ProcedureStepItem key={step.key} locale={locale} step={step} numbers={documents} />
            ))}
          </ol>
        ) : (
          <p className="mt-6">{t("empty")}</p>
        )}
      </section>
    </article>
  );
}
