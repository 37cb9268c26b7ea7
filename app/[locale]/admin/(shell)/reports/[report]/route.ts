import { getTranslations } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { parseReportQuery, rangeInstants } from "@/lib/schemas/report-query";
import { requirePermission } from "@/server/auth/require-permission";
import { isAppError } from "@/server/errors";
import { readScopeOf } from "@/server/inquiries/inquiry-scope";
import { loadReports } from "@/server/reports/load-reports";
import { recordReportExport } from "@/server/reports/record-report-export";
import { isReportName, reportCsv } from "@/server/reports/report-csv";

export const dynamic = "force-dynamic";

/**
 * One report of the reports page as CSV, for the same months (`from`, `to`,
 * parsed as the page parses them) and the same scope: an officer's file
 * covers their desks. The download is recorded in the audit log first.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; report: string }> }) {
  const locale = await localeOf(params);
  const { report } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.reports.csv" });
  let actor: Awaited<ReturnType<typeof requirePermission>>;
  try {
    actor = await requirePermission("report:read");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) return refusal(401, t("unauthenticated"));
    if (isAppError(error, "FORBIDDEN")) return refusal(403, t("forbidden"));
    throw error;
  }
  const scope = readScopeOf(actor);
  if (!scope) return refusal(403, t("forbidden"));
  if (!isReportName(report)) return refusal(404, t("notFound"));
  const now = new Date();
  const { range } = parseReportQuery(new URL(request.url).searchParams, now);
  const reports = await loadReports({ scope, ...rangeInstants(range), now, locale });
  await recordReportExport({ actor, report, range });
  return new Response(await reportCsv(report, reports, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="report-${report}-${range.from}-${range.to}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function refusal(status: 401 | 403 | 404, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
