import { createHash } from "node:crypto";
import sharp from "sharp";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IMAGE_WIDTHS } from "@/lib/posts/images";
import { IMAGE_UPLOAD_PATH, MAX_IMAGE_BYTES, UPLOAD_LIMITS } from "@/lib/request-limits";
import en from "@/messages/en.json";
import vi_ from "@/messages/vi.json";
import * as images from "../fixtures/images";
import { request, resetRequest } from "../fixtures/next-request";
import { createStaffSession, createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";

// A post's images: the upload route (app/api/admin/images) keeps only what
// is a JPEG, PNG or WebP by its content, re-encoded without its metadata, at
// the widths the pages ask for; the image route (app/api/images/[id]/[variant])
// serves a live post's image to anyone, cached for good, and a draft's only
// to staff who write posts. Refused uploads store nothing.

vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);
vi.mock("next-intl/server", () => {
  const messages = { en, vi: vi_ } as const;
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en" | "vi"; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as "Admin" }),
  };
});

const { db } = await import("@/server/db");
const { env } = await import("@/server/env");
const upload = await import("@/app/api/admin/images/route");
const serve = await import("@/app/api/images/[id]/[variant]/route");

const testStart = new Date();
const returnTo = "/vi/admin/posts/12";
let editor: StaffFixtureUser;
let officer: StaffFixtureUser;
const postIds: number[] = [];

beforeAll(async () => {
  [editor, officer] = await Promise.all([
    createStaffUser({ role: "EDITOR", name: "Lê Biên Tập" }),
    createStaffUser({ role: "INVESTMENT_OFFICER", name: "Trần Cán Bộ" }),
  ]);
});
beforeEach(() => resetRequest());
afterAll(async () => {
  await db.post.deleteMany({ where: { id: { in: postIds } } });
  await db.image.deleteMany({ where: { createdAt: { gte: testStart } } });
  await deleteTestStaff();
  await db.$disconnect();
});

async function signIn(user: StaffFixtureUser | null) {
  resetRequest();
  if (!user) return;
  const session = await createStaffSession(user.id);
  request.jar.set(session.cookieName, session.token);
}

type SendOptions = {
  name?: string;
  type?: string;
  origin?: string | null;
  json?: boolean;
  returnPath?: string | null;
  contentLength?: number;
};

async function send(bytes: Uint8Array, options: SendOptions = {}) {
  const form = new FormData();
  form.append(
    "file",
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: options.type ?? "image/jpeg" }),
    options.name ?? "photo.jpg",
  );
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const headers: Record<string, string> = {
    "content-type": encoded.headers.get("content-type") ?? "",
    "content-length": String(options.contentLength ?? body.length),
  };
  const origin = options.origin === undefined ? new URL(env.SITE_URL).origin : options.origin;
  if (origin !== null) headers.origin = origin;
  if (options.json) headers.accept = "application/json";
  const returnPath = options.returnPath === undefined ? returnTo : options.returnPath;
  const query = returnPath === null ? "" : `?return=${encodeURIComponent(returnPath)}`;
  return upload.POST(new Request(`${env.SITE_URL}/api/admin/images${query}`, { method: "POST", body, headers }));
}

/** Uploads as the editor and answers the new image's id (from the redirect). */
async function accepted(bytes: Uint8Array, options: SendOptions = {}) {
  await signIn(editor);
  const response = await send(bytes, options);
  expect(response.status).toBe(303);
  const location = response.headers.get("location") ?? "";
  const id = /[?&]coverImage=([0-9a-f-]{36})$/.exec(location)?.[1];
  expect(id, location).toBeDefined();
  return { id: id ?? "", location };
}

const imageCount = () => db.image.count();
const variantsOf = (imageId: string) =>
  db.imageVariant.findMany({ where: { imageId }, orderBy: [{ contentType: "asc" }, { width: "asc" }] });

const get = (id: string, variant: string | number, headers: Record<string, string> = {}) =>
  serve.GET(new Request(`${env.SITE_URL}/api/images/${id}/${variant}`, { headers }), {
    params: Promise.resolve({ id, variant: String(variant) }),
  });

