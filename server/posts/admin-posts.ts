import "server-only";
import { routing } from "@/i18n/routing";
import { type Localized, textIn } from "@/lib/content/kinds";
import { completeDoc } from "@/lib/content/schema";
import { renderMarkdown } from "@/lib/posts/markdown";
import type { PublicPost } from "@/lib/posts/public-post";
import { type PostDoc, readPostDoc } from "@/lib/posts/schema";
import type { PostKindCode, PostStatusCode } from "@/lib/posts/workflow";
import { pickTranslation } from "@/lib/translations";
import { titleOf } from "../content/admin-content";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { bySortOrder, coverOf, coverSelect, relatedContentLink } from "./read-posts";

// What the back office reads of posts (docs/decisions/018): the list with
// its filters, one post with its latest revision, its history and
// revisions, and the preview of a revision as the public pages will show
// it. The writes are in post-writes.ts.

export const POSTS_PAGE_SIZE = 25;

export type PostListFilter = {
  status?: PostStatusCode;
  /** Posts in review that this person did not write (nor save last): what they can approve. */
  reviewFor?: number;
  page?: number;
};

export type PostListRow = {
  id: number;
  kind: PostKindCode;
  status: PostStatusCode;
  /** The latest revision's title in the default language. */
  title: string;
  authorName: string | null;
  updatedAt: Date;
  live: boolean;
  /** The public slug per locale (from the published version). */
  slugs: Record<string, string>;
};

function listWhere(filter: PostListFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.reviewFor !== undefined) {
    conditions.push(Prisma.sql`p.status = 'IN_REVIEW'`);
    conditions.push(Prisma.sql`p."authorId" IS DISTINCT FROM ${filter.reviewFor}`);
    conditions.push(Prisma.sql`r."authorId" IS DISTINCT FROM ${filter.reviewFor}`);
  } else if (filter.status) conditions.push(Prisma.sql`p.status = ${filter.status}::"PostStatus"`);
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** A page of posts, the latest change first, and how many match. */
export async function listPosts(filter: PostListFilter): Promise<{ rows: PostListRow[]; total: number }> {
  const where = listWhere(filter);
  const page = Math.max(1, filter.page ?? 1);
  const from = Prisma.sql`FROM "Post" p JOIN "PostRevision" r ON r."postId" = p.id AND r.number = p."currentRevision"`;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<(Omit<PostListRow, "slugs"> & { slugs: Record<string, string> | null })[]>`
      SELECT p.id, p.kind::text AS kind, p.status::text AS status, p.live, p."updatedAt",
             coalesce(r.content -> 'texts' -> ${routing.defaultLocale} ->> 'title', '') AS title,
             a.name AS "authorName",
             (SELECT json_object_agg(t.locale, t.slug) FROM "PostTranslation" t WHERE t."postId" = p.id) AS slugs
      ${from}
      LEFT JOIN "StaffUser" a ON a.id = p."authorId"
      ${where}
      ORDER BY p."updatedAt" DESC, p.id DESC
      LIMIT ${POSTS_PAGE_SIZE} OFFSET ${(page - 1) * POSTS_PAGE_SIZE}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from} ${where}`,
  ]);
  return { rows: rows.map((row) => ({ ...row, slugs: row.slugs ?? {} })), total: count?.n ?? 0 };
}

