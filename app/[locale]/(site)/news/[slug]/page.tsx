import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { PostArticle } from "@/components/news/post-article";
import { type Locale, localeOf, routing } from "@/i18n/routing";
import { env } from "@/server/env";
import { findPostBySlug, getPublicPost, listPostSlugs } from "@/server/posts/read-posts";
import { getSiteSettings } from "@/server/site/get-site-settings";
import { postMetadata } from "../post-metadata";

// Prerendered for every live post, rendered on first visit for a post
// published since, and again whenever it (or any post: lists link it)
// changes, through the `posts` and `post:<id>` tags.
export const revalidate = 3600;

export async function generateStaticParams() {
  return (await listPostSlugs()).flatMap(({ slugs }) => {
    const fallback = slugs[routing.defaultLocale] as string;
    return [
      { slug: fallback },
      ...Object.values(slugs)
        .filter((slug) => slug !== fallback)
        .map((slug) => ({ slug })),
    ];
  });
}

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * The post a slug names on this locale's page, in this locale (or its
 * default-language text, marked, while it has no translation). A slug of
 * another language shows the same page rather than redirecting: the
 * language switcher keeps the path it is on, and a link should not need a
 * redirect; the canonical link names the post's own slug in this language.
 */
async function load(params: Props["params"]) {
  const [locale, { slug }] = await Promise.all([localeOf(params), params]);
  const matches = await findPostBySlug(slug);
  const match = matches.find((m) => m.locale === locale) ?? matches[0];
  if (!match) notFound();
  const post = await getPublicPost(match.id, locale);
  if (!post) notFound();
  return { locale: locale as Locale, post };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, post } = await load(params);
  const settings = await getSiteSettings(locale);
  return postMetadata({ locale, post, brandName: settings.brandName, siteUrl: env.SITE_URL });
}

export default async function PostPage({ params }: Props) {
  const { locale, post } = await load(params);
  setRequestLocale(locale);
  return <PostArticle post={post} locale={locale} />;
}
