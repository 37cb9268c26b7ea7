import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows up to the limit per window, then says when to retry", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 1_000 });
    expect(limiter.take("a", 0)).toEqual({ allowed: true });
    expect(limiter.take("a", 100)).toEqual({ allowed: true });
    expect(limiter.take("a", 200)).toEqual({ allowed: false, retryAfterMs: 800 });
    expect(limiter.take("b", 200)).toEqual({ allowed: true });
    expect(limiter.take("a", 1_000)).toEqual({ allowed: true });
  });
});
