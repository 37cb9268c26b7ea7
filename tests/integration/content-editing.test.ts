import { createHash } from "node:crypto";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CONTENT_KIND_NAMES, CONTENT_KINDS, type ContentKind, type FieldSpec } from "@/lib/content/kinds";
import { isLocalized } from "@/lib/content/schema";
import type { FormState } from "@/lib/form-state";
import { MAX_UPLOAD_BYTES } from "@/lib/request-limits";
import en from "@/messages/en.json";
import vi_ from "@/messages/vi.json";
import { callAction, redirectTarget, request, resetRequest } from "../fixtures/next-request";
import { createStaffSession, createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";
import { resetTaggedCache, revalidatedTags } from "../fixtures/tagged-next-cache";

// Editing content in the back office (app/[locale]/admin/(shell)/content/):
// every kind published through the page's action shows on the public reads,
// revalidates its tag and is audited; drafts never show publicly (only in
// preview); bad input, stale versions and missing refs change nothing; the
// PDF upload and the preview routes check who is asking. Everything is
// refused to anonymous callers and investment officers.

const draft = vi.hoisted(() => ({ isEnabled: false, enabled: 0, disabled: 0 }));
vi.mock("next/headers", async () => {
  const { nextHeaders } = await import("../fixtures/next-request");
  return {
    ...nextHeaders,
    draftMode: async () => ({
      get isEnabled() {
        return draft.isEnabled;
      },
      enable() {
        draft.isEnabled = true;
        draft.enabled += 1;
      },
      disable() {
        draft.isEnabled = false;
        draft.disabled += 1;
      },
    }),
  };
});
vi.mock("next/cache", async () => (await import("../fixtures/tagged-next-cache")).taggedNextCache);
vi.mock("next-intl/server", () => {
  const messages = { en, vi: vi_ } as const;
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en" | "vi"; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as "Admin" }),
  };
});

const { db } = await import("@/server/db");
const { env } = await import("@/server/env");
const { seedAll } = await import("@/prisma/seed");
const { listContent } = await import("@/server/content/read-content");
const actions = await import("@/app/[locale]/admin/(shell)/content/actions");
const upload = await import("@/app/api/admin/files/route");
const preview = await import("@/app/api/admin/preview/route");
const previewExit = await import("@/app/api/admin/preview/exit/route");

type Action = (previous: FormState, data: FormData) => Promise<FormState>;
type Fields = Record<string, string | string[]>;

/** Every key this file creates starts with it; afterAll removes them and restores the seed. */
const PREFIX = "zz-test";
const testStart = new Date();
let editor: StaffFixtureUser;
let admin: StaffFixtureUser;
let officer: StaffFixtureUser;

beforeAll(async () => {
  await seedAll();
  [editor, admin, officer] = await Promise.all([
    createStaffUser({ role: "EDITOR", name: "Lê Biên Tập" }),
    createStaffUser({ role: "ADMINISTRATOR", name: "Nguyễn Quản Trị" }),
    createStaffUser({ role: "INVESTMENT_OFFICER", name: "Trần Cán Bộ", desks: ["general"] }),
  ]);
});
beforeEach(() => {
  resetRequest();
  resetTaggedCache();
  draft.isEnabled = false;
});
afterAll(async () => {
  await db.contentEntry.deleteMany({ where: { key: { startsWith: PREFIX } } });
  await db.hub.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await db.sector.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await db.storedFile.deleteMany({ where: { createdAt: { gte: testStart } } });
  await seedAll();
  await deleteTestStaff();
  await db.$disconnect();
});

async function signIn(user: StaffFixtureUser | null) {
  resetRequest();
  if (!user) return;
  const session = await createStaffSession(user.id);
  request.jar.set(session.cookieName, session.token);
}

const post = async (action: Action, fields: Fields, user: StaffFixtureUser | null = editor) => {
  await signIn(user);
  return callAction<FormState>(action, { locale: "en", ...fields });
};

const idFrom = (redirect: string | undefined) => Number(redirect?.match(/\/admin\/content\/[a-z-]+\/(\d+)\?/)?.[1]);

