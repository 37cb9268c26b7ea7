import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SectorList } from "@/components/sectors/sector-list";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { listSectorPages } from "@/server/sectors/get-sector";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Prerendered, and again whenever sectors or the incentive rules are published
// (their tags); in preview the drafts are read instead.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Sectors" }), getSiteSettings(locale)]);
  return pageMetadata({
    locale,
    path: "/sectors",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function SectorsPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  return <SectorList locale={locale} sectors={await listSectorPages()} />;
}
