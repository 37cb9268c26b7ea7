import { PrismaPg } from "@prisma/adapter-pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { renderMarkdown } from "@/lib/posts/markdown";
import { type PostDoc, postFormSchema, postTransitionSchema } from "@/lib/posts/schema";
import { POST_ACTIONS, POST_STATUSES, type PostAction, type PostStatusCode, TRANSITIONS } from "@/lib/posts/workflow";
import { postSeeds } from "@/prisma/seed/posts";
import { PrismaClient } from "@/server/generated/prisma/client";
import { createStaffUser, deleteTestStaff, type StaffFixtureUser, staffActorOf } from "../fixtures/staff";
import { resetTaggedCache, revalidatedTags } from "../fixtures/tagged-next-cache";

// The posts' write functions (server/posts/post-writes.ts): every transition
// of the workflow from every status, by role; nobody approving their own
// post unless allowed; rejection, edits of reviewed and published posts,
// archiving; the scheduled publication run by two workers at once; revision
// restore; conflicts between editors; slugs and references checked; every
// change in the post's history and the audit log, and the public pages
// revalidated. createPost and savePost trust their caller on permissions:
// the back office's actions check them (staffAction), and their tests cover
// that; transitionPost checks the transition table itself, with the role.
// Also the seed's posts: created once, never duplicated or overwritten.

vi.mock("next/cache", async () => (await import("../fixtures/tagged-next-cache")).taggedNextCache);

const { db } = await import("@/server/db");
const { seedAll, seedPosts } = await import("@/prisma/seed");
const writes = await import("@/server/posts/post-writes");
const { isAppError } = await import("@/server/errors");
const { getBoss, stopBoss } = await import("@/server/jobs/queue");
const { workScheduledJobs } = await import("@/server/jobs/scheduled-jobs");
type StaffActor = import("@/server/auth/session").StaffActor;

const PREFIX = "zz-post-test";
let author: StaffFixtureUser;
let reviewer: StaffFixtureUser;
let admin: StaffFixtureUser;
let officer: StaffFixtureUser;
const created: number[] = [];
let made = 0;

const actor = (user: StaffFixtureUser): StaffActor => staffActorOf(user, "posts-test");

beforeAll(async () => {
  await seedAll();
  [author, reviewer, admin, officer] = await Promise.all([
    createStaffUser({ role: "EDITOR", name: "Lê Tác Giả" }),
    createStaffUser({ role: "EDITOR", name: "Phạm Duyệt Bài" }),
    createStaffUser({ role: "ADMINISTRATOR", name: "Nguyễn Quản Trị" }),
    createStaffUser({ role: "INVESTMENT_OFFICER", name: "Trần Cán Bộ" }),
  ]);
  await setSelfApproval(false);
});
beforeEach(() => resetTaggedCache());
afterAll(async () => {
  await setSelfApproval(false);
  // Before the staff go: their posts would otherwise lose their author and look like the seed's.
  await db.post.deleteMany({ where: { id: { in: created } } });
  await db.sector.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await db.contentEntry.deleteMany({ where: { key: { startsWith: PREFIX } } });
  await deleteTestStaff();
  await stopBoss();
  await db.$disconnect();
});

const setSelfApproval = (allowSelfApproval: boolean) =>
  db.siteSettings.update({ where: { id: 1 }, data: { allowSelfApproval } });

