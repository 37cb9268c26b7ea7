import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LandView } from "@/components/parcels/land-view";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { landUrl } from "@/lib/paths";
import { parseParcelSearch, searchToQuery } from "@/lib/schemas/parcel-search";
import { listHubs } from "@/server/hubs/list-hubs";
import { listParcelShapes } from "@/server/parcels/list-parcel-shapes";
import { searchParcels } from "@/server/parcels/search-parcels";
import { listSectors } from "@/server/sectors/list-sectors";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Rendered per request: the page reads its query (and so do the language links).
export const dynamic = "force-dynamic";

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
  const query = await searchParams;
  const { search, issues } = parseParcelSearch(query, { locale });
  // The filter form sends every field as typed ("1,5", empty ones too): move to
  // the short, canonical URL of the search, which reads the same in every
  // language, so that it can be shared and the language links keep it exactly.
  // A search with ignored values stays, to say what was ignored.
  if (issues.length === 0 && searchToQuery(search).toString() !== queryString(query)) {
    redirect(landUrl(locale, search));
  }
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

function queryString(query: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of [value ?? []].flat()) params.append(name, item);
  }
  return params.toString();
}
