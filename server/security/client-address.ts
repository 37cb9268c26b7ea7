import "server-only";
import { env } from "../env";

/**
 * The address of the client making a request, for rate limits. Each trusted
 * reverse proxy appends the address it saw to X-Forwarded-For (Next.js sets it
 * to the peer's address when there is no proxy), so the client is the entry
 * TRUSTED_PROXIES from the right; entries further left are the client's own
 * claims and are ignored.
 */
export function clientAddress(requestHeaders: Headers, trustedProxies = env.TRUSTED_PROXIES): string {
  const hops = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - trustedProxies)] ?? requestHeaders.get("x-real-ip") ?? "unknown";
}
