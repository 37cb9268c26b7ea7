import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { ChartDatum } from "@/lib/report-charts";
import { DEFAULT_INBOX_QUERY, inboxQueryString } from "@/lib/schemas/inbox-query";
import { monthCount, monthStart, type ReportRange, type ReportRangeNotice } from "@/lib/schemas/report-query";
import type { DeskResponse, Reports } from "@/server/reports/load-reports";
import type { ReportName } from "@/server/reports/report-csv";
import { PageHeader } from "../page-header";
import { BarChart } from "./bar-chart";
import { ColumnChart } from "./column-chart";
import { RangeForm } from "./range-form";
import { ReportSection } from "./report-section";
import { ReportTable } from "./report-table";
import { ReportsSummary } from "./reports-summary";

/** Countries shown one by one in the chart and table; the CSV file lists them all. */
export const TOP_COUNTRIES = 15;
/** Up to this many months, they are drawn as columns on a wide screen and on paper; beyond, as bars. */
const MAX_COLUMNS = 24;

/**
 * The reports page: the range form, a summary, then one section per report
 * with its chart, its table and its CSV file. Everything is drawn on the
 * server; without JavaScript nothing is missing, and printed, each report
 * starts a page with the form and links left out.
 */
export async function ReportsView({
  locale,
  reports,
  range,
  notice,
  csvHref,
  now,
}: {
  locale: Locale;
  reports: Reports;
  range: ReportRange;
  notice: ReportRangeNotice | null;
  csvHref: (report: ReportName) => string;
  now: Date;
}) {
  const { scope } = reports;
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.reports" }),
    getFormatter({ locale }),
  ]);
  const count = (value: number) => format.number(value);
  const days = (value: number) => format.number(value, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const none = t("none");
  // "tháng 1 năm 2026" begins a row or a bar's name: with a capital, as a sentence would.
  const monthName = (month: string, style: "long" | "short") => {
    const name = format.dateTime(monthStart(month), { month: style, year: style === "long" ? "numeric" : undefined });
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
  const from = format.dateTime(monthStart(range.from), { month: "long", year: "numeric" });
  const to = format.dateTime(monthStart(range.to), { month: "long", year: "numeric" });
  const listValues = (data: readonly ChartDatum[]) =>
    data.length === 0 || data.every((datum) => datum.value === 0)
      ? t("noData")
      : `${data.map((datum) => `${datum.label}: ${datum.text}`).join("; ")}.`;
  const leadsTotal = reports.totals.leads;
  const shareOfLeads = (value: number) => (leadsTotal === 0 ? none : percent(value / leadsTotal));
  const countRows = (data: readonly ChartDatum[]) =>
    data.map((datum) => ({
      key: datum.key,
      name: datum.label,
      lang: datum.lang,
      cells: [datum.text, shareOfLeads(datum.value)],
    }));
  const countColumns = (first: string) => [
    { key: "name", label: first },
    { key: "leads", label: t("columns.leads"), numeric: true },
    { key: "share", label: t("columns.share"), numeric: true },
  ];
  const csv = (report: ReportName, heading: string) => ({
    href: csvHref(report),
    label: t("csv.download"),
    name: t("csv.label", { report: heading }),
  });

  const months: ChartDatum[] = reports.months.map((entry) => ({
    key: entry.month,
    label: monthName(entry.month, "long"),
    value: entry.count,
    text: count(entry.count),
  }));
  const sectors: ChartDatum[] = reports.sectors.map((sector) => ({
    key: sector.slug,
    label: sector.name,
    lang: sector.lang === locale ? undefined : sector.lang,
    value: sector.count,
    text: count(sector.count),
  }));
  const hubs: ChartDatum[] = reports.hubs.map((hub) => ({
    key: hub.slug ?? "none",
    label: hub.name ?? t("hubs.none"),
    lang: hub.lang === locale ? undefined : hub.lang,
    value: hub.count,
    text: count(hub.count),
  }));
  const others = reports.countries.slice(TOP_COUNTRIES);
  const countries: ChartDatum[] = [
    ...reports.countries.slice(0, TOP_COUNTRIES).map((country) => ({
      key: country.code,
      label: country.name,
      value: country.count,
      text: count(country.count),
    })),
    ...(others.length > 0
      ? [
          {
            key: "others",
            label: t("countries.others", { count: others.length }),
            value: others.reduce((sum, country) => sum + country.count, 0),
            text: count(others.reduce((sum, country) => sum + country.count, 0)),
          },
        ]
      : []),
  ];
  const funnel: ChartDatum[] = reports.funnel.map((stage) => ({
    key: stage.stage,
    label: t(`funnel.stages.${stage.stage}`),
    value: stage.count,
    text: count(stage.count),
  }));

  const deskName = (desk: DeskResponse) => desk.name ?? t("desks.none");
  const deskLang = (desk: DeskResponse) => (desk.lang === locale ? undefined : desk.lang);
  const totalName = t(scope.kind === "any" ? "desks.total" : "desks.totalOwn");
  const target = t("summary.medianValue", { days: format.number(reports.targetDays) });
  const responseData: ChartDatum[] = reports.desks.map((desk) => ({
    key: String(desk.deskId ?? "none"),
    label: deskName(desk),
    lang: deskLang(desk),
    value: desk.medianWorkingDays ?? 0,
    text: desk.medianWorkingDays === null ? t("response.unanswered") : days(desk.medianWorkingDays),
  }));
  const targetData: ChartDatum[] = reports.desks.map((desk) => ({
    key: String(desk.deskId ?? "none"),
    label: deskName(desk),
    lang: deskLang(desk),
    value: desk.share === null ? 0 : desk.share * 100,
    text: desk.share === null ? t("target.nothingDue") : percent(desk.share),
  }));
  const withTotal = (
    cells: (figures: Reports["totals"] | DeskResponse) => string[],
  ): { key: string; name: string; lang?: string; cells: string[]; total?: boolean }[] => [
    ...reports.desks.map((desk) => ({
      key: String(desk.deskId ?? "none"),
      name: deskName(desk),
      lang: deskLang(desk),
      cells: cells(desk),
    })),
    { key: "total", name: totalName, cells: cells(reports.totals), total: true },
  ];
  const overdueHref = `${localePath(locale, "/admin/inquiries")}${inboxQueryString(DEFAULT_INBOX_QUERY, { overdue: true })}`;

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <p className="-mt-5 mb-2 max-w-3xl text-lg">
        {scope.kind === "any"
          ? t("scopeAll")
          : scope.names.length === 0
            ? t("scopeNone")
            : t("scopeDesks", { count: scope.names.length, desks: scope.names.join(", ") })}
      </p>
      <p className="mb-8 max-w-3xl text-muted">{t("excluded")}</p>

      <RangeForm locale={locale} range={range} notice={notice} />
      <p role="status" className="mt-6 text-lg font-medium text-brand-900">
        {t("range.showing", {
          from,
          to,
          count: monthCount(range),
          time: format.dateTime(now, { dateStyle: "long", timeStyle: "short" }),
        })}
      </p>

      <ReportsSummary
        locale={locale}
        totals={reports.totals}
        targetDays={reports.targetDays}
        overdueHref={overdueHref}
      />

      <ReportSection
        id="months"
        heading={t("months.heading")}
        intro={t("months.intro")}
        csv={csv("months", t("months.heading"))}
      >
        {months.length <= MAX_COLUMNS ? (
          <ColumnChart
            id="months-columns"
            title={t("months.chart", { from, to })}
            description={listValues(months)}
            data={months}
            axis={(datum, index) => {
              const month = datum.key.slice(5);
              return {
                first: monthName(datum.key, "short"),
                second: index === 0 || month === "01" ? datum.key.slice(0, 4) : undefined,
              };
            }}
            formatTick={count}
            className="hidden lg:block print:block"
          />
        ) : null}
        <BarChart
          id="months-bars"
          title={t("months.chart", { from, to })}
          description={listValues(months)}
          data={months}
          formatTick={count}
          className={months.length <= MAX_COLUMNS ? "lg:hidden print:hidden" : ""}
        />
        <ReportTable
          id="months-table"
          caption={t("months.caption")}
          columns={countColumns(t("months.column"))}
          rows={countRows(months)}
        />
      </ReportSection>

      {(
        [
          ["sectors", sectors, "sectors.intro"],
          ["hubs", hubs, "hubs.intro"],
          ["countries", countries, "countries.intro"],
        ] as const
      ).map(([name, data, intro]) => (
        <ReportSection
          key={name}
          id={name}
          heading={t(`${name}.heading`)}
          intro={t(intro, { top: TOP_COUNTRIES })}
          csv={csv(name, t(`${name}.heading`))}
          beside
        >
          <BarChart
            id={`${name}-chart`}
            title={t(`${name}.chart`)}
            description={listValues(data)}
            data={data}
            formatTick={count}
          />
          <ReportTable
            id={`${name}-table`}
            caption={t(`${name}.caption`)}
            columns={countColumns(t(`${name}.column`))}
            rows={countRows(data)}
          />
        </ReportSection>
      ))}

      <ReportSection
        id="funnel"
        heading={t("funnel.heading")}
        intro={t("funnel.intro")}
        csv={csv("funnel", t("funnel.heading"))}
        beside
      >
        <BarChart
          id="funnel-chart"
          title={t("funnel.chart")}
          description={listValues(funnel)}
          data={funnel}
          formatTick={count}
          muted={["CLOSED_LOST", "SPAM"]}
        />
        <ReportTable
          id="funnel-table"
          caption={t("funnel.caption")}
          columns={countColumns(t("funnel.column"))}
          rows={funnel.map((datum) => ({
            key: datum.key,
            name: datum.label,
            cells: [datum.text, datum.key === "SPAM" ? t("funnel.notLead") : shareOfLeads(datum.value)],
          }))}
        />
      </ReportSection>

      <ReportSection
        id="response"
        heading={t("response.heading")}
        intro={t("response.intro")}
        csv={csv("response", t("response.heading"))}
      >
        <BarChart
          id="response-chart"
          title={t("response.chart")}
          description={listValues(responseData)}
          data={responseData}
          formatTick={(value) => format.number(value)}
          marker={{ value: reports.targetDays, label: t("response.marker", { target }) }}
        />
        <ReportTable
          id="response-table"
          caption={t("response.caption")}
          columns={[
            { key: "desk", label: t("response.desk") },
            { key: "leads", label: t("columns.leads"), numeric: true },
            { key: "answered", label: t("response.answered"), numeric: true },
            { key: "days", label: t("response.medianDays"), numeric: true },
            { key: "hours", label: t("response.medianHours"), numeric: true },
          ]}
          rows={withTotal((figures) => [
            count(figures.leads),
            count(figures.answered),
            figures.medianWorkingDays === null ? none : days(figures.medianWorkingDays),
            figures.medianHours === null ? none : days(figures.medianHours),
          ])}
        />
      </ReportSection>

      <ReportSection
        id="target"
        heading={t("target.heading")}
        intro={t("target.intro", { target: reports.targetDays })}
        csv={csv("response", t("target.heading"))}
      >
        <BarChart
          id="target-chart"
          title={t("target.chart")}
          description={listValues(targetData)}
          data={targetData}
          formatTick={(value) => percent(value / 100)}
          atLeast={100}
        />
        <ReportTable
          id="target-table"
          caption={t("target.caption")}
          columns={[
            { key: "desk", label: t("response.desk") },
            { key: "due", label: t("target.due"), numeric: true },
            { key: "within", label: t("target.within"), numeric: true },
            { key: "share", label: t("target.share"), numeric: true },
            { key: "overdue", label: t("target.overdue"), numeric: true },
          ]}
          rows={withTotal((figures) => [
            count(figures.due),
            count(figures.withinTarget),
            figures.share === null ? none : percent(figures.share),
            count(figures.overdueNow),
          ])}
        />
      </ReportSection>
    </>
  );
}
