import { getTranslations } from "next-intl/server";
import { localeOf, routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { buildRssFeed } from "@/lib/posts/feed";
import { imagePath } from "@/lib/posts/images";
import { env } from "@/server/env";
import { listFeedPosts } from "@/server/posts/read-posts";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Each language's feed of the latest posts: built once and served from the
// cache until the `posts` tag is revalidated, like the news list.
export const dynamic = "force-static";
export const revalidate = 3600;

/** How many posts a feed lists. */
const FEED_SIZE = 20;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOf(params);
  const [t, kinds, settings, posts] = await Promise.all([
    getTranslations({ locale, namespace: "News.feed" }),
    getTranslations({ locale, namespace: "News.kinds" }),
    getSiteSettings(locale),
    listFeedPosts(locale, FEED_SIZE),
  ]);
  const site = env.SITE_URL;
  const xml = buildRssFeed({
    title: t("title", { brand: settings.brandName }),
    description: t("description", { brand: settings.brandName }),
    language: locale,
    link: `${site}${localePath(locale, "/news")}`,
    selfUrl: `${site}${localePath(locale, "/news/rss.xml")}`,
    siteUrl: site,
    now: new Date(),
    items: posts.map((post) => ({
      title: post.title,
      url: `${site}${localePath(locale, `/news/${post.slug}`)}`,
      publishedAt: post.publishedAt ?? new Date().toISOString(),
      updatedAt: post.updatedAt,
      summary: post.summary,
      html: post.bodyHtml,
      lang: post.lang,
      category: kinds(post.kind),
      image:
        post.cover && post.share
          ? {
              url: `${site}${imagePath(post.cover.id, "share")}`,
              type: "image/jpeg",
              length: post.share.bytes,
              width: post.share.width,
              height: post.share.height,
            }
          : null,
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
