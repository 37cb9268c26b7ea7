import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// The reports page in the browser: administrators and officers see it (an
// officer the figures of their desks only), every chart is an image with an
// accessible name whose values are the table's, the CSV files download, the
// range form works with JavaScript off and on, editors and the anonymous are
// refused, and the page passes axe in both languages (desktop and phone
// projects). Each test makes desks of its own and puts its inquiries in a
// month of 2024 of its own, so other specs' inquiries never change what it counts.

test.beforeEach(actAsOwnClient);

async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function createDesk(label: string): Promise<{ id: number; en: string; vi: string }> {
  const slug = `e2e-reports-${randomBytes(4).toString("hex")}`;
  const [desk] = await sql<{ id: number }>(
    `INSERT INTO "Desk" (slug, email, "updatedAt") VALUES ($1, $2, now()) RETURNING id`,
    [slug, `${slug}@e2e.example`],
  );
  const id = (desk as { id: number }).id;
  const names = { en: `Report desk ${label} ${id}`, vi: `Bộ phận báo cáo ${label} ${id}` };
  await sql(`INSERT INTO "DeskTranslation" ("deskId", locale, name) VALUES ($1, 'en', $2), ($1, 'vi', $3)`, [
    id,
    names.en,
    names.vi,
  ]);
  return { id, ...names };
}

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Stores an inquiry received at `received` (Viet Nam time) at a desk; answered after `answerHours`, if given. */
async function insertInquiry(options: {
  deskId: number;
  received: string;
  status?: string;
  sector?: string;
  country?: string;
  answerHours?: number;
}) {
  const createdAt = new Date(`${options.received}+07:00`);
  const firstResponseAt =
    options.answerHours === undefined ? null : new Date(createdAt.getTime() + options.answerHours * 3_600_000);
  const dueAt = new Date(createdAt.getTime() + 48 * 3_600_000);
  await sql(
    `INSERT INTO "Inquiry" (reference, "idempotencyKey", locale, status, "fullName", organisation, country, email,
       "sectorId", "parcelCodes", "capitalRange", timeline, message, "consentedAt", "privacyNoticeVersion", "deskId",
       "createdAt", "updatedAt", "lastActivityAt", "dueAt", "firstResponseAt")
     VALUES ($1, $2, 'vi', $3::"InquiryStatus", 'Người Mẫu', 'Công ty Mẫu', $4, $5,
       (SELECT id FROM "Sector" WHERE slug = $6), '{}', 'FROM_10M_TO_50M', 'within-12-months', 'Xin thông tin.',
       $7::timestamptz AT TIME ZONE 'UTC', '2026-11-24', $8, $7::timestamptz AT TIME ZONE 'UTC',
       $7::timestamptz AT TIME ZONE 'UTC', $7::timestamptz AT TIME ZONE 'UTC', $9::timestamptz AT TIME ZONE 'UTC',
       $10::timestamptz AT TIME ZONE 'UTC')`,
    [
      `LA-2024-${Array.from({ length: 6 }, () => ALPHABET[randomInt(30)]).join("")}`,
      randomUUID(),
      options.status ?? "NEW",
      options.country ?? "VN",
      `${randomUUID().slice(0, 8)}@reports-e2e.example`,
      options.sector ?? "electronics",
      createdAt.toISOString(),
      options.deskId,
      dueAt.toISOString(),
      firstResponseAt?.toISOString() ?? null,
    ],
  );
}

/** A month of 2024 no other test uses (tests run in parallel on one database). */
const monthOf = (index: number) => `2024-${String(index).padStart(2, "0")}`;

/**
 * Desk A: three leads in `month` (two electronics from Korea, one logistics
 * from Japan; two answered within a day) and one spam; desk B: two leads.
 */
async function twoDesks(month: string) {
  const deskA = await createDesk("A");
  const deskB = await createDesk("B");
  await insertInquiry({ deskId: deskA.id, received: `${month}-05T09:00:00`, country: "KR", answerHours: 2 });
  await insertInquiry({ deskId: deskA.id, received: `${month}-06T09:00:00`, country: "KR", answerHours: 6 });
  await insertInquiry({ deskId: deskA.id, received: `${month}-12T09:00:00`, country: "JP", sector: "logistics" });
  await insertInquiry({ deskId: deskA.id, received: `${month}-13T09:00:00`, status: "SPAM" });
  await insertInquiry({ deskId: deskB.id, received: `${month}-07T09:00:00`, country: "CN", answerHours: 1 });
  await insertInquiry({ deskId: deskB.id, received: `${month}-08T09:00:00`, country: "CN" });
  return { deskA, deskB };
}

