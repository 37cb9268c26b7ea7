import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IncentiveOverview } from "@/components/incentives/incentive-overview";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { officeDay } from "@/lib/working-days";
import { listIncentives } from "@/server/incentives/list-incentives";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Prerendered, regenerated when the incentives, their rules or the legal
// documents are published (tags), and hourly so that "in force" follows the date.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: "Incentives" }),
    getSiteSettings(locale),
  ]);
  return pageMetadata({
    locale,
    path: "/incentives",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function IncentivesPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const today = officeDay(new Date());
  return <IncentiveOverview locale={locale} overview={await listIncentives(today)} today={today} />;
}
