import "server-only";
import { CONTENT_KINDS, type ContentKind, textIn } from "@/lib/content/kinds";
import { completeDoc, refsOf } from "@/lib/content/schema";
import { changesOf, recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { contentTag } from "../cache";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { revalidateEverywhere } from "../revalidate";
import { mirrorPublished } from "./sync-content";

// Saving, publishing, discarding and unpublishing content entries. Each
// function owns its transaction: the row is locked, the version the editor
// read is checked (a second editor saving the same entry is told, never
// silently overwritten), the audit entry is written inside it; after the
// commit the kind's pages are revalidated at once (docs/decisions/016). The
// permission ("content:edit") was checked by the action that calls it.

type Entry = {
  id: number;
  kind: string;
  key: string;
  sortOrder: number;
  version: number;
  published: unknown;
  draft: unknown;
  draftById: number | null;
  draftSavedAt: Date | null;
  updatedAt: Date;
};

const notFound = () => new AppError("NOT_FOUND", "No such content entry.", { reason: "notFound" });

async function lockEntry(tx: Tx, kind: ContentKind, id: number, version: number | undefined): Promise<Entry> {
  const [row] = await tx.$queryRaw<Entry[]>`
    SELECT id, kind, key, "sortOrder", version, published, draft, "draftById", "draftSavedAt", "updatedAt"
    FROM "ContentEntry" WHERE id = ${id} AND kind = ${kind} FOR UPDATE`;
  if (!row) throw notFound();
  if (version !== undefined && row.version !== version) {
    throw new AppError("CONFLICT", "The entry changed since the form was read.", {
      reason: "contentChanged",
      values: { at: row.updatedAt.toISOString() },
    });
  }
  return row;
}

/** Every ref of the document must name a published entry of its kind. */
async function refuseMissingRefs(tx: Tx, kind: ContentKind, doc: Record<string, unknown>) {
  const fields: Record<string, string> = {};
  for (const [field, refKind, key] of refsOf(kind, doc)) {
    const found = await tx.contentEntry.findFirst({
      where: { kind: refKind, key, published: { not: { equals: null } } },
      select: { id: true },
    });
    if (!found) fields[field] ??= "contentRefMissing";
  }
  if (Object.keys(fields).length > 0)
    throw new AppError("INVALID_INPUT", "A referenced entry is not published.", { fields });
}

const asJson = (doc: unknown) => doc as Prisma.InputJsonValue;
const titleOf = (kind: ContentKind, doc: unknown) =>
  (() => {
    const value = (doc as Record<string, unknown> | null)?.[CONTENT_KINDS[kind].titleField];
    return typeof value === "object" && value !== null
      ? textIn(value as { vi: string; en: string }, "vi").text
      : String(value ?? "");
  })();

function revalidate(kind: ContentKind, extraTags: string[]) {
  return revalidateEverywhere([contentTag(kind), ...extraTags]);
}

export type SaveContentOptions = {
  actor: StaffActor;
  kind: ContentKind;
  /** Absent: a new entry with `key`. */
  id?: number;
  key?: string;
  version?: number;
  sortOrder: number;
  doc: Record<string, unknown>;
  intent: "draft" | "publish";
};

/** Saves a document as the entry's draft, or publishes it; answers the entry's id. */
export async function saveContent(options: SaveContentOptions): Promise<{ id: number; published: boolean }> {
  const { actor, kind, doc, intent, sortOrder } = options;
  const spec = CONTENT_KINDS[kind];
  let extraTags: string[] = [];
  const result = await unlessKeyTaken(() =>
    db.$transaction(async (tx) => {
      if (intent === "publish") await refuseMissingRefs(tx, kind, doc);
      const now = new Date();
      let entry: Entry;
      if (options.id === undefined) {
        const key = "singleton" in spec && spec.singleton ? spec.singleton : options.key;
        if (!key) throw new AppError("INVALID_INPUT", "A new entry needs a key.", { fields: { key: "required" } });
        const created = await tx.contentEntry.create({
          data: {
            kind,
            key,
            sortOrder,
            ...(intent === "publish"
              ? { published: asJson(doc), publishedAt: now, publishedById: actor.userId }
              : { draft: asJson(doc), draftSavedAt: now, draftById: actor.userId }),
          },
        });
        entry = { ...created, published: null, draft: null };
      } else {
        entry = await lockEntry(tx, kind, options.id, options.version);
        const data =
          intent === "publish"
            ? {
                published: asJson(doc),
                publishedAt: now,
                publishedById: actor.userId,
                draft: Prisma.DbNull,
                draftSavedAt: null,
                draftById: null,
              }
            : { draft: asJson(doc), draftSavedAt: now, draftById: actor.userId };
        await tx.contentEntry.update({
          where: { id: entry.id },
          data: { ...data, sortOrder, version: { increment: 1 } },
        });
      }
      const before = completeDoc(kind, (intent === "draft" ? (entry.draft ?? entry.published) : entry.published) ?? {});
      const changes = changesOf(flatten(before), flatten(doc));
      if (sortOrder !== entry.sortOrder && options.id !== undefined) changes.sortOrder = [entry.sortOrder, sortOrder];
      if (intent === "publish") extraTags = await mirrorPublished(tx, kind, entry.key, doc, sortOrder);
      await recordAudit(
        tx,
        { actor },
        {
          action: intent === "publish" ? "content.publish" : "content.save-draft",
          entityType: kind,
          entityId: entry.id,
          changes: { ...changes, ...(options.id === undefined ? { key: [null, entry.key] } : {}) },
        },
      );
      return { id: entry.id, published: intent === "publish" };
    }),
  );
  if (result.published) await revalidate(kind, extraTags);
  return result;
}

/** Publishes the saved draft as it is. */
export async function publishDraft(options: { actor: StaffActor; kind: ContentKind; id: number; version: number }) {
  const { actor, kind, id, version } = options;
  let extraTags: string[] = [];
  await db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, kind, id, version);
    if (entry.draft === null) throw new AppError("CONFLICT", "Nothing to publish.", { reason: "contentNoDraft" });
    const doc = completeDoc(kind, entry.draft) as Record<string, unknown>;
    await refuseMissingRefs(tx, kind, doc);
    await tx.contentEntry.update({
      where: { id },
      data: {
        published: asJson(doc),
        publishedAt: new Date(),
        publishedById: actor.userId,
        draft: Prisma.DbNull,
        draftSavedAt: null,
        draftById: null,
        version: { increment: 1 },
      },
    });
    extraTags = await mirrorPublished(tx, kind, entry.key, doc, entry.sortOrder);
    const changes = changesOf(flatten(completeDoc(kind, entry.published ?? {})), flatten(doc));
    await recordAudit(tx, { actor }, { action: "content.publish", entityType: kind, entityId: id, changes });
  });
  await revalidate(kind, extraTags);
}

