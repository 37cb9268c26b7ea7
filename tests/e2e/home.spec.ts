import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("home page", () => {
  test("shows the zone in Vietnamese with figures, sectors and hubs from the database", async ({ page }) => {
    await page.goto("/vi");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page).toHaveTitle("Cổng thông tin xúc tiến đầu tư | Khu kinh tế công nghệ cao Long An");
    await expect(page.getByRole("heading", { level: 1, name: "Khu kinh tế công nghệ cao Long An" })).toBeVisible();

    const sectors = page.getByRole("region", { name: "Ngành ưu tiên thu hút đầu tư" });
    await expect(sectors.getByRole("listitem")).toHaveCount(6);
    await expect(sectors.getByRole("heading", { name: "Nông nghiệp công nghệ cao" })).toBeVisible();

    const hubs = page.getByRole("region", { name: "Đầu mối logistics" });
    await expect(hubs.getByRole("heading", { level: 3 })).toHaveText(["Khu vực Bến Lức", "Khu vực Cần Giuộc"]);
    await expect(hubs.getByText("Vị trí tham khảo, đang được xác minh")).toHaveCount(1);

    // The key figures are live counts: available parcels and hectares, sectors, hubs.
    const figures = page.getByRole("region", { name: "Khu kinh tế công nghệ cao Long An" }).locator("dl");
    await expect(figures.getByRole("term")).toHaveText([
      "lô đất còn trống",
      "ha đất sẵn sàng cho thuê",
      "ngành ưu tiên",
      "đầu mối logistics",
    ]);
    await expect(figures.getByRole("definition").nth(2)).toHaveText("6");
    await expect(figures.getByRole("definition").nth(3)).toHaveText("2");
    const available = Number(await figures.getByRole("definition").nth(0).textContent());
    await page.goto("/vi/land");
    await expect(page.getByText(`${available} lô đất phù hợp`)).toBeVisible();
  });

  test("shows the same content in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle("Investment portal | Long An High-Tech Economic Zone");
    await expect(page.getByRole("heading", { level: 1, name: "Long An High-Tech Economic Zone" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Priority sectors" }).getByRole("listitem")).toHaveCount(6);
    await expect(page.getByRole("heading", { name: "IT and digital economy" })).toBeVisible();
  });

  test("leads investors to the land catalogue and the investment office", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("link", { name: "Find land that fits" })).toHaveAttribute("href", "/en/land");
    await page.getByRole("link", { name: "Contact the investment office" }).click();
    await expect(page).toHaveURL(/#contact$/);
    const contact = page.getByRole("region", { name: "Talk to the investment promotion office" });
    await expect(contact.getByRole("link", { name: /^E-mail .+@/ })).toHaveAttribute("href", /^mailto:/);
  });

  test("footer names the presenting authority and contact details from the database", async ({ page }) => {
    await page.goto("/vi");
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByText("Ban Quản lý Khu kinh tế tỉnh Tây Ninh").first()).toBeVisible();
    await expect(footer.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:.+@/);
    await expect(footer.getByRole("link", { name: /^\+84/ })).toHaveAttribute("href", /^tel:\+84\d+$/);
  });

  test("skip link moves keyboard focus to the main content", async ({ page, isMobile }) => {
    test.skip(isMobile, "keyboard navigation is checked on desktop");
    await page.goto("/vi");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Chuyển đến nội dung chính" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });

  for (const locale of ["vi", "en"]) {
    test(`has no WCAG 2.2 AA violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoAxeViolations(page);
    });
  }

  test("is served from cache with headers a CDN can use", async ({ request }) => {
    const response = await request.get("/vi");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  });
});
