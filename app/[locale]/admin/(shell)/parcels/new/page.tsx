import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { ParcelEditor } from "@/components/admin/parcels/parcel-editor";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { saveParcelAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.parcels.form" });
  return { title: t("newTitle") };
}

export default async function NewParcelPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "parcel:manage", "/admin/parcels/new");
  const t = await getTranslations({ locale, namespace: "Admin.parcels.form" });
  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/parcels")} className="text-brand-700 underline underline-offset-4">
          {t("back")}
        </a>
      </p>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <div className="max-w-6xl">
        <ParcelEditor action={saveParcelAction} locale={locale} />
      </div>
    </>
  );
}
