import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HubList } from "@/components/hubs/hub-list";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { listHubPages } from "@/server/hubs/get-hub";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Prerendered, and again whenever hubs, their links, centres or communes are
// published (their tags); in preview the drafts are read instead.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Hubs" }), getSiteSettings(locale)]);
  return pageMetadata({
    locale,
    path: "/hubs",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function HubsPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  return <HubList locale={locale} hubs={await listHubPages(locale)} />;
}