/** A valid value for each field of a kind, as the form posts it; refs name `refs[kind]`. */
function validFields(kind: ContentKind, refs: Partial<Record<ContentKind, string>>, tag: string): Fields {
  const fields: Fields = {};
  for (const field of CONTENT_KINDS[kind].fields as readonly FieldSpec[]) {
    switch (field.type) {
      case "text":
      case "textarea":
        if (isLocalized(field)) {
          fields[`${field.name}.vi`] = `Thử nghiệm ${field.name} ${tag}`.slice(0, field.max ?? 200);
          fields[`${field.name}.en`] = `Test ${field.name} ${tag}`.slice(0, field.max ?? 200);
        } else fields[field.name] = `${field.name}-${tag}`.slice(0, field.max ?? 200);
        break;
      case "email":
        fields[field.name] = "contact@longan-hitech.example";
        break;
      case "url":
        fields[field.name] = "https://vbpl.vn/test";
        break;
      case "number":
        fields[field.name] = String(field.min + 1);
        break;
      case "date":
        fields[field.name] = "2026-11-30";
        break;
      case "select":
        fields[field.name] = field.options[0] as string;
        break;
      case "checkbox":
        fields[field.name] = "on";
        break;
      case "ref": {
        const key = refs[field.kind as ContentKind];
        if (key && (("required" in field && field.required) || !("multiple" in field))) fields[field.name] = key;
        break;
      }
      case "file":
        break;
    }
  }
  return fields;
}

/** The posted fields for a kind's entry: a new one with `key`, or the existing singleton at its version. */
async function entryFields(kind: ContentKind, key: string): Promise<Fields> {
  const spec = CONTENT_KINDS[kind];
  if (!("singleton" in spec)) return { kind, key, sortOrder: "900" };
  const existing = await db.contentEntry.findUnique({ where: { kind_key: { kind, key: spec.singleton } } });
  return existing ? { kind, id: String(existing.id), version: String(existing.version) } : { kind };
}

const keyOf = (kind: ContentKind) => {
  const spec = CONTENT_KINDS[kind];
  return "singleton" in spec ? spec.singleton : `${PREFIX}-${kind}`;
};

const auditOf = (action: string, entityType: string, entityId: number | string) =>
  db.auditEntry.findMany({ where: { action, entityType, entityId: String(entityId), at: { gte: testStart } } });

