import { randomUUID } from "node:crypto";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";
import { permissionsOf } from "@/lib/permissions";
import { diffPostDocs } from "@/lib/posts/diff";
import en from "@/messages/en.json";
import vi_ from "@/messages/vi.json";
import { callAction, request, resetRequest } from "../fixtures/next-request";
import { createStaffSession, createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";
import { resetTaggedCache, revalidatedTags } from "../fixtures/tagged-next-cache";

// The back office of posts (app/[locale]/admin/(shell)/posts/): writing a
// post through the page's action (bad input and stale versions change
// nothing), the review workflow by two editors, the author refused their
// own approval unless an administrator allows it (audited), rejection with
// a comment, restoring a revision, the diff of two revisions, the reads of
// the list; and every action and page refused to anonymous callers and
// investment officers.

vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);
vi.mock("next/cache", async () => (await import("../fixtures/tagged-next-cache")).taggedNextCache);
vi.mock("next-intl/server", () => {
  const messages = { en, vi: vi_ } as const;
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en" | "vi"; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as "Admin" }),
    setRequestLocale: () => {},
  };
});

const { db } = await import("@/server/db");
const { seedAll } = await import("@/prisma/seed");
const actions = await import("@/app/[locale]/admin/(shell)/posts/actions");
const settingsActions = await import("@/app/[locale]/admin/(shell)/settings/actions");
const { transitionPost } = await import("@/server/posts/post-writes");
const reads = await import("@/server/posts/admin-posts");

type Action = (previous: FormState, data: FormData) => Promise<FormState>;
type Fields = Record<string, string | string[]>;

const TAG = `zz-admin-post-${randomUUID().slice(0, 6)}`;
let author: StaffFixtureUser;
let reviewer: StaffFixtureUser;
let admin: StaffFixtureUser;
let officer: StaffFixtureUser;
const testStart = new Date();

beforeAll(async () => {
  await seedAll();
  [author, reviewer, admin, officer] = await Promise.all([
    createStaffUser({ role: "EDITOR", name: "Lê Người Viết" }),
    createStaffUser({ role: "EDITOR", name: "Phạm Người Duyệt" }),
    createStaffUser({ role: "ADMINISTRATOR", name: "Nguyễn Quản Trị" }),
    createStaffUser({ role: "INVESTMENT_OFFICER", name: "Trần Cán Bộ", desks: ["general"] }),
  ]);
});
beforeEach(() => {
  resetRequest();
  resetTaggedCache();
});
afterAll(async () => {
  await db.post.deleteMany({ where: { authorId: { in: [author.id, reviewer.id, admin.id] } } });
  await db.siteSettings.update({ where: { id: 1 }, data: { allowSelfApproval: false } });
  await deleteTestStaff();
  await db.$disconnect();
});

async function signIn(user: StaffFixtureUser | null) {
  resetRequest();
  if (!user) return;
  const session = await createStaffSession(user.id);
  request.jar.set(session.cookieName, session.token);
}

const post = async (action: Action, fields: Fields, user: StaffFixtureUser | null = author) => {
  await signIn(user);
  return callAction<FormState>(action, { locale: "en", ...fields });
};

let count = 0;
/** A valid new post's fields, with a title no other test uses. */
const postFields = (over: Fields = {}): Fields => {
  count += 1;
  return {
    kind: "NEWS",
    "vi.title": `Hội thảo xúc tiến đầu tư ${TAG} ${count}`,
    "vi.summary": "Tỉnh tổ chức hội thảo xúc tiến đầu tư.",
    "vi.body": "## Chương trình\n\nKhai mạc lúc 8 giờ.",
    "en.title": `Investment seminar ${TAG} ${count}`,
    "en.summary": "The province holds an investment seminar.",
    "en.body": "## Programme\n\nOpening at 8.",
    sectors: ["electronics"],
    intent: "draft",
    ...over,
  };
};

const idFrom = (redirect: string | undefined) => Number(redirect?.match(/\/admin\/posts\/(\d+)/)?.[1]);

async function createdPost(user = author, over: Fields = {}) {
  const outcome = await post(actions.savePostAction, postFields(over), user);
  expect(outcome.state?.errors).toBeUndefined();
  return idFrom(outcome.redirectedTo);
}

const versionOf = async (id: number) => (await db.post.findUniqueOrThrow({ where: { id } })).version;
const transition = async (id: number, action: string, user: StaffFixtureUser | null, more: Fields = {}) =>
  post(actions.transitionPostAction, { id: String(id), version: String(await versionOf(id)), action, ...more }, user);

