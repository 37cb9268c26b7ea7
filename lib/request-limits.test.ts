import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_FORM_BYTES } from "./request-limits";

describe("MAX_FORM_BYTES", () => {
  it("is within what the proxy's matcher sends to the size check", () => {
    // proxy.ts runs for posts whose Content-Length has at least N digits.
    const source = readFileSync("proxy.ts", "utf8");
    const digits = Number(/key: "content-length", value: "\\\\d\{(\d+),\}"/.exec(source)?.[1]);
    expect(digits).toBeGreaterThan(0);
    expect(10 ** (digits - 1)).toBeLessThanOrEqual(MAX_FORM_BYTES);
  });
});
