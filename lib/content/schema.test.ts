import { describe, expect, it } from "vitest";
import { missingTranslations, textIn } from "./kinds";
import { completeDoc, contentDocSchema, docToFormValues, refsOf } from "./schema";

const link = {
  hub: "can-giuoc",
  type: "seaport",
  "name.vi": "Cảng Quốc tế Long An",
  "name.en": "",
  distanceKm: "12,5",
  "measured.vi": "Theo đường bộ",
  status: "open",
  asOf: "2026-11-30",
  source: "qdnd.vn",
  latitude: "10.545",
  longitude: "106.735",
};

describe("content schema", () => {
  it("turns posted fields into the stored document", () => {
    const doc = contentDocSchema("transport-link").parse(link);
    expect(doc).toMatchObject({ name: { vi: "Cảng Quốc tế Long An", en: "" }, distanceKm: 12.5, status: "open" });
    expect(doc.note).toEqual({ vi: "", en: "" });
    expect(missingTranslations("transport-link", doc)).toEqual(["name", "measured"]);
    expect(textIn(doc.name, "en")).toEqual({ text: "Cảng Quốc tế Long An", lang: "vi" });
    expect(refsOf("transport-link", doc)).toEqual([["hub", "hub", "can-giuoc"]]);
  });

  it("refuses each bad field with its own message key", () => {
    const result = contentDocSchema("transport-link").safeParse({
      ...link,
      "name.vi": " ",
      distanceKm: "-3",
      status: "closed",
      asOf: "2026-02-30",
      hub: "Bến Lức",
    });
    expect(result.success).toBe(false);
    const errors = Object.fromEntries(result.error?.issues.map((i) => [String(i.path[0]), i.message]) ?? []);
    expect(errors).toMatchObject({
      "name.vi": "required",
      distanceKm: "decimalNumber",
      status: "invalid",
      asOf: "date",
      hub: "invalid",
    });
  });

  it("reads an older document with fields added since as empty", () => {
    const doc = completeDoc("transport-link", { name: { vi: "A" } });
    expect(doc.name).toEqual({ vi: "A", en: "" });
    expect(doc.note).toEqual({ vi: "", en: "" });
    expect(doc.distanceKm).toBeNull();
    expect(docToFormValues("transport-link", contentDocSchema("transport-link").parse(link), "vi").distanceKm).toBe(
      "12,5",
    );
  });
});
