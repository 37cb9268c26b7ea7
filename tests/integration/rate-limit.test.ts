import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { removeExpiredCounters, takeRateLimit } from "@/server/security/rate-limit";

beforeEach(() => db.rateLimitCounter.deleteMany());
afterAll(() => db.$disconnect());

const policy = { name: "test", limit: 3, windowMs: 400 };

describe("takeRateLimit", () => {
  it("allows the limit per client and window, then says when the window ends", async () => {
    const before = Date.now();
    for (let i = 0; i < 3; i++) expect(await takeRateLimit(policy, "203.0.113.1")).toEqual({ allowed: true });
    const refused = await takeRateLimit(policy, "203.0.113.1");
    if (refused.allowed) throw new Error("a fourth attempt was allowed");
    expect(refused.retryAt.getTime()).toBeGreaterThanOrEqual(before + policy.windowMs - 50);
    expect(refused.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + policy.windowMs + 50);
    // Other clients and other purposes count separately.
    expect(await takeRateLimit(policy, "203.0.113.2")).toEqual({ allowed: true });
    expect(await takeRateLimit({ ...policy, name: "other" }, "203.0.113.1")).toEqual({ allowed: true });
  });

  it("starts a new window once the old one has ended", async () => {
    for (let i = 0; i < 4; i++) await takeRateLimit(policy, "203.0.113.3");
    expect((await takeRateLimit(policy, "203.0.113.3")).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, policy.windowMs + 100));
    expect(await takeRateLimit(policy, "203.0.113.3")).toEqual({ allowed: true });
  });

  it("counts concurrent attempts exactly", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => takeRateLimit({ ...policy, windowMs: 60_000 }, "203.0.113.4")),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("stores no client address, and forgets ended windows", async () => {
    await takeRateLimit(policy, "198.51.100.77");
    const [counter] = await db.rateLimitCounter.findMany();
    expect(counter?.key).toMatch(/^test:[A-Za-z0-9_-]{43}$/);
    expect(counter?.key).not.toContain("198.51.100.77");
    await new Promise((resolve) => setTimeout(resolve, policy.windowMs + 100));
    expect(await removeExpiredCounters()).toBe(1);
    expect(await db.rateLimitCounter.count()).toBe(0);
  });
});
