import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The public pages on sectors, hubs and the zone itself, read from the seed
// content (prisma/seed/content/): headings, the location map as an image with
// its name, the tables that are its text alternative, and the links onward.

const pages = [
  "/vi/sectors",
  "/en/sectors",
  "/vi/sectors/electronics",
  "/en/sectors/electronics",
  "/vi/hubs",
  "/en/hubs",
  "/vi/hubs/ben-luc",
  "/en/hubs/can-giuoc",
  "/vi/about",
  "/en/about",
];

test.describe("sectors", () => {
  test("lists every sector with the incentive its products typically get (vi)", async ({ page }) => {
    await page.goto("/vi/sectors");
    await expect(page.getByRole("heading", { level: 1, name: "Ngành ưu tiên" })).toBeVisible();
    const sectors = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(sectors).toHaveCount(6);
    await expect(sectors.first()).toHaveText("Điện tử");
    // Built from the rules: 10 % for 15 years (T10) is what electronics products can get at best.
    await expect(page.getByRole("main").getByText("10% trong 15 năm").first()).toBeVisible();
    await page.getByRole("link", { name: "Điện tử", exact: true }).click();
    await expect(page).toHaveURL(/\/vi\/sectors\/electronics$/);
  });

  test("a sector's page: offer, incentives from the rules, live parcels and the next steps (vi)", async ({ page }) => {
    await page.goto("/vi/sectors/electronics");
    await expect(page).toHaveTitle(/^Điện tử \| /);
    await expect(page.getByRole("heading", { level: 1, name: "Điện tử" })).toBeVisible();
    for (const name of ["Điều kiện khu vực đáp ứng", "Ưu đãi thường áp dụng", "Quỹ đất phù hợp với ngành"]) {
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    }
    const table = page.getByRole("table", { name: /^Các nhóm sản phẩm ngành Điện tử/ });
    await expect(table.getByRole("columnheader")).toHaveText([
      "Sản phẩm hoặc hoạt động",
      "Thuế suất và thời hạn",
      "Miễn, giảm thuế",
      "Điều kiện",
    ]);
    await expect(table.getByRole("row").filter({ hasText: "10% trong 15 năm" }).first()).toBeVisible();
    await expect(table.getByText(/Ưu đãi dựa trên giấy chứng nhận/).first()).toBeVisible();
    await expect(page.getByText(/Thông tin tham khảo\. Doanh nghiệp tự xác định ưu đãi/)).toBeVisible();

    await expect(page.getByRole("link", { name: "Gửi yêu cầu về ngành này" }).first()).toHaveAttribute(
      "href",
      "/vi/inquire?sector=electronics",
    );
    await expect(page.getByRole("link", { name: "Ước tính ưu đãi cho dự án" })).toHaveAttribute(
      "href",
      "/vi/incentives/estimate?sector=electronics",
    );
    await expect(page.getByRole("link", { name: "Toàn bộ ưu đãi và căn cứ pháp lý" })).toHaveAttribute(
      "href",
      "/vi/incentives#cit",
    );

    // Sample parcels, labelled as such, and the count the catalogue gives for the same filter.
    const parcels = page.getByRole("region", { name: "Quỹ đất phù hợp với ngành" });
    await expect(parcels.getByText("Dữ liệu mẫu:")).toBeVisible();
    const count = Number((await parcels.getByText(/^Có \d+ lô đất còn trống/).textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThan(0);
    await parcels.getByRole("link", { name: /^Xem cả \d+ lô đất/ }).click();
    await expect(page).toHaveURL(/\/vi\/land\?sector=electronics$/);
    await expect(page.getByText(`${count} lô đất phù hợp`)).toBeVisible();
  });

  test("reads in English", async ({ page }) => {
    await page.goto("/en/sectors/electronics");
    await expect(page.getByRole("heading", { level: 1, name: "Electronics" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Incentives that typically apply" })).toBeVisible();
    await expect(page.getByRole("table", { name: /^Product categories of Electronics/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Send an inquiry about this sector" }).first()).toHaveAttribute(
      "href",
      "/en/inquire?sector=electronics",
    );
    await page.goto("/en/sectors");
    await expect(page.getByRole("heading", { level: 1, name: "Priority sectors" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(6);
  });
});

test.describe("hubs", () => {
  test("lists the hubs on a map with their links (vi)", async ({ page }) => {
    await page.goto("/vi/hubs");
    await expect(page.getByRole("heading", { level: 1, name: "Đầu mối logistics" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Bản đồ các đầu mối logistics và kết nối giao thông" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
      "Khu vực Bến Lức",
      "Khu vực Cần Giuộc",
    ]);
  });

  test("a hub's page: map, transport links, logistics centres, communes and parcels (vi)", async ({ page }) => {
    await page.goto("/vi/hubs/ben-luc");
    await expect(page.getByRole("heading", { level: 1, name: "Khu vực Bến Lức" })).toBeVisible();
    await expect(page.getByText("Vị trí tham khảo, đang được xác minh", { exact: true })).toBeVisible();
    const map = page.getByRole("img", { name: "Bản đồ kết nối giao thông – Khu vực Bến Lức" });
    await expect(map).toBeVisible();
    await expect(map).toHaveAccessibleDescription(/Cảng Quốc tế Long An, [\d,]+ km, Đã khai thác/);

    const links = page.getByRole("table", { name: "Kết nối giao thông – Khu vực Bến Lức" });
    await expect(links.getByRole("columnheader")).toHaveText([
      "Tuyến, điểm kết nối",
      "Loại",
      "Khoảng cách",
      "Cách đo",
      "Tình trạng",
      "Cập nhật",
      "Nguồn",
    ]);
    const port = page.locator("#transport-link-ben-luc-long-an-port");
    await expect(port.getByRole("rowheader")).toContainText("Cảng Quốc tế Long An");
    await expect(port).toContainText("Đã khai thác");
    // Every link's status in words (the content editor's tests change some of them meanwhile).
    const statuses = await links
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((row) => row.children[4]?.textContent ?? ""));
    expect(statuses.length).toBeGreaterThan(3);
    for (const status of statuses) expect(status).toMatch(/(Đã khai thác|Khai thác một phần|Theo quy hoạch)/);

    const centres = page.getByRole("table", { name: "Trung tâm logistics – Khu vực Bến Lức" });
    await expect(centres.locator("[id^=logistics-centre-]").first()).toBeVisible();
    await expect(centres.getByText("Chưa: thông tin tham khảo").first()).toBeVisible();

    await expect(page.getByRole("heading", { level: 2, name: "Tên cũ và đơn vị hành chính hiện nay" })).toBeVisible();

    const parcels = page.getByRole("region", { name: "Quỹ đất tại khu vực" });
    await expect(parcels.getByText("Dữ liệu mẫu:")).toBeVisible();
    await expect(parcels.getByRole("group", { name: /^Bản đồ lô đất/ })).toBeVisible();
    await expect(parcels.getByRole("link", { name: "Xem quỹ đất của khu vực trong danh mục" })).toHaveAttribute(
      "href",
      "/vi/land?hub=ben-luc",
    );
  });

  test("reads in English, with the communes table", async ({ page }) => {
    await page.goto("/en/hubs/can-giuoc");
    await expect(page.getByRole("heading", { level: 1, name: "Cần Giuộc area" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Transport links map – Cần Giuộc area" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Transport links – Cần Giuộc area" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Logistics centres – Cần Giuộc area" })).toBeVisible();
    const communes = page.getByRole("table", { name: "Former and current communes – Cần Giuộc area" });
    await expect(communes.locator("#commune-phuoc-ly")).toContainText("Phước Hậu, Long Thượng, Phước Lý");
    await expect(communes.locator("#commune-phuoc-ly").getByRole("rowheader")).toHaveText("xã Phước Lý");
    await page.goto("/en/hubs");
    await expect(page.getByRole("img", { name: "Map of the logistics hubs and their transport links" })).toBeVisible();
  });
});

test.describe("about", () => {
  test("tells the zone's status plainly, the organisation and the contacts as placeholders (vi)", async ({ page }) => {
    await page.goto("/vi/about");
    await expect(
      page.getByRole("heading", { level: 1, name: "Giới thiệu khu kinh tế và cổng thông tin" }),
    ).toBeVisible();
    const status = page.getByRole("region", { name: "Tình trạng của khu kinh tế" });
    await expect(status.getByText(/chưa phải khu kinh tế đã được thành lập/)).toBeVisible();
    await expect(status.getByText(/^Số liệu tại ngày \d{1,2}\/\d{2}\/\d{4}$/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Cơ quan chủ quản" })).toBeVisible();
    const organisation = page.getByRole("region", { name: "Cơ quan và nhiệm vụ" });
    for (const office of ["Sở Tài chính (Phòng Đăng ký kinh doanh)", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng"]) {
      await expect(organisation.getByRole("term").filter({ hasText: office })).toBeVisible();
    }
    const contacts = page.getByRole("region", { name: "Thông tin liên hệ" });
    await expect(contacts.getByText(/thông tin liên hệ tạm thời, chưa được xác nhận/)).toBeVisible();
    await expect(contacts.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:/);
  });

  test("reads in English (Decree 42/2022)", async ({ page }) => {
    await page.goto("/en/about");
    await expect(page.getByRole("heading", { level: 1, name: "About the zone and the portal" })).toBeVisible();
    await expect(page.getByText(/not an established economic zone/).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Who does what" }).getByRole("term")).toHaveCount(4);
    await expect(page.getByRole("region", { name: "Contacts" }).getByText("Not yet confirmed").first()).toBeVisible();
  });
});

test("the home page's sector and hub cards lead to their pages", async ({ page }) => {
  await page.goto("/en");
  await expect(
    page.getByRole("region", { name: "Priority sectors" }).getByRole("link", { name: "Electronics" }),
  ).toHaveAttribute("href", "/en/sectors/electronics");
  await expect(
    page.getByRole("region", { name: "Logistics hubs" }).getByRole("link", { name: "Cần Giuộc area" }),
  ).toHaveAttribute("href", "/en/hubs/can-giuoc");
});

test("an unknown sector or hub is not found", async ({ request }) => {
  for (const path of ["/vi/sectors/no-such-sector", "/en/hubs/no-such-hub"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

for (const path of pages) {
  test(`has no WCAG 2.2 AA violations (${path})`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}
