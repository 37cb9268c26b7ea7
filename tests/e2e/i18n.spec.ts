import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("languages", () => {
  for (const [header, target] of [
    ["en-US,en;q=0.9", "/en"],
    ["en-GB", "/en"],
    ["vi-VN,vi;q=0.9", "/vi"],
    ["fr-FR,fr;q=0.9", "/vi"],
    ["ko-KR", "/vi"],
  ] as const) {
    test(`"/" with Accept-Language ${header} redirects to ${target}`, async ({ request }) => {
      const response = await request.get("/", { headers: { "accept-language": header }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe(target);
    });
  }

  test("the language switcher keeps the current page and query string", async ({ page }) => {
    await page.goto("/vi?utm_source=newsletter&x=1");
    const switcher = page.getByRole("navigation", { name: "Ngôn ngữ" });
    await expect(switcher.getByRole("link", { name: "Tiếng Việt" })).toHaveAttribute("aria-current", "true");
    await switcher.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\?utm_source=newsletter&x=1$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.goto("/en/no-such-page");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Tiếng Việt" }).click();
    await expect(page).toHaveURL(/\/vi\/no-such-page$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  });

  test("every locale's page declares canonical and hreflang alternates", async ({ page, baseURL }) => {
    for (const locale of ["vi", "en"]) {
      await page.goto(`/${locale}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/${locale}`);
      for (const [lang, path] of [
        ["vi", "/vi"],
        ["en", "/en"],
        ["x-default", "/vi"],
      ]) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
          "href",
          `${baseURL}${path}`,
        );
      }
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", locale);
    }
  });
});

test.describe("not found", () => {
  for (const [path, title, lang] of [
    ["/vi/khong-co-trang-nay", "Không tìm thấy trang", "vi"],
    ["/en/no-such-page", "Page not found", "en"],
    ["/vi/a/b/c", "Không tìm thấy trang", "vi"],
  ] as const) {
    test(`${path} answers 404 with a localized page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(new RegExp(`^${title}`));
      await expectNoAxeViolations(page);
    });
  }

  test.describe("for a visitor whose browser prefers French", () => {
    test.use({ locale: "fr-FR" });

    test("an unknown locale segment is a localized 404, not a crash", async ({ page }) => {
      const response = await page.goto("/fr/investir");
      expect(response?.status()).toBe(404);
      await expect(page).toHaveURL(/\/vi\/fr\/investir$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
    });
  });
});

test.describe("health", () => {
  test("GET /api/health answers ok after a database round-trip", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers()["cache-control"]).toBe("no-store");
  });
});
