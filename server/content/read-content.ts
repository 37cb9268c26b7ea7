import "server-only";
import { draftMode } from "next/headers";
import type { ContentKind, DocOf } from "@/lib/content/kinds";
import { completeDoc } from "@/lib/content/schema";
import { cachedQuery, contentTag } from "../cache";
import { db } from "../db";

// What the public pages read of the content officials keep: the published
// documents of a kind, cached until the kind's tag is revalidated (every
// publish does it). In preview (draft mode, turned on from the back office
// by a member of staff who may edit content) a saved draft is read in place
// of its published document, uncached, so the page shows exactly what
// publishing it would show (docs/decisions/016).

export type ContentItem<K extends ContentKind> = {
  id: number;
  key: string;
  sortOrder: number;
  doc: DocOf<K>;
  /** ISO time of the last publication (null for a draft shown in preview). */
  publishedAt: string | null;
  /** ISO time of the last change of what is shown. */
  updatedAt: string;
  /** True when this is an unpublished draft shown in preview. */
  preview: boolean;
};

type Row = {
  id: number;
  key: string;
  sortOrder: number;
  published: unknown;
  publishedAt: Date | null;
  draft: unknown;
  draftSavedAt: Date | null;
  updatedAt: Date;
};

function itemOf<K extends ContentKind>(kind: K, row: Row, preview: boolean): ContentItem<K> | null {
  const useDraft = preview && row.draft !== null;
  const source = useDraft ? row.draft : row.published;
  if (source === null || source === undefined) return null;
  return {
    id: row.id,
    key: row.key,
    sortOrder: row.sortOrder,
    doc: completeDoc(kind, source),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: ((useDraft ? row.draftSavedAt : row.publishedAt) ?? row.updatedAt).toISOString(),
    preview: useDraft,
  };
}

const ROW = {
  id: true,
  key: true,
  sortOrder: true,
  published: true,
  publishedAt: true,
  draft: true,
  draftSavedAt: true,
  updatedAt: true,
} as const;

async function readKind<K extends ContentKind>(kind: K, preview: boolean): Promise<ContentItem<K>[]> {
  const rows = await db.contentEntry.findMany({
    where: preview ? { kind } : { kind, published: { not: { equals: null } } },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: ROW,
  });
  return rows.map((row) => itemOf(kind, row as Row, preview)).filter((item) => item !== null);
}

const cachedByKind = new Map<ContentKind, (kind: ContentKind) => Promise<ContentItem<ContentKind>[]>>();

function publishedOf<K extends ContentKind>(kind: K): Promise<ContentItem<K>[]> {
  let read = cachedByKind.get(kind);
  if (!read) {
    read = cachedQuery(`content-${kind}`, [contentTag(kind)], (k: ContentKind) => readKind(k, false));
    cachedByKind.set(kind, read);
  }
  return read(kind) as Promise<ContentItem<K>[]>;
}

/**
 * Whether this request previews drafts: draft mode is on. Only the preview
 * route turns it on, for a member of staff who may edit content; its cookie
 * holds a secret of the build (Next.js's preview id), so it cannot be forged.
 * (Prerendered pages cannot read the session cookie, so this cannot ask it.)
 * Off while prerendering: prerendered pages only ever hold published content.
 */
export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled;
}

/** The published entries of a kind (drafts too, in preview), by sort order then key. */
export async function listContent<K extends ContentKind>(kind: K): Promise<ContentItem<K>[]> {
  return (await isPreview()) ? readKind(kind, true) : publishedOf(kind);
}

/** One entry by key, or null when it does not exist or is not published. */
export async function getContent<K extends ContentKind>(kind: K, key: string): Promise<ContentItem<K> | null> {
  return (await listContent(kind)).find((item) => item.key === key) ?? null;
}
