import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// axe on every public page, in both languages, at desktop and phone width
// (both Playwright projects run this file).
const pages = [
  "",
  "/land",
  "/land?hub=can-giuoc&status=all",
  "/land/BL-A-01",
  "/land/compare?codes=BL-A-01,BL-A-02",
  "/sectors",
  "/sectors/electronics",
  "/hubs",
  "/hubs/ben-luc",
  "/hubs/can-giuoc",
  "/incentives",
  "/incentives/estimate",
  "/procedure",
  "/about",
  "/documents",
  "/search",
  "/search?q=ben%20luc",
  "/privacy",
  "/inquire",
  "/inquire?parcel=BL-A-01",
  "/inquire/status",
];

for (const locale of ["vi", "en"]) {
  for (const path of pages) {
    test(`/${locale}${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(200);
      await expectNoAxeViolations(page);
    });
  }
}

test.describe("the small-screen menu", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("opens without JavaScript and marks the current section", async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto("/en/land");
    await page.getByText("Menu", { exact: true }).click();
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link", { name: "Land" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Priority sectors" })).toHaveAttribute("href", "/en/sectors");
    await expect(page.getByRole("search", { name: "Search the portal" })).toBeVisible();
    await context.close();
  });

  // axe runs in the page, so this one has JavaScript; the menu is a plain <details> either way.
  for (const locale of ["vi", "en"]) {
    test(`open, has no WCAG 2.2 AA violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/land`);
      await page.locator("header summary").click();
      await expect(
        page.getByRole("navigation", { name: locale === "vi" ? "Điều hướng chính" : "Main navigation" }),
      ).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
