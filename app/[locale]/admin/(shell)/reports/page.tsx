import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReportsView } from "@/components/admin/reports/reports-view";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { parseReportQuery, rangeInstants, reportRangeQuery } from "@/lib/schemas/report-query";
import { requirePagePermission } from "@/server/admin/page-permission";
import { readScopeOf } from "@/server/inquiries/inquiry-scope";
import { loadReports } from "@/server/reports/load-reports";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.reports" });
  return { title: t("title") };
}

export default async function ReportsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "report:read", "/admin/reports");
  const scope = readScopeOf(actor);
  if (!scope) forbidden();
  const now = new Date();
  const { range, notice } = parseReportQuery(await searchParams, now);
  const reports = await loadReports({ scope, ...rangeInstants(range), now, locale });
  const query = reportRangeQuery(range);
  return (
    <ReportsView
      locale={locale}
      reports={reports}
      range={range}
      notice={notice}
      now={now}
      csvHref={(report) => `${localePath(locale, `/admin/reports/${report}`)}${query}`}
    />
  );
}
