import "server-only";
import {
  CONTENT_KIND_NAMES,
  CONTENT_KINDS,
  type ContentKind,
  type Localized,
  missingTranslations,
} from "@/lib/content/kinds";
import { completeDoc } from "@/lib/content/schema";
import { db } from "../db";

// What the back office reads of content entries, drafts included (the
// public pages read server/content/read-content.ts). Uncached: editors see
// each change at once.

/** draft: never published; published: as shown; changed: published, with an unpublished draft. */
export type EntryStatus = "draft" | "published" | "changed";

export type EntrySummary = {
  id: number;
  key: string;
  sortOrder: number;
  title: Localized;
  status: EntryStatus;
  /** Localized fields with Vietnamese but no English (in the draft if there is one). */
  missing: string[];
  changedAt: Date;
  changedBy: string | null;
  /** The published document (null: never published). */
  published: Record<string, unknown> | null;
};

export type KindOverview = {
  kind: ContentKind;
  total: number;
  published: number;
  drafts: number;
  missingEnglish: number;
};

type Row = {
  id: number;
  key: string;
  sortOrder: number;
  published: unknown;
  draft: unknown;
  publishedAt: Date | null;
  publishedById: number | null;
  draftSavedAt: Date | null;
  draftById: number | null;
  updatedAt: Date;
  version: number;
};

const statusOf = (row: Pick<Row, "published" | "draft">): EntryStatus =>
  row.published === null ? "draft" : row.draft === null ? "published" : "changed";

/** The document an editor works on: the draft if there is one, else the published one. */
const workingDoc = (kind: ContentKind, row: Pick<Row, "published" | "draft">) =>
  completeDoc(kind, row.draft ?? row.published) as Record<string, unknown>;

const publishedDoc = (kind: ContentKind, row: Pick<Row, "published">) =>
  row.published === null ? null : (completeDoc(kind, row.published) as Record<string, unknown>);

/** An entry's name, from its kind's title field (a number or a plain text as it is). */
export function titleOf(kind: ContentKind, doc: Record<string, unknown>): Localized {
  const value = doc[CONTENT_KINDS[kind].titleField];
  if (value && typeof value === "object") return value as Localized;
  const text = String(value ?? "");
  return { vi: text, en: text };
}

/** Per kind: how many entries, published, with a draft, and missing English. */
export async function contentOverview(): Promise<KindOverview[]> {
  const rows = await db.contentEntry.findMany({ select: { kind: true, published: true, draft: true } });
  return CONTENT_KIND_NAMES.map((kind) => {
    const own = rows.filter((row) => row.kind === kind);
    return {
      kind,
      total: own.length,
      published: own.filter((row) => row.published !== null).length,
      drafts: own.filter((row) => row.draft !== null).length,
      missingEnglish: own.filter((row) => missingTranslations(kind, workingDoc(kind, row)).length > 0).length,
    };
  });
}

const ROW = {
  id: true,
  key: true,
  sortOrder: true,
  published: true,
  draft: true,
  publishedAt: true,
  publishedById: true,
  draftSavedAt: true,
  draftById: true,
  updatedAt: true,
  version: true,
} as const;

async function namesOf(ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.staffUser.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

function lastChange(row: Row): { at: Date; by: number | null } {
  if (row.draftSavedAt && (!row.publishedAt || row.draftSavedAt >= row.publishedAt))
    return { at: row.draftSavedAt, by: row.draftById };
  return { at: row.publishedAt ?? row.updatedAt, by: row.publishedById };
}

/** Every entry of a kind, drafts included, by sort order then key. */
export async function listEntries(kind: ContentKind): Promise<EntrySummary[]> {
  const rows = (await db.contentEntry.findMany({
    where: { kind },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: ROW,
  })) as Row[];
  const names = await namesOf(rows.map((row) => lastChange(row).by));
  return rows.map((row) => {
    const doc = workingDoc(kind, row);
    const change = lastChange(row);
    return {
      id: row.id,
      key: row.key,
      sortOrder: row.sortOrder,
      title: titleOf(kind, doc),
      status: statusOf(row),
      missing: missingTranslations(kind, doc),
      changedAt: change.at,
      changedBy: change.by === null ? null : (names.get(change.by) ?? null),
      published: publishedDoc(kind, row),
    };
  });
}

export type EntryDetail = EntrySummary & {
  version: number;
  /** What the form starts from: the draft if there is one, else the published document. */
  doc: Record<string, unknown>;
  hasDraft: boolean;
};

/** One entry of a kind by id, or null. */
export async function getEntry(kind: ContentKind, id: number): Promise<EntryDetail | null> {
  const row = (await db.contentEntry.findFirst({ where: { id, kind }, select: ROW })) as Row | null;
  if (!row) return null;
  const doc = workingDoc(kind, row);
  const change = lastChange(row);
  const names = await namesOf([change.by]);
  return {
    id: row.id,
    key: row.key,
    sortOrder: row.sortOrder,
    title: titleOf(kind, doc),
    status: statusOf(row),
    missing: missingTranslations(kind, doc),
    changedAt: change.at,
    changedBy: change.by === null ? null : (names.get(change.by) ?? null),
    version: row.version,
    doc,
    published: publishedDoc(kind, row),
    hasDraft: row.draft !== null,
  };
}

/** The id of a singleton kind's entry, or null while it does not exist. */
export async function singletonId(kind: ContentKind): Promise<number | null> {
  const spec = CONTENT_KINDS[kind];
  if (!("singleton" in spec)) return null;
  const row = await db.contentEntry.findUnique({
    where: { kind_key: { kind, key: spec.singleton } },
    select: { id: true },
  });
  return row?.id ?? null;
}

export type RefOption = { key: string; title: Localized; published: boolean };

/** For each kind a form refers to: its entries, by title (unpublished ones marked: they cannot be referred to yet). */
export async function refOptions(kind: ContentKind): Promise<Record<string, RefOption[]>> {
  const targets = [
    ...new Set(
      CONTENT_KINDS[kind].fields.flatMap((field) => (field.type === "ref" ? [field.kind as ContentKind] : [])),
    ),
  ];
  const options: Record<string, RefOption[]> = {};
  for (const target of targets) {
    const rows = await db.contentEntry.findMany({
      where: { kind: target },
      orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
      select: { key: true, published: true, draft: true },
    });
    options[target] = rows.map((row) => ({
      key: row.key,
      title: titleOf(target, completeDoc(target, row.published ?? row.draft) as Record<string, unknown>),
      published: row.published !== null,
    }));
  }
  return options;
}
