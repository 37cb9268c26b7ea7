import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import { localePath } from "@/lib/paths";
import type { SectorPage } from "@/server/sectors/get-sector";
import { TableScroll, tableClass } from "../admin/table-scroll";
import { ConfidenceBadge, ContentDate } from "../content/content-facts";
import { ContentParagraphs, ContentText } from "../content/content-text";
import { LegalBasisRows } from "../documents/legal-basis";
import { tierTerms } from "./tier-terms";

type Props = {
  locale: Locale;
  sector: SectorPage;
  standardRatePct: number | null;
  documents: Map<string, string>;
  estimateHref: string;
};

/**
 * The incentives a sector typically gets, built from the rules as data: each
 * product category with its tier's rate, period and holiday and its
 * conditions, then each tier with who qualifies and its legal basis.
 */
export async function SectorIncentives({ locale, sector, standardRatePct, documents, estimateHref }: Props) {
  const [t, terms, format] = await Promise.all([
    getTranslations({ locale, namespace: "Sectors.incentives" }),
    tierTerms(locale),
    getFormatter({ locale }),
  ]);
  const sectorName = textIn(sector.doc.name, locale).text;
  const row = "grid gap-1 sm:grid-cols-[12rem_1fr] sm:gap-4";
  return (
    <section aria-labelledby="incentives" className="mt-12 space-y-6">
      <h2 id="incentives" className="border-b-2 border-gold-400 pb-1 text-2xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      <p className="max-w-3xl">{t("intro")}</p>

      {sector.products.length > 0 ? (
        <TableScroll captionId="products-caption">
          <table className={tableClass.table}>
            <caption id="products-caption" className={tableClass.caption}>
              {t("caption", { sector: sectorName })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={tableClass.th}>
                  {t("product")}
                </th>
                <th scope="col" className={tableClass.th}>
                  {t("tier")}
                </th>
                <th scope="col" className={tableClass.th}>
                  {t("holiday")}
                </th>
                <th scope="col" className={tableClass.th}>
                  {t("conditions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sector.products.map((product) => (
                <tr key={product.key} id={`product-${product.key}`}>
                  <th scope="row" className={`${tableClass.rowTh} min-w-48`}>
                    <ContentText value={product.doc.name} locale={locale} />
                  </th>
                  <td className={`${tableClass.td} min-w-40`}>
                    {product.tier ? (
                      <span className="font-semibold">{terms.rate(product.tier.doc)}</span>
                    ) : (
                      t("noTier", { rate: format.number(standardRatePct ?? 20, { maximumFractionDigits: 1 }) })
                    )}
                  </td>
                  <td className={`${tableClass.td} min-w-40`}>
                    {product.tier ? terms.holiday(product.tier.doc) : t("noHoliday")}
                  </td>
                  <td className={`${tableClass.td} min-w-64`}>
                    {product.doc.conditions.vi ? (
                      <ContentParagraphs value={product.doc.conditions} locale={locale} className="space-y-2" />
                    ) : null}
                    {product.doc.certificateBased ? (
                      <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950">{t("certificate")}</p>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}

      {sector.tiers.length > 0 ? (
        <div className="space-y-6">
          <h3 className="text-xl font-bold text-brand-900">{t("tiersHeading")}</h3>
          {sector.tiers.map((tier) => (
            <section
              key={tier.key}
              aria-labelledby={`tier-${tier.key}`}
              className="rounded-lg border border-brand-100 bg-white p-5"
            >
              <h4 id={`tier-${tier.key}`} className="text-lg font-semibold text-brand-900">
                {terms.rate(tier.doc)}
              </h4>
              <p className="mt-1 font-medium">{terms.holiday(tier.doc)}</p>
              <dl className="mt-4 space-y-3">
                <div className={row}>
                  <dt className="font-semibold text-brand-900">{t("who")}</dt>
                  <dd>
                    <ContentParagraphs value={tier.doc.who} locale={locale} className="space-y-2" />
                  </dd>
                </div>
                <LegalBasisRows
                  locale={locale}
                  documents={tier.doc.documents}
                  articles={tier.doc.articles}
                  numbers={documents}
                />
                <div className={row}>
                  <dt className="font-semibold text-brand-900">{t("effectiveFrom")}</dt>
                  <dd>
                    <ContentDate date={tier.doc.effectiveFrom} locale={locale} />
                  </dd>
                </div>
                <div className={row}>
                  <dt className="font-semibold text-brand-900">{t("confidence")}</dt>
                  <dd>
                    <ConfidenceBadge confidence={tier.doc.confidence} locale={locale} />
                  </dd>
                </div>
              </dl>
            </section>
          ))}
        </div>
      ) : null}

      <p className="max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
        {t("indicative")}
      </p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link
            href={estimateHref}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("estimate")}
          </Link>
        </li>
        <li>
          <Link
            href={localePath(locale, "/incentives#cit")}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("all")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
