import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HomeView } from "@/components/admin/home-view";
import { localeOf } from "@/i18n/routing";
import { inquiryCounts } from "@/server/admin/inquiry-counts";
import { requirePagePermission } from "@/server/admin/page-permission";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.home" });
  return { title: t("title") };
}

export default async function AdminHomePage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "dashboard:view", "/admin");
  const counts = await inquiryCounts({ actor, locale });
  return <HomeView locale={locale} actor={actor} counts={counts} />;
}
