import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import type { IncentivesOverview } from "@/server/incentives/list-incentives";
import { IncentiveCitTiers } from "./incentive-cit-tiers";
import { IncentiveSection } from "./incentive-section";

/** The incentives page: a contents list, then each incentive; the CIT one with the tiers the estimator applies. */
export async function IncentiveOverview({
  locale,
  overview,
  today,
}: {
  locale: Locale;
  overview: IncentivesOverview;
  today: string;
}) {
  const t = await getTranslations({ locale, namespace: "Incentives" });
  const { incentives, tiers, taxParameters, documents } = overview;
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t("intro")}</p>
      <p className="mt-4 max-w-3xl rounded-lg border-l-4 border-gold-400 bg-brand-50 p-4 font-medium">
        {t("cit.indicative")}
      </p>

      {incentives.length > 0 ? (
        <>
          <nav aria-labelledby="contents-heading" className="mt-8 max-w-3xl print:hidden">
            <h2 id="contents-heading" className="text-lg font-semibold text-brand-900">
              {t("contents")}
            </h2>
            <ol className="mt-2 list-decimal space-y-1 pl-6">
              {incentives.map(({ key, doc }) => {
                const title = textIn(doc.title, locale);
                return (
                  <li key={key}>
                    <a
                      href={`#${key}`}
                      lang={title.lang === locale ? undefined : title.lang}
                      className="inline-flex min-h-8 items-center text-brand-700 underline underline-offset-4 hover:no-underline"
                    >
                      {title.text}
                    </a>
                  </li>
                );
              })}
            </ol>
          </nav>
          <div className="mt-10 space-y-12">
            {incentives.map((incentive) => (
              <IncentiveSection key={incentive.key} locale={locale} incentive={incentive} numbers={documents}>
                {incentive.key === "cit" ? (
                  <IncentiveCitTiers
                    locale={locale}
                    tiers={tiers}
                    taxParameters={taxParameters}
                    numbers={documents}
                    today={today}
                  />
                ) : null}
              </IncentiveSection>
            ))}
          </div>
        </>
      ) : (
        <p className="mt-8">{t("empty")}</p>
      )}
    </div>
  );
}
