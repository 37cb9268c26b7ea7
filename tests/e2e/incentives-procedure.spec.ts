import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The incentives, the procedure, the legal documents and the site search, in
// both languages, from the seeded content (prisma/seed/content/).

const INCENTIVE_KEYS = ["cit", "import-duty", "land-rent", "support-fund", "special-procedure"];
const texts = {
  vi: {
    incentives: "Ưu đãi đầu tư",
    incentiveTitles: [
      "Ưu đãi thuế thu nhập doanh nghiệp",
      "Miễn thuế nhập khẩu",
      "Miễn, giảm tiền thuê đất",
      "Quỹ Hỗ trợ đầu tư",
      "Thủ tục đầu tư đặc biệt",
    ],
    contents: "Nội dung trang",
    indicative:
      "Mang tính tham khảo. Ưu đãi do doanh nghiệp tự xác định khi kê khai thuế và được cơ quan thuế xác nhận.",
    estimate: "Ước tính ưu đãi cho dự án của Quý nhà đầu tư",
    unverified: "Chưa kiểm chứng",
    procedure: "Hướng dẫn thủ tục đầu tư",
    steps: "Các bước thực hiện",
    certificate: "Giấy chứng nhận đăng ký đầu tư",
    authority: "Cơ quan có thẩm quyền",
    documents: "Văn bản pháp luật",
    laws: "Luật",
    noFile: "Chưa tải lên văn bản gốc",
    search: "Tìm kiếm trên Cổng thông tin",
    searchLabel: "Từ khóa tìm kiếm",
    submit: "Tìm kiếm",
    hub: "Khu vực Bến Lức",
    hubs: /^Đầu mối logistics \(\d+\)$/,
    parcel: "Lô đất BL-A-01",
    emptyQuery: /Quý vị vui lòng nhập nội dung cần tìm/,
    noResults: "Không có nội dung nào trên Cổng thông tin phù hợp với “zzqxw”.",
  },
  en: {
    incentives: "Investment incentives",
    incentiveTitles: [
      "Corporate income tax incentives",
      "Import duty exemption",
      "Land rent exemption",
      "Investment Support Fund",
      "Special investment procedure",
    ],
    contents: "On this page",
    indicative:
      "Indicative. Incentives are applied by the enterprise in its tax return and confirmed by the tax authority.",
    estimate: "Estimate the incentives for your project",
    unverified: "Not verified",
    procedure: "How to invest: the investment procedure",
    steps: "Steps",
    certificate: "Investment Registration Certificate",
    authority: "Responsible authority",
    documents: "Legal documents",
    laws: "Laws",
    noFile: "Official text not yet uploaded",
    search: "Search the portal",
    searchLabel: "Search terms",
    submit: "Search",
    hub: "Bến Lức area",
    hubs: /^Logistics hubs \(\d+\)$/,
    parcel: "Parcel BL-A-01",
    emptyQuery: /Type what you are looking for/,
    noResults: "Nothing on the portal matches “zzqxw”.",
  },
} as const;

const main = (page: Page) => page.getByRole("main");

