import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { databaseUnreachableSince } from "./lib/database-status";
import { renderUnavailablePage } from "./lib/unavailable-page";
import { db } from "./server/db";
import { probeDatabase } from "./server/health/check-database";

const handleI18nRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  // While the database is known to be down, answer pages with a localized 503
  // (re-checking at most once a second) instead of errors or partial pages.
  if (databaseUnreachableSince() !== null && !(await probeDatabase(db))) {
    return unavailable(request);
  }
  return handleI18nRouting(request);
}

async function unavailable(request: NextRequest) {
  const locale = localeFor(request);
  const messages = (await import(`./messages/${locale}.json`)).default;
  const html = renderUnavailablePage(locale, messages.Unavailable, request.nextUrl.pathname + request.nextUrl.search);
  return new NextResponse(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" },
  });
}

function localeFor(request: NextRequest): string {
  const segment = request.nextUrl.pathname.split("/")[1] ?? "";
  if ((routing.locales as readonly string[]).includes(segment)) return segment;
  const preferred = request.headers.get("accept-language")?.split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return (routing.locales as readonly string[]).includes(preferred ?? "")
    ? (preferred as string)
    : routing.defaultLocale;
}

export const config = {
  // Everything except API routes, Next.js internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