describe("the image upload route", () => {
  it.each([
    ["JPEG", () => images.jpeg({ width: 2000, height: 1500 }), "jpeg", [480, 960, 1600], { width: 1200, height: 630 }],
    [
      "PNG with transparency",
      () => images.png({ width: 1200, height: 900 }, { alpha: true }),
      "png",
      [480, 960, 1200],
      { width: 1200, height: 630 },
    ],
    ["WebP", () => images.webp({ width: 600, height: 400 }), "webp", [480, 600], { width: 600, height: 315 }],
  ] as const)(
    "stores a %s as WebP widths never larger than it, and the share JPEG",
    async (_name, make, format, widths, share) => {
      const bytes = await make();
      const { id, location } = await accepted(bytes);
      expect(location).toBe(`${returnTo}?coverImage=${id}`);
      const image = await db.image.findUniqueOrThrow({ where: { id } });
      const original = await sharp(bytes).metadata();
      expect(image).toMatchObject({
        width: original.width,
        height: original.height,
        format,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        uploadedById: editor.id,
      });
      const variants = await variantsOf(id);
      expect(variants.map((v) => [v.contentType, v.width])).toEqual([
        ["image/jpeg", share.width],
        ...widths.map((width) => ["image/webp", width]),
      ]);
      for (const variant of variants) {
        const seen = await sharp(variant.bytes).metadata();
        expect(seen.format).toBe(variant.contentType === "image/jpeg" ? "jpeg" : "webp");
        expect([seen.width, seen.height]).toEqual([variant.width, variant.height]);
        expect(variant.sizeBytes).toBe(variant.bytes.length);
        expect(variant.width).toBeLessThanOrEqual(original.width);
        if (variant.contentType === "image/webp") {
          // The proportions are the original's (within a pixel of rounding).
          expect(Math.abs(variant.height - (variant.width * original.height) / original.width)).toBeLessThanOrEqual(1);
        } else expect(variant.height).toBe(share.height);
        expect(seen.exif).toBeUndefined();
        expect(seen.space).toBe("srgb");
      }

      const audit = await db.auditEntry.findMany({
        where: { action: "image.upload", entityType: "image", entityId: id, at: { gte: testStart } },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorId: editor.id,
        changes: {
          width: [null, original.width],
          height: [null, original.height],
          format: [null, format],
          sizeBytes: [null, bytes.length],
        },
      });
    },
  );

  it("turns a phone's photo upright and keeps nothing of its EXIF: no GPS, no camera", async () => {
    // Stored on its side (1000 × 2000) with orientation 6: upright it is 2000 × 1000.
    const bytes = await images.jpegWithGps({ width: 1000, height: 2000 }, 6);
    const before = await sharp(bytes).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.toString("latin1")).toContain("PhoneMaker");
    expect(gpsIfdIn(before.exif)).toBe(true);

    const { id } = await accepted(bytes);
    expect(await db.image.findUniqueOrThrow({ where: { id } })).toMatchObject({ width: 2000, height: 1000 });
    for (const variant of await variantsOf(id)) {
      const seen = await sharp(variant.bytes).metadata();
      expect(seen.width).toBeGreaterThan(seen.height);
      expect(seen.exif).toBeUndefined();
      expect(seen.xmp).toBeUndefined();
      expect(seen.orientation).toBeUndefined();
      const text = Buffer.from(variant.bytes).toString("latin1");
      expect(text).not.toContain("PhoneMaker");
      expect(text).not.toContain("Secret Editor");
    }
  });

  it("keeps the image of a JPEG with something appended, and drops what was appended", async () => {
    const { id } = await accepted(await images.jpegWithZip({ width: 800, height: 600 }));
    for (const variant of await variantsOf(id)) {
      expect(Buffer.from(variant.bytes).toString("latin1")).not.toContain("secret archive");
    }
  });

  it.each([
    ["a GIF", () => images.gif({ width: 800, height: 600 }), "photo.jpg", "imageNotAllowed"],
    ["an animated GIF", () => images.animatedGif({ width: 800, height: 600 }), "photo.gif", "imageNotAllowed"],
    ["an animated WebP", () => images.animatedWebp({ width: 800, height: 600 }), "photo.webp", "imageAnimated"],
    ["an animated PNG", () => images.animatedPng({ width: 800, height: 600 }), "photo.png", "imageAnimated"],
    ["an SVG with a script", () => images.svg({ width: 800, height: 600 }), "photo.jpg", "imageNotAllowed"],
    ["a TIFF", () => images.tiff({ width: 800, height: 600 }), "photo.jpg", "imageNotAllowed"],
    ["an AVIF", () => images.avif({ width: 600, height: 480 }), "photo.jpg", "imageNotAllowed"],
    ["a HEIC header", () => images.heic(), "IMG_0001.jpg", "imageNotAllowed"],
    ["a Linux executable", () => images.elf(), "photo.jpg", "imageNotAllowed"],
    ["a Windows executable", () => images.windowsExecutable(), "photo.jpg", "imageNotAllowed"],
    ["a shell script", () => images.shellScript(), "photo.jpg", "imageNotAllowed"],
    ["a truncated JPEG", () => images.truncatedJpeg({ width: 1600, height: 1200 }), "photo.jpg", "imageNotAllowed"],
    ["JPEG's signature before a script", () => images.fakeJpeg(), "photo.jpg", "imageNotAllowed"],
    [
      "PNG's signature before a JPEG",
      () => images.mismatchedPng({ width: 800, height: 600 }),
      "photo.png",
      "imageNotAllowed",
    ],
    ["a decompression bomb (20000 × 20000)", () => images.pngBomb(), "photo.png", "imageTooManyPixels"],
    ["an image narrower than 480 pixels", () => images.jpeg({ width: 479, height: 800 }), "photo.jpg", "imageTooSmall"],
    ["a file larger than the limit", () => Buffer.alloc(MAX_IMAGE_BYTES + 1, 0xff), "photo.jpg", "imageTooLarge"],
    ["an empty file", () => Buffer.alloc(0), "photo.jpg", "imageMissing"],
  ] as const)("refuses %s and stores nothing", async (_name, make, name, key) => {
    const bytes = await make();
    await signIn(editor);
    const before = await imageCount();
    const response = await send(bytes, { name, type: "image/jpeg" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${returnTo}?imageError=${key}`);
    expect(await imageCount()).toBe(before);
  });

  it("refuses a body announced larger than the limit before reading it", async () => {
    await signIn(editor);
    const before = await imageCount();
    const limit = UPLOAD_LIMITS[IMAGE_UPLOAD_PATH]?.bodyBytes ?? 0;
    const response = await send(await images.jpeg({ width: 800, height: 600 }), { contentLength: limit + 1 });
    expect(response.headers.get("location")).toBe(`${returnTo}?imageError=imageTooLarge`);
    expect(await imageCount()).toBe(before);
  });

  it("answers the page's script with JSON, and a localized reason when it refuses", async () => {
    await signIn(editor);
    const ok = await send(await images.jpeg({ width: 1000, height: 750 }), { json: true });
    expect(ok.status).toBe(201);
    const body = await ok.json();
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      width: 1000,
      height: 750,
      widths: [480, 960, 1000],
    });

    const small = await send(await images.jpeg({ width: 300, height: 200 }), { json: true });
    expect(small.status).toBe(422);
    expect(await small.json()).toEqual({
      error: "imageTooSmall",
      message: "Ảnh quá nhỏ: chiều rộng tối thiểu 480 điểm ảnh.",
    });
    const large = await send(Buffer.alloc(MAX_IMAGE_BYTES + 1), { json: true, returnPath: "/en/admin/posts/new" });
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({
      error: "imageTooLarge",
      message: "This image is larger than 8 MB. Choose a smaller one.",
    });
  });

  it("refuses anonymous callers (to sign in), investment officers and other sites", async () => {
    const bytes = await images.jpeg({ width: 800, height: 600 });
    const before = await imageCount();
    await signIn(null);
    const anonymous = await send(bytes);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`/vi/admin/sign-in?next=${encodeURIComponent(returnTo)}`);
    const anonymousScript = await send(bytes, { json: true });
    expect(anonymousScript.status).toBe(401);
    expect((await anonymousScript.json()).error).toBe("signedOut");

    await signIn(officer);
    const refused = await send(bytes);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toContain("text/html");
    expect((await send(bytes, { json: true })).status).toBe(403);

    await signIn(editor);
    expect((await send(bytes, { origin: "https://evil.example" })).status).toBe(403);
    expect((await send(bytes, { origin: null })).status).toBe(403);
    expect(await imageCount()).toBe(before);
  });

  it("comes back only to a post page of this site, keeping its query", async () => {
    const bytes = await images.jpeg({ width: 800, height: 600 });
    const cases: [string | null, string][] = [
      [
        "/en/admin/posts/new?kind=event&coverImage=old&imageError=imageTooSmall",
        "/en/admin/posts/new?kind=event&coverImage=",
      ],
      ["/en/admin/users", "/en/admin/posts?coverImage="],
      ["/vi/admin/posts/../users/3", "/vi/admin/posts?coverImage="],
      ["//evil.example/vi/admin/posts/1", "/vi/admin/posts?coverImage="],
      ["https://evil.example/en/admin/posts/1", "/vi/admin/posts?coverImage="],
      ["/\\evil.example/en/admin/posts", "/vi/admin/posts?coverImage="],
      [null, "/vi/admin/posts?coverImage="],
    ];
    for (const [returnPath, expected] of cases) {
      const { location } = await accepted(bytes, { returnPath });
      expect(location.startsWith(expected), `${returnPath} → ${location}`).toBe(true);
    }
  });
});

describe("the image route", () => {
  let draftImage: string;
  let coverImage: string;
  let bodyImage: string;

  beforeAll(async () => {
    draftImage = (await accepted(await images.jpeg({ width: 1200, height: 800 }))).id;
    coverImage = (await accepted(await images.png({ width: 2000, height: 1000 }))).id;
    bodyImage = (await accepted(await images.webp({ width: 960, height: 540 }))).id;
    const stamp = Date.now();
    const draft = await db.post.create({ data: { coverImageId: draftImage } });
    const live = await db.post.create({
      data: {
        live: true,
        status: "PUBLISHED",
        publishedRevision: 1,
        firstPublishedAt: new Date(),
        coverImageId: coverImage,
        translations: {
          create: {
            locale: "vi",
            title: "Tin thử nghiệm ảnh",
            slug: `zz-test-image-${stamp}`,
            summary: "Tóm tắt",
            bodyHtml: `<p><img src="/api/images/${bodyImage}/960" alt="Nhà máy"></p>`,
          },
        },
      },
    });
    // A draft that mentions the draft image in its text does not make it public.
    const hidden = await db.post.create({
      data: {
        translations: {
          create: {
            locale: "vi",
            title: "Bản nháp",
            slug: `zz-test-image-draft-${stamp}`,
            summary: "Tóm tắt",
            bodyHtml: `<p><img src="/api/images/${draftImage}/480" alt=""></p>`,
          },
        },
      },
    });
    postIds.push(draft.id, live.id, hidden.id);
  });

  it("serves a live post's cover to anyone, cached for good", async () => {
    await signIn(null);
    const response = await get(coverImage, 960);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe("inline");
    const etag = response.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+-960-webp"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect((await sharp(bytes).metadata()).width).toBe(960);
    expect(await get(coverImage, 960, { "if-none-match": etag })).toHaveProperty("status", 304);

    const share = await get(coverImage, "share");
    expect(share.headers.get("content-type")).toBe("image/jpeg");
    expect(await sharp(Buffer.from(await share.arrayBuffer())).metadata()).toMatchObject({ width: 1200, height: 630 });
  });

  it("serves an image a live post's text shows to anyone", async () => {
    await signIn(null);
    const response = await get(bodyImage, 960);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("public");
  });

  it("serves a draft's image only to staff who write posts, never cached; to anyone else it does not exist", async () => {
    await signIn(null);
    expect((await get(draftImage, 480)).status).toBe(404);
    await signIn(officer);
    expect((await get(draftImage, 480)).status).toBe(404);
    await signIn(editor);
    const response = await get(draftImage, 480);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("etag")).toBeNull();
    expect(response.headers.get("content-type")).toBe("image/webp");
  });

  it("answers a standard width larger than the upload with the largest stored, and 404 for anything else", async () => {
    await signIn(null);
    // The cover is 2000 wide: every standard width is stored.
    for (const width of IMAGE_WIDTHS) expect((await get(coverImage, width)).status).toBe(200);
    // The body image is 960 wide: 1600 answers the 960.
    const larger = await get(bodyImage, 1600);
    expect(larger.status).toBe(200);
    expect((await sharp(Buffer.from(await larger.arrayBuffer())).metadata()).width).toBe(960);
    expect(larger.headers.get("etag")).toMatch(/-960-webp"$/);

    for (const variant of ["1234", "0", "-1", "480.0", "abc", "original", "99999999999"]) {
      expect((await get(coverImage, variant)).status, variant).toBe(404);
    }
    expect((await get("00000000-0000-4000-8000-000000000000", 480)).status).toBe(404);
    expect((await get("not-a-uuid", 480)).status).toBe(404);
    expect((await get("../../etc/passwd", 480)).status).toBe(404);
  });

  it("stops serving an image publicly once its post is no longer live", async () => {
    const [, live] = postIds;
    await db.post.update({ where: { id: live }, data: { live: false } });
    await signIn(null);
    expect((await get(coverImage, 480)).status).toBe(404);
    expect((await get(bodyImage, 480)).status).toBe(404);
    await db.post.update({ where: { id: live }, data: { live: true } });
    expect((await get(coverImage, 480)).status).toBe(200);
  });
});

/** Whether EXIF data has a GPS directory (tag 0x8825), in either byte order. */
function gpsIfdIn(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}
