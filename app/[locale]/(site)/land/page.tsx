import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { parseParcelSearch } from "@/lib/schemas/parcel-search";
import { LandList, landListMetadata } from "./land-list";

// Prerendered (no query is read here: a search is its own cached page, see
// ./%5Fsearch and proxy.ts, which also moves a search to its canonical URL),
// and again whenever a parcel changes (the `parcels` tag).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return landListMetadata(await localeOf(params));
}

export default async function LandPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  return <LandList locale={locale} search={parseParcelSearch({}).search} issues={[]} />;
}
