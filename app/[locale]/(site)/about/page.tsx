import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AboutView } from "@/components/about/about-view";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { getContent } from "@/server/content/read-content";
import { AppError } from "@/server/errors";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Prerendered, and again whenever the site's settings are published (their
// tag); in preview the draft is read instead.
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "About" }), getSiteSettings(locale)]);
  return pageMetadata({
    locale,
    path: "/about",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function AboutPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const site = await getContent("site", "site");
  if (!site) throw new AppError("NOT_CONFIGURED", "The site's settings are not published: run the seed.");
  return <AboutView locale={locale} site={site.doc} />;
}
