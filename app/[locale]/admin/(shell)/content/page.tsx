import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContentKindsTable } from "@/components/admin/content/content-tables";
import { PageHeader } from "@/components/admin/page-header";
import { localeOf } from "@/i18n/routing";
import { requirePagePermission } from "@/server/admin/page-permission";
import { contentOverview } from "@/server/content/admin-content";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.content" });
  return { title: t("title") };
}

export default async function ContentPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "content:edit", "/admin/content");
  const [t, kinds] = await Promise.all([getTranslations({ locale, namespace: "Admin.content" }), contentOverview()]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ContentKindsTable locale={locale} kinds={kinds} />
    </>
  );
}
