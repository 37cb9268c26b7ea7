import { expect, test } from "@playwright/test";

// What ties the public site together: header, footer, sitemap, robots.txt, print.

test.describe("header", () => {
  test("links every section to its page and marks the current one", async ({ page, isMobile }) => {
    await page.goto("/vi/incentives/estimate");
    if (isMobile) await page.getByText("Danh mục", { exact: true }).click();
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    const links = nav.getByRole("link");
    await expect(links).toHaveText([
      "Trang chủ",
      "Quỹ đất",
      "Ngành ưu tiên",
      "Đầu mối logistics",
      "Ưu đãi đầu tư",
      "Thủ tục đầu tư",
      "Tin tức",
      "Giới thiệu",
      "Gửi yêu cầu",
    ]);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual([
      "/vi",
      "/vi/land",
      "/vi/sectors",
      "/vi/hubs",
      "/vi/incentives",
      "/vi/procedure",
      "/vi/news",
      "/vi/about",
      "/vi/inquire",
    ]);
    // A page inside a section marks the section; the section's own page is the page.
    await expect(nav.getByRole("link", { name: "Ưu đãi đầu tư" })).toHaveAttribute("aria-current", "true");
    await expect(nav.locator("[aria-current]")).toHaveCount(1);
    await page.goto("/vi");
    if (isMobile) await page.getByText("Danh mục", { exact: true }).click();
    await expect(nav.getByRole("link", { name: "Trang chủ" })).toHaveAttribute("aria-current", "page");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("searches the site with a GET form", async ({ page, isMobile }) => {
      await page.goto("/en/land");
      if (isMobile) await page.getByText("Menu", { exact: true }).click();
      await page.getByRole("searchbox", { name: "Search the portal" }).fill("Bến Lức");
      await page.getByRole("search").getByRole("button", { name: "Search" }).click();
      await expect(page).toHaveURL(/\/en\/search\?q=B%E1%BA%BFn\+L%E1%BB%A9c$/);
    });
  });

  test("fits a phone: the navigation folds into a menu", async ({ page, isMobile }) => {
    test.skip(!isMobile, "phone width");
    await page.goto("/en");
    const header = page.getByRole("banner");
    expect((await header.boundingBox())?.height).toBeLessThan(220);
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("footer", () => {
  test("marks the contact details as placeholders until they are confirmed", async ({ page }) => {
    for (const [locale, badge] of [
      ["vi", "Chưa xác nhận"],
      ["en", "Not yet confirmed"],
    ] as const) {
      await page.goto(`/${locale}`);
      const footer = page.getByRole("contentinfo");
      await expect(footer.getByText(badge)).toBeVisible();
      // The home page's contact band says the same.
      await expect(page.getByRole("main").getByText(badge)).toBeVisible();
    }
  });

  test("links to the pages about the portal, the news feed and the sitemap", async ({ page }) => {
    await page.goto("/en/land");
    const links = page.getByRole("contentinfo").getByRole("navigation", { name: "Information" }).getByRole("link");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual([
      "/en/about",
      "/en/documents",
      "/en/procedure",
      "/en/news",
      "/en/privacy",
      "/en/inquire/status",
      "/en/news/rss.xml",
      "/sitemap.xml",
    ]);
    // No page links to sections of the home page any more.
    expect(await page.locator('a[href*="/#"]').count()).toBe(0);
  });
});

test.describe("sitemap and robots.txt", () => {
  test("the sitemap lists every public page in both languages with hreflang alternates", async ({
    request,
    baseURL,
  }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const path of [
      "",
      "/land",
      "/land/BL-A-01",
      "/sectors",
      "/sectors/electronics",
      "/hubs",
      "/hubs/can-giuoc",
      "/incentives",
      "/incentives/estimate",
      "/procedure",
      "/about",
      "/documents",
      "/privacy",
      "/inquire",
      "/search",
    ]) {
      for (const locale of ["vi", "en"]) expect(urls).toContain(`${baseURL}/${locale}${path}`);
    }
    expect(urls.some((url) => url?.includes("/admin"))).toBe(false);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${baseURL}/en/land/BL-A-01" />`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${baseURL}/vi/land/BL-A-01" />`);
  });

  test("robots.txt keeps crawlers out of the back office and names the sitemap", async ({ request, baseURL }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain("Disallow: /*/admin");
    expect(text).toContain("Disallow: /api/admin");
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });
});

test.describe("print", () => {
  test("prints the content with the brand line and the page's address, without navigation", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/en/privacy");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText(`${baseURL}/en/privacy`, { exact: true })).toBeVisible();
    await expect(page.getByRole("banner").getByText("Long An High-Tech Economic Zone")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Language" })).toBeHidden();
    await expect(page.getByRole("search")).toBeHidden();
    await expect(page.getByRole("contentinfo").getByRole("navigation")).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByText(`${baseURL}/en/privacy`, { exact: true })).toBeHidden();
  });
});
