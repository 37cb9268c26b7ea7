import { describe, expect, it } from "vitest";
import { type CacheDecision, cacheControlFor, PRIVATE_NO_STORE, publicCacheControl } from "./cache-control";

const page = (overrides: Partial<CacheDecision> = {}): CacheDecision => ({
  method: "GET",
  path: "/vi/land",
  locales: ["vi", "en"],
  cookie: false,
  status: 200,
  given: "s-maxage=3600, stale-while-revalidate=31532400",
  setsCookie: false,
  publicSeconds: 30,
  ...overrides,
});

describe("cacheControlFor", () => {
  it("lets a shared cache keep a page Next.js serves from its cache, briefly", () => {
    expect(cacheControlFor(page())).toBe("public, s-maxage=30, stale-while-revalidate=30");
    expect(cacheControlFor(page({ path: "/en/land/BL-A-01", publicSeconds: 5 }))).toBe(publicCacheControl(5));
    expect(cacheControlFor(page({ status: 304 }))).toBe(publicCacheControl(30));
    expect(cacheControlFor(page({ method: "HEAD" }))).toBe(publicCacheControl(30));
  });

  it("lets a shared cache keep the comparison, rendered per request but the same for everyone", () => {
    const dynamic = "private, no-cache, no-store, max-age=0, must-revalidate";
    expect(cacheControlFor(page({ path: "/en/land/compare", given: dynamic }))).toBe(publicCacheControl(30));
    // Other pages rendered per request keep Next.js's answer.
    expect(cacheControlFor(page({ path: "/vi/inquire", given: dynamic }))).toBeUndefined();
  });

  it("keeps nothing of the back office, of a request with a cookie, or of a response that sets one", () => {
    expect(cacheControlFor(page({ path: "/vi/admin/parcels" }))).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor(page({ path: "/en/ADMIN" }))).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor(page({ cookie: true }))).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor(page({ path: "/vi/land/compare", cookie: true }))).toBe(PRIVATE_NO_STORE);
    expect(cacheControlFor(page({ setsCookie: true }))).toBe(PRIVATE_NO_STORE);
    expect(PRIVATE_NO_STORE).toBe("private, no-store");
  });

  it("leaves errors, posts and the routes that say it themselves as they are", () => {
    expect(cacheControlFor(page({ status: 404 }))).toBeUndefined();
    expect(cacheControlFor(page({ status: 500 }))).toBeUndefined();
    expect(cacheControlFor(page({ method: "POST" }))).toBeUndefined();
    expect(cacheControlFor(page({ path: "/api/parcels", given: publicCacheControl(30) }))).toBeUndefined();
    expect(cacheControlFor(page({ path: "/api/health", given: "no-store" }))).toBeUndefined();
  });
});
