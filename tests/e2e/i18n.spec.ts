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

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the language switcher leads to the same page, with the query of a page that reads one", async ({ page }) => {
      await page.goto("/vi/inquire?parcel=BL-A-01");
      const switcher = page.getByRole("navigation", { name: "Ngôn ngữ" });
      await expect(switcher.getByRole("link", { name: "Tiếng Việt" })).toHaveAttribute("aria-current", "true");
      await switcher.getByRole("link", { name: "English" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\?parcel=BL-A-01$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByLabel("Parcels of interest")).toHaveValue("BL-A-01");

      // A prerendered page reads no query, and its links carry none.
      await page.goto("/vi?utm_source=newsletter");
      await page.getByRole("navigation", { name: "Ngôn ngữ" }).getByRole("link", { name: "English" }).click();
      await expect(page).toHaveURL(/\/en$/);
    });
  });

  test("pages carry no Link header built from the request's host", async ({ request }) => {
    for (const path of ["/vi", "/en/land", "/vi/land/BL-A-01"]) {
      const response = await request.get(path, { headers: { "x-forwarded-host": "evil.example" } });
      expect(response.status()).toBe(200);
      // Next.js's own preload hints stay; no hreflang alternates, nothing from the request.
      expect(response.headers().link ?? "").not.toMatch(/hreflang|evil\.example/);
      expect(await response.text()).not.toContain("evil.example");
    }
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
      const [ogLocale, ogAlternate] = locale === "vi" ? ["vi_VN", "en_GB"] : ["en_GB", "vi_VN"];
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", ogLocale);
      await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute("content", ogAlternate);
      await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${baseURL}/og-image.png`);
      await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
      await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
      await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /Long An/);
    }
  });
});

test.describe("not found, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, title, lang] of [
    ["/vi/khong-co-trang-nay", "Không tìm thấy trang", "vi"],
    ["/en/no-such-page", "Page not found", "en"],
    ["/vi/a/b/c", "Không tìm thấy trang", "vi"],
    ["/en/land/NO-SUCH-PARCEL", "Page not found", "en"],
    ["/vi/land/%25", "Không tìm thấy trang", "vi"],
  ] as const) {
    test(`${path} answers 404 with a localized page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(new RegExp(`^${title}`));
      await expect(
        page.getByRole("link", { name: lang === "vi" ? "Về trang chủ" : "Go to the home page" }),
      ).toHaveAttribute("href", `/${lang}`);
    });
  }

  test("a broken percent-encoding answers 400 with a localized page", async ({ page }) => {
    const response = await page.goto("/en/land/%E0%A4%A");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bad request");
  });

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

test("the not-found page has no WCAG 2.2 AA violations", async ({ page }) => {
  expect((await page.goto("/vi/land/KHONG-CO-LO-NAY"))?.status()).toBe(404);
  await expectNoAxeViolations(page);
});

test.describe("health", () => {
  test("GET /api/health answers ok after a database round-trip", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers()["cache-control"]).toBe("no-store");
  });
});