for (const locale of ["vi", "en"] as const) {
  const t = texts[locale];

  test.describe(`incentives, procedure and documents in ${locale}`, () => {
    test("the incentives page lists each incentive with its legal basis, the CIT tiers and the estimator", async ({
      page,
    }) => {
      await page.goto(`/${locale}/incentives`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.incentives);
      const contents = page.getByRole("navigation", { name: t.contents });
      await expect(contents.getByRole("link")).toHaveText([...t.incentiveTitles]);
      for (const [i, key] of INCENTIVE_KEYS.entries()) {
        await expect(contents.getByRole("link").nth(i)).toHaveAttribute("href", `#${key}`);
        const section = page.locator(`section#${key}`);
        await expect(section.getByRole("heading", { level: 2 })).toHaveText(t.incentiveTitles[i] ?? "");
        // Every incentive names at least one legal document, linked to the documents page.
        await expect(section.locator(`a[href^="/${locale}/documents#"]`).first()).toBeVisible();
      }
      // The unverified ones say so (land rent's ladder is not confirmed for Decree 103/2024).
      await expect(page.locator("section#land-rent").getByText(t.unverified).first()).toBeVisible();

      const cit = page.locator("section#cit");
      await expect(cit.locator('[id^="tier-"]')).toHaveCount(3);
      await expect(cit.getByText("20%", { exact: true })).toBeVisible();
      await expect(cit.getByText("15%", { exact: true })).toBeVisible();
      await expect(cit.getByText(t.indicative)).toBeVisible();
      await expect(cit.getByRole("link", { name: t.estimate })).toHaveAttribute(
        "href",
        `/${locale}/incentives/estimate`,
      );
      await expectNoAxeViolations(page);
    });

    test("a legal basis link lands on the document", async ({ page }) => {
      await page.goto(`/${locale}/incentives`);
      await page.locator("section#cit").getByRole("link", { name: "67/2025/QH15" }).last().click();
      await expect(page).toHaveURL(`/${locale}/documents#67-2025-qh15`);
      const target = page.locator('[id="67-2025-qh15"]');
      await expect(target.getByRole("heading", { level: 3 })).toHaveText("67/2025/QH15");
      await expect(target).toBeInViewport();
    });

    test("the procedure page lists the steps in order with authority, time limit and documents", async ({ page }) => {
      await page.goto(`/${locale}/procedure`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.procedure);
      await expect(page.locator("#special-procedure")).toBeVisible();
      const steps = main(page).getByRole("region", { name: t.steps }).locator("ol > li");
      const ids = await steps.evaluateAll((items) => items.map((item) => item.id));
      expect(ids.slice(0, 3)).toEqual(["site", "investment-policy", "investment-certificate"]);
      expect(ids.at(-1)).toBe("before-operation");
      const certificate = page.locator("li#investment-certificate");
      await expect(certificate.getByRole("heading", { level: 3 })).toContainText(t.certificate);
      await expect(certificate.getByRole("term").filter({ hasText: t.authority })).toBeVisible();
      // The main documents, one a line in the data, are a list.
      expect(await certificate.locator("dd ul li").count()).toBeGreaterThanOrEqual(4);
      await expect(certificate.getByRole("link", { name: "143/2025/QH15" })).toHaveAttribute(
        "href",
        `/${locale}/documents#143-2025-qh15`,
      );
      await expectNoAxeViolations(page);
    });

    test("the documents page groups the legal documents by type, each anchored by its key", async ({ page }) => {
      await page.goto(`/${locale}/documents`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.documents);
      await expect(page.getByRole("heading", { level: 2, name: t.laws, exact: true })).toBeVisible();
      const cit = page.locator('[id="67-2025-qh15"]');
      await expect(cit.getByRole("heading", { level: 3 })).toHaveText("67/2025/QH15");
      await expect(cit.getByText(t.noFile)).toBeVisible();
      await expect(page.locator('[id="320-2025-nd-cp"]')).toContainText("320/2025/NĐ-CP");
      await expectNoAxeViolations(page);
    });
  });

  for (const javaScriptEnabled of [false, true]) {
    test.describe(`search in ${locale} with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled });
      // axe runs in the page: with JavaScript on (the markup is the same).
      const axe = (page: Page) => (javaScriptEnabled ? expectNoAxeViolations(page) : Promise.resolve());

      test("finds a hub typed without accents, a document by its number and a parcel by its code", async ({ page }) => {
        await page.goto(`/${locale}/search`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.search);
        await expect(main(page).getByText(t.emptyQuery)).toBeVisible();
        await axe(page);

        const form = main(page).getByRole("search");
        await form.getByLabel(t.searchLabel).fill("Ben Luc");
        await form.getByRole("button", { name: t.submit }).click();
        await expect(page).toHaveURL(`/${locale}/search?q=Ben+Luc`);
        await expect(form.getByLabel(t.searchLabel)).toHaveValue("Ben Luc");
        await expect(main(page).getByRole("heading", { level: 3, name: t.hubs })).toBeVisible();
        await expect(main(page).getByRole("link", { name: t.hub, exact: true })).toHaveAttribute(
          "href",
          `/${locale}/hubs/ben-luc`,
        );
        await axe(page);

        await form.getByLabel(t.searchLabel).fill("67/2025/qh15");
        await form.getByRole("button", { name: t.submit }).click();
        await expect(main(page).getByRole("link", { name: "67/2025/QH15" }).first()).toHaveAttribute(
          "href",
          `/${locale}/documents#67-2025-qh15`,
        );

        await form.getByLabel(t.searchLabel).fill("bl-a-01");
        await form.getByRole("button", { name: t.submit }).click();
        const parcel = main(page).getByRole("link", { name: t.parcel });
        await expect(parcel).toHaveAttribute("href", `/${locale}/land/BL-A-01`);
        await parcel.click();
        await expect(page).toHaveURL(`/${locale}/land/BL-A-01`);
      });

      test("says when nothing matches", async ({ page }) => {
        await page.goto(`/${locale}/search?q=zzqxw`);
        await expect(main(page).getByText(t.noResults)).toBeVisible();
        await expect(
          main(page).getByRole("link", { name: locale === "vi" ? "Gửi yêu cầu" : "Send an inquiry" }),
        ).toHaveAttribute("href", `/${locale}/inquire`);
        await axe(page);
      });
    });
  }
}
