// The headers the front door (scripts/lib/front-door.ts) puts on every
// response and, for the back office, on the request Next.js renders from:
// Content-Security-Policy, HSTS, and the back office's no-index and no-store
// (docs/decisions/012-content-security-policy.md). next.config.ts sets the
// few headers that are the same everywhere; none of these are there.
import { createHash, randomBytes } from "node:crypto";
import { renderNoticePage } from "./notice-page";

export type SecurityHeaderOptions = {
  /** The request's path, without its query. */
  path: string;
  locales: readonly string[];
  /** This request's nonce (newNonce()); used on the back office only. */
  nonce: string;
  /** Whether SITE_URL is https: then HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** `npm run dev`: what Next.js's development server needs besides. */
  dev: boolean;
};

export type SecurityHeaders = {
  /**
   * Set on the request handed to Next.js, replacing whatever the client sent
   * under these names (undefined: removed). Next.js reads the nonce it puts on
   * its scripts from the request's Content-Security-Policy.
   */
  request: Record<(typeof requestHeaderNames)[number], string | undefined>;
  /** Set on the response over whatever Next.js set. */
  response: Record<string, string>;
};

/** Request headers only the front door may set: a client's own are dropped. */
export const requestHeaderNames = [
  "content-security-policy",
  "content-security-policy-report-only",
  "x-nonce",
] as const;

/** A fresh, unpredictable nonce: 128 random bits, base64. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** Whether a path is in the back office: /{locale}/admin and everything below it. */
export function isBackOfficePath(path: string, locales: readonly string[]): boolean {
  const segments = path
    .split("/")
    .filter(Boolean)
    .slice(0, 2)
    .map((segment) => {
      try {
        return decodeURIComponent(segment).toLowerCase();
      } catch {
        return segment.toLowerCase();
      }
    });
  return segments.length === 2 && locales.includes(segments[0] ?? "") && segments[1] === "admin";
}

/**
 * The front door's own pages and the proxy's 503 (lib/notice-page.ts) carry
 * one fixed inline <style>; both policies allow exactly that stylesheet by
 * its hash, computed from the page itself so it follows any change there.
 */
export const noticePageStyleHash = (() => {
  const page = renderNoticePage("vi", { title: "", body: "", link: "" }, "/");
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
  return `'sha256-${createHash("sha256").update(style, "utf8").digest("base64")}'`;
})();

const HSTS = "max-age=63072000; includeSubDomains";

/** The headers for one request; see SecurityHeaders. */
export function securityHeadersFor(options: SecurityHeaderOptions): SecurityHeaders {
  const backOffice = isBackOfficePath(options.path, options.locales);
  const policy = backOffice ? backOfficePolicy(options) : publicPolicy(options);
  const response: Record<string, string> = { "Content-Security-Policy": policy };
  if (options.https) response["Strict-Transport-Security"] = HSTS;
  if (backOffice) {
    response["X-Robots-Tag"] = "noindex, nofollow";
    response["Cache-Control"] = "private, no-store";
  }
  return {
    request: {
      "content-security-policy": backOffice ? policy : undefined,
      "content-security-policy-report-only": undefined,
      "x-nonce": backOffice ? options.nonce : undefined,
    },
    response,
  };
}

/**
 * The back office, rendered per request: scripts run only with this
 * request's nonce (Next.js puts it on its own) or when loaded by one that has
 * it ('strict-dynamic'); styles only from the site's stylesheets.
 */
function backOfficePolicy({ nonce, https, dev }: SecurityHeaderOptions): string {
  const nonceSource = `'nonce-${nonce}'`;
  return serialize(
    {
      "default-src": ["'self'"],
      // Development: React rebuilds server error stacks with eval.
      "script-src": [nonceSource, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
      // Development: Next.js's dev tools inject <style> elements without the
      // nonce (and a nonce would make browsers ignore 'unsafe-inline').
      "style-src": ["'self'", ...(dev ? ["'unsafe-inline'"] : [nonceSource, noticePageStyleHash])],
      ...common,
    },
    https,
  );
}

/**
 * Public pages, most of them prerendered: no nonce is possible in HTML built
 * before the request, and Next.js's inline scripts (the page's data, pushed
 * to self.__next_f) differ per page and per revalidation, so inline scripts
 * are allowed; scripts from elsewhere, inline event handlers, plugins, <base>
 * and framing are not.
 */
function publicPolicy({ https, dev }: SecurityHeaderOptions): string {
  return serialize(
    {
      "default-src": ["'self'"],
      "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
      "script-src-attr": ["'none'"],
      "style-src": ["'self'", ...(dev ? ["'unsafe-inline'"] : [noticePageStyleHash])],
      // The parcel maps' legends colour their swatches with style attributes
      // (components/parcels/parcel-map.tsx); <style> elements stay refused.
      "style-src-attr": ["'unsafe-inline'"],
      ...common,
    },
    https,
  );
}

/** What both policies share. */
const common = {
  "img-src": ["'self'", "data:"],
  // 'self' also covers the development server's WebSocket (same host, ws:).
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

function serialize(directives: Record<string, string[]>, https: boolean): string {
  const parts = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(" ")}`);
  if (https) parts.push("upgrade-insecure-requests");
  return parts.join("; ");
}