describe("publishing every kind", () => {
  const refs: Partial<Record<ContentKind, string>> = {};

  it.each(CONTENT_KIND_NAMES)("%s: published through the action, shown, revalidated and audited", async (kind) => {
    const key = keyOf(kind);
    // Read once, so that a publish that forgot to revalidate would leave this copy in the cache.
    await listContent(kind);
    resetTaggedCache();
    await listContent(kind);
    const fields: Fields = {
      ...(await entryFields(kind, key)),
      ...validFields(kind, refs, "published"),
      intent: "publish",
    };
    const outcome = await post(actions.saveContentAction, fields);
    expect(outcome.state?.errors).toBeUndefined();
    expect(outcome.redirectedTo).toMatch(new RegExp(`^/en/admin/content/${kind}/\\d+\\?done=published$`));
    const id = idFrom(outcome.redirectedTo);

    const shown = (await listContent(kind)).find((item) => item.key === key);
    expect(shown?.preview).toBe(false);
    const firstField = (CONTENT_KINDS[kind].fields as readonly FieldSpec[])[0] as FieldSpec;
    const expected = isLocalized(firstField)
      ? { vi: `Thử nghiệm ${firstField.name} published`.slice(0, 200), en: `Test ${firstField.name} published` }
      : firstField.type === "number"
        ? Number(fields[firstField.name])
        : fields[firstField.name];
    const doc = (shown?.doc ?? {}) as Record<string, unknown>;
    if (firstField.type !== "ref") expect(doc[firstField.name]).toEqual(expected);
    expect(revalidatedTags).toContain(`content:${kind}`);
    expect(await auditOf("content.publish", kind, id)).toHaveLength(1);
    if (kind === "hub" || kind === "sector") refs[kind] = key;
  });

  it("mirrors a published sector, hub and the site into the tables the rest of the portal reads", async () => {
    const sector = await db.sector.findUniqueOrThrow({
      where: { slug: `${PREFIX}-sector` },
      include: { translations: true },
    });
    expect(sector.translations.map((t) => [t.locale, t.name]).sort()).toEqual([
      ["en", "Test name published"],
      ["vi", "Thử nghiệm name published"],
    ]);
    const hub = await db.hub.findUniqueOrThrow({ where: { slug: `${PREFIX}-hub` }, include: { translations: true } });
    expect(hub.latitude).toBe(9);
    expect(hub.translations.find((t) => t.locale === "en")?.name).toBe("Test name published");
    const site = await db.siteSettingsTranslation.findUniqueOrThrow({
      where: { settingsId_locale: { settingsId: 1, locale: "en" } },
    });
    expect(site.brandName).toBe("Test brandName published");
  });

  it("publishing a hub refreshes its parcels' search text", async () => {
    const parcel = await db.parcel.findFirstOrThrow({ where: { hub: { slug: "ben-luc" } }, include: { hub: true } });
    const existing = await db.contentEntry.findUnique({ where: { kind_key: { kind: "hub", key: "ben-luc" } } });
    const fields = {
      ...(existing ? { id: String(existing.id), version: String(existing.version) } : { key: "ben-luc" }),
      kind: "hub",
      ...validFields("hub", {}, "ben-luc"),
      "name.vi": "Bến Lức",
      "name.en": "Ben Luc",
      "aliases.vi": "Khu Zờ Thử Nghiệm",
      latitude: "10,64",
      longitude: "106,49",
      intent: "publish",
    };
    const outcome = await post(actions.saveContentAction, fields);
    expect(outcome.redirectedTo).toMatch(/done=published$/);
    expect(revalidatedTags).toEqual(expect.arrayContaining(["content:hub", "hubs", "parcels"]));
    const after = await db.parcel.findUniqueOrThrow({ where: { id: parcel.id } });
    expect(after.searchText).toContain("khu zo thu nghiem");
  });
});

/** A published transport link of the test hub, made here: its id and version. */
async function publishedLink(tag: string) {
  const outcome = await post(actions.saveContentAction, {
    kind: "transport-link",
    key: `${PREFIX}-link-${tag}`,
    ...validFields("transport-link", { hub: `${PREFIX}-hub` }, tag),
    status: "planned",
    intent: "publish",
  });
  const id = idFrom(outcome.redirectedTo);
  const row = await db.contentEntry.findUniqueOrThrow({ where: { id } });
  return { id, version: row.version, key: row.key };
}