/** The values a chart shows, by the key of each bar, read from the drawing's text. */
async function chartValues(page: Page, id: string): Promise<Record<string, string>> {
  return page
    .locator(`svg[data-chart="${id}"] [data-bar]`)
    .evaluateAll((bars) =>
      Object.fromEntries(
        bars.map((bar) => [bar.getAttribute("data-bar"), bar.querySelector("[data-value]")?.textContent ?? ""]),
      ),
    );
}

/** The first figure of each row of a table, by the row's key. */
async function tableValues(page: Page, id: string): Promise<Record<string, string>> {
  return page
    .locator(`table[data-table="${id}"] tbody tr[data-row]`)
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows
          .filter((row) => row.getAttribute("data-row") !== "total")
          .map((row) => [row.getAttribute("data-row"), row.querySelector("td")?.textContent ?? ""]),
      ),
    );
}

const reportsUrl = (locale: string, month: string) => `/${locale}/admin/reports?from=${month}&to=${month}`;

test("an officer sees the figures of their desk only, and each chart says what its table says", async ({
  page,
  login,
}, testInfo) => {
  const month = monthOf(testInfo.project.name === "phone" ? 1 : 2);
  const { deskA, deskB } = await twoDesks(month);
  await login({ role: "INVESTMENT_OFFICER", desks: [deskA.id] });
  await page.goto(reportsUrl("en", month));
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expect(page.getByText(`The figures cover the desk you belong to: ${deskA.en}.`)).toBeVisible();
  const figure = (name: string) => page.locator(`[data-figure="${name}"] dd`).first();
  await expect(figure("leads")).toHaveText("3");
  await expect(page.locator('[data-figure="leads"]')).toContainText("1 marked as spam");

  // Every chart is an image named by its title.
  for (const name of [
    "Leads per sector",
    "Leads per hub",
    "Leads per country",
    "Leads that reached each stage",
    "Median working days to the first response, per desk",
    "Share of leads answered within target, per desk",
  ]) {
    await expect(page.getByRole("img", { name, exact: true })).toBeVisible();
  }
  const monthChart = testInfo.project.name === "phone" ? "months-bars" : "months-columns";
  await expect(page.locator(`svg[data-chart="${monthChart}"]`)).toBeVisible();
  await expect(page.getByRole("img", { name: /^Leads received per month/ })).toHaveCount(1);

  // The charts' labels are the tables' figures.
  expect(await chartValues(page, monthChart)).toEqual({ [month]: "3" });
  expect(await tableValues(page, "months-table")).toEqual({ [month]: "3" });
  const sectors = await chartValues(page, "sectors-chart");
  expect(sectors).toMatchObject({ electronics: "2", logistics: "1" });
  expect(await tableValues(page, "sectors-table")).toEqual(sectors);
  const countries = await chartValues(page, "countries-chart");
  expect(countries).toEqual({ KR: "2", JP: "1" });
  expect(await tableValues(page, "countries-table")).toEqual(countries);
  const funnel = await chartValues(page, "funnel-chart");
  expect(funnel).toMatchObject({ NEW: "3", SPAM: "1" });
  expect(await tableValues(page, "funnel-table")).toEqual(funnel);
  for (const id of ["hubs"])
    expect(await tableValues(page, `${id}-table`)).toEqual(await chartValues(page, `${id}-chart`));

  // Desk B's inquiries (China) are nowhere; desk A's response row and the total.
  await expect(page.getByText(deskB.en)).toHaveCount(0);
  await expect(page.locator('table[data-table="countries-table"]')).not.toContainText("China");
  const response = page.locator('table[data-table="response-table"]');
  await expect(response.getByRole("row")).toHaveCount(3);
  await expect(response.getByRole("row", { name: deskA.en })).toContainText("2");
  // Two answered, after 2 and 6 hours: the median is 4 hours.
  await expect(response.getByRole("row", { name: "Your desks" }).getByRole("cell").nth(3)).toHaveText("4.0");
  const medianDays = await response.getByRole("row", { name: deskA.en }).getByRole("cell").nth(2).textContent();
  expect(medianDays).toMatch(/^\d\.\d$/);
  expect(await chartValues(page, "response-chart")).toEqual({ [String(deskA.id)]: medianDays });
});

