import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { EstimatorState } from "@/server/incentives/estimate-project";
import type { SectorSummary } from "@/server/sectors/list-sectors";
import { ContentDate } from "../content/content-facts";
import { EstimatorForm } from "./estimator-form";
import { EstimatorResult } from "./estimator-result";

type Props = {
  locale: Locale;
  state: EstimatorState;
  sectors: SectorSummary[];
  /** The estimate's absolute URL (quoted in the inquiry it leads to). */
  url: string;
};

/** The estimator page: the form, then the estimate when the form is complete. */
export async function EstimatorView({ locale, state, sectors, url }: Props) {
  const t = await getTranslations({ locale, namespace: "Estimator" });
  const { rules, result } = state;
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <nav aria-label={t("breadcrumbLabel")} className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-2 text-muted">
          <li>
            <Link href={localePath(locale, "/incentives")} className="text-brand-700 underline underline-offset-4">
              {t("breadcrumb")}
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
          <li aria-current="page">{t("metaTitle")}</li>
        </ol>
      </nav>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      {rules ? (
        <>
          <p className="mt-3 max-w-3xl text-lg text-muted">
            {t.rich("intro", { date: () => <ContentDate date={rules.tax.lastReviewed} locale={locale} /> })}
          </p>
          <p className="mt-2 max-w-3xl font-medium text-brand-950">{t("indicative")}</p>
          <div className="mt-8">
            <EstimatorForm
              locale={locale}
              rules={rules}
              sectors={sectors}
              parsed={state.parsed}
              parcel={state.parcel}
            />
          </div>
          {result ? (
            <EstimatorResult
              locale={locale}
              rules={rules}
              query={result.query}
              estimate={result.estimate}
              parcel={state.parcel}
              url={url}
              documents={state.documents}
            />
          ) : null}
        </>
      ) : (
        <p role="status" className="mt-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
          {t("rulesMissing")}
        </p>
      )}
    </div>
  );
}
