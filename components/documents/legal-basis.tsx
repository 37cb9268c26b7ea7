import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Localized } from "@/lib/content/kinds";
import { localePath } from "@/lib/paths";
import { ContentDate } from "../content/content-facts";
import { ContentText } from "../content/content-text";

type Props = {
  locale: Locale;
  /** Keys of the legal documents the fact rests on. */
  documents: string[];
  articles?: Localized;
  effectiveOn?: string | null;
  lastReviewed?: string | null;
  /** Each published legal document's number by key. */
  numbers: Map<string, string>;
  /** Term above its value (narrow cards), not beside it. */
  stacked?: boolean;
};

/**
 * The legal basis of a fact as rows of a description list: each document's
 * number linked to its entry on the documents page, the articles, and the
 * dates. Documents not (or no longer) published are left out.
 */
export async function LegalBasisRows({
  locale,
  documents,
  articles,
  effectiveOn,
  lastReviewed,
  numbers,
  stacked = false,
}: Props) {
  const t = await getTranslations({ locale, namespace: "Documents" });
  const linked = documents.filter((key) => numbers.has(key));
  const row = stacked ? "" : "grid gap-1 sm:grid-cols-[12rem_1fr] sm:gap-4";
  return (
    <>
      {linked.length > 0 ? (
        <div className={row}>
          <dt className="font-semibold text-brand-900">{t("basis.documents")}</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-4">
              {linked.map((key) => (
                <li key={key}>
                  <Link
                    href={localePath(locale, `/documents#${key}`)}
                    className="inline-flex min-h-8 items-center font-medium text-brand-700 underline underline-offset-4 hover:no-underline"
                  >
                    {numbers.get(key)}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
      {articles?.vi ? (
        <div className={row}>
          <dt className="font-semibold text-brand-900">{t("basis.articles")}</dt>
          <dd>
            <ContentText value={articles} locale={locale} />
          </dd>
        </div>
      ) : null}
      {effectiveOn ? (
        <div className={row}>
          <dt className="font-semibold text-brand-900">{t("basis.effectiveOn")}</dt>
          <dd>
            <ContentDate date={effectiveOn} locale={locale} />
          </dd>
        </div>
      ) : null}
      {lastReviewed ? (
        <div className={row}>
          <dt className="font-semibold text-brand-900">{t("basis.lastReviewed")}</dt>
          <dd>
            <ContentDate date={lastReviewed} locale={locale} />
          </dd>
        </div>
      ) : null}
    </>
  );
}
