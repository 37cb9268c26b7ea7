import "server-only";
import { routing } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import type { PublicPost } from "@/lib/posts/public-post";
import type { PostKindCode } from "@/lib/posts/workflow";
import { localesFor, pickTranslation } from "@/lib/translations";
import { cachedQuery } from "../cache";
import { getContent } from "../content/read-content";
import { db } from "../db";
import { POSTS_TAG, postTag } from "./revalidate-posts";

// What the public pages, the feeds and the sitemap read of posts: only the
// published projection of live posts (the translations and related rows
// written when a revision is published), cached until a publication,
// archiving or change revalidates the `posts` tag. There are tens or
// hundreds of posts, not millions: lists are filtered and paged in memory
// from one cached list per language, so every filtered page costs no query.

/** A post as lists show it. */
export type PostSummary = {
  id: number;
  kind: PostKindCode;
  /** The language of the text (the default locale's when the post has no translation into the page's). */
  lang: string;
  slug: string;
  title: string;
  summary: string;
  imageAlt: string;
  place: string;
  /** ISO instants. */
  publishedAt: string;
  updatedAt: string | null;
  eventStartsAt: string | null;
  eventEndsAt: string | null;
  cover: PublicPost["cover"];
  sectors: string[];
  hubs: string[];
};

const WEBP = "image/webp";

/** What a post's cover is read with: the image and the widths of its WebP variants. */
export const coverSelect = {
  select: { id: true, width: true, height: true, variants: { where: { contentType: WEBP }, select: { width: true } } },
} as const;

type CoverRow = { id: string; width: number; height: number; variants: { width: number }[] } | null;

export const coverOf = (image: CoverRow): PublicPost["cover"] =>
  image
    ? {
        id: image.id,
        width: image.width,
        height: image.height,
        widths: image.variants.map((v) => v.width).sort((a, b) => a - b),
      }
    : null;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Related sectors and hubs in the order the site lists them. */
export const bySortOrder = (a: { sortOrder: number; slug: string }, b: { sortOrder: number; slug: string }) =>
  a.sortOrder - b.sortOrder || a.slug.localeCompare(b.slug);

