import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderNoticePage } from "./notice-page";
import { isBackOfficePath, newNonce, noticePageStyleHash, securityHeadersFor } from "./security-headers";

const locales = ["vi", "en"];
const nonce = "c2VjdXJpdHktaGVhZGVycw==";
const headersFor = (path: string, flags: { https?: boolean; dev?: boolean } = {}) =>
  securityHeadersFor({ path, locales, nonce, https: flags.https ?? false, dev: flags.dev ?? false });
const directivesOf = (policy: string | undefined) =>
  Object.fromEntries(
    (policy ?? "").split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );

describe("isBackOfficePath", () => {
  it("is /{locale}/admin and everything below it", () => {
    for (const path of ["/vi/admin", "/en/admin/", "/vi/admin/sign-in", "/en/admin/parcels/BL-A-01/edit"]) {
      expect(isBackOfficePath(path, locales), path).toBe(true);
    }
  });

  it("sees through case, percent-encoding and repeated slashes", () => {
    for (const path of ["/VI/Admin", "/vi/%61dmin/sign-in", "//vi//admin"]) {
      expect(isBackOfficePath(path, locales), path).toBe(true);
    }
  });

  it("is nothing else", () => {
    for (const path of [
      "/",
      "/admin",
      "/vi",
      "/vi/administration",
      "/vi/land/admin",
      "/ko/admin",
      "/api/admin",
      "/%",
    ]) {
      expect(isBackOfficePath(path, locales), path).toBe(false);
    }
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const value of [...nonces].slice(0, 20)) {
      expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(value, "base64")).toHaveLength(16);
    }
  });
});

describe("securityHeadersFor, the back office", () => {
  it("allows scripts by this request's nonce only, and styles from the site's stylesheets", () => {
    const { response } = headersFor("/vi/admin/sign-in");
    expect(response["Content-Security-Policy"]).toBe(
      [
        "default-src 'self'",
        `script-src 'nonce-${nonce}' 'strict-dynamic'`,
        `style-src 'self' 'nonce-${nonce}' ${noticePageStyleHash}`,
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
  });

  it("is never indexed nor stored", () => {
    const { response } = headersFor("/en/admin");
    expect(response["X-Robots-Tag"]).toBe("noindex, nofollow");
    expect(response["Cache-Control"]).toBe("private, no-store");
  });

  it("hands Next.js the policy, whose nonce it puts on its scripts, and the nonce itself", () => {
    const { request, response } = headersFor("/vi/admin/inquiries");
    expect(request["content-security-policy"]).toBe(response["Content-Security-Policy"]);
    expect(request["x-nonce"]).toBe(nonce);
    expect(request["content-security-policy-report-only"]).toBeUndefined();
  });

  it("in development also allows eval (React's error stacks) and inline styles (Next.js's dev tools)", () => {
    const directives = directivesOf(headersFor("/vi/admin", { dev: true }).response["Content-Security-Policy"]);
    expect(directives["script-src"]).toEqual([`'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(directives["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
  });
});

describe("securityHeadersFor, everything else", () => {
  it("allows inline scripts, as prerendered pages cannot carry a nonce, but no event handlers or other origins", () => {
    const { response } = headersFor("/vi");
    expect(response["Content-Security-Policy"]).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "script-src-attr 'none'",
        `style-src 'self' ${noticePageStyleHash}`,
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
  });

  it("is the same policy on every public page, file and API", () => {
    const policy = headersFor("/vi").response["Content-Security-Policy"];
    for (const path of ["/en/land/BL-A-01", "/vi/inquire", "/api/parcels", "/_next/static/chunks/a.js", "/admin"]) {
      expect(headersFor(path).response, path).toEqual({ "Content-Security-Policy": policy });
    }
  });

  it("puts no nonce on the request and drops any the client sent", () => {
    expect(headersFor("/en/inquire").request).toEqual({
      "content-security-policy": undefined,
      "content-security-policy-report-only": undefined,
      "x-nonce": undefined,
    });
  });

  it("in development also allows eval and inline styles", () => {
    const directives = directivesOf(headersFor("/en", { dev: true }).response["Content-Security-Policy"]);
    expect(directives["script-src"]).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(directives["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("securityHeadersFor on https", () => {
  it("adds HSTS and upgrade-insecure-requests everywhere, only when SITE_URL is https", () => {
    for (const path of ["/vi", "/vi/admin", "/api/health"]) {
      const secure = headersFor(path, { https: true }).response;
      expect(secure["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
      expect(secure["Content-Security-Policy"]).toMatch(/; upgrade-insecure-requests$/);
      const plain = headersFor(path).response;
      expect(plain["Strict-Transport-Security"]).toBeUndefined();
      expect(plain["Content-Security-Policy"]).not.toContain("upgrade-insecure-requests");
    }
  });
});

describe("noticePageStyleHash", () => {
  it("is the hash of the notice pages' inline stylesheet, whatever their texts", () => {
    const page = renderNoticePage("en", { title: "Gone", body: "Try later", link: "Home" }, "/en");
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
    expect(style).toContain("body{");
    expect(noticePageStyleHash).toBe(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
  });
});
