import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { databaseUnreachableSince } from "./lib/database-status";
import { requestLocale } from "./lib/front-door";
import { landListRoute } from "./lib/land-rewrite";
import { renderNoticePage } from "./lib/notice-page";
import { newsListRewrite } from "./lib/posts/news-rewrite";
import { db } from "./server/db";
import { probeDatabase } from "./server/health/check-database";

const handleI18nRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  // While the database is known to be down, answer pages with a localized 503
  // (re-checking at most once a second) instead of errors or partial pages.
  if (databaseUnreachableSince() !== null && !(await probeDatabase(db))) {
    return unavailable(request);
  }
  const news = newsListRewrite(request.nextUrl.pathname, request.nextUrl.searchParams, routing.locales);
  if (news) return NextResponse.rewrite(new URL(news, request.url));
  const land = landListRoute(request.nextUrl.pathname, request.nextUrl.searchParams, routing.locales);
  if (land && "redirect" in land) return NextResponse.redirect(new URL(land.redirect, request.url), 307);
  if (land) return NextResponse.rewrite(new URL(land.rewrite, request.url));
  return handleI18nRouting(request);
}

async function unavailable(request: NextRequest) {
  const locale = requestLocale(
    request.nextUrl.pathname,
    request.headers.get("accept-language"),
    routing.locales,
    routing.defaultLocale,
  );
  const messages = (await import(`./messages/${locale}.json`)).default;
  const html = renderNoticePage(locale, messages.Unavailable, request.nextUrl.pathname + request.nextUrl.search);
  return new NextResponse(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" },
  });
}

export const config = {
  // Pages only (not API routes, Next.js internals or files with an extension),
  // and only requests without a body: form posts go straight to their server
  // action, as running the proxy would make Next.js copy every body first, a
  // fifth of the inquiry form's throughput (docs/decisions/007). The front
  // door (scripts/lib/front-door.ts) checks posts before Next.js sees them.
  matcher: [{ source: "/((?!api|_next|_vercel|.*\\..*).*)", missing: [{ type: "header", key: "content-type" }] }],
};
