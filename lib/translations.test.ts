import { describe, expect, it } from "vitest";
import { localesFor, pickTranslation } from "./translations";

const rows = [
  { locale: "en", name: "Electronics" },
  { locale: "vi", name: "Điện tử" },
];

describe("pickTranslation", () => {
  it("returns the requested locale when it exists", () => {
    expect(pickTranslation(rows, "en").name).toBe("Electronics");
    expect(pickTranslation(rows, "vi").name).toBe("Điện tử");
  });

  it("falls back to Vietnamese for a locale with no translation yet", () => {
    expect(pickTranslation(rows, "ko").name).toBe("Điện tử");
  });

  it("falls back to any translation when even Vietnamese is missing", () => {
    expect(pickTranslation([{ locale: "en", name: "Only English" }], "ko").name).toBe("Only English");
  });

  it("refuses content with no translation at all", () => {
    expect(() => pickTranslation([], "vi")).toThrow(/no translation/);
  });
});

describe("localesFor", () => {
  it("loads the default locale alongside any other", () => {
    expect(localesFor("vi")).toEqual(["vi"]);
    expect(localesFor("en")).toEqual(["en", "vi"]);
    expect(localesFor("ko")).toEqual(["ko", "vi"]);
  });
});