const snapshot = async () => ({
  posts: await db.post.findMany({ orderBy: { id: "asc" } }),
  revisions: await db.postRevision.count(),
  events: await db.postEvent.count(),
  audit: await db.auditEntry.count(),
});

const errorText = (locale: "en" | "vi") =>
  createTranslator({ locale, messages: locale === "en" ? en : vi_, namespace: "Admin.errors" });

describe("writing a post", () => {
  it("bad input answers message keys both languages have, keeps what was typed, and writes nothing", async () => {
    const before = await snapshot();
    const bad = await post(actions.savePostAction, {
      ...postFields(),
      "vi.title": "",
      "vi.slug": "Không Hợp Lệ",
      "en.body": "",
      kind: "EVENT",
      eventStartsAt: "2026-13-40T09:00",
      registrationUrl: "http://insecure.example",
      parcels: "bl a 01!",
      coverImageId: "../../etc/passwd",
    });
    expect(bad.state?.errors).toEqual({
      "vi.title": "required",
      "vi.slug": "postSlug",
      "vi.place": "required",
      "en.body": "required",
      "en.place": "required",
      "vi.imageAlt": "postImageAlt",
      "en.imageAlt": "postImageAlt",
      coverImageId: "invalid",
      eventStartsAt: "dateTime",
      registrationUrl: "url",
      parcels: "postParcelCodes",
    });
    for (const key of Object.values(bad.state?.errors ?? {}))
      for (const locale of ["en", "vi"] as const) expect(errorText(locale).has(key as "invalid"), key).toBe(true);
    expect(bad.state?.values).toMatchObject({ "vi.slug": "Không Hợp Lệ", parcels: "bl a 01!", sectors: "electronics" });

    const unknown = await post(
      actions.savePostAction,
      postFields({ parcels: "ZZ-NOPE-99", sectors: ["no-such-sector"] }),
    );
    expect(unknown.state?.errors).toEqual({ sectors: "invalid", parcels: "postParcelUnknown" });
    expect(await snapshot()).toEqual(before);
  });

  it("an editor creates a draft, saves a new revision, and saving unchanged makes none", async () => {
    const fields = postFields();
    const created = await post(actions.savePostAction, fields);
    expect(created.redirectedTo).toMatch(/^\/en\/admin\/posts\/\d+\?done=created$/);
    const id = idFrom(created.redirectedTo);
    const row = await db.post.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(row).toMatchObject({ status: "DRAFT", authorId: author.id, currentRevision: 1, live: false });
    expect(row.revisions[0]?.content).toMatchObject({ texts: { vi: { slug: expect.stringContaining("hoi-thao") } } });

    const changed = { ...fields, id: String(id), version: String(row.version), "vi.summary": "Tóm tắt mới." };
    const saved = await post(actions.savePostAction, changed);
    expect(saved.redirectedTo).toBe(`/en/admin/posts/${id}?done=saved`);
    const same = await post(actions.savePostAction, { ...changed, version: String(await versionOf(id)) });
    expect(same.redirectedTo).toBe(`/en/admin/posts/${id}?done=unchanged`);
    const previewed = await post(actions.savePostAction, {
      ...changed,
      version: String(await versionOf(id)),
      "vi.body": "Nội dung khác.",
      intent: "preview",
    });
    expect(previewed.redirectedTo).toBe(`/en/admin/posts/${id}/preview`);
    expect((await db.post.findUniqueOrThrow({ where: { id } })).currentRevision).toBe(3);
    expect(revalidatedTags).toEqual([]);
  });

  it("a save from a page read before another editor's save is refused with who and when, and writes nothing", async () => {
    const id = await createdPost();
    const stale = await versionOf(id);
    const fields = { ...postFields(), id: String(id), version: String(stale) };
    expect(
      (await post(actions.savePostAction, { ...fields, "vi.summary": "Của người duyệt." }, reviewer)).redirectedTo,
    ).toMatch(/done=saved$/);
    const before = await snapshot();
    const second = await post(actions.savePostAction, { ...fields, "vi.summary": "Của người viết." });
    expect(second.state?.errors).toEqual({ form: "postChanged" });
    expect(second.state?.details?.name).toBe(reviewer.name);
    expect(Number.isNaN(Date.parse(second.state?.details?.at ?? ""))).toBe(false);
    expect(second.state?.values["vi.summary"]).toBe("Của người viết.");
    const staleSubmit = await post(actions.transitionPostAction, {
      id: String(id),
      version: String(stale),
      action: "submit",
    });
    expect(staleSubmit.state?.errors).toEqual({ form: "postChanged" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the review", () => {
  it("the author submits; the author's approval is refused; a second editor approves and publishes", async () => {
    const id = await createdPost();
    expect((await transition(id, "submit", author)).redirectedTo).toBe(`/en/admin/posts/${id}?done=submit`);

    const before = await snapshot();
    expect((await transition(id, "approve", author)).state?.errors).toEqual({ form: "postOwnApproval" });
    expect((await transition(id, "publish", reviewer)).state?.errors).toEqual({ form: "postWrongStatus" });
    expect(await snapshot()).toEqual(before);

    expect((await transition(id, "approve", reviewer)).redirectedTo).toBe(`/en/admin/posts/${id}?done=approve`);
    expect((await transition(id, "publish", author)).state?.errors).toEqual({ form: "postOwnApproval" });
    resetTaggedCache();
    expect((await transition(id, "publish", reviewer)).redirectedTo).toBe(`/en/admin/posts/${id}?done=publish`);
    expect(revalidatedTags).toEqual(expect.arrayContaining(["posts", `post:${id}`]));
    const row = await db.post.findUniqueOrThrow({ where: { id }, include: { translations: true } });
    expect(row).toMatchObject({ status: "PUBLISHED", live: true, publishedRevision: 1 });
    expect(row.translations.map((t) => t.locale).sort()).toEqual(["en", "vi"]);

    const history = await reads.postHistory(id);
    expect(history.map((event) => [event.action, event.actorName])).toEqual([
      ["publish", reviewer.name],
      ["approve", reviewer.name],
      ["submit", author.name],
      ["created", author.name],
    ]);
    const detail = await reads.getPostDetail(id);
    expect(detail).toMatchObject({ status: "PUBLISHED", publishedRevision: 1, revisionAuthorName: author.name });
  });

  it("a rejection needs a comment, which the history keeps", async () => {
    const id = await createdPost();
    await transition(id, "submit", author);
    const before = await snapshot();
    const bare = await transition(id, "reject", reviewer, { comment: "  " });
    expect(bare.state?.errors).toEqual({ comment: "postRejectComment" });
    expect(await snapshot()).toEqual(before);
    const rejected = await transition(id, "reject", reviewer, { comment: "Thiếu địa điểm tổ chức." });
    expect(rejected.redirectedTo).toBe(`/en/admin/posts/${id}?done=reject`);
    expect((await db.post.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect((await reads.postHistory(id))[0]).toMatchObject({
      action: "reject",
      from: "IN_REVIEW",
      to: "DRAFT",
      comment: "Thiếu địa điểm tổ chức.",
      actorName: reviewer.name,
    });
  });

  it("schedules and unschedules in office time, refusing a time already past", async () => {
    const id = await createdPost();
    await transition(id, "submit", author);
    await transition(id, "approve", reviewer);
    const past = await transition(id, "schedule", reviewer, { scheduledFor: "2020-01-01T09:00" });
    expect(past.state?.errors).toEqual({ scheduledFor: "postScheduleInPast" });
    const scheduled = await transition(id, "schedule", reviewer, { scheduledFor: "2099-12-10T09:00" });
    expect(scheduled.redirectedTo).toBe(`/en/admin/posts/${id}?done=schedule`);
    expect((await db.post.findUniqueOrThrow({ where: { id } })).scheduledFor).toEqual(new Date("2099-12-10T02:00:00Z"));
    expect((await transition(id, "unschedule", reviewer)).redirectedTo).toBe(`/en/admin/posts/${id}?done=unschedule`);
    expect((await transition(id, "archive", reviewer)).redirectedTo).toBe(`/en/admin/posts/${id}?done=archive`);
    expect((await db.post.findUniqueOrThrow({ where: { id } })).status).toBe("ARCHIVED");
  });

  it("an administrator's setting lets the author approve their own post, and the change is audited", async () => {
    const id = await createdPost();
    await transition(id, "submit", author);
    expect((await transition(id, "approve", author)).state?.errors).toEqual({ form: "postOwnApproval" });

    const settings = { responseTargetWorkingDays: "2", retentionMonths: "24" };
    const refused = await post(
      settingsActions.updateSiteSettingsAction,
      { ...settings, allowSelfApproval: "on" },
      reviewer,
    );
    expect(refused.state?.errors).toEqual({ form: "forbidden" });
    const on = await post(settingsActions.updateSiteSettingsAction, { ...settings, allowSelfApproval: "on" }, admin);
    expect(on.redirectedTo).toBe("/en/admin/settings?done=updated");
    const [entry] = await db.auditEntry.findMany({
      where: { action: "settings.update", actorId: admin.id, at: { gte: testStart } },
    });
    expect(entry?.changes).toEqual({ allowSelfApproval: [false, true] });
    expect((await reads.getPostDetail(id))?.allowSelfApproval).toBe(true);
    expect((await transition(id, "approve", author)).redirectedTo).toBe(`/en/admin/posts/${id}?done=approve`);

    // Off again: an unticked box is not sent.
    expect((await post(settingsActions.updateSiteSettingsAction, settings, admin)).redirectedTo).toMatch(
      /done=updated/,
    );
    expect((await db.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).allowSelfApproval).toBe(false);
    expect((await transition(id, "publish", author)).state?.errors).toEqual({ form: "postOwnApproval" });
  });

  it("approving and publishing need post:publish inside the workflow, whatever the action's own check", async () => {
    const id = await createdPost();
    await transition(id, "submit", author);
    const writer = {
      userId: reviewer.id,
      sessionId: 0,
      email: reviewer.email,
      name: reviewer.name,
      role: "EDITOR" as const,
      locale: "vi",
      deskIds: [],
      permissions: new Set([...permissionsOf("EDITOR")].filter((p) => p !== "post:publish")),
      clientKey: "test",
    };
    await expect(
      transitionPost({ actor: writer, id, version: await versionOf(id), action: "approve" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.post.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
  });
});

describe("revisions", () => {
  it("restoring an old revision makes a new draft revision; the diff names the changed fields", async () => {
    const fields = postFields();
    const id = await createdPost(author, fields);
    await post(actions.savePostAction, {
      ...fields,
      id: String(id),
      version: String(await versionOf(id)),
      kind: "EVENT",
      "vi.place": "Trung tâm Hội nghị tỉnh",
      "en.place": "Provincial Convention Centre",
      eventStartsAt: "2026-12-10T09:00",
      "vi.body": "## Chương trình\n\nKhai mạc lúc 9 giờ.",
    });
    const pair = await reads.getRevisionPair(id, 2);
    const changes = diffPostDocs(pair?.before?.doc ?? null, pair?.after.doc ?? (null as never));
    expect(changes.map((change) => `${change.locale ?? ""}.${change.field}`)).toEqual([
      ".kind",
      "vi.body",
      "vi.place",
      "en.place",
      ".eventStartsAt",
    ]);

    const before = await snapshot();
    const stale = await post(actions.restoreRevisionAction, { id: String(id), version: "1", number: "1" });
    expect(stale.state?.errors).toEqual({ form: "postChanged" });
    const missing = await post(actions.restoreRevisionAction, {
      id: String(id),
      version: String(await versionOf(id)),
      number: "99",
    });
    expect(missing.state?.errors).toEqual({ form: "notFound" });
    expect(await snapshot()).toEqual(before);

    const restored = await post(
      actions.restoreRevisionAction,
      { id: String(id), version: String(await versionOf(id)), number: "1" },
      reviewer,
    );
    expect(restored.redirectedTo).toBe(`/en/admin/posts/${id}?done=restored`);
    const revisions = await reads.listRevisions(id);
    expect(revisions.map((r) => [r.number, r.restoredFrom, r.authorName])).toEqual([
      [3, 1, reviewer.name],
      [2, null, author.name],
      [1, null, author.name],
    ]);
    const three = await reads.getRevision(id, 3);
    expect(three?.doc).toEqual((await reads.getRevision(id, 1))?.doc);
    expect((await reads.postHistory(id))[0]).toMatchObject({ action: "restored", revision: 3, comment: "1" });
  });

  it("the preview renders a revision as it will be published, the English falling back to Vietnamese", async () => {
    const id = await createdPost(author, {
      "en.title": "",
      "en.summary": "",
      "en.body": "",
      "vi.body": "**Đậm** <script>alert(1)</script>",
    });
    const detail = await reads.getPostDetail(id);
    if (!detail) throw new Error("no post");
    const english = await reads.previewPost({ id, doc: detail.doc, locale: "en", publishedAt: null });
    expect(english).toMatchObject({ lang: "vi", title: detail.doc.texts.vi?.title, publishedAt: null });
    expect(english.bodyHtml).toContain("<strong>Đậm</strong>");
    expect(english.bodyHtml).not.toContain("<script");
    expect(english.sectors).toEqual([{ slug: "electronics", name: expect.any(String) }]);
  });
});

describe("the list", () => {
  it("filters by status and shows a publisher the posts waiting for their review, never their own", async () => {
    const mine = await createdPost(reviewer);
    const theirs = await createdPost(author);
    await transition(mine, "submit", reviewer);
    await transition(theirs, "submit", author);
    const waiting = await reads.listPosts({ reviewFor: reviewer.id });
    expect(waiting.rows.map((row) => row.id)).toContain(theirs);
    expect(waiting.rows.map((row) => row.id)).not.toContain(mine);
    expect(await reads.countWaitingForReview(reviewer.id)).toBe(waiting.total);
    const inReview = await reads.listPosts({ status: "IN_REVIEW" });
    expect(inReview.rows.every((row) => row.status === "IN_REVIEW")).toBe(true);
    expect(inReview.rows.find((row) => row.id === theirs)).toMatchObject({
      authorName: author.name,
      kind: "NEWS",
      live: false,
      title: expect.stringContaining(TAG),
    });
  });
});

describe("who may", () => {
  const calls: [string, Action, () => Promise<Fields>][] = [
    ["create", actions.savePostAction, async () => postFields()],
    [
      "save",
      actions.savePostAction,
      async () => {
        const id = await createdPost();
        return { ...postFields(), id: String(id), version: String(await versionOf(id)) };
      },
    ],
    [
      "submit",
      actions.transitionPostAction,
      async () => {
        const id = await createdPost();
        return { id: String(id), version: String(await versionOf(id)), action: "submit" };
      },
    ],
    [
      "restore",
      actions.restoreRevisionAction,
      async () => {
        const id = await createdPost();
        return { id: String(id), version: String(await versionOf(id)), number: "1" };
      },
    ],
  ];

  it.each(calls)("%s: refused to an anonymous caller and an investment officer", async (_name, action, fields) => {
    const posted = await fields();
    const before = await snapshot();
    expect(await post(action, posted, null)).toEqual({ redirectedTo: "/en/admin/sign-in?expired=1" });
    expect((await post(action, posted, officer)).state?.errors).toEqual({ form: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  const pages: [string, () => Promise<{ default: (props: never) => unknown }>, Record<string, string>][] = [
    ["/admin/posts", () => import("@/app/[locale]/admin/(shell)/posts/page"), {}],
    ["/admin/posts/new", () => import("@/app/[locale]/admin/(shell)/posts/new/page"), {}],
    ["/admin/posts/1", () => import("@/app/[locale]/admin/(shell)/posts/[id]/page"), { id: "1" }],
    ["/admin/posts/1/preview", () => import("@/app/[locale]/admin/(shell)/posts/[id]/preview/page"), { id: "1" }],
    ["/admin/posts/1/revisions", () => import("@/app/[locale]/admin/(shell)/posts/[id]/revisions/page"), { id: "1" }],
    [
      "/admin/posts/1/revisions/1",
      () => import("@/app/[locale]/admin/(shell)/posts/[id]/revisions/[number]/page"),
      { id: "1", number: "1" },
    ],
  ];

  it.each(pages)(
    "the page %s sends an anonymous caller to sign in and refuses an investment officer",
    async (path, load, params) => {
      // What next.config.ts's experimental.authInterrupts sets in the app: forbidden() answers the 403 page.
      vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
      const { default: Page } = await load();
      const render = async () => {
        try {
          await (Page as (props: unknown) => Promise<unknown>)({
            params: Promise.resolve({ locale: "en", ...params }),
            searchParams: Promise.resolve({}),
          });
          return "rendered";
        } catch (error) {
          return String((error as { digest?: unknown }).digest ?? error);
        }
      };
      await signIn(null);
      expect(await render()).toBe(
        `NEXT_REDIRECT;replace;/en/admin/sign-in?next=${encodeURIComponent(`/en${path}`)};307;`,
      );
      await signIn(officer);
      expect(await render()).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    },
  );

  it("every action declares post:write (the workflow checks post:publish itself)", () => {
    for (const action of [actions.savePostAction, actions.transitionPostAction, actions.restoreRevisionAction])
      expect(action.permission).toBe("post:write");
  });
});
