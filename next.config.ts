import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_FORM_BYTES } from "./lib/request-limits";

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
  // The end-to-end suite builds into its own folder so it never clobbers `npm run build`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  env: { PORTAL_BUILD_ID: buildId },
  // Type-checking is its own step of the test command (npm run typecheck);
  // builds (including the e2e and benchmark builds) do not repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // The proxy refuses larger form posts with a page; this also stops bodies sent without a length.
  experimental: { serverActions: { bodySizeLimit: MAX_FORM_BYTES }, authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
