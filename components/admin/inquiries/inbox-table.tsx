import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { countryName } from "@/lib/countries";
import { isOpen } from "@/lib/inquiry-workflow";
import { localePath } from "@/lib/paths";
import type { InboxRow } from "@/server/inquiries/list-inquiries";
import { StatusBadge } from "../status-badge";
import { TableScroll, tableClass } from "../table-scroll";
import { InquiryStatus } from "./inquiry-status";

/**
 * One page of the inbox: each inquiry's reference (to its page), when it
 * came and when its answer is due (relative and absolute; overdue said in
 * words, not by colour alone), its status and last activity, who sent it,
 * what about, and the desk and officer handling it.
 */
export async function InboxTable({
  locale,
  rows,
  caption,
  now,
}: {
  locale: Locale;
  rows: InboxRow[];
  caption: string;
  now: Date;
}) {
  const [t, ts, tc, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.inquiries" }),
    getTranslations({ locale, namespace: "Admin.inquiries.statuses" }),
    getTranslations({ locale, namespace: "Email.capital" }),
    getFormatter({ locale }),
  ]);
  const when = (date: Date) => (
    <time dateTime={date.toISOString()} className="whitespace-nowrap tabular-nums">
      {format.dateTime(date, { dateStyle: "short", timeStyle: "short" })}
    </time>
  );
  const columns = ["reference", "received", "due", "status", "investor", "project", "handling"] as const;
  return (
    <TableScroll captionId="inbox-caption">
      <table className={tableClass.table}>
        <caption id="inbox-caption" className={tableClass.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={tableClass.th}>
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.reference} className={row.overdue ? "bg-red-50/60" : undefined}>
              <th scope="row" className={`${tableClass.rowTh} whitespace-nowrap`}>
                <a
                  href={localePath(locale, `/admin/inquiries/${row.reference}`)}
                  className="inline-flex min-h-6 items-center font-mono text-brand-700 underline underline-offset-4 hover:text-brand-900"
                >
                  {row.reference}
                </a>
              </th>
              <td className={tableClass.td}>{when(row.receivedAt)}</td>
              <td className={`${tableClass.td} min-w-40`}>
                {row.firstResponseAt ? (
                  <span>{t("answered", { time: format.dateTime(row.firstResponseAt, { dateStyle: "short" }) })}</span>
                ) : row.dueAt && isOpen(row.status) ? (
                  <>
                    {row.overdue ? (
                      <span className="mb-1 block">
                        <StatusBadge tone="off">{t("overdue")}</StatusBadge>
                      </span>
                    ) : null}
                    <span className={`block ${row.overdue ? "font-semibold text-red-800" : ""}`}>
                      {t("dueRelative", { relative: format.relativeTime(row.dueAt, now) })}
                    </span>
                    <span className="block text-sm text-muted">{when(row.dueAt)}</span>
                  </>
                ) : (
                  <span className="text-muted">{t("notDue")}</span>
                )}
              </td>
              <td className={`${tableClass.td} min-w-40`}>
                <InquiryStatus status={row.status} label={ts(row.status)} />
                <span className="mt-1 block text-sm text-muted">
                  {t("lastActivity", {
                    time: format.dateTime(row.lastActivityAt, { dateStyle: "short", timeStyle: "short" }),
                  })}
                </span>
              </td>
              <td className={`${tableClass.td} min-w-48 [overflow-wrap:anywhere]`}>
                <span className="block font-semibold">{row.organisation}</span>
                <span className="block">{row.fullName}</span>
                <span className="block text-sm text-muted">{countryName(row.country, locale)}</span>
              </td>
              <td className={`${tableClass.td} min-w-44`}>
                <span className="block">{row.sectorName}</span>
                <span className="block text-sm text-muted">{row.hubName ?? t("noHub")}</span>
                <span className="block text-sm text-muted">{tc(row.capitalRange)}</span>
              </td>
              <td className={`${tableClass.td} min-w-44`}>
                <span className="block">{row.deskName ?? t("noDesk")}</span>
                <span className={`block text-sm ${row.assigneeName ? "" : "text-muted"}`}>
                  {row.assigneeName ?? t("unassigned")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
