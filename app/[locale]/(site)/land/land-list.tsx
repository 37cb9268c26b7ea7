import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LandView } from "@/components/parcels/land-view";
import type { Locale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import type { ParcelSearch, SearchIssue } from "@/lib/schemas/parcel-search";
import { listHubs } from "@/server/hubs/list-hubs";
import { listParcelShapes } from "@/server/parcels/list-parcel-shapes";
import { searchParcelsCached } from "@/server/parcels/search-parcels";
import { listSectors } from "@/server/sectors/list-sectors";
import { getSiteSettings } from "@/server/site/get-site-settings";

// The catalogue list, shared by the prerendered list (no search) and the
// cached searches the proxy rewrites `/land?…` to (./%5Fsearch/[search]):
// both are static pages, regenerated when the `parcels` tag is revalidated
// (every parcel read here carries it).

export async function landListMetadata(locale: Locale): Promise<Metadata> {
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Land" }), getSiteSettings(locale)]);
  return pageMetadata({
    locale,
    path: "/land",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export async function LandList({
  locale,
  search,
  issues,
}: {
  locale: Locale;
  search: ParcelSearch;
  issues: SearchIssue[];
}) {
  const [result, shapes, hubs, sectors] = await Promise.all([
    searchParcelsCached(search),
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
