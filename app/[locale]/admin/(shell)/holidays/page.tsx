import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DoneNotice } from "@/components/admin/done-notice";
import { HolidayForm } from "@/components/admin/holiday-form";
import { HolidayTable } from "@/components/admin/holiday-table";
import { PageHeader } from "@/components/admin/page-header";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { holidayYearSchema } from "@/lib/schemas/holiday";
import { officeDay } from "@/lib/working-days";
import { requirePagePermission } from "@/server/admin/page-permission";
import { holidayYears, listHolidays } from "@/server/holidays/list-holidays";
import { createHolidayAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ["created", "updated", "deleted"] as const;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.holidays" });
  return { title: t("title") };
}

export default async function HolidaysPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "settings:manage", "/admin/holidays");
  const query = await searchParams;
  const thisYear = Number(officeDay(new Date()).slice(0, 4));
  const year = holidayYearSchema.parse(first(query.year)) ?? thisYear;
  const [t, holidays, years] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.holidays" }),
    listHolidays(year),
    holidayYears(thisYear),
  ]);
  const done = DONE.find((key) => key === first(query.done));
  const shownYears = years.includes(year) ? years : [...years, year].sort((a, b) => a - b);
  return (
    <>
      {done ? <DoneNotice message={t(`done.${done}`)} /> : null}
      <PageHeader title={t("title")} intro={t("intro")} />
      <p className="-mt-4 mb-8 max-w-3xl">{t("note")}</p>
      <nav aria-label={t("years")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {shownYears.map((y) => (
            <li key={y}>
              <a
                href={localePath(locale, `/admin/holidays?year=${y}`)}
                aria-current={y === year ? "page" : undefined}
                className={`inline-flex min-h-11 min-w-16 items-center justify-center rounded-md border px-3 font-semibold ${
                  y === year
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-brand-100 bg-white text-brand-800 hover:bg-brand-50"
                }`}
              >
                {y}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {holidays.length === 0 ? (
        <p className="mb-8">{t("empty", { year })}</p>
      ) : (
        <HolidayTable locale={locale} year={year} holidays={holidays} />
      )}
      <section
        aria-labelledby="add-heading"
        className="mt-10 max-w-3xl rounded-lg border border-brand-100 bg-white p-5 sm:p-8"
      >
        <h2 id="add-heading" className="mb-4 text-xl font-bold text-brand-900">
          {t("addHeading")}
        </h2>
        <HolidayForm action={createHolidayAction} locale={locale} />
      </section>
    </>
  );
}
