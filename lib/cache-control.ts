// Who may keep a response (docs/decisions/019-cacheable-catalogue.md). The
// front door (scripts/lib/front-door.ts) decides for every page; the open-data
// routes set the same public header themselves.
import { isBackOfficePath } from "./security-headers";

/** For anything personal or in the back office: no cache keeps it, not even the browser's. */
export const PRIVATE_NO_STORE = "private, no-store";

/**
 * What a shared cache (the reverse proxy) may do with a public response: keep
 * it `seconds` (edits show within that time; the app's own cache is refreshed
 * by tag at once), then serve it once more while it fetches a fresh copy.
 */
export function publicCacheControl(seconds: number): string {
  return `public, s-maxage=${seconds}, stale-while-revalidate=${seconds}`;
}

/**
 * Public pages rendered per request whose answer depends on the URL alone
 * (their query included) and on nothing personal: the comparison of parcels
 * (`/land/compare?codes=…`).
 */
const PUBLIC_DYNAMIC = /^\/[a-z]{2}\/land\/compare\/?$/;

export type CacheDecision = {
  method: string;
  /** The request's path, without its query. */
  path: string;
  locales: readonly string[];
  /** Whether the request carries any cookie (a staff session, draft mode). */
  cookie: boolean;
  status: number;
  /** The response's Cache-Control as Next.js set it. */
  given: string | undefined;
  /** Whether the response sets a cookie. */
  setsCookie: boolean;
  publicSeconds: number;
};

/**
 * The Cache-Control a response leaves with, or undefined to keep Next.js's.
 * The back office, and any response to a request with a cookie or that sets
 * one, is private and never stored. A public page Next.js serves from its
 * own cache (prerendered or regenerated: it says `s-maxage`), and the public
 * pages rendered per request that read nothing personal, may be kept by a
 * shared cache for `publicSeconds`. Everything else keeps what Next.js or the
 * route set (the open data's own public header; no-store on pages rendered
 * per request).
 */
export function cacheControlFor(r: CacheDecision): string | undefined {
  if (isBackOfficePath(r.path, r.locales) || r.cookie || r.setsCookie) return PRIVATE_NO_STORE;
  if ((r.method !== "GET" && r.method !== "HEAD") || (r.status !== 200 && r.status !== 304)) return undefined;
  if (r.given?.includes("s-maxage") && !r.given.startsWith("public")) return publicCacheControl(r.publicSeconds);
  if (PUBLIC_DYNAMIC.test(r.path)) return publicCacheControl(r.publicSeconds);
  return undefined;
}
