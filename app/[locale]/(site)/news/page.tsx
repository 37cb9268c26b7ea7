import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { NewsList, newsListMetadata } from "./news-list";

// Prerendered (no query is read here: filtered and later pages are their own
// cached pages, see ./%5Ffilter), and again whenever a post is published,
// changed or archived (the `posts` tag).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return newsListMetadata(await localeOf(params), { page: 1 });
}

export default async function NewsPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  return <NewsList locale={locale} query={{ page: 1 }} ignored={false} />;
}
