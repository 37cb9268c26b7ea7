import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

async function fillValidForm(page: Page) {
  await page.getByLabel("Full name *").fill("Kim Min-jun");
  await page.getByLabel("Organisation *").fill("Hanbit Electronics");
  await page.getByLabel("Country *").fill("KR");
  await page.getByLabel("E-mail *").fill("minjun.kim@example.com");
  await page.getByLabel("Sector *").selectOption({ label: "Electronics" });
  await page.getByLabel("Planned investment *").selectOption({ label: "USD 50–200 million" });
  await page.getByLabel("Timeline *").selectOption({ label: "Within 12 months" });
  await page.getByLabel("Message *").fill("We plan a PCB assembly plant and need 3 ha.");
  await page.getByLabel(/^I agree that the/).check();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`inquiry form with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an inquiry sent from a parcel page is stored and confirmed with a reference", async ({ page }) => {
      await page.goto("/en/land/BL-A-01");
      await page.getByRole("link", { name: "Send an inquiry about this parcel" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\?parcel=BL-A-01$/);
      await expect(page.getByLabel("Parcels of interest")).toHaveValue("BL-A-01");
      await fillValidForm(page);
      await page.getByRole("button", { name: "Send inquiry" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=LA-\d{4}-[A-Z0-9]{6}$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We have received your inquiry");
      const reference = new URL(page.url()).searchParams.get("ref") ?? "";
      await expect(page.getByText(reference, { exact: true })).toBeVisible();
      await expect(page.getByText("The officer in charge will reply within 2 working days.")).toBeVisible();
    });

    test("bad input comes back with an error summary and messages next to the fields, keeping what was typed", async ({
      page,
    }) => {
      await page.goto("/vi/inquire");
      await page.getByLabel("Họ và tên *").fill("Nguyễn Văn An");
      await page.getByLabel("Thư điện tử *").fill("khong-phai-email");
      await page.getByRole("button", { name: "Gửi yêu cầu" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "Vui lòng sửa các lỗi sau" });
      await expect(summary).toBeVisible();
      if (javaScriptEnabled) await expect(summary).toBeFocused();
      await expect(
        summary.getByRole("link", { name: /^Thư điện tử: Nhập địa chỉ thư điện tử hợp lệ/ }),
      ).toHaveAttribute("href", "#email");
      await expect(
        summary.getByRole("link", {
          name: "Đồng ý xử lý dữ liệu: Cần có sự đồng ý của bạn để chúng tôi xử lý yêu cầu.",
        }),
      ).toHaveAttribute("href", "#consentProcessing");
      await expect(page.getByLabel("Họ và tên *")).toHaveValue("Nguyễn Văn An");
      await expect(page.getByLabel("Thư điện tử *")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel(/^Tôi đồng ý để/)).not.toBeChecked();
    });
  });
}

test.describe("inquiry pages", () => {
  for (const path of ["/vi/inquire", "/en/inquire?parcel=CG-A-01", "/en/inquire/received?ref=LA-2026-7K3QX9"]) {
    test(`have no WCAG 2.2 AA violations: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test("the error state has no WCAG 2.2 AA violations", async ({ page }) => {
    await page.goto("/en/inquire");
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the following" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a confirmation page without a valid reference is a 404", async ({ page }) => {
    expect((await page.goto("/en/inquire/received?ref=<script>"))?.status()).toBe(404);
  });
});

test.describe("inquiry status", () => {
  test("reference and e-mail show the public timeline; a wrong pair gets the same not-found", async ({ page }) => {
    await page.goto("/en/inquire");
    await fillValidForm(page);
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=/);
    const reference = new URL(page.url()).searchParams.get("ref") ?? "";
    await page.getByRole("link", { name: "Check the status of your inquiry" }).click();
    await expect(page.getByLabel("Reference")).toHaveValue(reference);

    // Each look-up starts from a fresh page, so no earlier answer is on screen.
    const lookUp = async (ref: string, email: string) => {
      await page.goto("/en/inquire/status");
      await page.getByLabel("Reference").fill(ref);
      await page.getByLabel("E-mail").fill(email);
      await page.getByRole("button", { name: "Check status" }).click();
    };
    const notFound = "No inquiry matches this reference and e-mail address. Please check both.";
    await lookUp(reference, "someone.else@example.com");
    await expect(page.getByRole("status")).toHaveText(notFound);
    await lookUp("LA-2026-ZZZZZZ", "minjun.kim@example.com");
    await expect(page.getByRole("status")).toHaveText(notFound);
    await lookUp(reference.toLowerCase(), "MINJUN.KIM@example.com");
    const result = page.getByRole("status");
    await expect(result.getByRole("heading", { level: 2 })).toHaveText(
      `${reference} · Current status: Passed to the desk in charge`,
    );
    await expect(result.getByRole("listitem")).toHaveCount(2);
    await expect(result).toContainText("Inquiry received");
    await expect(result).toContainText("Passed to the High-tech and digital economy desk");
    await expectNoAxeViolations(page);
  });
});
