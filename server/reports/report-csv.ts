import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { csvLine, UTF8_BOM } from "@/lib/csv";
import type { Reports, ResponseFigures } from "./load-reports";

/** The reports that have a CSV file, as they appear in its address (/admin/reports/{name}). */
export const REPORT_NAMES = ["months", "sectors", "hubs", "countries", "funnel", "response"] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

export const isReportName = (name: string): name is ReportName => (REPORT_NAMES as readonly string[]).includes(name);

// Figures as a spreadsheet reads them: no thousands separators, a dot for decimals.
const round = (value: number | null, digits: number) => (value === null ? "" : Number(value.toFixed(digits)));
const percent = (part: number, whole: number) => (whole === 0 ? "" : round((part / whole) * 100, 1));

/**
 * One report as CSV text (UTF-8 with a byte order mark, spreadsheet formulas
 * defused by lib/csv.ts), with the page's names in `locale` and codes beside
 * them; every country, where the page groups the smaller ones.
 */
export async function reportCsv(name: ReportName, reports: Reports, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Admin.reports" });
  const leads = reports.totals.leads;
  const lines: (string | number | null)[][] = [];
  switch (name) {
    case "months":
      lines.push([t("csv.month"), t("csv.leads")]);
      for (const month of reports.months) lines.push([month.month, month.count]);
      break;
    case "sectors":
      lines.push([t("csv.sectorCode"), t("csv.sector"), t("csv.leads"), t("csv.sharePercent")]);
      for (const sector of reports.sectors)
        lines.push([sector.slug, sector.name, sector.count, percent(sector.count, leads)]);
      break;
    case "hubs":
      lines.push([t("csv.hubCode"), t("csv.hub"), t("csv.leads"), t("csv.sharePercent")]);
      for (const hub of reports.hubs)
        lines.push([hub.slug ?? "", hub.name ?? t("hubs.none"), hub.count, percent(hub.count, leads)]);
      break;
    case "countries":
      lines.push([t("csv.countryCode"), t("csv.country"), t("csv.leads"), t("csv.sharePercent")]);
      for (const country of reports.countries)
        lines.push([country.code, country.name, country.count, percent(country.count, leads)]);
      break;
    case "funnel":
      lines.push([t("csv.stageCode"), t("csv.stage"), t("csv.leads"), t("csv.sharePercent")]);
      for (const stage of reports.funnel)
        lines.push([
          stage.stage,
          t(`funnel.stages.${stage.stage}`),
          stage.count,
          stage.stage === "SPAM" ? "" : percent(stage.count, leads),
        ]);
      break;
    case "response": {
      lines.push([
        t("csv.desk"),
        t("csv.leads"),
        t("csv.answered"),
        t("csv.medianDays"),
        t("csv.medianHours"),
        t("csv.due"),
        t("csv.within"),
        t("csv.withinPercent"),
        t("csv.overdue"),
      ]);
      const row = (desk: string, figures: ResponseFigures) => [
        desk,
        figures.leads,
        figures.answered,
        round(figures.medianWorkingDays, 2),
        round(figures.medianHours, 1),
        figures.due,
        figures.withinTarget,
        percent(figures.withinTarget, figures.due),
        figures.overdueNow,
      ];
      for (const desk of reports.desks) lines.push(row(desk.name ?? t("desks.none"), desk));
      lines.push(row(t(reports.scope.kind === "any" ? "desks.total" : "desks.totalOwn"), reports.totals));
      break;
    }
  }
  return UTF8_BOM + lines.map((line) => csvLine(line)).join("");
}
