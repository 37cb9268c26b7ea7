import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inquiryErrorKeys, inquirySchemaFor } from "./inquiry";

const inquirySchema = inquirySchemaFor("en");

const valid = {
  fullName: "  Nguyễn Văn An ",
  organisation: "Công ty TNHH Điện tử Mẫu",
  position: "",
  country: "vn",
  email: " An.Nguyen@Example.COM ",
  phone: "+84 28 3822 0000",
  sector: "electronics",
  hub: "",
  parcels: "bl-a-01, BL-B-02 bl-a-01",
  capitalRange: "10m-50m",
  landArea: "2.5",
  landAreaUnit: "ha",
  expectedJobs: "",
  timeline: "within-12-months",
  message: "Chúng tôi cần\r\n\r\n\r\n\r\nkhoảng 2,5 ha.",
  consentProcessing: "on",
};

describe("inquirySchema", () => {
  it("accepts a complete form and normalizes it", () => {
    const parsed = inquirySchema.parse(valid);
    expect(parsed).toMatchObject({
      fullName: "Nguyễn Văn An",
      position: undefined,
      country: "VN",
      email: "an.nguyen@example.com",
      hub: undefined,
      parcels: ["BL-A-01", "BL-B-02"],
      landArea: 2.5,
      expectedJobs: undefined,
      message: "Chúng tôi cần\n\nkhoảng 2,5 ha.",
      consentNewsletter: false,
    });
  });

  it("stores decomposed Vietnamese as NFC", () => {
    const parsed = inquirySchema.parse({ ...valid, fullName: "Trần Thị Bích".normalize("NFD") });
    expect(parsed.fullName).toBe("Trần Thị Bích".normalize("NFC"));
  });

  it.each([
    ["fullName", "   ", "required"],
    ["email", "not-an-email", "email"],
    ["phone", "0909 123 456", "phone"],
    ["country", "Vietnam", "country"],
    ["country", "XX", "country"],
    ["country", "JA", "country"],
    ["country", "", "country"],
    ["capitalRange", "a lot", "required"],
    ["timeline", "", "required"],
    ["landArea", "-3", "number"],
    ["landArea", "0", "number"],
    ["landArea", "0x10", "number"],
    ["landArea", "1e3", "number"],
    ["landArea", "Infinity", "number"],
    ["expectedJobs", "0x10", "count"],
    ["expectedJobs", "12.5", "count"],
    ["expectedJobs", "-4", "count"],
    ["parcels", "<script>", "parcels"],
    ["message", "x".repeat(5_001), "tooLong"] as const,
    ["consentProcessing", undefined, "consent"],
  ])("rejects %s = %j with the message key %s", (field, value, key) => {
    const result = inquirySchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(key);
  });

  it("reads numbers as the page's language writes them; blank means not given", () => {
    const vi = inquirySchemaFor("vi");
    expect(vi.parse({ ...valid, landArea: "1,5" }).landArea).toBe(1.5);
    expect(vi.parse({ ...valid, landArea: "1.500", landAreaUnit: "m2" }).landArea).toBe(1500);
    expect(vi.parse({ ...valid, expectedJobs: "1.200" }).expectedJobs).toBe(1200);
    expect(inquirySchema.parse({ ...valid, landArea: "1.5" }).landArea).toBe(1.5);
    expect(inquirySchema.parse({ ...valid, expectedJobs: "1,200" }).expectedJobs).toBe(1200);
    expect(inquirySchema.parse({ ...valid, landArea: "   ", expectedJobs: " " })).toMatchObject({
      landArea: undefined,
      expectedJobs: undefined,
    });
    expect(inquirySchema.parse({ ...valid, expectedJobs: "0" }).expectedJobs).toBe(0);
  });

  it("requires consent to be given, never assumed", () => {
    expect(inquirySchema.safeParse({ ...valid, consentProcessing: "off" }).success).toBe(false);
    expect(inquirySchema.parse({ ...valid, consentNewsletter: "on" }).consentNewsletter).toBe(true);
  });

  it("never throws and only ever reports message keys (1,000 generated forms)", () => {
    const keys = new Set<string>(inquiryErrorKeys);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.keys(valid), "extra"), fc.oneof(fc.string(), fc.constant(undefined))),
        (form) => {
          const result = inquirySchema.safeParse({ ...valid, ...form });
          if (!result.success) for (const issue of result.error.issues) expect(keys).toContain(issue.message);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
