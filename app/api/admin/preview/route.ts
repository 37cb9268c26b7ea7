import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { type Locale, routing } from "@/i18n/routing";
import { isContentKind } from "@/lib/content/kinds";
import { publicPathOf } from "@/lib/content/public-paths";
import { localePath } from "@/lib/paths";
import { signInPath } from "@/server/admin/page-permission";
import { requirePermission } from "@/server/auth/require-permission";
import { getEntry } from "@/server/content/admin-content";
import { isAppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * Preview of a saved draft (docs/decisions/016): `?kind&id&locale`. For a
 * member of staff who may edit content, turns Next.js's draft mode on (its
 * cookie holds a secret of the build) and opens the entry's public page,
 * where drafts are read in place of published documents until the preview
 * banner's "Leave preview" turns it off.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const requested = query.get("locale") ?? "";
  const locale: Locale = (routing.locales as readonly string[]).includes(requested)
    ? (requested as Locale)
    : routing.defaultLocale;
  const kind = query.get("kind") ?? "";
  const id = /^\d{1,9}$/.test(query.get("id") ?? "") ? Number(query.get("id")) : null;
  const here = `/api/admin/preview?${query.toString()}`;
  try {
    await requirePermission("content:edit");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) {
      // Back to the entry's edit page after signing in (the sign-in page only returns into the back office).
      const back = isContentKind(kind) && id !== null ? `/admin/content/${kind}/${id}` : "/admin/content";
      redirect(signInPath(locale, back));
    }
    if (isAppError(error, "FORBIDDEN")) return plain(403, "Your role does not allow this.");
    throw error;
  }
  const entry = isContentKind(kind) && id !== null ? await getEntry(kind, id) : null;
  if (!entry || !isContentKind(kind)) return plain(404, `Not found: ${here}`);
  (await draftMode()).enable();
  redirect(localePath(locale, publicPathOf(kind, entry.key, entry.doc)));
}

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
