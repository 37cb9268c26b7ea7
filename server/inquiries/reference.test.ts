import { describe, expect, it } from "vitest";
import { newInquiryReference, REFERENCE_PATTERN } from "./reference";

describe("newInquiryReference", () => {
  it("has the year and six unambiguous characters", () => {
    const reference = newInquiryReference(new Date("2026-11-24T10:00:00Z"));
    expect(reference).toMatch(/^LA-2026-/);
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.slice(-6)).not.toMatch(/[01ILOU]/);
  });

  it("does not repeat across ten thousand draws", () => {
    const references = new Set(Array.from({ length: 10_000 }, () => newInquiryReference()));
    expect(references.size).toBe(10_000);
  });
});
