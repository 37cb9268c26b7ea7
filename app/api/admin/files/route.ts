import { type Locale, routing } from "@/i18n/routing";
import { isSiteOrigin } from "@/lib/front-door";
import { looksLikePdf } from "@/lib/pdf";
import { PDF_UPLOAD_LIMITS } from "@/lib/request-limits";
import { signInPath } from "@/server/admin/page-permission";
import { requirePermission } from "@/server/auth/require-permission";
import { env } from "@/server/env";
import { isAppError } from "@/server/errors";
import { readUploadedFile } from "@/server/files/read-upload";
import { storePdf } from "@/server/files/stored-files";
import { uploadRefusalPage } from "@/server/files/upload-refusal";

export const dynamic = "force-dynamic";

// A legal document's PDF, uploaded from its edit page by a plain form (no
// JavaScript needed): the file, posted to this route with the page to come
// back to in the address (`?return=/vi/admin/content/legal-document/12`),
// which is read before the body. This is a public endpoint, so it checks
// everything itself: the same origin (the front door does too), the
// permission, the size and the content. The front door lets this one path
// take bodies up to its UPLOAD_LIMITS entry (scripts/lib/front-door.ts).
// Accepted: 303 back to the page with `?file=<id>`, which puts the file in the
// form (saved with the entry); refused: 303 back with `?fileError=<key>`.

const RETURN_PATH = /^\/(vi|en)\/admin\/content\/legal-document\/(new|\d{1,9})$/;

export async function POST(request: Request) {
  const url = new URL(request.url);
  const returnTo = url.searchParams.get("return") ?? "";
  const match = RETURN_PATH.exec(returnTo);
  const locale = (match?.[1] ?? routing.defaultLocale) as Locale;

  const origin = request.headers.get("origin");
  if (origin === null || !isSiteOrigin(origin, env.SITE_URL)) return uploadRefusalPage(locale, "crossSite", 403);
  if (!match) return uploadRefusalPage(locale, "badRequest", 400);

  let actor: Awaited<ReturnType<typeof requirePermission>>;
  try {
    actor = await requirePermission("content:edit");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) return seeOther(signInPath(locale, returnTo.slice(locale.length + 1)));
    if (isAppError(error, "FORBIDDEN")) return uploadRefusalPage(locale, "forbidden", 403);
    throw error;
  }

  const back = (query: string) => seeOther(`${returnTo}?${query}`);
  const file = await readUploadedFile(request, PDF_UPLOAD_LIMITS);
  if (file === "tooLarge") return back("fileError=fileTooLarge");
  if (file === "missing") return back("fileError=fileMissing");
  const bytes = new Uint8Array(file.bytes);
  if (!looksLikePdf(bytes)) return back("fileError=fileNotPdf");
  const stored = await storePdf({ actor, fileName: file.name, bytes });
  return back(`file=${stored.id}`);
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
