import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchView } from "@/components/search/search-view";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { parseSiteSearch } from "@/lib/schemas/search";
import { listHubs } from "@/server/hubs/list-hubs";
import { searchSite } from "@/server/search/search-site";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Rendered per request: the page reads its query (and so do the language links).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Search" }), getSiteSettings(locale)]);
  return {
    ...pageMetadata({
      locale,
      path: "/search",
      title: t("metaTitle"),
      description: t("metaDescription"),
      brandName: settings.brandName,
    }),
    // Result pages are not worth indexing; the pages they lead to are.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const query = parseSiteSearch(await searchParams);
  const procedureTitle = (await getTranslations({ locale, namespace: "Procedure" }))("heading");
  const [result, hubs] = query.q
    ? await Promise.all([searchSite({ q: query.q, locale, procedureTitle }), listHubs(locale)])
    : [null, []];
  return <SearchView locale={locale} query={query} result={result} hubs={hubs} />;
}
