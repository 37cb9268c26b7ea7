import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { isWorkingDay } from "@/lib/working-days";
import type { HolidayRow } from "@/server/holidays/list-holidays";
import { StatusBadge } from "./status-badge";
import { TableScroll, tableClass } from "./table-scroll";

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/** The holidays of one year, by date, their names in both languages; a weekend date is marked as changing nothing. */
export async function HolidayTable({
  locale,
  year,
  holidays,
}: {
  locale: Locale;
  year: number;
  holidays: HolidayRow[];
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.holidays" }),
    getFormatter({ locale }),
  ]);
  const columns = ["date", "nameVi", "nameEn", "actions"] as const;
  return (
    <TableScroll captionId="holidays-caption">
      <table className={tableClass.table}>
        <caption id="holidays-caption" className={tableClass.caption}>
          {t("caption", { year, count: holidays.length })}
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
          {holidays.map((holiday) => {
            const date = new Date(`${holiday.date}T00:00:00Z`);
            return (
              <tr key={holiday.id} id={`holiday-${holiday.id}`}>
                <th scope="row" className={`${tableClass.rowTh} min-w-52`}>
                  <time dateTime={holiday.date}>
                    {format.dateTime(date, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })}
                  </time>
                  {isWorkingDay(holiday.date, NO_HOLIDAYS) ? null : (
                    <span className="mt-1 block">
                      <StatusBadge tone="wait">{t("weekend")}</StatusBadge>
                    </span>
                  )}
                </th>
                <td lang="vi" className={`${tableClass.td} min-w-48`}>
                  {holiday.nameVi}
                </td>
                <td lang="en" className={`${tableClass.td} min-w-48`}>
                  {holiday.nameEn}
                </td>
                {/* Positioned: the screen-reader-only text inside stays within the scrolling box. */}
                <td className={`${tableClass.td} relative`}>
                  <a
                    href={localePath(locale, `/admin/holidays/${holiday.id}`)}
                    className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
                  >
                    {t("edit")}
                    <span className="sr-only"> ({holiday.date})</span>
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