/** How many posts wait for this person's review (the start page says so). */
export async function countWaitingForReview(userId: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Post" p
    JOIN "PostRevision" r ON r."postId" = p.id AND r.number = p."currentRevision"
    ${listWhere({ reviewFor: userId })}`;
  return row?.n ?? 0;
}

export type PostDetail = {
  id: number;
  status: PostStatusCode;
  version: number;
  authorId: number | null;
  authorName: string | null;
  currentRevision: number;
  revisionAuthorId: number | null;
  revisionAuthorName: string | null;
  revisionSavedAt: Date;
  publishedRevision: number | null;
  live: boolean;
  firstPublishedAt: Date | null;
  scheduledFor: Date | null;
  archivedAt: Date | null;
  /** The latest revision's document. */
  doc: PostDoc;
  /** The public slug per locale. */
  slugs: Record<string, string>;
  allowSelfApproval: boolean;
};

const staffNames = async (ids: (number | null)[]) => {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map<number, string>();
  const users = await db.staffUser.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
};

/** One post with its latest revision, or null. */
export async function getPostDetail(id: number): Promise<PostDetail | null> {
  const post = await db.post.findUnique({
    where: { id },
    include: { author: { select: { name: true } }, translations: { select: { locale: true, slug: true } } },
  });
  if (!post) return null;
  const [revision, settings] = await Promise.all([
    db.postRevision.findUniqueOrThrow({ where: { postId_number: { postId: id, number: post.currentRevision } } }),
    db.siteSettings.findUnique({ where: { id: 1 }, select: { allowSelfApproval: true } }),
  ]);
  const names = await staffNames([revision.authorId]);
  return {
    id,
    status: post.status,
    version: post.version,
    authorId: post.authorId,
    authorName: post.author?.name ?? null,
    currentRevision: post.currentRevision,
    revisionAuthorId: revision.authorId,
    revisionAuthorName: revision.authorId === null ? null : (names.get(revision.authorId) ?? null),
    revisionSavedAt: revision.createdAt,
    publishedRevision: post.live ? post.publishedRevision : null,
    live: post.live,
    firstPublishedAt: post.firstPublishedAt,
    scheduledFor: post.scheduledFor,
    archivedAt: post.archivedAt,
    doc: readPostDoc(revision.content),
    slugs: Object.fromEntries(post.translations.map((t) => [t.locale, t.slug])),
    allowSelfApproval: settings?.allowSelfApproval ?? false,
  };
}

export type PostHistoryEvent = {
  id: number;
  action: string;
  from: PostStatusCode | null;
  to: PostStatusCode;
  revision: number;
  actorName: string | null;
  comment: string;
  at: Date;
};

/** Every event of a post, the newest first. */
export async function postHistory(id: number): Promise<PostHistoryEvent[]> {
  const events = await db.postEvent.findMany({ where: { postId: id }, orderBy: [{ at: "desc" }, { id: "desc" }] });
  const names = await staffNames(events.map((event) => event.actorId));
  return events.map((event) => ({
    id: event.id,
    action: event.action,
    from: event.fromStatus,
    to: event.toStatus,
    revision: event.revision,
    actorName: event.actorId === null ? null : (names.get(event.actorId) ?? null),
    comment: event.comment,
    at: event.at,
  }));
}

export type RevisionSummary = {
  number: number;
  authorName: string | null;
  createdAt: Date;
  /** The revision this one restored, if it is a restore. */
  restoredFrom: number | null;
  title: string;
};

/** Every revision of a post, the newest first. */
export async function listRevisions(id: number): Promise<RevisionSummary[]> {
  const revisions = await db.postRevision.findMany({ where: { postId: id }, orderBy: { number: "desc" } });
  const names = await staffNames(revisions.map((revision) => revision.authorId));
  return revisions.map((revision) => {
    const restored = /^restored:(\d+)$/.exec(revision.note)?.[1];
    return {
      number: revision.number,
      authorName: revision.authorId === null ? null : (names.get(revision.authorId) ?? null),
      createdAt: revision.createdAt,
      restoredFrom: restored ? Number(restored) : null,
      title: readPostDoc(revision.content).texts[routing.defaultLocale]?.title ?? "",
    };
  });
}

export type RevisionDoc = { number: number; doc: PostDoc; authorName: string | null; createdAt: Date };

/** One revision's document, or null. */
export async function getRevision(id: number, number: number): Promise<RevisionDoc | null> {
  const revision = await db.postRevision.findUnique({ where: { postId_number: { postId: id, number } } });
  if (!revision) return null;
  const names = await staffNames([revision.authorId]);
  return {
    number,
    doc: readPostDoc(revision.content),
    authorName: revision.authorId === null ? null : (names.get(revision.authorId) ?? null),
    createdAt: revision.createdAt,
  };
}

/** A revision and the one before it (null for the first), for the diff. */
export async function getRevisionPair(
  id: number,
  number: number,
): Promise<{ before: RevisionDoc | null; after: RevisionDoc } | null> {
  const after = await getRevision(id, number);
  if (!after) return null;
  return { before: number > 1 ? await getRevision(id, number - 1) : null, after };
}

export type PostChoice = { value: string; label: string; lang?: string };

/** What the form offers: sectors, hubs, and the incentives and procedure steps a policy update can name. */
export async function postFormChoices(
  locale: string,
): Promise<{ sectors: PostChoice[]; hubs: PostChoice[]; related: PostChoice[] }> {
  const nameIn = <T extends { locale: string; name: string }>(translations: T[]) => {
    const wanted = translations.find((t) => t.locale === locale)?.name;
    if (wanted) return { label: wanted };
    return {
      label: translations.find((t) => t.locale === routing.defaultLocale)?.name ?? "",
      lang: routing.defaultLocale,
    };
  };
  const [sectors, hubs, entries] = await Promise.all([
    db.sector.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], include: { translations: true } }),
    db.hub.findMany({ orderBy: [{ sortOrder: "asc" }, { slug: "asc" }], include: { translations: true } }),
    db.contentEntry.findMany({
      where: { kind: { in: ["incentive", "procedure-step"] }, published: { not: { equals: null } } },
      orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { key: "asc" }],
      select: { kind: true, key: true, published: true },
    }),
  ]);
  return {
    sectors: sectors.map((sector) => ({ value: sector.slug, ...withLang(nameIn(sector.translations), locale) })),
    hubs: hubs.map((hub) => ({ value: hub.slug, ...withLang(nameIn(hub.translations), locale) })),
    related: entries.flatMap((entry) => {
      if (entry.published === null) return [];
      const kind = entry.kind as "incentive" | "procedure-step";
      const title = textIn(contentTitle(kind, entry.published), locale);
      return [
        {
          value: `${kind}:${entry.key}`,
          label: title.text || entry.key,
          lang: title.lang === locale ? undefined : title.lang,
        },
      ];
    }),
  };
}

const withLang = (choice: { label: string; lang?: string }, locale: string) =>
  choice.lang && choice.lang !== locale ? choice : { label: choice.label };

const contentTitle = (kind: "incentive" | "procedure-step", doc: unknown): Localized =>
  titleOf(kind, completeDoc(kind, doc) as Record<string, unknown>);

/**
 * A revision as the public pages will show it once published, in one
 * language: the body rendered and sanitized as publishing does, what it
 * relates to named as read-posts.ts names it, the cover with its stored
 * WebP widths. The text falls back
 * to the default language (marked by `lang`) where there is no translation.
 */
export async function previewPost(options: {
  id: number;
  doc: PostDoc;
  locale: string;
  publishedAt: Date | null;
}): Promise<PublicPost> {
  const { id, doc, locale } = options;
  const text = doc.texts[locale] ?? doc.texts[routing.defaultLocale];
  const lang = doc.texts[locale] ? locale : routing.defaultLocale;
  const [sectors, hubs, parcels, image, related] = await Promise.all([
    db.sector.findMany({ where: { slug: { in: doc.sectors } }, include: { translations: true } }),
    db.hub.findMany({ where: { slug: { in: doc.hubs } }, include: { translations: true } }),
    db.parcel.findMany({ where: { code: { in: doc.parcels } }, select: { code: true } }),
    doc.coverImageId ? db.image.findUnique({ where: { id: doc.coverImageId }, ...coverSelect }) : null,
    relatedContentLink(doc.relatedContent, locale),
  ]);
  return {
    id,
    kind: doc.kind,
    lang,
    slug: text?.slug ?? "",
    slugs: Object.fromEntries(Object.entries(doc.texts).map(([l, t]) => [l, t.slug])),
    title: text?.title ?? "",
    summary: text?.summary ?? "",
    bodyHtml: renderMarkdown(text?.body ?? ""),
    imageAlt: text?.imageAlt ?? "",
    place: text?.place ?? "",
    parties: text?.parties ?? "",
    publishedAt: options.publishedAt?.toISOString() ?? null,
    updatedAt: null,
    eventStartsAt: doc.eventStartsAt,
    eventEndsAt: doc.eventEndsAt,
    registrationUrl: doc.registrationUrl,
    agreementDate: doc.agreementDate,
    relatedContent: related,
    cover: coverOf(image),
    sectors: sectors
      .sort(bySortOrder)
      .map((sector) => ({ slug: sector.slug, name: pickTranslation(sector.translations, locale).name })),
    hubs: hubs
      .sort(bySortOrder)
      .map((hub) => ({ slug: hub.slug, name: pickTranslation(hub.translations, locale).name })),
    parcels: parcels
      .map((parcel) => parcel.code)
      .sort()
      .map((code) => ({ code, name: code })),
  };
}

/** A stored image as the form shows it (its size and WebP widths), or null when it is not stored. */
export async function coverImageSource(
  id: string | null,
): Promise<{ id: string; width: number; height: number; widths: number[] } | null> {
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return null;
  const image = await db.image.findUnique({
    where: { id },
    select: {
      id: true,
      width: true,
      height: true,
      variants: { where: { contentType: "image/webp" }, select: { width: true } },
    },
  });
  return image
    ? {
        id: image.id,
        width: image.width,
        height: image.height,
        widths: image.variants.map((v) => v.width).sort((a, b) => a - b),
      }
    : null;
}
