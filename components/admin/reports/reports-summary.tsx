import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Reports } from "@/server/reports/load-reports";
import { ShareRing } from "./share-ring";

/** The four figures at the top: leads, overdue now, the median first response and the share within target. */
export async function ReportsSummary({
  locale,
  totals,
  targetDays,
  overdueHref,
}: {
  locale: Locale;
  totals: Reports["totals"];
  targetDays: number;
  overdueHref: string;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.reports.summary" }),
    getFormatter({ locale }),
  ]);
  const count = (value: number) => format.number(value);
  const oneDecimal = (value: number) => format.number(value, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const share =
    totals.share === null ? null : format.number(totals.share, { style: "percent", maximumFractionDigits: 0 });
  const card = "rounded-lg border border-brand-100 bg-white p-5 print:break-inside-avoid print:border-brand-900";
  const label = "text-base font-semibold text-brand-900";
  const figure = "mt-1 text-3xl font-bold tracking-tight text-brand-950 tabular-nums";
  const note = "mt-2 text-sm text-muted";
  return (
    <section aria-labelledby="summary-heading" className="mt-8">
      <h2 id="summary-heading" className="sr-only">
        {t("heading")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4 print:grid-cols-2">
        <div className={card} data-figure="leads">
          <dt className={label}>{t("leads")}</dt>
          <dd className={figure}>{count(totals.leads)}</dd>
          <dd className={note}>{t("leadsNote", { spam: count(totals.spam), held: count(totals.held) })}</dd>
        </div>
        <div className={card} data-figure="overdue">
          <dt className={label}>{t("overdue")}</dt>
          <dd className={figure}>
            <a
              href={overdueHref}
              className="text-brand-800 underline decoration-2 underline-offset-4 hover:text-brand-950 print:no-underline"
            >
              {count(totals.overdueNow)}
            </a>
          </dd>
          <dd className={note}>{t("overdueNote")}</dd>
        </div>
        <div className={card} data-figure="median">
          <dt className={label}>{t("median")}</dt>
          {totals.medianWorkingDays === null || totals.medianHours === null ? (
            <dd className={`${note} text-base`}>{t("noAnswers")}</dd>
          ) : (
            <>
              <dd className={figure}>{t("medianValue", { days: oneDecimal(totals.medianWorkingDays) })}</dd>
              <dd className={note}>{t("medianHours", { hours: oneDecimal(totals.medianHours) })}</dd>
            </>
          )}
        </div>
        <div className={card} data-figure="within-target">
          <dt className={label}>{t("withinTarget")}</dt>
          <dd className="mt-2 flex items-center gap-4">
            <ShareRing
              id="within-target-ring"
              title={t("ringTitle")}
              description={
                share === null
                  ? t("nothingDue")
                  : t("ringDescription", {
                      within: count(totals.withinTarget),
                      due: count(totals.due),
                      share,
                      late: count(totals.due - totals.withinTarget),
                    })
              }
              share={totals.share}
              within={totals.withinTarget}
              late={totals.due - totals.withinTarget}
              centre={share ?? "–"}
            />
            <span className="text-sm text-muted">
              {share === null
                ? t("nothingDue")
                : t("withinTargetNote", {
                    within: count(totals.withinTarget),
                    due: count(totals.due),
                    target: targetDays,
                  })}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
