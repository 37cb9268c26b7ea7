import { getTranslations } from "next-intl/server";
import { type Locale, routing } from "@/i18n/routing";
import { isSiteOrigin } from "@/lib/front-door";
import { localePath } from "@/lib/paths";
import { MIN_IMAGE_WIDTH } from "@/lib/posts/images";
import { IMAGE_UPLOAD_LIMITS, MAX_IMAGE_BYTES } from "@/lib/request-limits";
import { signInPath } from "@/server/admin/page-permission";
import { recordAudit } from "@/server/audit/record-audit";
import { requirePermission } from "@/server/auth/require-permission";
import type { StaffActor } from "@/server/auth/session";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { isAppError } from "@/server/errors";
import { readUploadedFile } from "@/server/files/read-upload";
import { uploadRefusalPage } from "@/server/files/upload-refusal";
import { MAX_IMAGE_PIXELS, processImage, storeImage } from "@/server/posts/images";

export const dynamic = "force-dynamic";

// A post's image, uploaded from its edit page by a plain form (no JavaScript
// needed) with the page to come back to in the address
// (`?return=/vi/admin/posts/12`), read before the body. A public endpoint, so
// it checks everything itself: the origin (the front door does too), the
// permission, the size and the content (server/posts/images.ts). The front
// door lets this path take bodies up to UPLOAD_LIMITS[IMAGE_UPLOAD_PATH].
// Accepted: 303 back to the page with `?coverImage=<id>`, which the page puts
// in the post's form (saved with the post); refused: 303 back with
// `?imageError=<key>` and nothing stored. The page's script sends
// `Accept: application/json` and gets `{ id, width, height, widths }` or
// `{ error, message }` with a 4xx instead, and stays on the page.

const RETURN_PATH = /^\/(vi|en)\/admin\/posts(?:\/[A-Za-z0-9_-]+)*$/;

type ErrorKey =
  | "imageNotAllowed"
  | "imageTooLarge"
  | "imageTooSmall"
  | "imageTooManyPixels"
  | "imageAnimated"
  | "imageMissing";

/**
 * The page to come back to: a path of this site under /{locale}/admin/posts,
 * its query kept; anything else (another site, another part of the back
 * office, a path with `..`) is the posts list of the locale it names.
 */
function returnTarget(value: string | null): { locale: Locale; path: string; query: URLSearchParams } {
  const raw = value ?? "";
  const locale: Locale = /^\/en(?:[/?]|$)/.test(raw)
    ? "en"
    : /^\/vi(?:[/?]|$)/.test(raw)
      ? "vi"
      : routing.defaultLocale;
  const fallback = { locale, path: localePath(locale, "/admin/posts"), query: new URLSearchParams() };
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, env.SITE_URL);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(env.SITE_URL).origin || url.pathname !== raw.split(/[?#]/)[0]) return fallback;
  const match = RETURN_PATH.exec(url.pathname);
  if (!match) return fallback;
  const query = url.searchParams;
  query.delete("coverImage");
  query.delete("imageError");
  return { locale: match[1] as Locale, path: url.pathname, query };
}

export async function POST(request: Request) {
  const target = returnTarget(new URL(request.url).searchParams.get("return"));
  const { locale } = target;
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");

  const origin = request.headers.get("origin");
  if (origin === null || !isSiteOrigin(origin, env.SITE_URL)) return refusal(locale, "crossSite", wantsJson);

  let actor: StaffActor;
  try {
    actor = await requirePermission("post:write");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) {
      if (wantsJson) return json({ error: "signedOut", message: await message(locale, "signedOut") }, 401);
      return seeOther(signInPath(locale, `${target.path.slice(locale.length + 1)}${queryOf(target.query)}`));
    }
    if (isAppError(error, "FORBIDDEN")) return refusal(locale, "forbidden", wantsJson);
    throw error;
  }

  const back = async (key: ErrorKey) => {
    if (wantsJson)
      return json({ error: key, message: await message(locale, key) }, key === "imageTooLarge" ? 413 : 422);
    return seeOther(backTo(target, "imageError", key));
  };
  const file = await readUploadedFile(request, IMAGE_UPLOAD_LIMITS);
  if (file === "tooLarge") return back("imageTooLarge");
  if (file === "missing") return back("imageMissing");

  const processed = await processImage(file.bytes);
  if (typeof processed === "string") return back(processed);

  const stored = await db.$transaction(async (tx) => {
    const image = await storeImage(tx, processed, actor.userId);
    await recordAudit(
      tx,
      { actor },
      {
        action: "image.upload",
        entityType: "image",
        entityId: image.id,
        changes: {
          width: [null, processed.width],
          height: [null, processed.height],
          format: [null, processed.format],
          sizeBytes: [null, processed.sizeBytes],
        },
      },
    );
    return image;
  });
  if (wantsJson) {
    return json({ id: stored.id, width: processed.width, height: processed.height, widths: stored.widths }, 201);
  }
  return seeOther(backTo(target, "coverImage", stored.id));
}

const queryOf = (query: URLSearchParams) => (query.size > 0 ? `?${query}` : "");

function backTo(target: { path: string; query: URLSearchParams }, name: string, value: string): string {
  const query = new URLSearchParams(target.query);
  query.set(name, value);
  return `${target.path}?${query}`;
}

/** An error's sentence in the editor's language, with the limits it names. */
async function message(locale: Locale, key: ErrorKey | "signedOut" | "forbidden" | "failed"): Promise<string> {
  if (key === "signedOut" || key === "failed") {
    return (await getTranslations({ locale, namespace: "Admin.images" }))(key);
  }
  const t = await getTranslations({ locale, namespace: "Admin.errors" });
  return t(key, {
    max: key === "imageTooManyPixels" ? MAX_IMAGE_PIXELS / 1_000_000 : MAX_IMAGE_BYTES / 1024 / 1024,
    min: MIN_IMAGE_WIDTH,
  });
}

function json(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

/** A refusal that has no edit page to go back to: a page in the editor's language, or JSON for the page's script. */
async function refusal(locale: Locale, reason: "crossSite" | "forbidden", wantsJson: boolean) {
  if (wantsJson) {
    return json(
      { error: reason, message: await message(locale, reason === "forbidden" ? "forbidden" : "failed") },
      403,
    );
  }
  return uploadRefusalPage(locale, reason);
}
