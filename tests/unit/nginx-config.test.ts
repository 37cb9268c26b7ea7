// deploy/nginx.conf against what the app expects of its proxy
// (docs/decisions/020-several-instances.md); nginx itself checks the
// generated configuration in the cluster test (`nginx -t`).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  MAX_FORM_BYTES,
  PARCEL_FORM_LIMITS,
  PARCEL_FORM_PATH,
  UPLOAD_LIMITS,
  uploadLimitsFor,
} from "../../lib/request-limits";
import { fillTemplate, nginxConfig } from "../../scripts/lib/nginx-config";

const template = readFileSync(path.join(import.meta.dirname, "..", "..", "deploy", "nginx.conf"), "utf8");
const kib = (bytes: number) => `${bytes / 1024}k`;
/** The directives of the server block (not of its locations). */
const serverLevel = template.slice(template.indexOf("server {")).replace(/\n {4}location[^{]*\{[^}]*\}/g, "");

describe("deploy/nginx.conf", () => {
  it("limits bodies as lib/request-limits.ts does", () => {
    expect(serverLevel).toContain(`client_max_body_size ${kib(MAX_FORM_BYTES)};`);
    for (const [route, limits] of Object.entries(UPLOAD_LIMITS)) {
      const block = new RegExp(`location = ${route.replaceAll("/", "\\/")} \\{[^}]*\\}`).exec(template)?.[0];
      expect(block, route).toContain(`client_max_body_size ${kib(limits.bodyBytes)};`);
    }
    const formBlock = /location ~ "([^"]+)" \{[^}]*\}/.exec(template);
    expect(formBlock?.[0]).toContain(`client_max_body_size ${kib(PARCEL_FORM_LIMITS.bodyBytes)};`);
    const pattern = new RegExp(formBlock?.[1] ?? "$^");
    for (const sample of ["/vi/admin/parcels/new", "/en/admin/parcels/LA-001"]) {
      expect(pattern.test(sample), sample).toBe(PARCEL_FORM_PATH.test(sample));
      expect(uploadLimitsFor(sample)).toBe(PARCEL_FORM_LIMITS);
    }
  });

  it("keeps pages, their RSC payloads and prefetches apart in the cache", () => {
    const key = /proxy_cache_key "([^"]+)";/.exec(template)?.[1] ?? "";
    for (const part of [
      "$scheme",
      "$host",
      "$request_uri",
      "$http_rsc",
      "$http_next_router_state_tree",
      "$http_next_router_prefetch",
      "$http_next_router_segment_prefetch",
      "$http_next_url",
    ]) {
      expect(key).toContain(part);
    }
  });

  it("skips the cache for the back office and for any request with a cookie", () => {
    const privatePath = /map \$uri \$portal_private_path \{[^}]*?"~([^"]+)" 1;/.exec(template)?.[1] ?? "$^";
    for (const sample of ["/vi/admin", "/en/admin/parcels", "/ko/admin", "/admin"])
      expect(new RegExp(privatePath).test(sample)).toBe(true);
    for (const sample of ["/vi/land", "/vi/administration-fees"])
      expect(new RegExp(privatePath).test(sample)).toBe(false);
    expect(template).toMatch(/map \$http_cookie \$portal_has_cookie \{\s*default 1;\s*"" 0;/);
    expect(template).toMatch(/proxy_cache_bypass \$portal_skip_cache;/);
    expect(template).toMatch(/proxy_no_cache \$portal_skip_cache \$portal_not_public;/);
  });

  it("retries only what nginx may resend, and passes the client's address", () => {
    expect(template).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    expect(template).not.toMatch(/^\s*proxy_next_upstream [^;]*non_idempotent/m);
    expect(template).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    expect(template).toContain("proxy_set_header X-Forwarded-Proto $scheme;");
    expect(template).toContain("proxy_set_header Host $host;");
    // Corked sendfile stalls cached pages over 64 KiB by 40 ms each.
    expect(serverLevel).toContain("tcp_nopush off;");
  });

  it("is filled in with a trial's ports and folder", () => {
    const filled = fillTemplate(template, { port: 3240, instancePorts: [3241, 3242], dir: "/tmp/trial" });
    expect(filled).toContain("server 127.0.0.1:3241 max_fails=1 fail_timeout=5s;");
    expect(filled).toContain("server 127.0.0.1:3242 max_fails=1 fail_timeout=5s;");
    expect(filled).not.toContain("127.0.0.1:3003");
    expect(filled).toContain("listen 127.0.0.1:3240;");
    expect(filled).not.toContain("listen 80;");
    expect(filled).toContain("/tmp/trial/cache");
    expect(filled).not.toContain("/var/");
    expect(nginxConfig({ port: 3240, instancePorts: [3241], dir: "/tmp/trial" })).toMatch(/^http \{$/m);
  });

  // CI installs nginx (.ci/run); elsewhere without it, the cluster test fails instead.
  it.skipIf(spawnSync("nginx", ["-v"]).error !== undefined)("is a configuration nginx accepts", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "portal-nginx-test-"));
    try {
      const file = path.join(dir, "nginx.conf");
      writeFileSync(file, nginxConfig({ port: 3240, instancePorts: [3241, 3242, 3243], dir }));
      const check = spawnSync("nginx", ["-t", "-q", "-c", file, "-e", path.join(dir, "error.log")], {
        encoding: "utf8",
      });
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
