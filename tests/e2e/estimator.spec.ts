import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The incentive estimator: from a parcel page to an estimate (a GET form, so
// the same with JavaScript off), its table and chart, on to an inquiry form
// filled in with the project. INCENTIVES.md's worked example is the project.

const texts = {
  en: {
    parcelLink: "Estimate the incentives for a project here",
    fromParcel: "Parcel BL-A-01 lies in: Industrial park. Its location type is used.",
    product: "Sector and product *",
    productOption: "Key digital-technology products, semiconductor chips (design, making, packaging, testing)",
    revenueYear: "First year of revenue *",
    taxableYear: "First year of taxable income",
    income: "Taxable income per year (VND billion) *",
    licence: "Date of the investment registration certificate *",
    submit: "Estimate",
    summary:
      "10% for 15 years, 4 years exempt, then 50% off for 9 years: about VND 225 billion of tax saved in 2027–2042.",
    caption: "Corporate income tax by year, in VND billion",
    chart: "Tax with incentives and tax saved, by year (VND billion)",
    indicative:
      "Indicative. Incentives are applied by the enterprise in its tax return and confirmed by the tax authority.",
    inquire: "Send an inquiry about this project",
    parcels: "Parcels of interest",
    sector: "Sector *",
    message: "Message *",
    errors: "Please correct the following",
    incomeError: "Taxable income per year (VND billion): Enter a number within the range shown.",
  },
  vi: {
    parcelLink: "Ước tính ưu đãi cho dự án tại đây",
    fromParcel: "Lô đất BL-A-01 thuộc: Khu công nghiệp. Loại địa điểm này được dùng để ước tính.",
    product: "Ngành và sản phẩm *",
    productOption: "Sản phẩm công nghệ số trọng điểm, chip bán dẫn (thiết kế, chế tạo, đóng gói, kiểm thử)",
    revenueYear: "Năm đầu tiên có doanh thu *",
    taxableYear: "Năm đầu tiên có thu nhập chịu thuế",
    income: "Thu nhập tính thuế mỗi năm (tỷ đồng) *",
    licence: "Ngày cấp Giấy chứng nhận đăng ký đầu tư *",
    submit: "Ước tính",
    summary:
      "Thuế suất 10% trong 15 năm, miễn 4 năm, giảm 50% trong 9 năm: tiết kiệm khoảng 225 tỷ đồng tiền thuế trong giai đoạn 2027–2042.",
    caption: "Thuế thu nhập doanh nghiệp theo năm, đơn vị: tỷ đồng",
    chart: "Thuế sau ưu đãi và thuế tiết kiệm theo năm (tỷ đồng)",
    indicative: "Mang tính tham khảo. Doanh nghiệp tự xác định ưu đãi khi kê khai thuế và được cơ quan thuế xác nhận.",
    inquire: "Gửi yêu cầu về dự án này",
    parcels: "Lô đất quan tâm",
    sector: "Ngành *",
    message: "Nội dung *",
    errors: "Vui lòng sửa các lỗi sau",
    incomeError: "Thu nhập tính thuế mỗi năm (tỷ đồng): Nhập một số trong khoảng cho phép.",
  },
} as const;

const workedExample =
  "product=electronics-key-digital&parcel=BL-A-01&revenueYear=2027&taxableYear=2028&income=100&licence=2026-06-01";

async function fillWorkedExample(page: Page, t: (typeof texts)["en" | "vi"], income: string) {
  await page.getByLabel(t.product).selectOption({ label: t.productOption });
  await page.getByLabel(t.revenueYear).fill("2027");
  await page.getByLabel(t.taxableYear).fill("2028");
  await page.getByLabel(t.income).fill(income);
  await page.getByLabel(t.licence).fill("2026-06-01");
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the estimator with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const locale of ["en", "vi"] as const) {
      const t = texts[locale];

      test(`${locale}: from a parcel page to an estimate, its table and chart, on to a pre-filled inquiry`, async ({
        page,
      }) => {
        await page.goto(`/${locale}/land/BL-A-01`);
        await page.getByRole("link", { name: t.parcelLink }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/incentives/estimate\\?parcel=BL-A-01$`));
        await expect(page.getByText(t.fromParcel)).toBeVisible();
        // No result and no errors before the form is sent.
        await expect(page.getByRole("alert").filter({ hasText: t.errors })).toHaveCount(0);
        await expect(page.getByRole("table")).toHaveCount(0);

        // Typed as the page's language writes it: "100,0" is a hundred on the Vietnamese page.
        await fillWorkedExample(page, t, locale === "vi" ? "100,0" : "100.0");
        await page.getByRole("button", { name: t.submit, exact: true }).click();
        // The short, canonical URL: shareable, read the same in every language.
        await expect(page).toHaveURL(new RegExp(`/${locale}/incentives/estimate\\?${workedExample}$`));
        await expect(page.getByText(t.summary)).toBeVisible();
        await expect(page.getByText(t.indicative).first()).toBeVisible();

        const table = page.getByRole("table", { name: t.caption });
        const rows = table.locator("tbody tr");
        await expect(rows).toHaveCount(16);
        await expect(rows.filter({ hasText: "2028" }).locator("td").nth(3)).toHaveText("20");
        await expect(rows.filter({ hasText: "2032" }).locator("td").nth(3)).toHaveText("15");
        await expect(rows.filter({ hasText: "2041" }).locator("td").nth(3)).toHaveText("10");
        await expect(rows.filter({ hasText: "2042" }).locator("td").nth(3)).toHaveText("0");
        await expect(table.locator("tfoot td").nth(3)).toHaveText("225");

        const chart = page.getByRole("img", { name: t.chart });
        await expect(chart).toBeVisible();
        await expect(chart.locator("[data-bar]")).toHaveCount(16);
        await expect(chart.locator("[data-value]").first()).toBeVisible();

        await page.getByRole("link", { name: t.inquire }).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/inquire\\?sector=electronics&parcel=BL-A-01&message=`));
        await expect(page.getByLabel(t.parcels)).toHaveValue("BL-A-01");
        await expect(page.getByLabel(t.sector)).toHaveValue("electronics");
        await expect(page.getByLabel(t.message)).toHaveValue(/225/);
        await expect(page.getByLabel(t.message)).toHaveValue(new RegExp(`/${locale}/incentives/estimate\\?product=`));
      });

      test(`${locale}: bad input is named next to the field and in a summary, with no result`, async ({ page }) => {
        await page.goto(`/${locale}/incentives/estimate?parcel=BL-A-01`);
        await fillWorkedExample(page, t, "abc");
        await page.getByRole("button", { name: t.submit, exact: true }).click();
        const summary = page.getByRole("alert").filter({ hasText: t.errors });
        await expect(summary).toBeVisible();
        await expect(summary.getByRole("link", { name: t.incomeError })).toHaveAttribute("href", "#income");
        await expect(page.getByLabel(t.income)).toHaveAttribute("aria-invalid", "true");
        await expect(page.getByLabel(t.income)).toHaveValue("abc");
        await expect(page.getByRole("table")).toHaveCount(0);
      });
    }
  });
}

