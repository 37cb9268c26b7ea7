import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_FORM_BYTES, PARCEL_FORM_LIMITS } from "./lib/request-limits";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// A new identifier per build, compiled into the server code: cached data is
// keyed by it, so a deployment never reads entries shaped by older code.
const buildId = process.env.PORTAL_BUILD_ID ?? crypto.randomUUID();

// The headers that are the same on every response. Content-Security-Policy,
// HSTS and the back office's X-Robots-Tag and Cache-Control depend on the
// request and SITE_URL: the front door sets them (lib/security-headers.ts,
// docs/decisions/012-content-security-policy.md). Never add a CSP here: a
// browser enforces every policy it receives, so pages would get both.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // Every instance of one deployment answers with the same id (README.md,
  // "Production layout"): a browser holding an older deployment's pages
  // loads the next page in full instead of mixing the two.
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  // The end-to-end suite builds into its own folder so it never clobbers `npm run build`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  env: { PORTAL_BUILD_ID: buildId },
  // Type-checking is its own step of the test command (npm run typecheck);
  // builds (including the e2e and benchmark builds) do not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // The proxy refuses larger form posts with a page (each path its own limit,
  // lib/request-limits.ts); this also stops bodies sent without a length. The
  // largest form an action takes is the parcel form's.
  experimental: {
    serverActions: { bodySizeLimit: Math.max(MAX_FORM_BYTES, PARCEL_FORM_LIMITS.bodyBytes) },
    authInterrupts: true,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// Several instances share Next.js's cache in Redis (cache-handler.mjs,
// docs/decisions/020-several-instances.md), with no copy in each process's
// memory that a revalidation elsewhere would miss. Not for the build, whose
// prerendered pages go into the build folder as without REDIS_URL.
const sharedCache = (phase: string): NextConfig =>
  process.env.REDIS_URL && phase !== PHASE_PRODUCTION_BUILD
    ? { cacheHandler: path.join(import.meta.dirname, "cache-handler.mjs"), cacheMaxMemorySize: 0 }
    : {};

export default (phase: string) => withNextIntl({ ...nextConfig, ...sharedCache(phase) });
