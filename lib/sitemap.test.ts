import { describe, expect, it } from "vitest";
import { fixedPublicPaths, robotsFile, sitemapEntries } from "./sitemap";

const site = "https://invest.example.vn";

describe("sitemapEntries", () => {
  it("lists each page in every locale, each naming all language versions", () => {
    const entries = sitemapEntries(site, [{ path: "/" }, { path: "/land/BL-A-01", lastModified: "2026-06-01" }]);
    expect(entries.map((e) => e.url)).toEqual([
      `${site}/vi`,
      `${site}/en`,
      `${site}/vi/land/BL-A-01`,
      `${site}/en/land/BL-A-01`,
    ]);
    const languages = {
      vi: `${site}/vi/land/BL-A-01`,
      en: `${site}/en/land/BL-A-01`,
      "x-default": `${site}/vi/land/BL-A-01`,
    };
    expect(entries[2]).toEqual({
      url: `${site}/vi/land/BL-A-01`,
      lastModified: "2026-06-01",
      alternates: { languages },
    });
    expect(entries[3]?.alternates?.languages).toEqual(languages);
    expect(entries[0]).not.toHaveProperty("lastModified");
    expect(entries[0]?.alternates?.languages).toEqual({
      vi: `${site}/vi`,
      en: `${site}/en`,
      "x-default": `${site}/vi`,
    });
  });

  it("gives a page whose path differs by language each locale's own path", () => {
    const entries = sitemapEntries(site, [
      { path: "/news/dien-dan", paths: { vi: "/news/dien-dan", en: "/news/forum" }, lastModified: "2026-06-02" },
      { path: "/news/chi-tieng-viet", paths: { vi: "/news/chi-tieng-viet" } },
    ]);
    expect(entries.map((e) => e.url)).toEqual([
      `${site}/vi/news/dien-dan`,
      `${site}/en/news/forum`,
      `${site}/vi/news/chi-tieng-viet`,
      `${site}/en/news/chi-tieng-viet`,
    ]);
    expect(entries[1]?.alternates?.languages).toEqual({
      vi: `${site}/vi/news/dien-dan`,
      en: `${site}/en/news/forum`,
      "x-default": `${site}/vi/news/dien-dan`,
    });
  });

  it("names every fixed public page once", () => {
    expect(new Set(fixedPublicPaths).size).toBe(fixedPublicPaths.length);
    expect(fixedPublicPaths).toEqual(expect.arrayContaining(["/", "/incentives/estimate", "/search", "/documents"]));
    expect(fixedPublicPaths.some((path) => path.includes("admin"))).toBe(false);
  });
});

describe("robotsFile", () => {
  it("keeps crawlers out of the back office and points to the sitemap", () => {
    expect(robotsFile(site)).toEqual({
      rules: { userAgent: "*", allow: "/", disallow: ["/*/admin", "/api/admin"] },
      sitemap: `${site}/sitemap.xml`,
    });
  });
});
