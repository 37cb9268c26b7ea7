import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { HubView } from "@/components/hubs/hub-view";
import { localeOf } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import { pageMetadata } from "@/lib/metadata";
import { getHubPage, listHubParcels } from "@/server/hubs/get-hub";
import { listHubs } from "@/server/hubs/list-hubs";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Prerendered for each published hub, and again whenever hubs, their links,
// centres, communes or parcels change (their tags); in preview the drafts are read.
export const revalidate = 3600;

// Every published hub has its mirrored row (draft mode cannot be read here).
export async function generateStaticParams() {
  return (await listHubs("vi")).map((hub) => ({ slug: hub.slug }));
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const [locale, { slug }] = await Promise.all([localeOf(params), params]);
  const hub = await getHubPage(slug, locale);
  if (!hub) notFound();
  return { locale, hub };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, hub } = await load(params);
  const settings = await getSiteSettings(locale);
  return pageMetadata({
    locale,
    path: `/hubs/${hub.key}`,
    title: textIn(hub.doc.name, locale).text,
    description: textIn(hub.doc.summary, locale).text,
    brandName: settings.brandName,
  });
}

export default async function HubPage({ params }: Props) {
  const { locale, hub } = await load(params);
  setRequestLocale(locale);
  return <HubView locale={locale} hub={hub} parcels={await listHubParcels(hub.key, 4)} />;
}
