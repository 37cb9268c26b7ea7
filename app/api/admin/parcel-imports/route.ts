import { type Locale, routing } from "@/i18n/routing";
import { isSiteOrigin } from "@/lib/front-door";
import { localePath } from "@/lib/paths";
import { PARCEL_IMPORT_LIMITS } from "@/lib/request-limits";
import { signInPath } from "@/server/admin/page-permission";
import { requirePermission } from "@/server/auth/require-permission";
import type { StaffActor } from "@/server/auth/session";
import { env } from "@/server/env";
import { isAppError } from "@/server/errors";
import { uploadRefusalPage } from "@/server/files/upload-refusal";
import { createParcelImport } from "@/server/parcels/parcel-import";

export const dynamic = "force-dynamic";

// A parcel import file, posted by the plain form of /{locale}/admin/parcels/import
// (no JavaScript needed): the file, the language of its descriptions and the
// page's language. A public endpoint, so it checks everything itself: the
// origin (the front door does too), the permission, the size (the front door
// lets this path take bodies up to UPLOAD_LIMITS[PARCEL_IMPORT_PATH]) and
// that the text is UTF-8. Accepted: the file is stored, its dry run starts in
// the background, and 303 to its status page. Refused: 303 back to the form
// with `?error=<key>` and nothing stored.

type ErrorKey = "fileMissing" | "fileTooLarge" | "notUtf8";

const localeOfForm = (value: FormDataEntryValue | null | undefined): Locale =>
  value === "en" || value === "vi" ? value : routing.defaultLocale;

export async function POST(request: Request) {
  // The page's language is also in the address, so it is known before the body is read.
  let locale = localeOfForm(new URL(request.url).searchParams.get("locale"));
  const origin = request.headers.get("origin");
  if (origin === null || !isSiteOrigin(origin, env.SITE_URL)) return uploadRefusalPage(locale, "crossSite");

  let actor: StaffActor;
  try {
    actor = await requirePermission("parcel:manage");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) return seeOther(signInPath(locale, "/admin/parcels/import"));
    if (isAppError(error, "FORBIDDEN")) return uploadRefusalPage(locale, "forbidden");
    throw error;
  }

  const back = (key: ErrorKey) => seeOther(localePath(locale, `/admin/parcels/import?error=${key}`));
  if (Number(request.headers.get("content-length") ?? Number.POSITIVE_INFINITY) > PARCEL_IMPORT_LIMITS.bodyBytes) {
    return back("fileTooLarge");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back("fileMissing");
  }
  locale = localeOfForm(form.get("locale") ?? locale);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return back("fileMissing");
  if (file.size > PARCEL_IMPORT_LIMITS.fileBytes) return back("fileTooLarge");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return back("notUtf8");
  }
  // A FeatureCollection is JSON; anything else is read as the CSV.
  const format = /^\uFEFF?\s*\{/.test(text) ? "geojson" : "csv";
  const { id } = await createParcelImport({
    actor,
    fileName: file.name,
    format,
    locale: localeOfForm(form.get("language")),
    text,
  });
  return seeOther(localePath(locale, `/admin/parcels/import/${id}`));
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
