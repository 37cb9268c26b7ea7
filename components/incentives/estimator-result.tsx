import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import { type Candidate, type Estimate, LARGE_PROJECT, type YearRow } from "@/lib/incentives/estimate";
import { capitalRangeOf } from "@/lib/incentives/inquiry-prefill";
import type { IncentiveRules } from "@/lib/incentives/rules";
import { localePath } from "@/lib/paths";
import type { EstimateQuery } from "@/lib/schemas/estimate";
import type { ParcelLocation } from "@/server/incentives/estimate-project";
import { TableScroll, tableClass } from "../admin/table-scroll";
import { ConfidenceBadge } from "../content/content-facts";
import { LegalBasisRows } from "../documents/legal-basis";
import { LinkButton } from "../ui/link-button";
import { EstimatorChart } from "./estimator-chart";

type Props = {
  locale: Locale;
  rules: IncentiveRules;
  query: EstimateQuery;
  estimate: Estimate;
  parcel: ParcelLocation | null;
  /** The estimate's absolute URL, quoted in the inquiry. */
  url: string;
  /** Legal documents' numbers by key. */
  documents: Map<string, string>;
};

/** The estimate: the incentives considered and the one chosen, year by year as a table and a chart, the assumptions and the legal basis. */
export async function EstimatorResult({ locale, rules, query, estimate, parcel, url, documents }: Props) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Estimator.result" }),
    getFormatter({ locale }),
  ]);
  const tIndicative = await getTranslations({ locale, namespace: "Estimator" });
  const bn = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const pct = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const day = (date: string) =>
    new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const name = (value: { vi: string; en: string }) => textIn(value, locale).text;

  const product = rules.products.find((p) => p.key === query.product);
  const location = rules.locations.find((l) => l.key === (parcel?.locationType ?? query.location));
  const tierOf = (key: string | null) => (key ? rules.tiers.find((tier) => tier.key === key) : undefined);
  const incentiveName = (candidate: Candidate) => {
    const tier = tierOf(candidate.tierKey);
    if (tier) return name(tier.name);
    const legacy = location?.legacy;
    return legacy
      ? t("legacyName", {
          exempt: legacy.exemptYears,
          reduced: legacy.reducedYears,
          reduction: pct(legacy.reductionPct),
        })
      : "";
  };
  const ruleOf = (candidate: Candidate) => {
    const tier = tierOf(candidate.tierKey);
    return tier ? `${tier.code} · ${candidate.ruleKey}` : candidate.ruleKey;
  };
  const sourceName = (candidate: Candidate) =>
    candidate.source === "product" ? (product ? name(product.name) : "") : location ? name(location.name) : "";

  const { chosen, years, totals } = estimate;
  const first = years[0]?.year ?? query.firstRevenueYear;
  const last = years.at(-1)?.year ?? first;
  const comparedTo =
    Math.max(first, ...estimate.candidates.filter((c) => c.applies).map((c) => c.schedule?.end ?? first)) + 1;
  const chosenTier = tierOf(chosen?.candidate.tierKey ?? null);
  const schedule = chosen?.candidate.schedule;
  const hasRate = schedule && (schedule.rateEnd === null || schedule.rateEnd >= schedule.rateStart);
  const hasHoliday = schedule && schedule.reducedEnd >= schedule.holidayStart;

  const assumption = (a: Estimate["assumptions"][number]) => {
    switch (a.key) {
      case "standardRate":
        return t("assumptions.standardRate", { rate: pct(a.standardPct) });
      case "growth":
        return t("assumptions.growth", { growth: pct(a.growthPct) });
      case "certificateYear":
        return t(a.assumed ? "assumptions.certificateYearAssumed" : "assumptions.certificateYear", { year: a.year });
      case "holidayDeferred":
        return t("assumptions.holidayDeferred", { year: a.year, years: a.deferYears });
      case "forLife":
        return t("assumptions.forLife", { years: a.years });
      case "earlierTierVersion":
        return t("assumptions.earlierTierVersion", { date: day(a.effectiveFrom) });
      case "minimumTax":
        return t("assumptions.minimumTax", { minimum: pct(a.minimumPct), cap: pct(a.capPct) });
      default:
        return t(`assumptions.${a.key}`);
    }
  };
  const capPct = rules.tax.standardRatePct - rules.tax.globalMinimumPct;
  const notes = estimate.notes.map((n) => {
    switch (n.key) {
      case "largeProjectKeySector":
        return t("notes.largeProjectKeySector", { capital: bn(n.capitalBn), threshold: bn(LARGE_PROJECT.keySectorBn) });
      case "largeProject":
        return t("notes.largeProject", {
          capital: bn(n.capitalBn),
          threshold: bn(LARGE_PROJECT.projectBn),
          revenue: bn(LARGE_PROJECT.revenueBn),
          employees: bn(LARGE_PROJECT.employees),
        });
      case "largeManufacturing":
        return t("notes.largeManufacturing", { threshold: bn(LARGE_PROJECT.projectBn) });
      case "minimumTaxCapped":
        return t("notes.minimumTaxCapped", { cap: pct(capPct), minimum: pct(rules.tax.globalMinimumPct) });
      default:
        return t(`notes.${n.key}`);
    }
  });
  if (parcel && product && !parcel.sectors.includes(product.sector))
    notes.push(t("notes.parcelSector", { code: parcel.code }));

  const phase = (row: YearRow) => t(`phases.${row.phase}`);
  const inquiry = new URLSearchParams();
  if (product) inquiry.set("sector", product.sector);
  if (parcel) inquiry.set("parcel", parcel.code);
  if (query.capitalBn !== undefined) inquiry.set("capital", capitalRangeOf(query.capitalBn));
  inquiry.set(
    "message",
    t("inquiryMessage", {
      product: product ? name(product.name) : query.product,
      location: location ? name(location.name) : "",
      revenueYear: query.firstRevenueYear,
      income: bn(query.taxableIncomeBn),
      licence: day(query.licenceDate),
      capital: query.capitalBn === undefined ? "" : t("inquiryCapital", { capital: bn(query.capitalBn) }),
      incentive: chosen ? incentiveName(chosen.candidate) : t("noIncentive"),
      saved: bn(totals.savedBn),
      from: first,
      to: last,
      url,
    }),
  );

  const h3 = "text-xl font-bold text-brand-900";
  return (
    <section aria-labelledby="estimate-heading" className="mt-10 space-y-10">
      <div>
        <h2 id="estimate-heading" className="text-2xl font-bold text-brand-900 sm:text-3xl">
          {t("heading")}
        </h2>
        <p className="mt-3 text-lg font-medium">
          {chosen
            ? t("summary", { name: incentiveName(chosen.candidate), saved: bn(totals.savedBn), from: first, to: last })
            : t("summaryNone")}
        </p>
        {schedule ? (
          <p className="mt-1 text-muted">
            {hasRate && hasHoliday
              ? t("schedule", { rateStart: schedule.rateStart, holidayStart: schedule.holidayStart })
              : hasHoliday
                ? t("scheduleHolidayOnly", { holidayStart: schedule.holidayStart })
                : t("scheduleRateOnly", { rateStart: schedule.rateStart })}
          </p>
        ) : null}
        <p className="mt-4 rounded-md border-l-4 border-gold-400 bg-brand-50 p-4 font-medium text-brand-950">
          {tIndicative("indicative")}
        </p>
      </div>

      <section aria-labelledby="candidates-heading">
        <h3 id="candidates-heading" className={h3}>
          {t("candidatesHeading")}
        </h3>
        <ul className="mt-4 space-y-3">
          {estimate.candidates.map((candidate) => {
            const isChosen = chosen?.candidate === candidate;
            return (
              <li
                key={candidate.source}
                className={`rounded-md border p-4 ${isChosen ? "border-2 border-brand-700 bg-brand-50" : "border-brand-100"}`}
                data-candidate={candidate.source}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-brand-900">
                    {t(`source.${candidate.source}`, { name: sourceName(candidate) })}
                  </span>
                  <span
                    className={`rounded border px-2 py-0.5 text-sm font-semibold ${
                      candidate.applies ? "border-green-700 text-green-900" : "border-gray-500 text-gray-800"
                    }`}
                  >
                    {candidate.applies ? t("applies") : t("notApplies")}
                  </span>
                  {isChosen ? (
                    <span className="rounded bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white">
                      {t("chosenBadge")}
                    </span>
                  ) : null}
                </div>
                <p className="mt-2">
                  {t(`reasons.${candidate.reason}`, { rule: ruleOf(candidate), date: day(rules.tax.lawChangeDate) })}
                </p>
                {candidate.applies ? (
                  <p className="mt-1 text-muted">
                    {t("worth", {
                      tier: incentiveName(candidate),
                      saved: bn(candidate.totalSavedBn),
                      from: first,
                      to: comparedTo,
                    })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
        {chosen ? (
          <p className="mt-4 font-medium">
            {chosen.reason === "only"
              ? t("chosen.only")
              : t("chosen.mostFavourable", { from: first, to: comparedTo, name: incentiveName(chosen.candidate) })}
          </p>
        ) : null}
      </section>

      {notes.length > 0 ? (
        <section aria-labelledby="notes-heading">
          <h3 id="notes-heading" className={h3}>
            {t("notesHeading")}
          </h3>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="years-heading">
        <h3 id="years-heading" className={h3}>
          {t("tableHeading")}
        </h3>
        <div className="mt-4">
          <TableScroll captionId="years-caption">
            <table className={tableClass.table} id="estimate-table">
              <caption id="years-caption" className={tableClass.caption}>
                {t("tableCaption")}
              </caption>
              <thead>
                <tr>
                  {(["year", "income", "statutory", "withIncentives", "saved", "rate", "phase"] as const).map((col) => (
                    <th
                      key={col}
                      scope="col"
                      className={`${tableClass.th} ${col === "phase" || col === "year" ? "" : "text-right"}`}
                    >
                      {t(`columns.${col}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {years.map((row) => (
                  <tr key={row.year}>
                    <th scope="row" className={tableClass.rowTh}>
                      {row.year}
                    </th>
                    <td className={`${tableClass.td} text-right tabular-nums`}>{bn(row.incomeBn)}</td>
                    <td className={`${tableClass.td} text-right tabular-nums`}>{bn(row.statutoryBn)}</td>
                    <td className={`${tableClass.td} text-right tabular-nums`}>{bn(row.withIncentivesBn)}</td>
                    <td className={`${tableClass.td} text-right font-semibold tabular-nums`}>{bn(row.savedBn)}</td>
                    <td className={`${tableClass.td} text-right tabular-nums`}>{pct(row.ratePct)}%</td>
                    <td className={`${tableClass.td} whitespace-nowrap`}>
                      {phase(row)}
                      {row.capped ? <span className="block text-sm text-muted">{t("capped")}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="font-semibold">
                  <th scope="row" className={tableClass.rowTh}>
                    {t("total")}
                  </th>
                  <td className={tableClass.td} />
                  <td className={`${tableClass.td} text-right tabular-nums`}>{bn(totals.statutoryBn)}</td>
                  <td className={`${tableClass.td} text-right tabular-nums`}>{bn(totals.withIncentivesBn)}</td>
                  <td className={`${tableClass.td} text-right tabular-nums`}>{bn(totals.savedBn)}</td>
                  <td className={tableClass.td} />
                  <td className={tableClass.td} />
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </div>
      </section>

      <section aria-labelledby="chart-heading" className="print:break-inside-avoid">
        <h3 id="chart-heading" className={h3}>
          {t("chartHeading")}
        </h3>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-4 rounded-sm bg-brand-700" />
            {t("legendPaid")}
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block size-4 rounded-sm border border-brand-900 bg-gold-300" />
            {t("legendSaved")}
          </li>
        </ul>
        <div className="mt-4 pr-4">
          <EstimatorChart
            id="estimate-chart"
            title={t("chartTitle")}
            description={t("chartDesc")}
            rows={years}
            label={(row) => t("barLabel", { year: row.year, phase: phase(row) })}
            value={(row) => t("barValue", { saved: bn(row.savedBn) })}
            formatTick={bn}
          />
        </div>
      </section>

      <section aria-labelledby="assumptions-heading">
        <h3 id="assumptions-heading" className={h3}>
          {t("assumptionsHeading")}
        </h3>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {estimate.assumptions.map((a) => (
            <li key={a.key}>{assumption(a)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="basis-heading">
        <div className="flex flex-wrap items-center gap-3">
          <h3 id="basis-heading" className={h3}>
            {t("basisHeading")}
          </h3>
          <ConfidenceBadge confidence={chosenTier?.confidence ?? rules.tax.confidence} locale={locale} />
        </div>
        <dl className="mt-3 space-y-3">
          <LegalBasisRows
            locale={locale}
            documents={estimate.legalBasis}
            articles={chosenTier?.articles ?? rules.tax.articles}
            effectiveOn={chosenTier?.effectiveFrom ?? rules.tax.lawChangeDate}
            lastReviewed={rules.tax.lastReviewed}
            numbers={documents}
          />
        </dl>
      </section>

      <div className="space-y-3 border-t border-brand-100 pt-6">
        <p className="font-medium text-brand-950">{tIndicative("indicative")}</p>
        <p className="text-muted print:hidden">{t("keep")}</p>
        <LinkButton
          variant="solid"
          href={localePath(locale, `/inquire?${inquiry.toString()}`)}
          className="print:hidden"
        >
          {t("inquire")}
        </LinkButton>
      </div>
    </section>
  );
}
