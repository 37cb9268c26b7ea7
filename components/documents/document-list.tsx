import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { DocumentGroup, LegalDocument } from "@/server/documents/list-documents";
import { ContentDate } from "../content/content-facts";
import { ContentParagraphs, ContentText } from "../content/content-text";

const statusTone = {
  "in-force": "border-green-700 bg-green-50 text-green-900",
  "not-yet-in-force": "border-amber-600 bg-amber-50 text-amber-950",
  replaced: "border-gray-500 bg-gray-100 text-gray-900",
} as const;

async function DocumentEntry({ locale, document }: { locale: Locale; document: LegalDocument }) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Documents" }),
    getFormatter({ locale }),
  ]);
  const { key, doc, file } = document;
  const fileSize = (bytes: number) =>
    bytes < 1_048_576
      ? t("sizeKb", { value: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("sizeMb", { value: format.number(bytes / 1_048_576, { maximumFractionDigits: 1 }) });
  const term = "text-sm font-semibold text-muted";
  const linkClass =
    "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4 hover:no-underline";
  return (
    <li
      id={key}
      className="rounded-lg border border-brand-100 bg-white p-5 shadow-sm target:border-2 target:border-brand-700 print:break-inside-avoid print:shadow-none"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-xl font-bold text-brand-900">{doc.number}</h3>
        <span className={`rounded border px-2 py-0.5 text-sm font-semibold ${statusTone[doc.status]}`}>
          {t(`status.${doc.status}`)}
        </span>
      </div>
      <p className="mt-1 text-lg font-medium">
        <ContentText value={doc.title} locale={locale} />
      </p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-3">
        <div>
          <dt className={term}>{t("issuer")}</dt>
          <dd>
            <ContentText value={doc.issuer} locale={locale} />
          </dd>
        </div>
        <div>
          <dt className={term}>{t("issuedOn")}</dt>
          <dd>{doc.issuedOn ? <ContentDate date={doc.issuedOn} locale={locale} /> : t("notStated")}</dd>
        </div>
        <div>
          <dt className={term}>{t("effectiveOn")}</dt>
          <dd>{doc.effectiveOn ? <ContentDate date={doc.effectiveOn} locale={locale} /> : t("notStated")}</dd>
        </div>
      </dl>
      {doc.summary.vi ? (
        <ContentParagraphs value={doc.summary} locale={locale} className="mt-3 max-w-3xl space-y-2" />
      ) : null}
      <ul className="mt-3 flex flex-wrap gap-x-6 border-t border-brand-100 pt-2 print:hidden">
        <li>
          {file ? (
            <a href={`/api/files/${file.id}`} type="application/pdf" className={linkClass}>
              {t("download", { number: doc.number, size: fileSize(file.sizeBytes) })}
            </a>
          ) : (
            <span className="inline-flex min-h-11 items-center text-muted">{t("noFile")}</span>
          )}
        </li>
        {doc.sourceUrl ? (
          <li>
            <a href={doc.sourceUrl} rel="noopener noreferrer" className={linkClass}>
              {t("source", { number: doc.number })}
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}

/** The legal documents, one section per type, each document anchored by its key (`/documents#<key>`). */
export async function DocumentList({ locale, groups }: { locale: Locale; groups: DocumentGroup[] }) {
  const t = await getTranslations({ locale, namespace: "Documents" });
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t("intro")}</p>
      {groups.length > 0 ? (
        <>
          <nav aria-labelledby="documents-contents" className="mt-6 print:hidden">
            <h2 id="documents-contents" className="text-lg font-semibold text-brand-900">
              {t("contents")}
            </h2>
            <ul className="mt-1 flex flex-wrap gap-x-5">
              {groups.map((group) => (
                <li key={group.type}>
                  <a
                    href={`#type-${group.type}`}
                    className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4 hover:no-underline"
                  >
                    {t("typeCount", { type: t(`types.${group.type}`), count: group.documents.length })}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="mt-8 space-y-10">
            {groups.map((group) => (
              <section key={group.type} id={`type-${group.type}`} aria-labelledby={`type-${group.type}-heading`}>
                <h2 id={`type-${group.type}-heading`} className="text-2xl font-bold tracking-tight text-brand-900">
                  {t(`types.${group.type}`)}
                </h2>
                <ul className="mt-4 space-y-4">
                  {group.documents.map((document) => (
                    <DocumentEntry key={document.key} locale={locale} document={document} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      ) : (
        <p className="mt-8">{t("empty")}</p>
      )}
    </div>
  );
}
