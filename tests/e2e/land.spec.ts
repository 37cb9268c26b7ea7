import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const results = (page: Page) => page.locator("#results-list").getByRole("listitem");

/** Area in hectares as shown on a result card ("2,47 ha" in Vietnamese, "2.47 ha" in English). */
async function cardHectares(page: Page): Promise<number[]> {
  const texts = await results(page).allTextContents();
  return texts.map((text) => {
    const match = text.match(/([\d.,]+) ha/);
    if (!match?.[1]) throw new Error(`no area in ${text}`);
    return Number(match[1].replace(/\./g, "").replace(",", "."));
  });
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`catalogue search with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("filters by hub and area through the form, keeping the search in the URL", async ({ page }) => {
      await page.goto("/vi/land");
      await page.getByLabel("Khu vực", { exact: true }).selectOption({ label: "Khu vực Cần Giuộc" });
      await page.getByLabel("Diện tích từ").fill("2");
      await page.getByLabel("Diện tích đến").fill("3");
      await page.getByLabel("Đơn vị diện tích").selectOption("ha");
      await page.getByRole("button", { name: "Tìm lô đất" }).click();

      await expect(page).toHaveURL(/\/vi\/land\?hub=can-giuoc&areaMin=2&areaMax=3&areaUnit=ha$/);
      const count = await results(page).count();
      expect(count).toBeGreaterThan(0);
      await expect(page.getByText(new RegExp(`^${count} lô đất phù hợp`))).toBeVisible();
      for (const text of await results(page).allTextContents()) expect(text).toContain("Cần Giuộc");
      for (const ha of await cardHectares(page)) {
        expect(ha).toBeGreaterThanOrEqual(2);
        expect(ha).toBeLessThanOrEqual(3);
      }
      // The filters show what is applied, and the back button returns to the unfiltered list.
      await expect(page.getByLabel("Khu vực", { exact: true })).toHaveValue("can-giuoc");
      await page.goBack();
      await expect(page).toHaveURL(/\/vi\/land$/);
    });
  });
}

test.describe("catalogue", () => {
  test("draws the results on an SVG map where every parcel is a named link", async ({ page }) => {
    await page.goto("/en/land?status=all");
    const map = page.getByRole("group", { name: "Map of parcels in Bến Lức area" });
    await expect(map).toBeVisible();
    const parcel = map.getByRole("link", {
      name: /^Parcel BL-A-01, (Available|Reserved|Leased|Under preparation), [\d.]+ ha$/,
    });
    await expect(parcel).toHaveAttribute("href", "/en/land/BL-A-01");
    await expect(page.getByRole("group", { name: "Map of parcels in Cần Giuộc area" })).toBeVisible();
    for (const status of ["Available", "Reserved", "Leased", "Under preparation"]) {
      await expect(page.getByRole("listitem").filter({ hasText: new RegExp(`^${status}$`) })).toHaveCount(1);
    }
  });

  test("opens a parcel with every figure, and an inquiry link carrying its code", async ({ page }) => {
    await page.goto("/en/land?hub=ben-luc&sort=area-desc");
    const first = results(page).first().getByRole("heading").getByRole("link");
    const code = (await first.textContent())?.trim() ?? "";
    await first.click();
    await expect(page).toHaveURL(`/en/land/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Parcel ${code}`);
    await expect(page).toHaveTitle(`Parcel ${code} | Long An High-Tech Economic Zone`);
    for (const term of [
      "Area",
      "Land rent",
      "Management fee",
      "Power available",
      "Water supply",
      "Wastewater treatment",
      "Floor area ratio",
      "Tân Sơn Nhất airport",
    ]) {
      await expect(page.getByRole("term").filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
    }
    // The sample parcels lie in industrial parks; discharge as regulation, version and column.
    const figure = (term: string) =>
      page
        .locator("dl > div")
        .filter({ has: page.getByRole("term").filter({ hasText: term }) })
        .getByRole("definition");
    await expect(figure("Location type")).toHaveText("Industrial park");
    await expect(figure("Discharge regulation")).toHaveText(/^QCVN 40:2025\/BTNMT, column [AB]$/);
    await expect(page.getByText(/^USD [\d.]+\/m² (for the remaining term|per year)$/)).toBeVisible();
    await expect(page.getByText(/^Information verified on \w+ \d+, 2026$/)).toBeVisible();
    await expect(page.getByText("Sample data:")).toBeVisible();
    await expect(page.getByRole("link", { name: "Send an inquiry about this parcel" })).toHaveAttribute(
      "href",
      `/en/inquire?parcel=${code}`,
    );
    // The inset map highlights this parcel.
    await expect(page.getByRole("link", { name: new RegExp(`^Parcel ${code},`) })).toHaveAttribute(
      "aria-current",
      "true",
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@type": "Place",
      name: `Parcel ${code}`,
      containedInPlace: { name: "Bến Lức area" },
    });
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      "content",
      `Parcel ${code} | Long An High-Tech Economic Zone`,
    );
  });

  test("answers 404 for an unknown parcel and redirects a lower-case code", async ({ page }) => {
    expect((await page.goto("/vi/land/ZZ-Z-99"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
    await page.goto("/vi/land/bl-a-01");
    await expect(page).toHaveURL(/\/vi\/land\/BL-A-01$/);
  });

  test("adds two parcels to the comparison through links and compares them side by side", async ({ page }) => {
    await page.goto("/en/land?hub=can-giuoc");
    const cards = results(page);
    const codes = [];
    for (const index of [0, 1]) {
      const card = cards.nth(index);
      codes.push(((await card.getByRole("heading").textContent()) ?? "").trim());
      await card.getByRole("link", { name: /^Add parcel .* to comparison$/ }).click();
      await expect(page).toHaveURL(new RegExp(`compare=${codes.join("%2C")}$`));
    }
    await expect(page).toHaveURL(new RegExp(`compare=${codes.join("%2C")}`));
    const bar = page.getByRole("region", { name: "Comparison" });
    await expect(bar).toContainText(`2 parcels selected for comparison: ${codes.join(", ")}`);
    await bar.getByRole("link", { name: "Compare selected parcels" }).click();

    await expect(page).toHaveURL(`/en/land/compare?codes=${codes.join(",")}`);
    const table = page.getByRole("table", { name: "Compare parcels" });
    await expect(table.getByRole("columnheader")).toHaveText(["Criterion", ...codes]);
    await expect(table.getByRole("rowheader", { name: "Power available" })).toBeVisible();
    const row = (name: string) => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    await expect(row("Location type").getByRole("cell")).toHaveText(["Industrial park", "Industrial park"]);
    await expect(row("Discharge regulation").getByRole("cell").first()).toHaveText(
      /^QCVN 40:2025\/BTNMT, column [AB]$/,
    );
    // At least one row differs between two parcels, so something is marked best.
    await expect(table.getByText("Best").first()).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("keeps the filters when switching language", async ({ page }) => {
      await page.goto("/vi/land?hub=ben-luc&use=industrial&sort=area-asc");
      const count = await results(page).count();
      await page.getByRole("navigation", { name: "Ngôn ngữ" }).getByRole("link", { name: "English" }).click();
      await expect(page).toHaveURL(/\/en\/land\?hub=ben-luc&use=industrial&sort=area-asc$/);
      await expect(page.getByLabel("Hub")).toHaveValue("ben-luc");
      await expect(page.getByLabel("Land use")).toHaveValue("industrial");
      await expect(results(page)).toHaveCount(count);
    });

    test("reads 1,5 ha on the Vietnamese page as one and a half hectares, and keeps it in English", async ({
      page,
    }) => {
      await page.goto("/vi/land");
      await page.getByLabel("Diện tích từ").fill("1,5");
      await page.getByLabel("Đơn vị diện tích").selectOption("ha");
      await page.getByRole("button", { name: "Tìm lô đất" }).click();
      // The search moves to its short URL, which reads the same in every language.
      await expect(page).toHaveURL(/\/vi\/land\?areaMin=1\.5&areaUnit=ha$/);
      await expect(page.getByRole("status").filter({ hasText: "không hợp lệ" })).toHaveCount(0);
      await expect(page.getByLabel("Diện tích từ")).toHaveValue("1,5");
      for (const ha of await cardHectares(page)) expect(ha).toBeGreaterThanOrEqual(1.5);
      await page.getByRole("navigation", { name: "Ngôn ngữ" }).getByRole("link", { name: "English" }).click();
      await expect(page.getByLabel("Area from")).toHaveValue("1.5");
    });
  });

  test("explains ignored filter values and keeps the rest of the search", async ({ page }) => {
    const response = await page.goto(
      `/en/land?hub=ben-luc&areaMin=-5&powerMin=abc&page=1000000000&q=${"x".repeat(300)}`,
    );
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("status").filter({ hasText: "Some criteria were not applied" });
    await expect(notice).toContainText("The value of “Area from” is not valid, so it was ignored.");
    await expect(notice).toContainText("The value of “Power (kVA)” is not valid, so it was ignored.");
    await expect(notice).toContainText("The requested page is beyond the limit, so the first page is shown.");
    await expect(notice).toContainText("The keywords were too long and were shortened to 100 characters.");
    await expect(page.getByLabel("Hub")).toHaveValue("ben-luc");
  });

  test("shows a helpful empty state", async ({ page }) => {
    await page.goto("/vi/land?q=khong-co-lo-nao-nhu-vay");
    await expect(page.getByRole("heading", { name: "Không tìm thấy lô đất phù hợp" })).toBeVisible();
    await page.getByRole("link", { name: "Xem tất cả lô đất còn trống" }).click();
    await expect(page).toHaveURL(/\/vi\/land$/);
  });

  test("downloads the results as UTF-8 CSV with a header row and Vietnamese names", async ({ page }) => {
    await page.goto("/vi/land?hub=ben-luc");
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải kết quả (CSV)" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("parcels.csv");
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]?.split(",").slice(0, 8)).toEqual([
      "code",
      "url",
      "hub",
      "hubName",
      "landUse",
      "status",
      "areaM2",
      "areaHa",
    ]);
    // Fields added later come last: the columns above keep their positions.
    expect(lines[0]?.split(",").slice(-2)).toEqual(["locationType", "dischargeStandardVersion"]);
    expect(lines.length).toBeGreaterThan(1);
    // Every row is a Bến Lức parcel (other tests add parcels of their own there, with codes of their own).
    expect(lines.some((line) => /^BL-[A-Z]-\d\d,/.test(line))).toBe(true);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(
        /^[A-Z0-9-]+,[^,]+\/vi\/land\/[A-Z0-9-]+,ben-luc,Khu vực Bến Lức,.*,(industrial-park|economic-zone-area|high-tech-zone|none),\d{4}$/,
      );
    }
  });

  for (const [name, path] of [
    ["list (vi)", "/vi/land?status=all"],
    ["list (en), filtered with a comparison", "/en/land?hub=can-giuoc&compare=CG-A-01"],
    ["detail (vi)", "/vi/land/BL-B-02"],
    ["detail (en)", "/en/land/CG-C-03"],
    ["compare (vi)", "/vi/land/compare?codes=BL-A-01,CG-B-02,BL-B-02"],
    ["compare (en) with an unknown code", "/en/land/compare?codes=BL-A-01,NOPE-1"],
  ] as const) {
    test(`has no WCAG 2.2 AA violations: ${name}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