/** Every live post in a language, newest first. */
export const listLivePosts = cachedQuery("live-posts", [POSTS_TAG], async (locale: string): Promise<PostSummary[]> => {
  const rows = await db.post.findMany({
    where: { live: true, firstPublishedAt: { not: null } },
    orderBy: [{ firstPublishedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      firstPublishedAt: true,
      contentUpdatedAt: true,
      eventStartsAt: true,
      eventEndsAt: true,
      coverImage: coverSelect,
      translations: {
        where: { locale: { in: localesFor(locale) } },
        select: { locale: true, slug: true, title: true, summary: true, imageAlt: true, place: true },
      },
      sectors: { select: { sector: { select: { slug: true } } } },
      hubs: { select: { hub: { select: { slug: true } } } },
    },
  });
  return rows
    .filter((row) => row.translations.length > 0)
    .map((row) => {
      const text = pickTranslation(row.translations, locale);
      return {
        id: row.id,
        kind: row.kind,
        lang: text.locale,
        slug: text.slug,
        title: text.title,
        summary: text.summary,
        imageAlt: text.imageAlt,
        place: text.place,
        publishedAt: (row.firstPublishedAt as Date).toISOString(),
        updatedAt: iso(row.contentUpdatedAt),
        eventStartsAt: iso(row.eventStartsAt),
        eventEndsAt: iso(row.eventEndsAt),
        cover: coverOf(row.coverImage),
        sectors: row.sectors.map((s) => s.sector.slug),
        hubs: row.hubs.map((h) => h.hub.slug),
      };
    });
});

/** The latest live posts (for the home page). */
export async function latestPosts(locale: string, count: number): Promise<PostSummary[]> {
  return (await listLivePosts(locale)).slice(0, count);
}

/** Which live post a slug names, and in which language (slugs are unique per language only). */
export const findPostBySlug = cachedQuery(
  "post-by-slug",
  [POSTS_TAG],
  async (slug: string): Promise<{ id: number; locale: string }[]> =>
    db.postTranslation
      .findMany({
        where: { slug, post: { live: true } },
        select: { postId: true, locale: true },
      })
      .then((rows) => rows.map((row) => ({ id: row.postId, locale: row.locale }))),
);

type StoredPost = Omit<PublicPost, "relatedContent"> & { relatedContent: string | null };

async function readPost(id: number, locale: string): Promise<StoredPost | null> {
  const row = await db.post.findFirst({
    where: { id, live: true },
    select: {
      id: true,
      kind: true,
      firstPublishedAt: true,
      contentUpdatedAt: true,
      eventStartsAt: true,
      eventEndsAt: true,
      registrationUrl: true,
      agreementDate: true,
      relatedContent: true,
      coverImage: coverSelect,
      translations: true,
      sectors: {
        select: {
          sector: {
            select: {
              slug: true,
              sortOrder: true,
              translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
            },
          },
        },
      },
      hubs: {
        select: {
          hub: {
            select: {
              slug: true,
              sortOrder: true,
              translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
            },
          },
        },
      },
      parcels: { where: { parcel: { archivedAt: null } }, select: { parcel: { select: { code: true } } } },
    },
  });
  if (!row || row.translations.length === 0) return null;
  const text = pickTranslation(row.translations, locale);
  return {
    id: row.id,
    kind: row.kind,
    lang: text.locale,
    slug: text.slug,
    slugs: Object.fromEntries(row.translations.map((t) => [t.locale, t.slug])),
    title: text.title,
    summary: text.summary,
    bodyHtml: text.bodyHtml,
    imageAlt: text.imageAlt,
    place: text.place,
    parties: text.parties,
    publishedAt: iso(row.firstPublishedAt),
    updatedAt: iso(row.contentUpdatedAt),
    eventStartsAt: iso(row.eventStartsAt),
    eventEndsAt: iso(row.eventEndsAt),
    registrationUrl: row.registrationUrl,
    agreementDate: row.agreementDate?.toISOString().slice(0, 10) ?? null,
    relatedContent: row.relatedContent,
    cover: coverOf(row.coverImage),
    sectors: row.sectors
      .map((s) => s.sector)
      .sort(bySortOrder)
      .map((s) => ({ slug: s.slug, name: pickTranslation(s.translations, locale).name })),
    hubs: row.hubs
      .map((h) => h.hub)
      .sort(bySortOrder)
      .map((h) => ({ slug: h.slug, name: pickTranslation(h.translations, locale).name })),
    parcels: row.parcels
      .map((p) => p.parcel.code)
      .sort()
      .map((code) => ({ code, name: code })),
  };
}

/** The page of the portal a policy update changes ("incentive:<key>", "procedure-step:<key>"), with its title. */
export async function relatedContentLink(ref: string | null, locale: string): Promise<PublicPost["relatedContent"]> {
  if (!ref) return null;
  const [kind, key] = ref.split(":");
  if (!key) return null;
  if (kind === "incentive") {
    const entry = await getContent("incentive", key);
    return entry ? { title: textIn(entry.doc.title, locale).text, href: `/incentives#${key}` } : null;
  }
  if (kind === "procedure-step") {
    const entry = await getContent("procedure-step", key);
    return entry ? { title: textIn(entry.doc.title, locale).text, href: `/procedure#${key}` } : null;
  }
  return null;
}

/**
 * One live post in a language (the default locale's text when it has no
 * translation into it), or null. The content it links to is read through
 * the content cache, so a renamed incentive shows its new title.
 */
export async function getPublicPost(id: number, locale: string): Promise<PublicPost | null> {
  const read = cachedQuery(`public-post`, [POSTS_TAG, postTag(id)], readPost);
  const stored = await read(id, locale);
  if (!stored) return null;
  return { ...stored, relatedContent: await relatedContentLink(stored.relatedContent, locale) };
}

/** A post as a feed gives it: in full, with its cover's share JPEG (its size for the enclosure). */
export type FeedPost = PublicPost & { share: { width: number; height: number; bytes: number } | null };

/** The latest live posts in full, for a language's feed. */
export const listFeedPosts = cachedQuery(
  "feed-posts",
  [POSTS_TAG],
  async (locale: string, count: number): Promise<FeedPost[]> => {
    const ids = (await listLivePosts(locale)).slice(0, count).map((post) => post.id);
    const posts = (await Promise.all(ids.map((id) => readPost(id, locale)))).filter((post) => post !== null);
    const covers = posts.flatMap((post) => (post.cover ? [post.cover.id] : []));
    const shares = await db.imageVariant.findMany({
      where: { imageId: { in: covers }, contentType: "image/jpeg" },
      select: { imageId: true, width: true, height: true, sizeBytes: true },
    });
    return Promise.all(
      posts.map(async (post) => {
        const share = post.cover ? shares.find((s) => s.imageId === post.cover?.id) : undefined;
        return {
          ...post,
          relatedContent: await relatedContentLink(post.relatedContent, locale),
          share: share ? { width: share.width, height: share.height, bytes: share.sizeBytes } : null,
        };
      }),
    );
  },
);

/** Every live post's slug in each language and when it last changed: for the sitemap and static params. */
export const listPostSlugs = cachedQuery(
  "post-slugs",
  [POSTS_TAG],
  async (): Promise<{ slugs: Record<string, string>; lastModified: string }[]> => {
    const rows = await db.post.findMany({
      where: { live: true },
      orderBy: { firstPublishedAt: "desc" },
      select: {
        firstPublishedAt: true,
        contentUpdatedAt: true,
        translations: { select: { locale: true, slug: true } },
      },
    });
    return rows
      .filter((row) => row.translations.some((t) => t.locale === routing.defaultLocale))
      .map((row) => ({
        slugs: Object.fromEntries(row.translations.map((t) => [t.locale, t.slug])),
        lastModified: (row.contentUpdatedAt ?? row.firstPublishedAt ?? new Date()).toISOString(),
      }));
  },
);
