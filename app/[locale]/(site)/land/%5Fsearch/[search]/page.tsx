import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { searchOfSegment } from "@/lib/land-rewrite";
import { LandList, landListMetadata } from "../../land-list";

// A search of the catalogue. The proxy rewrites the public `/land?hub=…` here
// with its canonical query (and a note of what was ignored) in one segment,
// so each distinct search is rendered once and served from the cache like the
// list itself until the `parcels` tag is revalidated (lib/land-rewrite.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; search: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return landListMetadata(await localeOf(params));
}

export default async function LandSearchPage({ params }: Props) {
  const [locale, { search: segment }] = await Promise.all([localeOf(params), params]);
  setRequestLocale(locale);
  const { search, issues } = searchOfSegment(segment, locale);
  return <LandList locale={locale} search={search} issues={issues} />;
}