test("a licence from before 1 Oct 2025 in an industrial park compares the kept 2 + 4 with the sector tier", async ({
  page,
}) => {
  await page.goto(
    "/en/incentives/estimate?product=electronics-other&location=industrial-park&revenueYear=2027&income=100&licence=2025-09-30",
  );
  const legacy = page.locator("[data-candidate=legacy]");
  await expect(legacy).toContainText("Applies");
  await expect(legacy).toContainText("Chosen");
  await expect(page.locator("[data-candidate=product]")).toContainText("Does not apply");
  await expect(page.getByRole("table").locator("tfoot td").nth(3)).toHaveText("80");
});

test("a link from a sector page pre-fills the inquiry's sector", async ({ page }) => {
  await page.goto("/en/inquire?sector=electronics&capital=50m-200m&message=About%20the%20estimate");
  await expect(page.getByLabel("Sector *")).toHaveValue("electronics");
  await expect(page.getByLabel("Planned investment *")).toHaveValue("50m-200m");
  await expect(page.getByLabel("Message *")).toHaveValue("About the estimate");
});

test.describe("accessibility", () => {
  for (const locale of ["vi", "en"] as const) {
    test(`${locale}: the estimator, empty and with a result, has no axe violations`, async ({ page }) => {
      await page.goto(`/${locale}/incentives/estimate`);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/incentives/estimate?${workedExample}&capital=7000&minTax=on`);
      await expect(page.getByRole("table")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