describe("drafts", () => {
  it("a saved draft never shows publicly, only in preview; publishing it shows it", async () => {
    const link = await publishedLink("draft");
    resetTaggedCache();
    const changed = {
      kind: "transport-link",
      id: String(link.id),
      version: String(link.version),
      ...validFields("transport-link", { hub: `${PREFIX}-hub` }, "draft"),
      status: "open",
      intent: "draft",
    };
    const saved = await post(actions.saveContentAction, changed);
    expect(saved.redirectedTo).toBe(`/en/admin/content/transport-link/${link.id}?done=saved`);
    expect(revalidatedTags).toEqual([]);
    expect(await auditOf("content.save-draft", "transport-link", link.id)).toHaveLength(1);
    const publicDoc = (await listContent("transport-link")).find((item) => item.key === link.key)?.doc;
    expect(publicDoc?.status).toBe("planned");

    draft.isEnabled = true;
    const previewed = (await listContent("transport-link")).find((item) => item.key === link.key);
    expect(previewed).toMatchObject({ preview: true, doc: { status: "open" } });
    draft.isEnabled = false;

    // A new entry saved as a draft is not public at all.
    const fresh = await post(actions.saveContentAction, {
      kind: "transport-link",
      key: `${PREFIX}-link-unpublished`,
      ...validFields("transport-link", { hub: `${PREFIX}-hub` }, "x"),
      intent: "draft",
    });
    expect(fresh.redirectedTo).toMatch(/done=saved$/);
    expect((await listContent("transport-link")).map((item) => item.key)).not.toContain(`${PREFIX}-link-unpublished`);

    const row = await db.contentEntry.findUniqueOrThrow({ where: { id: link.id } });
    const published = await post(actions.publishDraftAction, {
      kind: "transport-link",
      id: String(link.id),
      version: String(row.version),
    });
    expect(published.redirectedTo).toBe(`/en/admin/content/transport-link/${link.id}?done=published`);
    expect(revalidatedTags).toContain("content:transport-link");
    expect((await listContent("transport-link")).find((item) => item.key === link.key)?.doc.status).toBe("open");
  });

  it("discarding a draft keeps the published version; discarding a never-published entry deletes it", async () => {
    const link = await publishedLink("discard");
    await post(actions.saveContentAction, {
      kind: "transport-link",
      id: String(link.id),
      version: String(link.version),
      ...validFields("transport-link", { hub: `${PREFIX}-hub` }, "changed"),
      intent: "draft",
    });
    const row = await db.contentEntry.findUniqueOrThrow({ where: { id: link.id } });
    const discarded = await post(actions.discardDraftAction, {
      kind: "transport-link",
      id: String(link.id),
      version: String(row.version),
    });
    expect(discarded.redirectedTo).toBe(`/en/admin/content/transport-link/${link.id}?done=discarded`);
    const after = await db.contentEntry.findUniqueOrThrow({ where: { id: link.id } });
    expect(after.draft).toBeNull();
    expect(after.published).toMatchObject({ name: { en: "Test name discard" } });

    const fresh = await post(actions.saveContentAction, {
      kind: "commune",
      key: `${PREFIX}-commune-draft`,
      ...validFields("commune", { hub: `${PREFIX}-hub` }, "x"),
      intent: "draft",
    });
    const id = idFrom(fresh.redirectedTo);
    const gone = await post(actions.discardDraftAction, { kind: "commune", id: String(id), version: "1" });
    expect(gone.redirectedTo).toBe("/en/admin/content/commune?done=deleted");
    expect(await db.contentEntry.findUnique({ where: { id } })).toBeNull();
  });
});

