import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { databaseUnreachableSince } from "./lib/database-status";
import { renderNoticePage } from "./lib/notice-page";
import { MAX_FORM_BYTES } from "./lib/request-limits";
import { db } from "./server/db";
import { probeDatabase } from "./server/health/check-database";

const handleI18nRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  // Refuse oversized form posts before anything reads them (the matcher below
  // sends only posts of 100,000 bytes or more here). Browsers always send a
  // form's length; a post without one is refused the same way (411).
  if (request.method === "POST") {
    const length = request.headers.get("content-length");
    if (length === null) return tooLarge(request, 411);
    if (Number(length) > MAX_FORM_BYTES) return tooLarge(request, 413);
  }
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
  const html = renderNoticePage(locale, messages.Unavailable, request.nextUrl.pathname + request.nextUrl.search);
  return new NextResponse(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" },
  });
}

async function tooLarge(request: NextRequest, status: 411 | 413) {
  const locale = localeFor(request);
  const texts = (await import(`./messages/${locale}.json`)).default.RequestTooLarge;
  const size = `${MAX_FORM_BYTES / 1024} KB`;
  const html = renderNoticePage(
    locale,
    { ...texts, body: texts.body.replace("{size}", size) },
    request.nextUrl.pathname,
  );
  return new NextResponse(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
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
  // Everything except API routes, Next.js internals and files with an extension:
  // requests without a body, and posts large enough to need the size check (or
  // without a length). An ordinary form post goes straight to its server action:
  // running the proxy would make Next.js copy every body first, which costs a
  // fifth of the inquiry form's throughput (docs/decisions/007).
  matcher: [
    { source: "/((?!api|_next|_vercel|.*\\..*).*)", missing: [{ type: "header", key: "content-type" }] },
    {
      source: "/((?!api|_next|_vercel|.*\\..*).*)",
      has: [{ type: "header", key: "content-length", value: "\\d{6,}" }],
    },
    {
      source: "/((?!api|_next|_vercel|.*\\..*).*)",
      has: [{ type: "header", key: "content-type" }],
      missing: [{ type: "header", key: "content-length" }],
    },
  ],
};
