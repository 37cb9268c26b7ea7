// Decisions the front door (scripts/lib/front-door.ts) takes on every request
// before Next.js sees it, as pure functions (docs/decisions/008-front-door.md).

/** The header in which the front door hands the client's address to the app. */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/**
 * The client's address. Each trusted reverse proxy appends the address it saw
 * to X-Forwarded-For; the connection itself comes from the last proxy (or from
 * the client when there is none). So with `trustedProxies` proxies in front,
 * the client is that many hops back from the connection; anything further left
 * is the client's own claim and is ignored.
 */
export function clientAddressOf(options: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: number;
}): string {
  const claimed = [options.forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = [...claimed, normalizeAddress(options.socketAddress ?? "unknown")];
  return hops[Math.max(0, hops.length - 1 - options.trustedProxies)] ?? "unknown";
}

/** "::ffff:203.0.113.5" (IPv4 over an IPv6 socket) → "203.0.113.5". */
function normalizeAddress(address: string) {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether an Origin header names the site. A portal on a loopback SITE_URL
 * (development, tests) accepts every loopback name for the same port, as
 * browsers may be pointed at any of them.
 */
export function isSiteOrigin(origin: string, siteUrl: string): boolean {
  let given: URL;
  try {
    given = new URL(origin);
  } catch {
    return false;
  }
  const site = new URL(siteUrl);
  if (given.origin === site.origin) return true;
  return (
    given.protocol === site.protocol &&
    given.port === site.port &&
    loopbackHosts.has(given.hostname) &&
    loopbackHosts.has(site.hostname)
  );
}

/**
 * Whether a path can name a page: 400 when its percent-encoding is broken,
 * 404 when a segment decodes to something no route accepts (a "%" or a
 * control character: Next.js would decode such a segment a second time and
 * fail with a 500), null when it may go on.
 */
export function pathProblem(pathname: string): 400 | 404 | null {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 400;
    }
    if (decoded.includes("%") || /[\p{Cc}]/u.test(decoded)) return 404;
  }
  return null;
}

/**
 * The language to answer a request in when no page does: the path's locale,
 * else the browser's first preference, else the default.
 */
export function requestLocale(
  pathname: string,
  acceptLanguage: string | null | undefined,
  locales: readonly string[],
  defaultLocale: string,
): string {
  const segment = pathname.split("/")[1] ?? "";
  if (locales.includes(segment)) return segment;
  const preferred = acceptLanguage?.split(",")[0]?.trim().slice(0, 2).toLowerCase() ?? "";
  return locales.includes(preferred) ? preferred : defaultLocale;
}
