import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmCard } from "@/components/admin/confirm-card";
import { HolidayForm } from "@/components/admin/holiday-form";
import { PageHeader } from "@/components/admin/page-header";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getHoliday } from "@/server/holidays/list-holidays";
import { deleteHolidayAction, updateHolidayAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.holidays.editPage" });
  return { title: t("title") };
}

export default async function HolidayPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { id: raw } = await params;
  const id = idOf(raw);
  await requirePagePermission(locale, "settings:manage", id === null ? "/admin/holidays" : `/admin/holidays/${id}`);
  if (id === null) notFound();
  const [t, format, holiday, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.holidays" }),
    getFormatter({ locale }),
    getHoliday(id),
    searchParams,
  ]);
  if (!holiday) notFound();
  const year = Number(holiday.date.slice(0, 4));
  const page = localePath(locale, `/admin/holidays/${id}`);
  const when = format.dateTime(new Date(`${holiday.date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <p className="mb-4">
        <a
          href={localePath(locale, `/admin/holidays?year=${year}`)}
          className="text-brand-700 underline underline-offset-4"
        >
          {t("backToList", { year })}
        </a>
      </p>
      <PageHeader title={t("editPage.title")} />
      <div className="max-w-3xl space-y-8">
        <div className="rounded-lg border border-brand-100 bg-white p-5 sm:p-8">
          <HolidayForm action={updateHolidayAction} locale={locale} holiday={holiday} />
        </div>
        <ConfirmCard
          id="delete"
          heading={t("delete.heading")}
          body={t("delete.body")}
          start={t("delete.start")}
          question={t("delete.question", { name: locale === "vi" ? holiday.nameVi : holiday.nameEn, date: when })}
          cancel={t("delete.cancel")}
          startHref={`${page}?confirm=delete#delete`}
          cancelHref={`${page}#delete`}
          confirming={first(query.confirm) === "delete"}
        >
          <StaffActionForm
            action={deleteHolidayAction}
            locale={locale}
            id={holiday.id}
            buttonId="delete-submit"
            submit={t("delete.submit")}
            variant="danger"
          />
        </ConfirmCard>
      </div>
    </>
  );
}
