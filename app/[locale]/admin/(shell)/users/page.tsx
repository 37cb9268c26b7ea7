import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { StaffTable } from "@/components/admin/staff-table";
import { LinkButton } from "@/components/ui/link-button";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { listStaff } from "@/server/staff/list-staff";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.users" });
  return { title: t("title") };
}

export default async function StaffListPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "user:manage", "/admin/users");
  const [t, staff] = await Promise.all([getTranslations({ locale, namespace: "Admin.users" }), listStaff({ locale })]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <LinkButton href={localePath(locale, "/admin/users/invite")} variant="solid">
          {t("invite")}
        </LinkButton>
      </PageHeader>
      <StaffTable locale={locale} staff={staff} />
    </>
  );
}
