// The front door in front of a stand-in for Next.js, over real HTTP.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { reportDatabaseReachable, reportDatabaseUnreachable } from "@/lib/database-status";
import { answerWithStatus, markActionStarted } from "@/lib/request-context";
import {
  IMAGE_UPLOAD_PATH,
  MAX_FORM_BYTES,
  MAX_IMAGE_BYTES,
  PARCEL_FORM_LIMITS,
  UPLOAD_LIMITS,
} from "@/lib/request-limits";
import { securityHeadersFor } from "@/lib/security-headers";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { createFrontDoor, frontDoorTexts } from "../../scripts/lib/front-door";

type Seen = { url: string; headers: IncomingMessage["headers"] };
let seen: Seen[] = [];
/** What the stand-in for Next.js does with the next request. */
let behave: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end("ok");

const servers: http.Server[] = [];
async function start(trustedProxies: number, siteUrl = "https://invest.example.vn") {
  const frontDoor = createFrontDoor({
    handle: async (req, res) => {
      seen.push({ url: req.url ?? "", headers: { ...req.headers } });
      // Like Next.js, it reads the body before answering.
      for await (const _chunk of req) {
      }
      behave(req, res);
    },
    siteUrl,
    trustedProxies,
    locales: ["vi", "en"],
    defaultLocale: "vi",
    texts: { vi: frontDoorTexts(vi), en: frontDoorTexts(en) },
  });
  const server = http.createServer((req, res) => void frontDoor(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let direct: string;
let behindProxy: string;
beforeAll(async () => {
  direct = await start(0);
  behindProxy = await start(1);
});
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));
afterEach(() => {
  seen = [];
  behave = (_req, res) => res.end("ok");
  reportDatabaseReachable();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const post = (origin: string, path: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, {
    method: "POST",
    body: form({ message: "Xin chào" }),
    headers: { Origin: "https://invest.example.vn", ...headers },
    redirect: "manual",
  });

/** Next.js's own answer to a failed plain form post. */
const failLikeNext = (res: ServerResponse) => {
  res.statusCode = 500;
  res.setHeader("Content-Type", "text/plain");
  res.end("Internal Server Error");
};

describe("the front door", () => {
  it("hands the app the connection's address when there is no proxy, whatever the client claims", async () => {
    await fetch(`${direct}/vi`, {
      headers: { "X-Forwarded-For": "6.6.6.6", "X-Portal-Client-Address": "7.7.7.7" },
    });
    expect(seen[0]?.headers["x-portal-client-address"]).toBe("127.0.0.1");
  });

  it("tells the app the page's language from the path, never the one a client names", async () => {
    await fetch(`${direct}/vi/admin/sign-in`, { method: "POST", headers: { "X-Next-Intl-Locale": "en" }, body: "a=1" });
    await fetch(`${direct}/api/health`, { headers: { "X-Next-Intl-Locale": "en" } });
    expect(seen.map((request) => request.headers["x-next-intl-locale"])).toEqual(["vi", undefined]);
  });

  it("behind one proxy, hands the app the address that proxy saw", async () => {
    await fetch(`${behindProxy}/vi`, { headers: { "X-Forwarded-For": "6.6.6.6, 203.0.113.5" } });
    expect(seen[0]?.headers["x-portal-client-address"]).toBe("203.0.113.5");
  });

  it("answers every request as the site's host, whatever Host and X-Forwarded-Host say", async () => {
    await new Promise<void>((resolve, reject) =>
      http
        .get(`${direct}/vi`, { headers: { Host: "evil.example", "X-Forwarded-Host": "evil.example" } }, (res) => {
          res.resume();
          res.on("end", resolve);
        })
        .on("error", reject),
    );
    expect(seen[0]?.headers).toMatchObject({
      host: "invest.example.vn",
      "x-forwarded-host": "invest.example.vn",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
    });
  });

  it("answers broken paths with 400 and impossible ones with 404, localized, without reaching the app", async () => {
    for (const [path, status, title] of [
      ["/vi/land/%E0%A4%A", 400, vi.FrontDoor.badRequest.title],
      ["/en/land/%2", 400, en.FrontDoor.badRequest.title],
      ["/vi/land/%25", 404, vi.NotFound.title],
      ["/en/a%25b", 404, en.NotFound.title],
    ] as const) {
      const response = await fetch(`${direct}${path}`);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain(`<title>${title}</title>`);
    }
    expect(seen).toHaveLength(0);
  });

  it("refuses posts from another origin (403) and lets the site's own through", async () => {
    const refused = await post(direct, "/en/inquire", { Origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(en.FrontDoor.crossSite.title);
    expect((await post(direct, "/en/inquire", { Origin: "null" })).status).toBe(403);
    expect(seen).toHaveLength(0);
    expect((await post(direct, "/en/inquire")).status).toBe(200);
    expect(seen[0]?.headers.origin).toBe("https://invest.example.vn");
  });

  it("takes any loopback name as the site when the site runs on loopback, and tells Next.js its canonical origin", async () => {
    const local = await start(0, "http://localhost:4321");
    const response = await post(local, "/vi/inquire", { Origin: "http://127.0.0.1:4321" });
    expect(response.status).toBe(200);
    expect(seen[0]?.headers).toMatchObject({ origin: "http://localhost:4321", host: "localhost:4321" });
  });

  it("refuses bodies over the limit (413) and posts without a length (411)", async () => {
    const large = await fetch(`${direct}/en/inquire`, {
      method: "POST",
      body: form({ message: "x".repeat(200_000) }),
      headers: { Origin: "https://invest.example.vn" },
    });
    expect(large.status).toBe(413);
    expect(await large.text()).toContain("128 KB");
    const chunked = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${direct}/en/inquire`,
        { method: "POST", headers: { "Transfer-Encoding": "chunked", "Content-Type": "multipart/form-data" } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      request.on("error", reject);
      request.end("abc");
    });
    expect(chunked).toBe(411);
    expect(seen).toHaveLength(0);
  });

  it("lets the upload path (and only it) take a file up to its own limit", async () => {
    const file = () => {
      const data = new FormData();
      data.append("file", new Blob([new Uint8Array(2 * 1024 * 1024)]), "decree.pdf");
      return data;
    };
    const upload = await fetch(`${direct}/api/admin/files`, {
      method: "POST",
      body: file(),
      headers: { Origin: "https://invest.example.vn" },
    });
    expect(upload.status).toBe(200);
    const elsewhere = await fetch(`${direct}/en/admin/content/legal-document/new`, {
      method: "POST",
      body: file(),
      headers: { Origin: "https://invest.example.vn" },
    });
    expect(elsewhere.status).toBe(413);
    const tooLarge = await fetch(`${direct}/api/admin/files`, {
      method: "POST",
      body: new Uint8Array(11 * 1024 * 1024),
      headers: { Origin: "https://invest.example.vn", "Content-Type": "application/octet-stream" },
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain("10 MB");
    expect(seen.map((request) => request.url)).toEqual(["/api/admin/files"]);
  });

  it("lets the image upload path take an image up to its own limit, and no more", async () => {
    const limits = UPLOAD_LIMITS[IMAGE_UPLOAD_PATH];
    if (!limits) throw new Error("the image path has no upload limit");
    const image = (bytes: number) => {
      const data = new FormData();
      data.append("file", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), "photo.jpg");
      return data;
    };
    const send = (path: string, body: FormData | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
      fetch(`${direct}${path}`, { method: "POST", body, headers: { Origin: "https://invest.example.vn", ...headers } });

    // The largest image with its multipart envelope fits under the body limit.
    expect((await send(IMAGE_UPLOAD_PATH, image(MAX_IMAGE_BYTES))).status).toBe(200);
    const tooLarge = await send(IMAGE_UPLOAD_PATH, new Uint8Array(limits.bodyBytes + 1), {
      "Content-Type": "application/octet-stream",
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain(`${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
    // Every other path keeps the form limit, the post pages included.
    for (const path of ["/vi/admin/posts/new", "/api/admin/images/other", "/api/images/x/480"]) {
      const elsewhere = await send(path, image(MAX_FORM_BYTES));
      expect(elsewhere.status, path).toBe(413);
      expect(await elsewhere.text()).toContain("128 KB");
    }
    expect(seen.map((request) => request.url)).toEqual([IMAGE_UPLOAD_PATH]);
  });

  it("lets the parcel form's pages take a boundary of a few hundred KB (pasted and uploaded), and no more", async () => {
    const boundary = (bytes: number) => {
      const data = new FormData();
      data.append("geometry", "x".repeat(bytes));
      data.append("geometryFile", new Blob([new Uint8Array(bytes)], { type: "application/geo+json" }), "b.geojson");
      return data;
    };
    const send = (path: string, body: FormData | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
      fetch(`${direct}${path}`, { method: "POST", body, headers: { Origin: "https://invest.example.vn", ...headers } });
    for (const path of ["/vi/admin/parcels/new", "/en/admin/parcels/BL-A-01"]) {
      expect((await send(path, boundary(400_000))).status, path).toBe(200);
    }
    const tooLarge = await send("/vi/admin/parcels/new", new Uint8Array(PARCEL_FORM_LIMITS.bodyBytes + 1), {
      "Content-Type": "application/octet-stream",
    });
    expect(tooLarge.status).toBe(413);
    // Other back-office pages keep the form limit.
    for (const path of ["/vi/admin/parcels", "/vi/admin/posts/new", "/vi/admin/parcels/new/x"]) {
      expect((await send(path, boundary(200_000))).status, path).toBe(413);
    }
    expect(seen.map((request) => request.url)).toEqual(["/vi/admin/parcels/new", "/en/admin/parcels/BL-A-01"]);
  });

  it("answers a form post that fails while the database is down with a localized 503: sending again is safe", async () => {
    behave = (_req, res) => {
      markActionStarted();
      reportDatabaseUnreachable();
      failLikeNext(res);
    };
    const response = await post(direct, "/vi/inquire");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain(vi.FrontDoor.formUnavailable.title);
    expect(html).toContain("việc gửi lại là an toàn");
    expect(html).not.toContain("Internal Server Error");
  });

  it("answers a post that never reached the portal's code (a malformed body) with 400, a failing action with 500", async () => {
    behave = (_req, res) => failLikeNext(res);
    const malformed = await post(direct, "/en/inquire");
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain(en.FrontDoor.badRequest.title);

    behave = (_req, res) => {
      markActionStarted();
      failLikeNext(res);
    };
    const failed = await post(direct, "/en/inquire");
    expect(failed.status).toBe(500);
    expect(await failed.text()).toContain(en.FrontDoor.formFailed.title);
  });

  it("explains an action of an older deployment instead of Next.js's plain text", async () => {
    behave = (_req, res) => {
      res.statusCode = 409;
      res.setHeader("Content-Type", "text/plain");
      res.end("Server Action unavailable.");
    };
    const response = await post(direct, "/en/inquire");
    expect(response.status).toBe(409);
    expect(await response.text()).toContain(en.FrontDoor.formOutdated.title);
  });

  it("gives the page answering a post the status its action asked for", async () => {
    behave = (_req, res) => {
      markActionStarted();
      answerWithStatus(503, { "Retry-After": "30" });
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.write("<p>The form, ");
      res.end("with what was typed</p>");
    };
    const response = await post(direct, "/en/inquire");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.text()).toBe("<p>The form, with what was typed</p>");
  });

  it("leaves JavaScript's action requests and every other answer to Next.js", async () => {
    behave = (_req, res) => failLikeNext(res);
    const fetched = await post(direct, "/en/inquire", { "Next-Action": "abc" });
    expect(fetched.status).toBe(500);
    expect(await fetched.text()).toBe("Internal Server Error");
    const page = await fetch(`${direct}/en/land`);
    expect(page.status).toBe(500);
    expect(await page.text()).toBe("Internal Server Error");
  });

  it("replaces the empty document Next.js sends for notFound() with a localized page that needs no JavaScript", async () => {
    behave = (_req, res) => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.write('<!DOCTYPE html><html id="__next_error__"><head></head>');
      res.end("<body><div hidden></div></body></html>");
    };
    const response = await fetch(`${direct}/vi/land/KHONG-CO`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain(`<h1>${vi.NotFound.title}</h1>`);
    expect(html).toContain('href="/vi"');
  });

  it("recognises that empty document when Next.js compressed it", async () => {
    behave = (_req, res) => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Encoding", "gzip");
      res.end(gzipSync('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>'));
    };
    const response = await fetch(`${direct}/en/land/NONE`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(`<h1>${en.NotFound.title}</h1>`);
  });

  it("replaces the empty document of forbidden() with a localized 403 page, for a page and for a refused form post", async () => {
    behave = (_req, res) => {
      res.statusCode = 403;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>');
    };
    const page = await fetch(`${direct}/en/admin/users`);
    expect(page.status).toBe(403);
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<h1>${en.Admin.forbidden.title}</h1>`);
    expect(html).toContain('href="/en/admin"');
    const post = await fetch(`${direct}/vi/admin/users/7`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "name=x",
    });
    expect(post.status).toBe(403);
    expect(await post.text()).toContain(`<h1>${vi.Admin.forbidden.title}</h1>`);
  });

  it("lets every other answer through as Next.js wrote it, a rendered 404 included", async () => {
    behave = (_req, res) => {
      res.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "X-Kept": "yes" });
      res.write("<html><body>");
      res.end("<h1>Not here</h1></body></html>");
    };
    const missing = await fetch(`${direct}/en/no-such-file`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-kept")).toBe("yes");
    expect(await missing.text()).toBe("<html><body><h1>Not here</h1></body></html>");
    behave = (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.write("streamed ");
      res.end("page");
    };
    expect(await (await fetch(`${direct}/en/land`)).text()).toBe("streamed page");
  });

  it("answers a failure of its own with a localized 500 page", async () => {
    behave = () => {
      throw new Error("boom");
    };
    const response = await fetch(`${direct}/en/land`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain(en.FrontDoor.serverError.title);
  });
});

describe("the front door's security headers", () => {
  let plainHttp: string;
  beforeAll(async () => {
    plainHttp = await start(0, "http://localhost:3000");
  });
  const publicPolicy = (https: boolean) =>
    securityHeadersFor({ path: "/vi", locales: ["vi", "en"], nonce: "-", https, dev: false }).response[
      "Content-Security-Policy"
    ];
  const nonceOf = (policy: string | null | undefined) =>
    /script-src 'nonce-([A-Za-z0-9+/]{22}==)' 'strict-dynamic'/.exec(policy ?? "")?.[1];

  it("sends the public policy and HSTS with every other answer, and drops a policy or nonce the client sent", async () => {
    behave = (_req, res) => {
      res.setHeader("Cache-Control", "s-maxage=3600");
      res.end("page");
    };
    const response = await fetch(`${direct}/vi/land`, {
      headers: { "Content-Security-Policy": "script-src 'nonce-chosenByTheClient'", "X-Nonce": "chosenByTheClient" },
    });
    expect(response.headers.get("content-security-policy")).toBe(publicPolicy(true));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    // A page Next.js serves from its cache may be kept by a shared cache, briefly (lib/cache-control.ts).
    expect(response.headers.get("cache-control")).toBe("public, s-maxage=30, stale-while-revalidate=30");
    expect(response.headers.get("x-robots-tag")).toBeNull();
    expect(seen[0]?.headers["content-security-policy"]).toBeUndefined();
    expect(seen[0]?.headers["x-nonce"]).toBeUndefined();
  });

  it("sends neither HSTS nor upgrade-insecure-requests when SITE_URL is http", async () => {
    for (const path of ["/vi", "/vi/admin"]) {
      const response = await fetch(`${plainHttp}${path}`);
      expect(response.headers.get("strict-transport-security")).toBeNull();
      expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    }
    expect((await fetch(`${plainHttp}/en`)).headers.get("content-security-policy")).toBe(publicPolicy(false));
  });

  it("hands Next.js the back office's policy with a fresh nonce, and answers with that same policy", async () => {
    const first = await fetch(`${direct}/vi/admin/sign-in`, {
      headers: { "Content-Security-Policy": "script-src 'nonce-chosenByTheClient'" },
    });
    const second = await fetch(`${direct}/en/admin`);
    const policies = [first, second].map((response) => response.headers.get("content-security-policy"));
    expect(seen.map((request) => request.headers["content-security-policy"])).toEqual(policies);
    const nonces = policies.map(nonceOf);
    expect(seen.map((request) => request.headers["x-nonce"])).toEqual(nonces);
    expect(nonces[0]).toBeDefined();
    expect(nonces[1]).toBeDefined();
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(policies[0]).not.toContain("chosenByTheClient");
    expect(first.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("keeps every back office answer out of caches and search engines, whatever Next.js says and however", async () => {
    const answers: ((res: ServerResponse) => void)[] = [
      (res) => {
        res.setHeader("Cache-Control", "public, s-maxage=31536000");
        res.end("cached page");
      },
      (res) => res.writeHead(307, { Location: "/vi/admin/sign-in", "cache-control": "public, max-age=300" }).end(),
      (res) => res.writeHead(200, "OK", ["Cache-Control", "max-age=60", "X-Kept", "yes"]).end("array head"),
      (res) => {
        res.statusCode = 500;
        res.end("Internal Server Error");
      },
    ];
    for (const answer of answers) {
      behave = (_req, res) => answer(res);
      const response = await fetch(`${direct}/vi/admin/inquiries`, { redirect: "manual" });
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
      expect(nonceOf(response.headers.get("content-security-policy"))).toBeDefined();
    }
  });

  it("keeps what Next.js hands writeHead otherwise, repeated cookies included", async () => {
    behave = (_req, res) =>
      res.writeHead(200, ["Set-Cookie", "a=1", "Set-Cookie", "b=2", "Content-Type", "text/plain"]).end("ok");
    const response = await fetch(`${direct}/en/admin/sign-in`);
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(response.headers.get("content-type")).toBe("text/plain");
    behave = (_req, res) => res.writeHead(201, { "X-Kept": "yes" }).end("ok");
    const created = await fetch(`${direct}/en/land`);
    expect(created.status).toBe(201);
    expect(created.headers.get("x-kept")).toBe("yes");
    expect(created.headers.get("content-security-policy")).toBe(publicPolicy(true));
  });

  it("puts them on its own pages too: refusals, broken paths and the page replacing Next.js's empty 404", async () => {
    const refused = await post(direct, "/vi/admin/sign-in", { Origin: "https://evil.example" });
    const broken = await fetch(`${direct}/en/admin/%25`);
    behave = (_req, res) => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Cache-Control", "public, max-age=60");
      res.end('<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>');
    };
    const missing = await fetch(`${direct}/vi/admin/nothing-here`);
    expect([refused.status, broken.status, missing.status]).toEqual([403, 404, 404]);
    for (const response of [refused, broken, missing]) {
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
      expect(nonceOf(response.headers.get("content-security-policy"))).toBeDefined();
    }
    expect(await missing.text()).toContain(`<h1>${vi.NotFound.title}</h1>`);
    const publicRefusal = await post(direct, "/vi/inquire", { Origin: "https://evil.example" });
    expect(publicRefusal.headers.get("content-security-policy")).toBe(publicPolicy(true));
    expect(publicRefusal.headers.get("cache-control")).toBe("no-store");
  });
});
