import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import type { ContentItem } from "@/server/content/read-content";
import { ConfidenceBadge } from "../content/content-facts";
import { ContentParagraphs, ContentText } from "../content/content-text";
import { LegalBasisRows } from "../documents/legal-basis";

/** One step of the procedure, as an item of the ordered list: who decides, how long, what to bring, how the Board helps. */
export async function ProcedureStepItem({
  locale,
  step,
  numbers,
}: {
  locale: Locale;
  step: ContentItem<"procedure-step">;
  numbers: Map<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "Procedure" });
  const { key, doc } = step;
  const documents = textIn(doc.mainDocuments, locale);
  const documentLines = documents.text
    .split("\n")
    .map((line) => line.replace(/^\s*[-•]\s*/, "").trim())
    .filter(Boolean);
  const row = "grid gap-1 sm:grid-cols-[12rem_1fr] sm:gap-4";
  const term = "font-semibold text-brand-900";

  return (
    <li
      id={key}
      className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm sm:p-6 print:break-inside-avoid print:shadow-none"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id={`${key}-heading`} className="flex gap-3 text-xl font-bold text-brand-900">
          <span
            aria-hidden="true"
            className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-700 text-base text-white print:border print:border-brand-900 print:bg-white print:text-brand-900"
          >
            {doc.label}
          </span>
          <span>
            <span className="sr-only">{t("step.label", { label: doc.label })} </span>
            <ContentText value={doc.title} locale={locale} />
          </span>
        </h3>
        <ConfidenceBadge confidence={doc.confidence} locale={locale} />
      </div>
      <dl className="mt-4 space-y-3">
        <div className={row}>
          <dt className={term}>{t("step.authority")}</dt>
          <dd>
            <ContentText value={doc.authority} locale={locale} />
          </dd>
        </div>
        <div className={row}>
          <dt className={term}>{t("step.timeLimit")}</dt>
          <dd>
            <ContentText value={doc.timeLimit} locale={locale} />
          </dd>
        </div>
        {documentLines.length > 0 ? (
          <div className={row}>
            <dt className={term}>{t("step.documents")}</dt>
            <dd>
              <ul lang={documents.lang === locale ? undefined : documents.lang} className="list-disc space-y-1 pl-5">
                {documentLines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {doc.boardHelp.vi ? (
          <div className={row}>
            <dt className={term}>{t("step.boardHelp")}</dt>
            <dd>
              <ContentParagraphs value={doc.boardHelp} locale={locale} className="space-y-2" />
            </dd>
          </div>
        ) : null}
        {doc.appliesWhen.vi ? (
          <div className={row}>
            <dt className={term}>{t("step.appliesWhen")}</dt>
            <dd>
              <ContentParagraphs value={doc.appliesWhen} locale={locale} className="space-y-2" />
            </dd>
          </div>
        ) : null}
        <LegalBasisRows locale={locale} documents={doc.documents} articles={doc.articles} numbers={numbers} />
      </dl>
    </li>
  );
}