/** Throws away the draft; the published document (if any) stays. An entry never published is deleted. */
export async function discardDraft(options: { actor: StaffActor; kind: ContentKind; id: number; version: number }) {
  const { actor, kind, id, version } = options;
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, kind, id, version);
    if (entry.draft === null) throw new AppError("CONFLICT", "There is no draft.", { reason: "contentNoDraft" });
    const deleted = entry.published === null;
    if (deleted) await tx.contentEntry.delete({ where: { id } });
    else
      await tx.contentEntry.update({
        where: { id },
        data: { draft: Prisma.DbNull, draftSavedAt: null, draftById: null, version: { increment: 1 } },
      });
    await recordAudit(
      tx,
      { actor },
      {
        action: "content.discard-draft",
        entityType: kind,
        entityId: id,
        changes: { key: [entry.key, deleted ? null : entry.key], title: [titleOf(kind, entry.draft), null] },
      },
    );
    return { deleted };
  });
}

/**
 * Takes an entry off the public pages: its published document becomes its
 * draft again (nothing is lost). Refused for the site's settings and singletons,
 * for sectors and hubs (parcels, routing and inquiries refer to them) and
 * for an entry another published entry refers to.
 */
export async function unpublishContent(options: { actor: StaffActor; kind: ContentKind; id: number; version: number }) {
  const { actor, kind, id, version } = options;
  const spec = CONTENT_KINDS[kind];
  await db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, kind, id, version);
    if (entry.published === null) throw new AppError("CONFLICT", "Not published.", { reason: "contentNotPublished" });
    if (("singleton" in spec && spec.singleton) || ("mirrored" in spec && spec.mirrored)) {
      throw new AppError("CONFLICT", "This kind stays published.", { reason: "contentKeepsPublished" });
    }
    const referrers = await referrersOf(tx, kind, entry.key);
    if (referrers.length > 0) {
      throw new AppError("CONFLICT", "Other entries refer to this one.", {
        reason: "contentReferenced",
        values: { count: referrers.length },
      });
    }
    await tx.contentEntry.update({
      where: { id },
      data: {
        draft: asJson(entry.draft ?? entry.published),
        draftSavedAt: entry.draftSavedAt ?? new Date(),
        draftById: entry.draftById ?? actor.userId,
        published: Prisma.DbNull,
        publishedAt: null,
        publishedById: null,
        version: { increment: 1 },
      },
    });
    await recordAudit(
      tx,
      { actor },
      { action: "content.unpublish", entityType: kind, entityId: id, changes: { key: [entry.key, entry.key] } },
    );
  });
  await revalidate(kind, []);
}

/** Published entries whose refs name `kind`/`key`. */
export async function referrersOf(tx: Tx, kind: ContentKind, key: string): Promise<{ kind: string; key: string }[]> {
  const referringKinds = Object.entries(CONTENT_KINDS).filter(([, spec]) =>
    spec.fields.some((field) => field.type === "ref" && field.kind === kind),
  );
  const found: { kind: string; key: string }[] = [];
  for (const [referring] of referringKinds) {
    const rows = await tx.contentEntry.findMany({
      where: { kind: referring, published: { not: { equals: null } } },
      select: { kind: true, key: true, published: true },
    });
    for (const row of rows) {
      if (
        refsOf(referring as ContentKind, row.published as Record<string, unknown>).some(
          ([, k, v]) => k === kind && v === key,
        )
      ) {
        found.push({ kind: row.kind, key: row.key });
      }
    }
  }
  return found;
}

/** A document as `{ "name.vi": …, distanceKm: … }`, for the audit entry's changes. */
function flatten(doc: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(doc)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [locale, text] of Object.entries(value)) flat[`${name}.${locale}`] = text;
    } else flat[name] = value;
  }
  return flat;
}

async function unlessKeyTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("INVALID_INPUT", "The key is taken.", { fields: { key: "contentKeyTaken" } });
    }
    throw error;
  }
}
