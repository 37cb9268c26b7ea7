import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { routing } from "@/i18n/routing";
import { isSiteOrigin } from "@/lib/front-door";
import { isSitePath } from "@/lib/paths";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

/**
 * Leaves preview: turns draft mode off and goes back to the page it was
 * left from (`?to=`, else the page that linked here), a page of this site
 * only; otherwise that language's home page.
 */
export async function GET(request: Request) {
  (await draftMode()).disable();
  const url = new URL(request.url);
  const lang = url.searchParams.get("locale") ?? "";
  const home = `/${(routing.locales as readonly string[]).includes(lang) ? lang : routing.defaultLocale}`;
  redirect(cameFrom(url.searchParams.get("to"), request.headers.get("referer")) ?? home);
}

function cameFrom(to: string | null, referer: string | null): string | null {
  if (to && isSitePath(to)) return to;
  if (!referer) return null;
  try {
    const page = new URL(referer);
    if (!isSiteOrigin(page.origin, env.SITE_URL)) return null;
    const path = `${page.pathname}${page.search}`;
    return isSitePath(path) && !path.startsWith("/api/") ? path : null;
  } catch {
    return null;
  }
}