/** A valid post document, through the form's own schema; `fields` override the form's values. */
function docOf(fields: Record<string, string | string[]> = {}): PostDoc {
  made += 1;
  const tag = `${PREFIX}-${made}-${Math.random().toString(36).slice(2, 8)}`;
  const parsed = postFormSchema.safeParse({
    kind: "NEWS",
    "vi.title": `Tin thử nghiệm ${tag}`,
    "vi.slug": `${tag}-vi`,
    "vi.summary": "Tóm tắt bài viết thử nghiệm.",
    "vi.body": "## Nội dung\n\nBài viết **thử nghiệm**.",
    "en.title": `Test post ${tag}`,
    "en.slug": `${tag}-en`,
    "en.summary": "A test post's summary.",
    "en.body": "## Body\n\nA **test** post.",
    sectors: ["electronics"],
    hubs: ["ben-luc"],
    ...fields,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data.doc;
}

async function newPost(by: StaffFixtureUser = author, doc: PostDoc = docOf()): Promise<number> {
  const { id } = await writes.createPost({ actor: actor(by), doc });
  created.push(id);
  return id;
}

const postRow = (id: number) => db.post.findUniqueOrThrow({ where: { id }, include: { translations: true } });
const versionOf = async (id: number) => (await db.post.findUniqueOrThrow({ where: { id } })).version;
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** A transition with the version as read now. */
async function move(
  id: number,
  action: PostAction,
  by: StaffFixtureUser,
  extra: { comment?: string; scheduledFor?: string; now?: Date } = {},
) {
  return writes.transitionPost({
    actor: actor(by),
    id,
    version: await versionOf(id),
    action,
    comment: extra.comment ?? (action === "reject" ? "Cần bổ sung nguồn." : undefined),
    scheduledFor: action === "schedule" ? (extra.scheduledFor ?? inAnHour()) : undefined,
    now: extra.now,
  });
}

/** The path from a draft to each status: the author writes and submits, the reviewer does the rest. */
async function postIn(status: PostStatusCode, doc?: PostDoc): Promise<number> {
  const id = await newPost(author, doc);
  const steps: Record<PostStatusCode, [PostAction, StaffFixtureUser][]> = {
    DRAFT: [],
    IN_REVIEW: [["submit", author]],
    APPROVED: [
      ["submit", author],
      ["approve", reviewer],
    ],
    SCHEDULED: [
      ["submit", author],
      ["approve", reviewer],
      ["schedule", reviewer],
    ],
    PUBLISHED: [
      ["submit", author],
      ["approve", reviewer],
      ["publish", reviewer],
    ],
    ARCHIVED: [["archive", reviewer]],
  };
  for (const [action, by] of steps[status]) await move(id, action, by);
  expect((await postRow(id)).status).toBe(status);
  return id;
}

/** The AppError a write ends with. */
async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${error}`);
  return { code: error.code, reason: error.reason, fields: error.fields, values: error.values };
}

const eventsOf = (id: number) => db.postEvent.findMany({ where: { postId: id }, orderBy: { id: "asc" } });
const auditOf = (id: number, action?: string) =>
  db.auditEntry.findMany({ where: { entityType: "post", entityId: String(id), action }, orderBy: { id: "asc" } });

describe("transitions", () => {
  it("each is allowed from its statuses, with its history event and audit entry, and refused from every other", async () => {
    for (const action of POST_ACTIONS)
      for (const from of POST_STATUSES) {
        const id = await postIn(from);
        const label = `${action} from ${from}`;
        const before = await postRow(id);
        const events = (await eventsOf(id)).length;
        const audits = (await auditOf(id)).length;
        if (TRANSITIONS[action].from.includes(from)) {
          const to = TRANSITIONS[action].to;
          expect(await move(id, action, reviewer), label).toEqual({ status: to });
          const after = await postRow(id);
          expect(after.status, label).toBe(to);
          expect(after.version, label).toBe(before.version + 1);
          const event = (await eventsOf(id)).at(-1);
          expect(event, label).toMatchObject({
            action,
            fromStatus: from,
            toStatus: to,
            actorId: reviewer.id,
            revision: 1,
          });
          const audit = (await auditOf(id)).at(-1);
          expect(audit, label).toMatchObject({ action: `post.${action}`, actorId: reviewer.id });
          expect(audit?.changes, label).toMatchObject({ status: [from, to] });
        } else {
          expect(await refusal(move(id, action, reviewer)), label).toMatchObject({
            code: "CONFLICT",
            reason: "postWrongStatus",
            values: { status: from },
          });
          expect((await postRow(id)).version, label).toBe(before.version);
          expect((await eventsOf(id)).length, label).toBe(events);
          expect((await auditOf(id)).length, label).toBe(audits);
        }
      }
  }, 240_000);

  it("are all refused to an investment officer, from every status, changing nothing", async () => {
    for (const from of POST_STATUSES) {
      const id = await postIn(from);
      const before = await postRow(id);
      for (const action of POST_ACTIONS)
        expect(await refusal(move(id, action, officer)), `${action} from ${from}`).toMatchObject({
          code: "FORBIDDEN",
        });
      expect(await postRow(id)).toEqual(before);
    }
  });

  it("keep the author from approving, publishing or scheduling their own post", async () => {
    const id = await postIn("IN_REVIEW");
    expect(await refusal(move(id, "approve", author))).toMatchObject({ code: "CONFLICT", reason: "postOwnApproval" });
    await move(id, "approve", reviewer);
    for (const action of ["publish", "schedule"] as const)
      expect(await refusal(move(id, action, author)), action).toMatchObject({ reason: "postOwnApproval" });
    // The author may still take it back.
    expect(await move(id, "reject", author)).toEqual({ status: "DRAFT" });
  });

  it("count whoever saved the latest revision as an author", async () => {
    const id = await newPost(author);
    await writes.savePost({ actor: actor(reviewer), id, version: await versionOf(id), doc: docOf() });
    await move(id, "submit", author);
    expect(await refusal(move(id, "approve", reviewer))).toMatchObject({ reason: "postOwnApproval" });
    expect(await refusal(move(id, "approve", author))).toMatchObject({ reason: "postOwnApproval" });
    expect(await move(id, "approve", admin)).toEqual({ status: "APPROVED" });
    expect(await refusal(move(id, "publish", reviewer))).toMatchObject({ reason: "postOwnApproval" });
    expect(await move(id, "publish", admin)).toEqual({ status: "PUBLISHED" });
  });

  it("let the author approve and publish their own post once administrators allow self-approval", async () => {
    const id = await postIn("IN_REVIEW");
    await setSelfApproval(true);
    try {
      expect(await move(id, "approve", author)).toEqual({ status: "APPROVED" });
      expect(await move(id, "publish", author)).toEqual({ status: "PUBLISHED" });
      expect((await postRow(id)).live).toBe(true);
    } finally {
      await setSelfApproval(false);
    }
  });

  it("reject: needs a comment, goes back to draft and clears the approval and the schedule", async () => {
    const noComment = postTransitionSchema.safeParse({ action: "reject", version: "1", comment: " " });
    expect(noComment.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["comment", "postRejectComment"],
    ]);
    for (const from of ["IN_REVIEW", "APPROVED", "SCHEDULED"] as const) {
      const id = await postIn(from);
      await move(id, "reject", reviewer, { comment: "Thiếu nguồn trích dẫn." });
      const after = await postRow(id);
      expect(after, from).toMatchObject({ status: "DRAFT", approvedById: null, approvedAt: null, scheduledFor: null });
      expect((await eventsOf(id)).at(-1), from).toMatchObject({ action: "reject", comment: "Thiếu nguồn trích dẫn." });
      expect(((await auditOf(id, "post.reject")).at(-1)?.changes ?? {}) as Record<string, unknown>).toMatchObject({
        comment: [null, "Thiếu nguồn trích dẫn."],
      });
    }
  });

  it("schedule: refused in the past or within the minute, and the references are checked then", async () => {
    const id = await postIn("APPROVED");
    for (const at of [new Date(Date.now() - 60_000), new Date(Date.now() + 30_000)])
      expect(await refusal(move(id, "schedule", reviewer, { scheduledFor: at.toISOString() }))).toMatchObject({
        code: "INVALID_INPUT",
        fields: { scheduledFor: "postScheduleInPast" },
      });
    expect((await postRow(id)).status).toBe("APPROVED");
    const at = inAnHour();
    await move(id, "schedule", reviewer, { scheduledFor: at });
    expect((await postRow(id)).scheduledFor?.toISOString()).toBe(at);
    expect(await move(id, "unschedule", reviewer)).toEqual({ status: "APPROVED" });
    expect((await postRow(id)).scheduledFor).toBeNull();
  });
});

describe("editing", () => {
  it("sends a post in review, approved or scheduled back to draft, as a new revision", async () => {
    for (const from of ["IN_REVIEW", "APPROVED", "SCHEDULED"] as const) {
      const id = await postIn(from);
      const doc = docOf();
      expect(await writes.savePost({ actor: actor(author), id, version: await versionOf(id), doc }), from).toEqual({
        changed: true,
      });
      expect(await postRow(id), from).toMatchObject({
        status: "DRAFT",
        currentRevision: 2,
        approvedById: null,
        approvedAt: null,
        submittedById: null,
        scheduledFor: null,
      });
      const revision = await db.postRevision.findUniqueOrThrow({ where: { postId_number: { postId: id, number: 2 } } });
      expect(revision.content).toEqual(doc);
      expect((await eventsOf(id)).at(-1), from).toMatchObject({ action: "saved", fromStatus: from, toStatus: "DRAFT" });
      expect((await auditOf(id, "post.save")).length, from).toBe(1);
    }
  });

  it("saving the same document changes nothing", async () => {
    const doc = docOf();
    const id = await newPost(author, doc);
    const before = await postRow(id);
    expect(await writes.savePost({ actor: actor(author), id, version: before.version, doc })).toEqual({
      changed: false,
    });
    expect(await postRow(id)).toEqual(before);
    expect(await db.postRevision.count({ where: { postId: id } })).toBe(1);
  });

  it("keeps a published post live with its published text until the new revision is published", async () => {
    const id = await postIn("PUBLISHED");
    expect(revalidatedTags).toEqual(expect.arrayContaining(["posts", `post:${id}`]));
    const published = await postRow(id);
    expect(published).toMatchObject({ live: true, publishedRevision: 1, contentUpdatedAt: null });
    const firstPublishedAt = published.firstPublishedAt;
    expect(firstPublishedAt).toBeInstanceOf(Date);

    const edited = docOf();
    await writes.savePost({ actor: actor(author), id, version: published.version, doc: edited });
    const draft = await postRow(id);
    expect(draft).toMatchObject({ status: "DRAFT", live: true, publishedRevision: 1, currentRevision: 2 });
    expect(draft.translations).toEqual(published.translations);

    resetTaggedCache();
    await move(id, "submit", author);
    await move(id, "approve", reviewer);
    const now = new Date(Date.now() + 5_000);
    await move(id, "publish", reviewer, { now });
    const republished = await postRow(id);
    expect(republished).toMatchObject({ status: "PUBLISHED", live: true, publishedRevision: 2, firstPublishedAt });
    expect(republished.contentUpdatedAt?.toISOString()).toBe(now.toISOString());
    const vi_ = republished.translations.find((t) => t.locale === "vi");
    expect(vi_).toMatchObject({ title: edited.texts.vi?.title, slug: edited.texts.vi?.slug });
    expect(vi_?.bodyHtml).toBe(renderMarkdown(edited.texts.vi?.body ?? ""));
    expect(revalidatedTags).toEqual(expect.arrayContaining(["posts", `post:${id}`]));
  });

  it("writes the public rows: translations rendered, related sectors and hubs", async () => {
    const doc = docOf({ sectors: ["electronics", "logistics"], hubs: ["ben-luc", "can-giuoc"] });
    const id = await postIn("PUBLISHED", doc);
    const row = await db.post.findUniqueOrThrow({
      where: { id },
      include: { translations: true, sectors: { include: { sector: true } }, hubs: { include: { hub: true } } },
    });
    expect(row.translations.map((t) => t.locale).sort()).toEqual(["en", "vi"]);
    expect(row.sectors.map((s) => s.sector.slug).sort()).toEqual(["electronics", "logistics"]);
    expect(row.hubs.map((h) => h.hub.slug).sort()).toEqual(["ben-luc", "can-giuoc"]);
    expect(row.translations.find((t) => t.locale === "en")?.bodyHtml).toBe(
      "<h2>Body</h2>\n<p>A <strong>test</strong> post.</p>\n",
    );
  });

  it("archiving takes a post off the public pages and revalidates them; an archived post is not edited", async () => {
    const id = await postIn("PUBLISHED");
    resetTaggedCache();
    await move(id, "archive", reviewer);
    expect(await postRow(id)).toMatchObject({ status: "ARCHIVED", live: false, scheduledFor: null });
    expect((await postRow(id)).archivedAt).toBeInstanceOf(Date);
    expect(revalidatedTags).toEqual(expect.arrayContaining(["posts", `post:${id}`]));
    expect(
      await refusal(writes.savePost({ actor: actor(author), id, version: await versionOf(id), doc: docOf() })),
    ).toMatchObject({ code: "CONFLICT", reason: "postArchived" });

    // A draft that was never public: nothing to revalidate.
    const draft = await newPost();
    resetTaggedCache();
    await move(draft, "archive", reviewer);
    expect(revalidatedTags).toEqual([]);
  });
});

describe("the scheduled publication", () => {
  /** Scheduled a while ago for a time now past (the `now` the schedule was made at). */
  async function scheduledDue(doc?: PostDoc): Promise<number> {
    const id = await postIn("APPROVED", doc);
    const then = new Date(Date.now() - 10 * 60_000);
    await move(id, "schedule", reviewer, { now: then, scheduledFor: new Date(Date.now() - 5 * 60_000).toISOString() });
    return id;
  }

  const onSchedule = async (id: number) => ({
    status: (await postRow(id)).status,
    live: (await postRow(id)).live,
    events: (await eventsOf(id)).filter((e) => e.action === "published-on-schedule").length,
    audits: (await auditOf(id, "post.publish-scheduled")).length,
  });

  it("publishes each due post once, even with two runs at the same time", async () => {
    const ids = [await scheduledDue(), await scheduledDue()];
    resetTaggedCache();
    const runs = await Promise.all([writes.publishDuePosts(), writes.publishDuePosts()]);
    expect(runs.flat().sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(await onSchedule(id)).toEqual({ status: "PUBLISHED", live: true, events: 1, audits: 1 });
      expect((await eventsOf(id)).at(-1)).toMatchObject({ actorId: null, fromStatus: "SCHEDULED" });
      expect(revalidatedTags).toEqual(expect.arrayContaining(["posts", `post:${id}`]));
    }
    // A later run finds nothing to do.
    expect(await writes.publishDuePosts()).toEqual([]);
  });

  it("publishes each due post once with two job workers (pg-boss) taking the schedule's jobs", async () => {
    const first = await getBoss();
    const second = new PgBoss({ connectionString: process.env.DATABASE_URL, schedule: false, supervise: false });
    second.on("error", () => {});
    await second.start();
    try {
      const ids = [await scheduledDue(), await scheduledDue()];
      const jobs = [
        await first.send("publish-scheduled-posts", {}),
        await first.send("publish-scheduled-posts", {}),
      ] as string[];
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      const ran = await Promise.all([workScheduledJobs(first), workScheduledJobs(second)]);
      log.mockRestore();
      expect(ran).toEqual([1, 1]);
      for (const id of ids)
        expect(await onSchedule(id)).toEqual({ status: "PUBLISHED", live: true, events: 1, audits: 1 });
      for (const job of jobs) expect((await first.getJobById("publish-scheduled-posts", job))?.state).toBe("completed");
    } finally {
      await second.stop({ graceful: false, wait: true });
    }
  });

  it("leaves a post whose sector was removed meanwhile scheduled, and still publishes the others", async () => {
    const slug = `${PREFIX}-sector-${Date.now()}`;
    await db.sector.create({ data: { slug } });
    const broken = await scheduledDue(docOf({ sectors: [slug] }));
    const fine = await scheduledDue();
    await db.sector.delete({ where: { slug } });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await writes.publishDuePosts()).toEqual([fine]);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining(`Scheduled post ${broken} not published`));
    } finally {
      errors.mockRestore();
    }
    expect(await onSchedule(fine)).toEqual({ status: "PUBLISHED", live: true, events: 1, audits: 1 });
    expect(await onSchedule(broken)).toEqual({ status: "SCHEDULED", live: false, events: 0, audits: 0 });
    expect((await postRow(broken)).scheduledFor).not.toBeNull();
    // Taken off the schedule so that later runs do not try it again.
    await move(broken, "archive", reviewer);
  });
});

describe("revisions", () => {
  it("restoring an old revision makes a new draft revision, leaving the old ones as they were", async () => {
    const first = docOf();
    const id = await newPost(author, first);
    const second = docOf();
    await writes.savePost({ actor: actor(author), id, version: await versionOf(id), doc: second });
    await move(id, "submit", author);
    const before = await db.postRevision.findMany({ where: { postId: id }, orderBy: { number: "asc" } });

    expect(
      await writes.restoreRevision({ actor: actor(reviewer), id, version: await versionOf(id), number: 1 }),
    ).toEqual({ revision: 3 });
    const revisions = await db.postRevision.findMany({ where: { postId: id }, orderBy: { number: "asc" } });
    expect(revisions.slice(0, 2)).toEqual(before);
    expect(revisions[2]).toMatchObject({ number: 3, content: first, note: "restored:1", authorId: reviewer.id });
    expect(await postRow(id)).toMatchObject({ status: "DRAFT", currentRevision: 3 });
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: "restored", comment: "1", revision: 3 });
    expect((await auditOf(id, "post.restore")).length).toBe(1);

    expect(
      await refusal(writes.restoreRevision({ actor: actor(reviewer), id, version: await versionOf(id), number: 9 })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  it("are immutable: the database refuses to change one", async () => {
    const id = await newPost();
    await expect(
      db.$executeRaw`UPDATE "PostRevision" SET note = 'changed' WHERE "postId" = ${id} AND number = 1`,
    ).rejects.toThrow(/post revisions cannot be changed/);
    await expect(
      db.postRevision.update({ where: { postId_number: { postId: id, number: 1 } }, data: { content: {} } }),
    ).rejects.toThrow();
    expect(
      (await db.postRevision.findUniqueOrThrow({ where: { postId_number: { postId: id, number: 1 } } })).note,
    ).toBe("");
  });

  it("bring an archived post back as a draft, off the public pages", async () => {
    const id = await postIn("PUBLISHED");
    await move(id, "archive", reviewer);
    await writes.restoreRevision({ actor: actor(author), id, version: await versionOf(id), number: 1 });
    expect(await postRow(id)).toMatchObject({ status: "DRAFT", live: false });
  });
});

describe("conflicts", () => {
  it("a save or a transition on a stale version is refused, naming who changed the post and when", async () => {
    const id = await newPost(author);
    const stale = await versionOf(id);
    await writes.savePost({ actor: actor(reviewer), id, version: stale, doc: docOf() });
    const lastEvent = (await eventsOf(id)).at(-1);
    const expected = {
      code: "CONFLICT",
      reason: "postChanged",
      values: { name: "Phạm Duyệt Bài", at: lastEvent?.at.toISOString() },
    };
    expect(await refusal(writes.savePost({ actor: actor(author), id, version: stale, doc: docOf() }))).toMatchObject(
      expected,
    );
    expect(
      await refusal(writes.transitionPost({ actor: actor(author), id, version: stale, action: "submit" })),
    ).toMatchObject(expected);
    expect(
      await refusal(writes.restoreRevision({ actor: actor(author), id, version: stale, number: 1 })),
    ).toMatchObject(expected);
    expect(await db.postRevision.count({ where: { postId: id } })).toBe(2);
  });

  it("two editors saving the same version at once: one is saved, the other is told", async () => {
    // Several rounds, so that some of them really overlap (one save waiting for the other's lock).
    for (let round = 0; round < 5; round++) {
      const id = await newPost(author);
      const version = await versionOf(id);
      const results = await Promise.allSettled([
        writes.savePost({ actor: actor(author), id, version, doc: docOf() }),
        writes.savePost({ actor: actor(reviewer), id, version, doc: docOf() }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      expect(rejected?.reason).toMatchObject({ code: "CONFLICT", reason: "postChanged" });
      expect(await db.postRevision.count({ where: { postId: id } })).toBe(2);
      expect((await eventsOf(id)).filter((e) => e.action === "saved")).toHaveLength(1);
    }
  });

  it("two reviewers moving the same version at once: one transition is made, the other is told", async () => {
    for (let round = 0; round < 5; round++) {
      const id = await postIn("APPROVED");
      const version = await versionOf(id);
      const results = await Promise.allSettled([
        writes.transitionPost({ actor: actor(reviewer), id, version, action: "publish" }),
        writes.transitionPost({ actor: actor(admin), id, version, action: "archive" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")?.reason).toMatchObject({ reason: "postChanged" });
      const events = (await eventsOf(id)).filter((e) => e.action === "publish" || e.action === "archive");
      expect(events).toHaveLength(1);
      expect((await postRow(id)).status).toBe(events[0]?.action === "publish" ? "PUBLISHED" : "ARCHIVED");
    }
  });
});

describe("references and slugs", () => {
  it("a slug another post has is refused, per language", async () => {
    const doc = docOf();
    await postIn("PUBLISHED", doc);
    const viTaken = docOf({ "vi.slug": doc.texts.vi?.slug ?? "" });
    expect(await refusal(writes.createPost({ actor: actor(author), doc: viTaken }))).toMatchObject({
      code: "INVALID_INPUT",
      fields: { "vi.slug": "postSlugTaken" },
    });
    const enTaken = docOf({ "en.slug": doc.texts.en?.slug ?? "" });
    expect(await refusal(writes.createPost({ actor: actor(author), doc: enTaken }))).toMatchObject({
      fields: { "en.slug": "postSlugTaken" },
    });
    // The same words in the other language are another address.
    const crossed = docOf({ "en.slug": doc.texts.vi?.slug ?? "" });
    const id = await newPost(author, crossed);
    // Taken by a draft's latest revision too, and refused when saving another post.
    const other = await newPost();
    const clash = docOf({ "vi.slug": crossed.texts.vi?.slug ?? "" });
    expect(
      await refusal(writes.savePost({ actor: actor(author), id: other, version: await versionOf(other), doc: clash })),
    ).toMatchObject({ fields: { "vi.slug": "postSlugTaken" } });
    expect(id).toBeGreaterThan(0);
  });

  it("a published post's public slug stays taken while a new revision renames it", async () => {
    const doc = docOf();
    const id = await postIn("PUBLISHED", doc);
    await writes.savePost({ actor: actor(author), id, version: await versionOf(id), doc: docOf() });
    expect(
      await refusal(writes.createPost({ actor: actor(author), doc: docOf({ "vi.slug": doc.texts.vi?.slug ?? "" }) })),
    ).toMatchObject({ fields: { "vi.slug": "postSlugTaken" } });
  });

  it("a sector, hub, parcel, image or content entry that does not exist is refused, naming the field", async () => {
    const draftOnly = `${PREFIX}-draft-${Date.now()}`;
    await db.contentEntry.create({ data: { kind: "incentive", key: draftOnly, draft: {} } });
    const cases: [Record<string, string | string[]>, Record<string, string>][] = [
      [{ sectors: ["electronics", `${PREFIX}-none`] }, { sectors: "invalid" }],
      [{ hubs: [`${PREFIX}-none`] }, { hubs: "invalid" }],
      [{ parcels: "ZZ-NONE-1" }, { parcels: "postParcelUnknown" }],
      [
        { coverImageId: "0b0f6f8e-4c6b-4e7a-9a51-3f2a1c9d8e7f", "vi.imageAlt": "Ảnh", "en.imageAlt": "Image" },
        { coverImageId: "postImageMissing" },
      ],
      [{ kind: "POLICY_UPDATE", relatedContent: "incentive:zz-none" }, { relatedContent: "contentRefMissing" }],
      [{ kind: "POLICY_UPDATE", relatedContent: `incentive:${draftOnly}` }, { relatedContent: "contentRefMissing" }],
      [
        { sectors: [`${PREFIX}-none`], hubs: [`${PREFIX}-none`] },
        { sectors: "invalid", hubs: "invalid" },
      ],
    ];
    for (const [fields, expected] of cases)
      expect(
        await refusal(writes.createPost({ actor: actor(author), doc: docOf(fields) })),
        JSON.stringify(fields),
      ).toEqual({ code: "INVALID_INPUT", reason: undefined, values: undefined, fields: expected });
    // What exists is accepted: a published content entry, the seed's parcels.
    const parcel = await db.parcel.findFirstOrThrow({ select: { code: true } });
    const id = await newPost(
      author,
      docOf({ kind: "POLICY_UPDATE", relatedContent: "incentive:cit", parcels: parcel.code }),
    );
    await move(id, "submit", author);
    await move(id, "approve", reviewer);
    await move(id, "publish", reviewer);
    expect(await db.postParcel.count({ where: { postId: id } })).toBe(1);
    expect((await postRow(id)).relatedContent).toBe("incentive:cit");
  });
});

describe("the seed's posts", () => {
  const seedSlugs = postSeeds.map(({ doc }) => doc.texts.vi?.slug ?? "");
  const seedRows = () =>
    db.post.findMany({
      where: { revisions: { some: { number: 1, authorId: null } }, translations: { some: { locale: "vi" } } },
      include: { translations: true, revisions: true, events: true, sectors: true, hubs: true },
    });
  const bySlug = async (slug: string) =>
    (await seedRows()).filter((post) =>
      post.revisions.some((r) => (r.content as unknown as PostDoc).texts.vi?.slug === slug),
    );

  it("are published once each, as the back office would have published them", async () => {
    for (const [index, seed] of postSeeds.entries()) {
      const rows = await bySlug(seedSlugs[index] ?? "");
      expect(rows, seedSlugs[index]).toHaveLength(1);
      const row = rows[0];
      expect(row).toMatchObject({
        status: "PUBLISHED",
        live: true,
        authorId: null,
        currentRevision: 1,
        publishedRevision: 1,
        kind: seed.doc.kind,
        relatedContent: seed.doc.relatedContent,
      });
      expect(row?.firstPublishedAt?.toISOString()).toBe(seed.firstPublishedAt);
      expect(row?.revisions[0]?.content).toEqual(seed.doc);
      expect(row?.events.map((e) => [e.action, e.toStatus, e.actorId])).toEqual([["publish", "PUBLISHED", null]]);
      for (const locale of ["vi", "en"]) {
        const translation = row?.translations.find((t) => t.locale === locale);
        expect(translation?.slug).toBe(seed.doc.texts[locale]?.slug);
        expect(translation?.bodyHtml).toBe(renderMarkdown(seed.doc.texts[locale]?.body ?? ""));
      }
      expect(row?.sectors).toHaveLength(seed.doc.sectors.length);
      expect(row?.hubs).toHaveLength(seed.doc.hubs.length);
    }
  });

  it("are never duplicated, and an official's changes to them are kept", async () => {
    // A policy update (its related content entry must still resolve when published again) and a news post.
    const [edited, archived] = await Promise.all([bySlug(seedSlugs[1] ?? ""), bySlug(seedSlugs[0] ?? "")]);
    const editedId = edited[0]?.id as number;
    const archivedId = archived[0]?.id as number;
    const seedDoc = postSeeds[1]?.doc as PostDoc;
    expect(seedDoc.relatedContent).toBeTruthy();
    // An official edits one (its references still resolve) and publishes it, and archives another.
    const changed: PostDoc = {
      ...seedDoc,
      texts: {
        ...seedDoc.texts,
        vi: { ...(seedDoc.texts.vi as PostDoc["texts"][string]), title: "Tiêu đề đã sửa", slug: `${PREFIX}-sua` },
      },
    };
    try {
      await writes.savePost({ actor: actor(author), id: editedId, version: await versionOf(editedId), doc: changed });
      await move(editedId, "submit", author);
      await move(editedId, "approve", reviewer);
      await move(editedId, "publish", reviewer);
      await move(archivedId, "archive", reviewer);
      const count = await db.post.count();

      await seedAll();
      await seedAll();
      expect(await db.post.count()).toBe(count);
      expect((await postRow(editedId)).translations.find((t) => t.locale === "vi")?.title).toBe("Tiêu đề đã sửa");
      expect(await postRow(archivedId)).toMatchObject({ status: "ARCHIVED", live: false });
      for (const slug of seedSlugs) expect(await bySlug(slug), slug).toHaveLength(1);
    } finally {
      // Back to the seed's own posts for the tests that follow: deleted, then seeded again.
      await db.post.deleteMany({ where: { id: { in: [editedId, archivedId] } } });
      await seedAll();
    }
    for (const slug of seedSlugs) expect(await bySlug(slug), slug).toHaveLength(1);
  });

  it("fill a database that has none, once", async () => {
    // The seed runs with a plain client, as prisma/seed.ts does.
    const seedClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
    const rollback = new Error("rollback");
    await expect(
      seedClient.$transaction(async (tx) => {
        await tx.post.deleteMany({});
        expect(await seedPosts(tx)).toBe(postSeeds.length);
        expect(await seedPosts(tx)).toBe(0);
        expect(await tx.post.count()).toBe(postSeeds.length);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    await seedClient.$disconnect();
    for (const slug of seedSlugs) expect(await bySlug(slug), slug).toHaveLength(1);
  });
});
