import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LandView } from "@/components/parcels/land-view";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { parseParcelSearch } from "@/lib/schemas/parcel-search";
import { listHubs } from "@/server/hubs/list-hubs";
import { listParcelShapes } from "@/server/parcels/list-parcel-shapes";
import { searchParcels } from "@/server/parcels/search-parcels";
import { listSectors } from "@/server/sectors/list-sectors";
import { getSiteSettings } from "@/server/site/get-site-settings";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Land" }), getSiteSettings(locale)]);
  return pageMetadata({
    locale,
    path: "/land",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function LandPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { search, issues } = parseParcelSearch(await searchParams);
  const [result, shapes, hubs, sectors] = await Promise.all([
    searchParcels(search),
    listParcelShapes(search),
    listHubs(locale),
    listSectors(locale),
  ]);
  return (
    <LandView
      locale={locale}
      search={search}
      issues={issues}
      result={result}
      shapes={shapes}
      hubs={hubs}
      sectors={sectors}
    />
  );
}
