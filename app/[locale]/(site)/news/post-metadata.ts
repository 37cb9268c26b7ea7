import type { Metadata } from "next";
import { routing } from "@/i18n/routing";
import { fullTitle, openGraphDefaults } from "@/lib/metadata";
import { imagePath, SHARE_IMAGE_WIDTH } from "@/lib/posts/images";
import type { PublicPost } from "@/lib/posts/public-post";

/**
 * The post's URL in each language: its own slug where it is translated, the
 * default language's otherwise (that page shows the default text, marked).
 */
export function postPaths(slugs: Record<string, string>): Record<string, string> {
  const fallback = slugs[routing.defaultLocale] ?? Object.values(slugs)[0] ?? "";
  return Object.fromEntries(routing.locales.map((l) => [l, `/${l}/news/${slugs[l] ?? fallback}`]));
}

/** Title, description, canonical, hreflang alternates and Open Graph (an article, with its cover) of a post. */
export function postMetadata(options: {
  locale: string;
  post: PublicPost;
  brandName: string;
  siteUrl: string;
}): Metadata {
  const { locale, post, brandName, siteUrl } = options;
  const title = fullTitle(post.title, brandName);
  const paths = postPaths(post.slugs);
  const canonical = paths[locale] as string;
  const defaults = openGraphDefaults(locale, brandName);
  const cover = post.cover;
  // The share JPEG is cropped to 1200 × 630 (1.91:1), smaller when the upload is (server/posts/images.ts).
  const shareWidth = cover ? Math.min(SHARE_IMAGE_WIDTH, cover.width, Math.floor((cover.height * 1200) / 630)) : 0;
  return {
    title: { absolute: title },
    description: post.summary,
    alternates: {
      canonical,
      languages: { ...paths, "x-default": paths[routing.defaultLocale] as string },
    },
    openGraph: {
      ...defaults,
      type: "article",
      title,
      description: post.summary,
      url: canonical,
      ...(post.publishedAt ? { publishedTime: post.publishedAt } : {}),
      ...(post.updatedAt ? { modifiedTime: post.updatedAt } : {}),
      images: cover
        ? [
            {
              url: `${siteUrl}${imagePath(cover.id, "share")}`,
              width: shareWidth,
              height: Math.max(1, Math.round((shareWidth * 630) / 1200)),
              type: "image/jpeg",
              alt: post.imageAlt,
            },
          ]
        : defaults.images,
    },
    twitter: { card: "summary_large_image" },
  };
}
