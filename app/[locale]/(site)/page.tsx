import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HomeView } from "@/components/home/home-view";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { getKeyFigures } from "@/server/home/get-key-figures";
import { listHubs } from "@/server/hubs/list-hubs";
import { latestPosts } from "@/server/posts/read-posts";
import { listSectors } from "@/server/sectors/list-sectors";
import { getSiteSettings } from "@/server/site/get-site-settings";

export const revalidate = 3600;
// Prerendered: the page reads no query, so the language links carry none
// (components/layout/language-switcher.tsx).
export const dynamic = "force-static";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: "Metadata" }),
    getSiteSettings(locale),
  ]);
  return pageMetadata({
    locale,
    path: "/",
    title: t("homeTitle"),
    description: t("homeDescription"),
    brandName: settings.brandName,
  });
}

export default async function HomePage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const [settings, figures, sectors, hubs, news] = await Promise.all([
    getSiteSettings(locale),
    getKeyFigures(),
    listSectors(locale),
    listHubs(locale),
    latestPosts(locale, 3),
  ]);
  return <HomeView locale={locale} settings={settings} figures={figures} sectors={sectors} hubs={hubs} news={news} />;
}
