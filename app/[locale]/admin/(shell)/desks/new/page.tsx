import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeskForm } from "@/components/admin/desk-form";
import { PageHeader } from "@/components/admin/page-header";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getDefaultDesk, listDeskMemberCandidates } from "@/server/desks/read-desks";
import { createDeskAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.desks.newPage" });
  return { title: t("title") };
}

export default async function NewDeskPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "desk:manage", "/admin/desks/new");
  const [t, candidates, currentDefault] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.desks" }),
    listDeskMemberCandidates(),
    getDefaultDesk(),
  ]);
  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/desks")} className="text-brand-700 underline underline-offset-4">
          {t("backToList")}
        </a>
      </p>
      <PageHeader title={t("newPage.title")} intro={t("newPage.intro")} />
      <div className="max-w-3xl rounded-lg border border-brand-100 bg-white p-5 sm:p-8">
        <DeskForm
          action={createDeskAction}
          locale={locale}
          candidates={candidates}
          currentDefault={currentDefault ? (locale === "vi" ? currentDefault.nameVi : currentDefault.nameEn) : null}
        />
      </div>
    </>
  );
}
