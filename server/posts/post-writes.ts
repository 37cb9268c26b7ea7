import "server-only";
import { routing } from "@/i18n/routing";
import { publicPostColumns, publicTranslations } from "@/lib/posts/projection";
import { type PostDoc, readPostDoc } from "@/lib/posts/schema";
import {
  checkTransition,
  EDITABLE_STATUSES,
  type PostAction,
  type PostStatusCode,
  TRANSITIONS,
  type WorkflowPost,
} from "@/lib/posts/workflow";
import { changesOf, recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { revalidateEverywhere } from "../revalidate";
import { postTags } from "./revalidate-posts";

// Writing posts and moving them through the workflow (docs/decisions/018).
// Each function owns its transaction: the post is locked, the version the
// editor read is checked (a second editor saving the same post is told who
// saved it and when, never silently overwritten), the history event and the
// audit entry are written inside it; after the commit the public pages the
// change touches are revalidated at once. Every save is a new revision; a
// published post keeps showing its published revision until a new one is
// approved and published. The actions that call these checked the
// permission; the transition table (lib/posts/workflow.ts) is checked again
// here, with the self-approval rule.

type LockedPost = {
  id: number;
  status: PostStatusCode;
  authorId: number | null;
  currentRevision: number;
  version: number;
  live: boolean;
  firstPublishedAt: Date | null;
  scheduledFor: Date | null;
  updatedAt: Date;
  revisionAuthorId: number | null;
  content: unknown;
  savedByName: string | null;
};

const notFound = () => new AppError("NOT_FOUND", "No such post.", { reason: "notFound" });

async function lockPost(tx: Tx, id: number, version: number | undefined): Promise<LockedPost> {
  // The row lock is taken alone, then the post is read with its revision in a
  // statement of its own. Locking the join at once would go wrong for an
  // editor who waited for another's save: PostgreSQL rechecks only the locked
  // row, against the revision read before the wait, so the post would seem to
  // be gone ("no such post") instead of changed.
  const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Post" WHERE id = ${id} FOR UPDATE`;
  if (!locked) throw notFound();
  const [post] = await tx.$queryRaw<LockedPost[]>`
    SELECT p.id, p.status::text AS status, p."authorId", p."currentRevision", p.version, p.live,
           p."firstPublishedAt", p."scheduledFor", p."updatedAt",
           r."authorId" AS "revisionAuthorId", r.content, u.name AS "savedByName"
    FROM "Post" p
    JOIN "PostRevision" r ON r."postId" = p.id AND r.number = p."currentRevision"
    LEFT JOIN "StaffUser" u ON u.id = r."authorId"
    WHERE p.id = ${id}`;
  if (!post) throw notFound();
  if (version !== undefined && post.version !== version) {
    // Who changed it last: the latest history event (a save or a transition).
    const [last] = await tx.$queryRaw<{ name: string | null; at: Date }[]>`
      SELECT u.name, e.at FROM "PostEvent" e LEFT JOIN "StaffUser" u ON u.id = e."actorId"
      WHERE e."postId" = ${id} ORDER BY e.at DESC, e.id DESC LIMIT 1`;
    throw new AppError("CONFLICT", "The post changed since the form was read.", {
      reason: "postChanged",
      values: { name: last?.name ?? "—", at: (last?.at ?? post.updatedAt).toISOString() },
    });
  }
  return post;
}

const workflowPost = (post: LockedPost): WorkflowPost => ({
  status: post.status,
  authorId: post.authorId,
  revisionAuthorId: post.revisionAuthorId,
});

async function allowSelfApproval(tx: Tx): Promise<boolean> {
  const settings = await tx.siteSettings.findUnique({ where: { id: 1 }, select: { allowSelfApproval: true } });
  return settings?.allowSelfApproval ?? false;
}

type ResolvedRefs = { sectorIds: number[]; hubIds: number[]; parcelIds: number[] };

/** Every sector, hub, parcel, image and content entry the document names must exist; a missing one is named by its field. */
async function resolveRefs(tx: Tx, doc: PostDoc): Promise<ResolvedRefs> {
  const fields: Record<string, string> = {};
  const sectors = await tx.sector.findMany({ where: { slug: { in: doc.sectors } }, select: { id: true } });
  if (sectors.length !== doc.sectors.length) fields.sectors = "invalid";
  const hubs = await tx.hub.findMany({ where: { slug: { in: doc.hubs } }, select: { id: true } });
  if (hubs.length !== doc.hubs.length) fields.hubs = "invalid";
  const parcels = await tx.parcel.findMany({ where: { code: { in: doc.parcels } }, select: { id: true, code: true } });
  if (parcels.length !== doc.parcels.length) fields.parcels = "postParcelUnknown";
  if (doc.coverImageId) {
    const image = await tx.image.findUnique({ where: { id: doc.coverImageId }, select: { id: true } });
    if (!image) fields.coverImageId = "postImageMissing";
  }
  if (doc.relatedContent) {
    const [kind, key] = doc.relatedContent.split(":") as [string, string];
    const entry = await tx.contentEntry.findFirst({
      where: { kind, key, published: { not: { equals: null } } },
      select: { id: true },
    });
    if (!entry) fields.relatedContent = "contentRefMissing";
  }
  if (Object.keys(fields).length > 0)
    throw new AppError("INVALID_INPUT", "The post names something that does not exist.", { fields });
  return {
    sectorIds: sectors.map((sector) => sector.id),
    hubIds: hubs.map((hub) => hub.id),
    parcelIds: parcels.map((parcel) => parcel.id),
  };
}

/** A slug another post already has (published, or in its latest revision) is refused, per locale. */
async function refuseTakenSlugs(tx: Tx, postId: number | null, doc: PostDoc) {
  const fields: Record<string, string> = {};
  for (const [locale, text] of Object.entries(doc.texts)) {
    const taken = await tx.$queryRaw<{ id: number }[]>`
      SELECT t."postId" AS id FROM "PostTranslation" t
      WHERE t.locale = ${locale} AND t.slug = ${text.slug} AND t."postId" <> ${postId ?? 0}
      UNION ALL
      SELECT p.id FROM "Post" p
      JOIN "PostRevision" r ON r."postId" = p.id AND r.number = p."currentRevision"
      WHERE p.id <> ${postId ?? 0} AND p.status <> 'ARCHIVED'
        AND r.content -> 'texts' -> ${locale} ->> 'slug' = ${text.slug}
      LIMIT 1`;
    if (taken.length > 0) fields[`${locale}.slug`] = "postSlugTaken";
  }
  if (Object.keys(fields).length > 0) throw new AppError("INVALID_INPUT", "A slug is taken.", { fields });
}

const asJson = (doc: PostDoc) => doc as unknown as Prisma.InputJsonValue;

async function recordEvent(
  tx: Tx,
  event: {
    postId: number;
    action: string;
    from: PostStatusCode | null;
    to: PostStatusCode;
    revision: number;
    actorId: number | null;
    comment?: string;
  },
) {
  await tx.postEvent.create({
    data: {
      postId: event.postId,
      action: event.action,
      fromStatus: event.from,
      toStatus: event.to,
      revision: event.revision,
      actorId: event.actorId,
      comment: event.comment ?? "",
    },
  });
}

/** A flat view of a document for the audit log's `{ field: [before, after] }`. */
function flatDoc(doc: PostDoc): Record<string, unknown> {
  const flat: Record<string, unknown> = {
    kind: doc.kind,
    coverImageId: doc.coverImageId,
    eventStartsAt: doc.eventStartsAt,
    eventEndsAt: doc.eventEndsAt,
    registrationUrl: doc.registrationUrl,
    agreementDate: doc.agreementDate,
    relatedContent: doc.relatedContent,
    sectors: doc.sectors,
    hubs: doc.hubs,
    parcels: doc.parcels,
  };
  for (const [locale, text] of Object.entries(doc.texts))
    for (const [field, value] of Object.entries(text))
      flat[`${locale}.${field}`] = field === "body" ? `${value.length} characters` : value;
  return flat;
}

/**
 * Writes `doc` as the post's next revision and sends the post back to draft
 * (an approval or a schedule was for other words); records the history
 * event. Answers the new revision's number.
 */
async function addDraftRevision(
  tx: Tx,
  post: LockedPost,
  doc: PostDoc,
  actor: StaffActor,
  event: { action: "saved" | "restored"; note?: string; comment?: string },
): Promise<number> {
  const number = post.currentRevision + 1;
  await tx.postRevision.create({
    data: { postId: post.id, number, content: asJson(doc), authorId: actor.userId, note: event.note ?? "" },
  });
  await tx.post.update({
    where: { id: post.id },
    data: {
      currentRevision: number,
      status: "DRAFT",
      submittedById: null,
      approvedById: null,
      approvedAt: null,
      scheduledFor: null,
      version: { increment: 1 },
    },
  });
  await recordEvent(tx, {
    postId: post.id,
    action: event.action,
    from: post.status,
    to: "DRAFT",
    revision: number,
    actorId: actor.userId,
    comment: event.comment,
  });
  return number;
}

/** Creates a post as a draft (revision 1); answers its id. */
export async function createPost(options: { actor: StaffActor; doc: PostDoc }): Promise<{ id: number }> {
  const { actor, doc } = options;
  return db.$transaction(async (tx) => {
    await resolveRefs(tx, doc);
    await refuseTakenSlugs(tx, null, doc);
    const post = await tx.post.create({ data: { authorId: actor.userId, kind: doc.kind } });
    await tx.postRevision.create({
      data: { postId: post.id, number: 1, content: asJson(doc), authorId: actor.userId },
    });
    await recordEvent(tx, {
      postId: post.id,
      action: "created",
      from: null,
      to: "DRAFT",
      revision: 1,
      actorId: actor.userId,
    });
    await recordAudit(
      tx,
      { actor },
      { action: "post.create", entityType: "post", entityId: post.id, changes: changesOf({}, flatDoc(doc)) },
    );
    return { id: post.id };
  });
}

/**
 * Saves the form as a new revision. A post in review, approved or scheduled
 * goes back to draft (the approval was for other words); a published post
 * stays on the public pages as published until the new revision is. An
 * archived post is not edited: restore one of its revisions instead.
 * Answers whether anything changed.
 */
export async function savePost(options: {
  actor: StaffActor;
  id: number;
  version: number;
  doc: PostDoc;
}): Promise<{ changed: boolean }> {
  const { actor, id, version, doc } = options;
  return db.$transaction(async (tx) => {
    const post = await lockPost(tx, id, version);
    if (!EDITABLE_STATUSES.includes(post.status))
      throw new AppError("CONFLICT", "An archived post is not edited.", { reason: "postArchived" });
    const before = readPostDoc(post.content);
    const changes = changesOf(flatDoc(before), flatDoc(doc));
    if (Object.keys(changes).length === 0) return { changed: false };
    await resolveRefs(tx, doc);
    await refuseTakenSlugs(tx, id, doc);
    const number = await addDraftRevision(tx, post, doc, actor, { action: "saved" });
    await recordAudit(
      tx,
      { actor },
      {
        action: "post.save",
        entityType: "post",
        entityId: id,
        changes: { ...changes, revision: [post.currentRevision, number] },
      },
    );
    return { changed: true };
  });
}

/**
 * Writes the current revision into the public rows: translations (the body
 * rendered and sanitized), the related sectors, hubs and parcels, and the
 * shared fields. The first publication sets the post's date; a later one
 * sets "updated on".
 */
async function publishRevision(tx: Tx, post: LockedPost, now: Date) {
  const doc = readPostDoc(post.content);
  const refs = await resolveRefs(tx, doc);
  await refuseTakenSlugs(tx, post.id, doc);
  await tx.postTranslation.deleteMany({ where: { postId: post.id } });
  await tx.postTranslation.createMany({
    data: publicTranslations(doc).map((translation) => ({ postId: post.id, ...translation })),
  });
  await tx.postSector.deleteMany({ where: { postId: post.id } });
  await tx.postSector.createMany({ data: refs.sectorIds.map((sectorId) => ({ postId: post.id, sectorId })) });
  await tx.postHub.deleteMany({ where: { postId: post.id } });
  await tx.postHub.createMany({ data: refs.hubIds.map((hubId) => ({ postId: post.id, hubId })) });
  await tx.postParcel.deleteMany({ where: { postId: post.id } });
  await tx.postParcel.createMany({ data: refs.parcelIds.map((parcelId) => ({ postId: post.id, parcelId })) });
  await tx.post.update({
    where: { id: post.id },
    data: {
      live: true,
      publishedRevision: post.currentRevision,
      firstPublishedAt: post.firstPublishedAt ?? now,
      contentUpdatedAt: post.firstPublishedAt ? now : null,
      archivedAt: null,
      ...publicPostColumns(doc),
    },
  });
}

/** The least time ahead a post can be scheduled for. */
const SCHEDULE_LEAD_MS = 60_000;

/** Moves a post through the workflow (submit, approve, reject, publish, schedule, unschedule, archive). */
export async function transitionPost(options: {
  actor: StaffActor;
  id: number;
  version: number;
  action: PostAction;
  comment?: string;
  /** ISO instant, for `schedule`. */
  scheduledFor?: string | null;
  now?: Date;
}): Promise<{ status: PostStatusCode }> {
  const { actor, id, version, action } = options;
  const now = options.now ?? new Date();
  let revalidate: string[] = [];
  const result = await db.$transaction(async (tx) => {
    const post = await lockPost(tx, id, version);
    const refusal = checkTransition(action, workflowPost(post), actor, await allowSelfApproval(tx));
    if (refusal === "forbidden") throw new AppError("FORBIDDEN", "Not allowed.", { reason: "forbidden" });
    if (refusal)
      throw new AppError("CONFLICT", `Cannot ${action} this post now.`, {
        reason: refusal,
        values: { status: post.status },
      });
    const to = TRANSITIONS[action].to;
    const data: Prisma.PostUpdateInput = { status: to, version: { increment: 1 } };
    if (action === "submit") data.submittedById = actor.userId;
    if (action === "approve") Object.assign(data, { approvedById: actor.userId, approvedAt: now });
    if (action === "reject") Object.assign(data, { approvedById: null, approvedAt: null, scheduledFor: null });
    if (action === "unschedule") data.scheduledFor = null;
    if (action === "schedule") {
      const at = options.scheduledFor ? new Date(options.scheduledFor) : null;
      if (!at || at.getTime() < now.getTime() + SCHEDULE_LEAD_MS)
        throw new AppError("INVALID_INPUT", "Schedule it in the future.", {
          fields: { scheduledFor: "postScheduleInPast" },
        });
      // The references are checked now, so the scheduled publication does not fail on them later.
      await resolveRefs(tx, readPostDoc(post.content));
      await refuseTakenSlugs(tx, id, readPostDoc(post.content));
      data.scheduledFor = at;
    }
    if (action === "publish") {
      await publishRevision(tx, post, now);
      revalidate = postTags(id);
    }
    if (action === "archive") {
      Object.assign(data, { live: false, archivedAt: now, scheduledFor: null });
      if (post.live) revalidate = postTags(id);
    }
    await tx.post.update({ where: { id }, data });
    await recordEvent(tx, {
      postId: id,
      action,
      from: post.status,
      to,
      revision: post.currentRevision,
      actorId: actor.userId,
      comment: options.comment,
    });
    await recordAudit(
      tx,
      { actor },
      {
        action: `post.${action}`,
        entityType: "post",
        entityId: id,
        changes: {
          status: [post.status, to],
          revision: [post.currentRevision, post.currentRevision],
          ...(options.comment ? { comment: [null, options.comment] } : {}),
          ...(action === "schedule" ? { scheduledFor: [null, options.scheduledFor] } : {}),
        },
      },
    );
    return { status: to };
  });
  if (revalidate.length > 0) await revalidateEverywhere(revalidate);
  return result;
}

/**
 * Restores an old revision as a new draft revision (nothing is overwritten:
 * the history keeps every version). An archived post comes back as a draft,
 * off the public pages until it is published again.
 */
export async function restoreRevision(options: {
  actor: StaffActor;
  id: number;
  version: number;
  number: number;
}): Promise<{ revision: number }> {
  const { actor, id, version } = options;
  return db.$transaction(async (tx) => {
    const post = await lockPost(tx, id, version);
    const old = await tx.postRevision.findUnique({ where: { postId_number: { postId: id, number: options.number } } });
    if (!old) throw new AppError("NOT_FOUND", "No such revision.", { reason: "notFound" });
    const doc = readPostDoc(old.content);
    await refuseTakenSlugs(tx, id, doc);
    const number = await addDraftRevision(tx, post, doc, actor, {
      action: "restored",
      note: `restored:${options.number}`,
      comment: `${options.number}`,
    });
    await recordAudit(
      tx,
      { actor },
      {
        action: "post.restore",
        entityType: "post",
        entityId: id,
        changes: {
          ...changesOf(flatDoc(readPostDoc(post.content)), flatDoc(doc)),
          revision: [post.currentRevision, number],
          restoredFrom: [null, options.number],
        },
      },
    );
    return { revision: number };
  });
}

/**
 * Publishes every scheduled post whose time has come (the pg-boss job
 * `publish-scheduled-posts`, every minute). Each post is taken with
 * `FOR UPDATE SKIP LOCKED` and published only if still scheduled, so two
 * workers running the job at once publish each post once. Answers the ids
 * published.
 */
export async function publishDuePosts(options: { now?: Date } = {}): Promise<number[]> {
  const now = options.now ?? new Date();
  const published: number[] = [];
  // A post that cannot be published (what it names was removed meanwhile)
  // stays scheduled, is reported, and does not hold up the others.
  const failed: number[] = [0];
  for (;;) {
    let current: number | null = null;
    const id = await db
      .$transaction(async (tx) => {
        const [due] = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "Post" WHERE status = 'SCHEDULED' AND "scheduledFor" <= ${now}
          AND id <> ALL(${failed})
        ORDER BY "scheduledFor", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!due) return null;
        current = due.id;
        const post = await lockPost(tx, due.id, undefined);
        await publishRevision(tx, post, now);
        await tx.post.update({ where: { id: post.id }, data: { status: "PUBLISHED", version: { increment: 1 } } });
        await recordEvent(tx, {
          postId: post.id,
          action: "published-on-schedule",
          from: "SCHEDULED",
          to: "PUBLISHED",
          revision: post.currentRevision,
          actorId: null,
        });
        await recordAudit(
          tx,
          { actorId: null, actorLabel: "scheduled publication", clientKey: null },
          {
            action: "post.publish-scheduled",
            entityType: "post",
            entityId: post.id,
            changes: {
              status: ["SCHEDULED", "PUBLISHED"],
              scheduledFor: [post.scheduledFor?.toISOString() ?? null, null],
            },
          },
        );
        return post.id;
      })
      .catch((error: unknown) => {
        if (current === null) throw error;
        console.error(
          `[portal] Scheduled post ${current} not published (${error instanceof Error ? error.message : error}); it stays scheduled.`,
        );
        failed.push(current);
        return -1;
      });
    if (id === null) break;
    if (id === -1) continue;
    published.push(id);
  }
  if (published.length > 0) await revalidateEverywhere(published.flatMap(postTags));
  return published;
}

/** The default locale's text of a document (for titles in lists and messages). */
export const defaultText = (doc: PostDoc) => doc.texts[routing.defaultLocale];