test("an administrator sees every desk, and the page passes axe in both languages", async ({
  page,
  login,
}, testInfo) => {
  test.slow();
  const month = monthOf(testInfo.project.name === "phone" ? 3 : 4);
  const { deskA, deskB } = await twoDesks(month);
  await login({ role: "ADMINISTRATOR" });
  for (const locale of ["vi", "en"] as const) {
    for (const path of [`/${locale}/admin/reports`, reportsUrl(locale, month)]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
    const response = page.locator('table[data-table="response-table"]');
    await expect(response.getByRole("row", { name: deskA[locale] })).toBeVisible();
    await expect(response.getByRole("row", { name: deskB[locale] })).toBeVisible();
    for (const id of ["sectors", "hubs", "countries", "funnel", "target"]) {
      const chart = await chartValues(page, `${id}-chart`);
      if (id === "target") {
        expect(Object.keys(chart)).toContain(String(deskA.id));
        continue;
      }
      expect(await tableValues(page, `${id}-table`), id).toEqual(chart);
    }
  }
  await expect(page.getByText("The figures cover every desk.")).toBeVisible();
});

test("each report downloads as CSV with a byte order mark, for the months shown", async ({ page, login }) => {
  const month = monthOf(5);
  const { deskA } = await twoDesks(month);
  await login({ role: "INVESTMENT_OFFICER", desks: [deskA.id] });
  await page.goto(reportsUrl("en", month));
  const section = page.getByRole("region", { name: "Leads by country" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: "Download CSV: Leads by country" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`report-countries-${month}-${month}.csv`);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8").trimEnd().split("\r\n")).toEqual([
    "Country code (ISO 3166-1),Country,Leads,Share of leads (%)",
    "KR,South Korea,2,66.7",
    "JP,Japan,1,33.3",
  ]);
  const months = await page.request.get(`/vi/admin/reports/months?from=${month}&to=${month}`);
  expect(months.status()).toBe(200);
  expect(
    (await months.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n"),
  ).toEqual(["Tháng,Số yêu cầu", `${month},3`]);
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the range form, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("shows the months chosen, and the last twelve for a range that makes no sense", async ({
      page,
      login,
    }, testInfo) => {
      const month = monthOf((javaScriptEnabled ? 6 : 8) + (testInfo.project.name === "phone" ? 1 : 0));
      const { deskA } = await twoDesks(month);
      await login({ role: "INVESTMENT_OFFICER", desks: [deskA.id] });
      await page.goto("/vi/admin/reports");
      await page.getByLabel("Từ tháng", { exact: true }).fill(month);
      await page.getByLabel("Đến tháng", { exact: true }).fill(month);
      await page.getByRole("button", { name: "Xem báo cáo" }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]from=${month}&to=${month}$`));
      await expect(page.locator('[data-figure="leads"] dd').first()).toHaveText("3");
      await expect(page.getByLabel("Từ tháng", { exact: true })).toHaveValue(month);
      await expect(page.locator('table[data-table="months-table"] tbody tr')).toHaveCount(1);

      await page.goto(`/vi/admin/reports?from=${month}&to=2023-01`);
      // (Next.js's route announcer is an alert too, empty.)
      const notice = page.getByRole("alert").filter({ hasText: /Báo cáo hiển thị 12 tháng gần nhất/ });
      await expect(notice).toHaveText(/^Tháng bắt đầu đã chọn sau tháng kết thúc/);
      await expect(page.locator('table[data-table="months-table"] tbody tr')).toHaveCount(12);
      await page.getByRole("link", { name: "12 tháng gần nhất" }).click();
      await expect(page).toHaveURL(/\/vi\/admin\/reports$/);
      await expect(notice).toHaveCount(0);
    });
  });
}

test("printed, the form and the links are left out, the charts and tables kept, each report on a page of its own", async ({
  page,
  login,
}) => {
  await login({ role: "ADMINISTRATOR" });
  await page.goto("/en/admin/reports");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Show the reports" })).toBeHidden();
  // Hidden, so out of the accessibility tree: found by what they are.
  await expect(page.locator("a[download]")).toHaveCount(7);
  for (const link of await page.locator("a[download]").all()) await expect(link).toBeHidden();
  await expect(page.getByRole("img", { name: "Leads per sector" })).toBeVisible();
  await expect(page.locator('svg[data-chart="months-columns"]')).toBeVisible();
  await expect(page.locator('svg[data-chart="months-bars"]')).toBeHidden();
  await expect(page.getByRole("table", { name: "Leads per sector" })).toBeVisible();
  const breaks = await page
    .locator("section:has(> div > div > h2)")
    .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
  expect(breaks).toEqual(Array(7).fill("page"));
});

test("an editor is refused the page and the files; the anonymous are sent to sign in", async ({ page, login }) => {
  const anonymous = await page.request.get("/en/admin/reports/months", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(401);
  await page.goto("/en/admin/reports");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=%2Fen%2Fadmin%2Freports$/);
  await login({ role: "EDITOR" });
  const response = await page.goto("/en/admin/reports");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("img", { name: "Leads per sector" })).toHaveCount(0);
  expect((await page.request.get("/en/admin/reports/months")).status()).toBe(403);
});
