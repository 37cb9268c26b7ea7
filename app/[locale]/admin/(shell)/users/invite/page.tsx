import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { StaffForm } from "@/components/admin/staff-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { listDesks } from "@/server/admin/list-desks";
import { requirePagePermission } from "@/server/admin/page-permission";
import { LINK_LIFETIME_MS } from "@/server/auth/links";
import { inviteStaffAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.users.invitePage" });
  return { title: t("title") };
}

export default async function InviteStaffPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "user:manage", "/admin/users/invite");
  const [t, desks] = await Promise.all([getTranslations({ locale, namespace: "Admin.users" }), listDesks(locale)]);
  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/users")} className="text-brand-700 underline underline-offset-4">
          {t("backToList")}
        </a>
      </p>
      <PageHeader title={t("invitePage.title")} intro={t("invitePage.intro")} />
      <div className="max-w-3xl rounded-lg border border-brand-100 bg-white p-5 sm:p-8">
        <StaffForm
          action={inviteStaffAction}
          locale={locale}
          desks={desks}
          invitationDays={Math.round(LINK_LIFETIME_MS.INVITATION / 86_400_000)}
        />
      </div>
    </>
  );
}
