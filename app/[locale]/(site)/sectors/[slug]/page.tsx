import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { SectorView } from "@/components/sectors/sector-view";
import { localeOf } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import { pageMetadata } from "@/lib/metadata";
import { getContent } from "@/server/content/read-content";
import { documentNumbers } from "@/server/documents/list-documents";
import { listHubs } from "@/server/hubs/list-hubs";
import { getSectorPage, listSectorParcels } from "@/server/sectors/get-sector";
import { listSectors } from "@/server/sectors/list-sectors";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Prerendered for each published sector, and again whenever sectors, the
// incentive rules or parcels change (their tags); in preview the drafts are read.
export const revalidate = 3600;

// Every published sector has its mirrored row (draft mode cannot be read here).
export async function generateStaticParams() {
  return (await listSectors("vi")).map((sector) => ({ slug: sector.slug }));
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(params: Props["params"]) {
  const [locale, { slug }] = await Promise.all([localeOf(params), params]);
  const sector = await getSectorPage(slug);
  if (!sector) notFound();
  return { locale, sector };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, sector } = await load(params);
  const settings = await getSiteSettings(locale);
  return pageMetadata({
    locale,
    path: `/sectors/${sector.key}`,
    title: textIn(sector.doc.name, locale).text,
    description: textIn(sector.doc.summary, locale).text,
    brandName: settings.brandName,
  });
}

export default async function SectorPage({ params }: Props) {
  const { locale, sector } = await load(params);
  setRequestLocale(locale);
  const [parcels, hubs, tax, documents] = await Promise.all([
    listSectorParcels(sector.key, 4),
    listHubs(locale),
    getContent("tax-parameters", "cit"),
    documentNumbers(),
  ]);
  return (
    <SectorView
      locale={locale}
      sector={sector}
      parcels={parcels}
      hubs={hubs}
      standardRatePct={tax?.doc.standardRatePct ?? null}
      documents={documents}
    />
  );
}
