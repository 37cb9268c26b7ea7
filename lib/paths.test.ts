import { describe, expect, it } from "vitest";
import { isSitePath, localePath, withoutLocale } from "./paths";

describe("localePath", () => {
  it.each([
    ["/", "vi", "/vi"],
    ["/#sectors", "en", "/en#sectors"],
    ["/?q=1", "en", "/en?q=1"],
    ["/land", "vi", "/vi/land"],
    ["/land?hub=ben-luc#map", "en", "/en/land?hub=ben-luc#map"],
  ])("%s in %s is %s", (path, locale, expected) => {
    expect(localePath(locale, path)).toBe(expected);
  });
});

describe("withoutLocale", () => {
  const locales = ["vi", "en"];
  it.each([
    ["/vi", "/"],
    ["/en/land/BL-A-07", "/land/BL-A-07"],
    ["/fr/land", "/fr/land"],
    ["/", "/"],
  ])("%s → %s", (pathname, expected) => {
    expect(withoutLocale(pathname, locales)).toBe(expected);
  });
});

describe("isSitePath", () => {
  it("accepts this site's paths and refuses what a browser would read as another host", () => {
    expect(isSitePath("/en/hubs/ben-luc?x=1#transport-link-ring-road-3")).toBe(true);
    expect(isSitePath("/vi")).toBe(true);
    for (const path of ["//evil.example", "/\\evil.example", "https://evil.example/", "en/hubs", "", "/a\nb"]) {
      expect(isSitePath(path), path).toBe(false);
    }
  });
});
