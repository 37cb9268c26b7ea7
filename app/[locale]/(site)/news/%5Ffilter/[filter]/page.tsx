import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { filterQuery, NewsList, newsListMetadata } from "../../news-list";

// A filtered or later page of the news list. The proxy rewrites the public
// `/news?kind=…&page=…` here with its query in one canonical segment, so each
// distinct list is rendered once and served from the cache like the list
// itself until the `posts` tag is revalidated (proxy.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; filter: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { filter }] = await Promise.all([localeOf(params), params]);
  return newsListMetadata(locale, filterQuery(filter).query);
}

export default async function FilteredNewsPage({ params }: Props) {
  const [locale, { filter }] = await Promise.all([localeOf(params), params]);
  setRequestLocale(locale);
  const { query, ignored } = filterQuery(filter);
  return <NewsList locale={locale} query={query} ignored={ignored} />;
}
