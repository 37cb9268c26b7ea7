import { expect, test } from "@playwright/test";

// Every internal link of the public site answers 200: breadth-first from each
// language's home page, following the links of every page reached (the
// server-rendered HTML, as a visitor without JavaScript or a crawler gets it).

/** At most this many URLs in all, and this many query-string variants of one path. */
const MAX_URLS = 400;
const MAX_QUERY_VARIANTS = 4;
/** The open data is public; the rest of /api is not a page. */
const OPEN_DATA = new Set(["/api/parcels", "/api/parcels.csv"]);

/** The link to follow, without its fragment, or null for one that is not followed. */
function followable(href: string, base: string, origin: string): URL | null {
  if (/^(mailto|tel|javascript|data):/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  url.hash = "";
  const { pathname } = url;
  if (/^\/[^/]+\/admin(\/|$)/.test(pathname) || pathname.startsWith("/admin")) return null;
  if (pathname.startsWith("/api/") && !OPEN_DATA.has(pathname)) return null;
  // Next.js's own files (scripts, styles, images) are not links.
  if (pathname.startsWith("/_next/")) return null;
  return url;
}

const decode = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<");

test("every internal link answers 200 (a crawl of the public site from /vi and /en)", async ({
  request,
  baseURL,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the server's answers do not depend on the viewport");
  test.setTimeout(600_000);
  const origin = new URL(baseURL ?? "").origin;
  const queue: { url: string; from: string }[] = [
    { url: `${origin}/vi`, from: "(start)" },
    { url: `${origin}/en`, from: "(start)" },
  ];
  const seen = new Set(queue.map((item) => item.url));
  const variants = new Map<string, number>();
  const broken: string[] = [];
  let visited = 0;

  while (queue.length > 0 && visited < MAX_URLS) {
    const { url, from } = queue.shift() as { url: string; from: string };
    visited++;
    const response = await request.get(url, { maxRedirects: 0, timeout: 60_000 });
    if (response.status() !== 200) {
      const location = response.headers().location;
      broken.push(`${url} → ${response.status()}${location ? ` (to ${location})` : ""}, linked from ${from}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    const html = await response.text();
    for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const next = followable(decode(raw ?? ""), url, origin);
      if (!next || seen.has(next.href)) continue;
      if (next.search) {
        const count = variants.get(next.pathname) ?? 0;
        if (count >= MAX_QUERY_VARIANTS) continue;
        variants.set(next.pathname, count + 1);
      }
      seen.add(next.href);
      queue.push({ url: next.href, from: url });
    }
  }

  const summary = `${visited} URLs crawled, ${queue.length} left unvisited`;
  testInfo.annotations.push({ type: "crawled", description: summary });
  console.log(summary);
  expect(broken).toEqual([]);
  // The crawl reached the site's sections, not just the two home pages.
  const paths = [...seen].map((href) => new URL(href).pathname);
  for (const section of ["/land", "/sectors", "/hubs", "/incentives", "/procedure", "/news", "/about", "/documents"]) {
    for (const locale of ["vi", "en"]) expect(paths).toContain(`/${locale}${section}`);
  }
});
