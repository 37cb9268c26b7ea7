import { describe, expect, it } from "vitest";
import { newInquiryReference, REFERENCE_PATTERN } from "./reference";

describe("newInquiryReference", () => {
  it("has the year and six unambiguous characters", () => {
    const reference = newInquiryReference(new Date("2026-11-24T10:00:00Z"));
    expect(reference).toMatch(/^LA-2026-/);
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.slice(-6)).not.toMatch(/[01ILOU]/);
  });

  it("draws from the whole alphabet, evenly enough to be unguessable", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3_000; i++) {
      for (const char of newInquiryReference().slice(-6)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    // 18,000 characters over 30 symbols: about 600 each; a skewed source would show.
    expect(counts.size).toBe(30);
    for (const count of counts.values()) expect(count).toBeGreaterThan(400);
    // (Two inquiries drawing the same reference is possible but rare; createInquiry draws again.)
  });
});
