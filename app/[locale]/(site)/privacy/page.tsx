import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { getSiteSettings } from "@/server/site/get-site-settings";

export const revalidate = 3600;
// Prerendered: the page reads no query, so the language links carry none
// (components/layout/language-switcher.tsx).
export const dynamic = "force-static";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Privacy" }), getSiteSettings(locale)]);
  return pageMetadata({
    locale,
    path: "/privacy",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function PrivacyPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  return <PrivacyNotice settings={await getSiteSettings(locale)} />;
}
