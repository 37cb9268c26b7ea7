import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("privacy notice", () => {
  test("is reachable from every page's footer and states its version, recipients, retention and rights", async ({
    page,
  }) => {
    await page.goto("/vi");
    await page.getByRole("contentinfo").getByRole("link", { name: "Bảo vệ dữ liệu cá nhân" }).click();
    await expect(page).toHaveURL(/\/vi\/privacy$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thông báo về bảo vệ dữ liệu cá nhân");
    // The retention period is a setting (admin-desks.spec changes it for a moment, in parallel): the
    // version names the period the text states.
    const version = page.getByText(/^Phiên bản 2026-12-01-r\d+, áp dụng từ ngày/);
    await expect(version).toBeVisible();
    const months = (await version.textContent())?.match(/-r(\d+),/)?.[1];
    for (const heading of [
      "Dữ liệu được thu thập",
      "Mục đích",
      "Sự đồng ý",
      "Ai nhận dữ liệu",
      "Thời gian lưu giữ",
      "Quyền của Quý vị",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText(new RegExp(`${months} tháng sau khi kết thúc`))).toBeVisible();
    // The office's contact comes from the database, not from the text.
    await expect(page.getByText(/Vui lòng gửi thư tới \S+@\S+/)).toBeVisible();
  });

  for (const locale of ["vi", "en"]) {
    test(`has no WCAG 2.2 AA violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/privacy`);
      await expectNoAxeViolations(page);
    });
  }

  test("reads in English", async ({ page }) => {
    await page.goto("/en/privacy");
    await expect(page).toHaveTitle("Privacy notice | Long An High-Tech Economic Zone");
    await expect(page.getByText(/Personal Data Protection Law No\. 91\/2025\/QH15/)).toBeVisible();
  });
});
