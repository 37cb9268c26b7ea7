import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Refreshing pages after a publication (server/revalidate.ts). Inside a
// request tags are revalidated directly; outside one (a scheduled post gone
// live in the job worker) the process signs a request to the app's internal
// route (app/api/internal/revalidate), which revalidates only published
// content's tags, only with a valid signature made in the last minute; and a
// few seconds later the tags are revalidated once more, through that route.

const next = vi.hoisted(() => ({ outsideRequest: false, tags: [] as string[] }));
vi.mock("next/cache", () => ({
  unstable_cache: (query: (...args: unknown[]) => unknown) => query,
  revalidateTag(tag: string) {
    if (next.outsideRequest) throw new Error(`Invariant: static generation store missing in revalidateTag("${tag}")`);
    next.tags.push(tag);
  },
}));

const { env } = await import("@/server/env");
const { revalidateEverywhere, revalidationSignature } = await import("@/server/revalidate");
const { POST } = await import("@/app/api/internal/revalidate/route");

const post = async (body: string, signature?: string) =>
  POST(
    new Request("http://localhost/api/internal/revalidate", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-portal-signature": signature ?? (await revalidationSignature(body)),
      },
      body,
    }),
  );

beforeEach(() => {
  next.outsideRequest = false;
  next.tags.length = 0;
});

describe("the internal revalidation route", () => {
  it("revalidates published content's tags in a request signed in the last minute", async () => {
    const response = await post(
      JSON.stringify({ tags: ["posts", "post:12", "content:sector", "hubs"], at: Date.now() }),
    );
    expect(response.status).toBe(204);
    expect(next.tags).toEqual(["posts", "post:12", "content:sector", "hubs"]);
  });

  it("refuses a wrong or missing signature", async () => {
    const body = JSON.stringify({ tags: ["posts"], at: Date.now() });
    expect((await post(body, "not-the-signature")).status).toBe(403);
    expect((await post(body, "")).status).toBe(403);
    const other = await revalidationSignature(JSON.stringify({ tags: ["post:1"], at: Date.now() }));
    expect((await post(body, other)).status).toBe(403);
    expect(next.tags).toEqual([]);
  });

  it("refuses an old request (a replay) and tags other than published content's", async () => {
    expect((await post(JSON.stringify({ tags: ["posts"], at: Date.now() - 120_000 }))).status).toBe(400);
    expect((await post(JSON.stringify({ tags: ["inquiries"], at: Date.now() }))).status).toBe(400);
    expect((await post(JSON.stringify({ tags: ["posts", "staff:1"], at: Date.now() }))).status).toBe(400);
    expect((await post(JSON.stringify({ tags: [], at: Date.now() }))).status).toBe(400);
    expect((await post("not json")).status).toBe(400);
    expect(next.tags).toEqual([]);
  });
});

describe("revalidateEverywhere", () => {
  let server: Server;
  const received: { status: number; tags: string[] }[] = [];

  beforeAll(async () => {
    // Stands in for the app: hands what it receives to the real route.
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString();
      const outside = next.outsideRequest;
      next.outsideRequest = false;
      const before = next.tags.length;
      const response = await post(body, String(req.headers["x-portal-signature"] ?? ""));
      next.outsideRequest = outside;
      received.push({ status: response.status, tags: next.tags.slice(before) });
      res.writeHead(response.status).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    (env as { PORTAL_INTERNAL_URL?: string }).PORTAL_INTERNAL_URL =
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    (env as { PORTAL_INTERNAL_URL?: string }).PORTAL_INTERNAL_URL = undefined;
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
  });

  it("revalidates directly inside a request", async () => {
    await revalidateEverywhere(["posts", "post:3", "posts"]);
    expect(next.tags).toEqual(["posts", "post:3"]);
    expect(received).toEqual([]);
  });

  it("outside a request, asks the app through the signed route", async () => {
    next.outsideRequest = true;
    await revalidateEverywhere(["posts", "post:4"]);
    expect(received).toEqual([{ status: 204, tags: ["posts", "post:4"] }]);
  });

  it("revalidates once more a moment later, for a render that was under way during the change", async () => {
    (env as { REVALIDATE_SETTLE_MS: number }).REVALIDATE_SETTLE_MS = 50;
    try {
      await revalidateEverywhere(["posts", "post:5"]);
      expect(next.tags).toEqual(["posts", "post:5"]);
      expect(received).toEqual([]);
      await vi.waitFor(() => expect(received).toEqual([{ status: 204, tags: ["posts", "post:5"] }]), {
        timeout: 5_000,
      });
    } finally {
      (env as { REVALIDATE_SETTLE_MS: number }).REVALIDATE_SETTLE_MS = 0;
    }
  });

  it("does not fail the publication when the app cannot be reached", async () => {
    next.outsideRequest = true;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    (env as { PORTAL_INTERNAL_URL?: string }).PORTAL_INTERNAL_URL = "http://127.0.0.1:9";
    try {
      await expect(revalidateEverywhere(["posts"])).resolves.toBeUndefined();
      expect(errors).toHaveBeenCalledWith(expect.stringContaining("Could not ask the app"));
    } finally {
      errors.mockRestore();
      (env as { PORTAL_INTERNAL_URL?: string }).PORTAL_INTERNAL_URL =
        `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }
  });
});