describe("refusals that change nothing", () => {
  const snapshot = async () => ({
    entries: await db.contentEntry.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEntry.count(),
  });

  it("bad input of each field type answers its message key, keeps what was typed, and changes nothing", async () => {
    const link = await publishedLink("bad");
    const before = await snapshot();
    resetTaggedCache();
    const linkFields = {
      kind: "transport-link",
      id: String(link.id),
      version: String(link.version),
      ...validFields("transport-link", { hub: `${PREFIX}-hub` }, "bad"),
      intent: "publish",
    };
    const bad = await post(actions.saveContentAction, {
      ...linkFields,
      "name.vi": "   ",
      "measured.en": "x".repeat(400),
      distanceKm: "12,55",
      latitude: "40",
      asOf: "2026-02-30",
      status: "closed",
      hub: "Bến Lức",
      sortOrder: "first",
    });
    expect(bad.state?.errors).toEqual({
      "name.vi": "required",
      "measured.en": "tooLong",
      distanceKm: "decimalNumber",
      latitude: "outOfRange",
      asOf: "date",
      status: "invalid",
      hub: "invalid",
      sortOrder: "wholeNumber",
    });
    expect(bad.state?.values).toMatchObject({ distanceKm: "12,55", asOf: "2026-02-30", hub: "Bến Lức" });

    const site = await entryFields("site", "site");
    const badSite = await post(actions.saveContentAction, {
      ...site,
      ...validFields("site", {}, "bad"),
      email: "not an address",
      websiteUrl: "javascript:alert(1)",
      intent: "publish",
    });
    expect(badSite.state?.errors).toEqual({ email: "email", websiteUrl: "url" });

    const badTier = await post(actions.saveContentAction, {
      kind: "cit-tier",
      key: "Not A Key",
      ...validFields("cit-tier", {}, "bad"),
      exemptYears: "2.5",
      intent: "publish",
    });
    expect(badTier.state?.errors).toEqual({ key: "contentKey", exemptYears: "wholeNumber" });

    const badDocument = await post(actions.saveContentAction, {
      kind: "legal-document",
      key: `${PREFIX}-document-bad`,
      ...validFields("legal-document", {}, "bad"),
      file: "../../etc/passwd",
      documents: ["x"],
      intent: "publish",
    });
    expect(badDocument.state?.errors).toEqual({ file: "invalid" });

    const badKind = await post(actions.saveContentAction, { kind: "page", key: `${PREFIX}-x`, intent: "publish" });
    expect(badKind.state?.errors).toEqual({ kind: "invalid" });

    const taken = await post(actions.saveContentAction, {
      kind: "transport-link",
      key: link.key,
      ...validFields("transport-link", { hub: `${PREFIX}-hub` }, "taken"),
      intent: "draft",
    });
    expect(taken.state?.errors).toEqual({ key: "contentKeyTaken" });

    expect(await snapshot()).toEqual(before);
    expect(revalidatedTags).toEqual([]);
  });

  it("a save against an older version is refused, never overwriting the newer one", async () => {
    const link = await publishedLink("conflict");
    const fields = {
      kind: "transport-link",
      id: String(link.id),
      version: String(link.version),
      ...validFields("transport-link", { hub: `${PREFIX}-hub` }, "first"),
      intent: "draft",
    };
    expect((await post(actions.saveContentAction, fields)).redirectedTo).toMatch(/done=saved$/);
    const before = await snapshot();
    // A second editor, from the same (now old) page.
    const second = await post(
      actions.saveContentAction,
      { ...fields, ...validFields("transport-link", { hub: `${PREFIX}-hub` }, "second"), intent: "publish" },
      admin,
    );
    expect(second.state?.errors).toEqual({ form: "contentChanged" });
    expect(second.state?.values["name.en"]).toBe("Test name second");
    for (const action of [actions.publishDraftAction, actions.discardDraftAction, actions.unpublishContentAction]) {
      const stale = await post(action, { kind: "transport-link", id: String(link.id), version: String(link.version) });
      expect(stale.state?.errors).toEqual({ form: "contentChanged" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to publish refs to entries that do not exist or are not published", async () => {
    const before = await snapshot();
    const missing = await post(actions.saveContentAction, {
      kind: "transport-link",
      key: `${PREFIX}-link-missing-hub`,
      ...validFields("transport-link", { hub: `${PREFIX}-no-such-hub` }, "x"),
      intent: "publish",
    });
    expect(missing.state?.errors).toEqual({ hub: "contentRefMissing" });
    const unpublished = await post(actions.saveContentAction, {
      kind: "incentive",
      key: `${PREFIX}-incentive-missing-document`,
      ...validFields("incentive", {}, "x"),
      documents: [`${PREFIX}-no-such-document`],
      intent: "publish",
    });
    expect(unpublished.state?.errors).toEqual({ documents: "contentRefMissing" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to unpublish an entry others refer to, and the kinds that stay published", async () => {
    const document = await db.contentEntry.findUniqueOrThrow({
      where: { kind_key: { kind: "legal-document", key: `${PREFIX}-legal-document` } },
    });
    const incentive = await post(actions.saveContentAction, {
      kind: "incentive",
      key: `${PREFIX}-incentive-referring`,
      ...validFields("incentive", {}, "referring"),
      documents: [document.key],
      intent: "publish",
    });
    const incentiveId = idFrom(incentive.redirectedTo);
    const before = await snapshot();
    const referenced = await post(actions.unpublishContentAction, {
      kind: "legal-document",
      id: String(document.id),
      version: String(document.version),
    });
    expect(referenced.state).toMatchObject({ errors: { form: "contentReferenced" }, details: { count: "1" } });
    for (const kind of ["sector", "hub", "site", "tax-parameters", "procedure-overview"] as const) {
      const row = await db.contentEntry.findUniqueOrThrow({ where: { kind_key: { kind, key: keyOf(kind) } } });
      const kept = await post(actions.unpublishContentAction, {
        kind,
        id: String(row.id),
        version: String(row.version),
      });
      expect(kept.state?.errors, kind).toEqual({ form: "contentKeepsPublished" });
    }
    expect(await snapshot()).toEqual(before);

    // The referring entry itself can go; its text stays as a draft.
    const row = await db.contentEntry.findUniqueOrThrow({ where: { id: incentiveId } });
    const unpublished = await post(actions.unpublishContentAction, {
      kind: "incentive",
      id: String(incentiveId),
      version: String(row.version),
    });
    expect(unpublished.redirectedTo).toBe(`/en/admin/content/incentive/${incentiveId}?done=unpublished`);
    expect(revalidatedTags).toContain("content:incentive");
    expect((await listContent("incentive")).map((item) => item.key)).not.toContain(`${PREFIX}-incentive-referring`);
    expect((await db.contentEntry.findUniqueOrThrow({ where: { id: incentiveId } })).draft).not.toBeNull();
    expect(await auditOf("content.unpublish", "incentive", incentiveId)).toHaveLength(1);
  });
});

describe("who may", () => {
  const calls: [string, Action, () => Promise<Fields>][] = [
    [
      "save",
      actions.saveContentAction,
      async () => ({
        kind: "transport-link",
        key: `${PREFIX}-link-refused`,
        ...validFields("transport-link", { hub: `${PREFIX}-hub` }, "refused"),
        intent: "publish",
      }),
    ],
    ...(
      [
        ["publish a draft", actions.publishDraftAction],
        ["discard a draft", actions.discardDraftAction],
        ["unpublish", actions.unpublishContentAction],
      ] as const
    ).map(([name, action]): [string, Action, () => Promise<Fields>] => [
      name,
      action,
      async () => {
        const row = await db.contentEntry.findUniqueOrThrow({
          where: { kind_key: { kind: "legal-document", key: `${PREFIX}-legal-document` } },
        });
        return { kind: "legal-document", id: String(row.id), version: String(row.version) };
      },
    ]),
  ];

  it.each(calls)("%s: refused to an anonymous caller and an investment officer", async (_name, action, fields) => {
    const before = await db.contentEntry.findMany({ orderBy: { id: "asc" } });
    expect(await post(action, await fields(), null)).toEqual({ redirectedTo: "/en/admin/sign-in?expired=1" });
    expect((await post(action, await fields(), officer)).state?.errors).toEqual({ form: "forbidden" });
    expect(await db.contentEntry.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});

describe("the PDF upload route", () => {
  const pdf = (size = 2048) => {
    const head = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n";
    const tail = "trailer << /Root 1 0 R >>\n%%EOF\n";
    return new TextEncoder().encode(head + " ".repeat(Math.max(0, size - head.length - tail.length)) + tail);
  };
  const returnTo = "/vi/admin/content/legal-document/new";

  async function send(bytes: Uint8Array, options: { name?: string; type?: string; origin?: string | null } = {}) {
    const form = new FormData();
    form.append(
      "file",
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: options.type ?? "application/pdf" }),
      options.name ?? "decree.pdf",
    );
    const encoded = new Response(form);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const headers: Record<string, string> = {
      "content-type": encoded.headers.get("content-type") ?? "",
      "content-length": String(body.length),
    };
    const origin = options.origin === undefined ? new URL(env.SITE_URL).origin : options.origin;
    if (origin !== null) headers.origin = origin;
    return upload.POST(
      new Request(`${env.SITE_URL}/api/admin/files?return=${encodeURIComponent(returnTo)}`, {
        method: "POST",
        body,
        headers,
      }),
    );
  }
  const files = () => db.storedFile.count();

  it("stores a PDF (by its content), audits the upload and comes back to the page with the file", async () => {
    await signIn(editor);
    const bytes = pdf();
    const response = await send(bytes, { name: "Nghị định 320.pdf" });
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    const id = /\?file=([0-9a-f-]{36})$/.exec(location)?.[1] ?? "";
    expect(location).toBe(`${returnTo}?file=${id}`);
    const stored = await db.storedFile.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      fileName: "Nghị định 320.pdf",
      contentType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: editor.id,
    });
    expect(await auditOf("file.upload", "file", id)).toHaveLength(1);

    // Saved with the document, the file is the document's.
    const saved = await post(actions.saveContentAction, {
      kind: "legal-document",
      key: `${PREFIX}-document-with-file`,
      ...validFields("legal-document", {}, "file"),
      file: id,
      intent: "publish",
    });
    expect(saved.redirectedTo).toMatch(/done=published$/);
    expect((await listContent("legal-document")).find((d) => d.key === `${PREFIX}-document-with-file`)?.doc.file).toBe(
      id,
    );
  });

  it("refuses what is not a PDF, whatever its name and type, and what is too large", async () => {
    await signIn(editor);
    const before = await files();
    const executable = new TextEncoder().encode(
      `MZ\x90\0${"\0".repeat(60)}This program cannot be run in DOS mode.%%EOF`,
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(64)]);
    for (const bytes of [executable, png]) {
      const response = await send(bytes, { name: "decree.pdf", type: "application/pdf" });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe(`${returnTo}?fileError=fileNotPdf`);
    }
    const large = await send(pdf(MAX_UPLOAD_BYTES + 1));
    expect(large.headers.get("location")).toBe(`${returnTo}?fileError=fileTooLarge`);
    const empty = await send(new Uint8Array(0));
    expect(empty.headers.get("location")).toBe(`${returnTo}?fileError=fileMissing`);
    expect(await files()).toBe(before);
  });

  it("refuses anonymous callers (to sign in), investment officers and other sites", async () => {
    const before = await files();
    await signIn(null);
    const anonymous = await send(pdf());
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(
      `/vi/admin/sign-in?next=${encodeURIComponent("/vi/admin/content/legal-document/new")}`,
    );
    await signIn(officer);
    expect((await send(pdf())).status).toBe(403);
    await signIn(editor);
    expect((await send(pdf(), { origin: "https://evil.example" })).status).toBe(403);
    expect((await send(pdf(), { origin: null })).status).toBe(403);
    expect(await files()).toBe(before);
  });
});

describe("the preview routes", () => {
  const open = async (query: string) => {
    try {
      return { response: await preview.GET(new Request(`${env.SITE_URL}/api/admin/preview?${query}`)) };
    } catch (error) {
      const target = redirectTarget(error);
      if (target === null) throw error;
      return { redirectedTo: target };
    }
  };

  it("turns draft mode on for editors only, and opens the entry's public page", async () => {
    const link = await db.contentEntry.findUniqueOrThrow({
      where: { kind_key: { kind: "transport-link", key: `${PREFIX}-transport-link` } },
    });
    const query = `kind=transport-link&id=${link.id}&locale=en`;
    await signIn(null);
    expect(await open(query)).toEqual({
      redirectedTo: `/en/admin/sign-in?next=${encodeURIComponent(`/en/admin/content/transport-link/${link.id}`)}`,
    });
    await signIn(officer);
    expect((await open(query)).response?.status).toBe(403);
    expect(draft.enabled).toBe(0);
    await signIn(editor);
    expect((await open("kind=page&id=1&locale=en")).response?.status).toBe(404);
    expect(await open(query)).toEqual({
      redirectedTo: `/en/hubs/${PREFIX}-hub#transport-link-${PREFIX}-transport-link`,
    });
    expect(draft.isEnabled).toBe(true);
  });

  it("leaves preview back to a page of this site only", async () => {
    draft.isEnabled = true;
    const exit = async (query: string, referer?: string) => {
      try {
        await previewExit.GET(
          new Request(`${env.SITE_URL}/api/admin/preview/exit?${query}`, {
            headers: referer ? { referer } : {},
          }),
        );
        return null;
      } catch (error) {
        return redirectTarget(error);
      }
    };
    expect(await exit("locale=en", `${new URL(env.SITE_URL).origin}/en/hubs/ben-luc?x=1`)).toBe("/en/hubs/ben-luc?x=1");
    expect(draft.isEnabled).toBe(false);
    expect(await exit("locale=en&to=/en/sectors/electronics")).toBe("/en/sectors/electronics");
    expect(await exit("locale=en&to=//evil.example/x", "https://evil.example/en")).toBe("/en");
  });
});
