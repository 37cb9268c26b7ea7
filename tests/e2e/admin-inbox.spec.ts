import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import pg from "pg";
import { inquirySearchText } from "@/server/inquiries/search-text";
import { baseURL } from "../../playwright.config";
import { createStaffSession, createStaffUser, staffCookieName } from "../fixtures/staff";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// The inquiry inbox and the start page's counts, in the browser: an officer
// sees their desk's inquiries only (whatever the URL asks), the filter is a
// plain form that works with JavaScript off and on, the search ignores
// accents, the CSV downloads, other roles are refused, and both pages pass
// axe in both languages (the desktop and phone projects). Each test makes
// desks of its own, so other specs' inquiries never change what it sees.

test.beforeEach(actAsOwnClient);

const HOUR = 3_600_000;

async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A desk of this test's own, named in both languages. */
async function createDesk(label: string): Promise<{ id: number; en: string; vi: string }> {
  const slug = `e2e-inbox-${randomBytes(4).toString("hex")}`;
  const [desk] = await sql<{ id: number }>(
    `INSERT INTO "Desk" (slug, email, "updatedAt") VALUES ($1, $2, now()) RETURNING id`,
    [slug, `${slug}@e2e.example`],
  );
  const id = (desk as { id: number }).id;
  const names = { en: `Test desk ${label} ${id}`, vi: `Bộ phận thử ${label} ${id}` };
  await sql(`INSERT INTO "DeskTranslation" ("deskId", locale, name) VALUES ($1, 'en', $2), ($1, 'vi', $3)`, [
    id,
    names.en,
    names.vi,
  ]);
  return { id, ...names };
}

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const newReference = () => `LA-2026-${Array.from({ length: 6 }, () => ALPHABET[randomInt(30)]).join("")}`;

/** Stores an inquiry at a desk as the portal would (its search text folded the same way); returns its reference. */
async function insertInquiry(options: {
  deskId: number;
  status?: string;
  fullName: string;
  organisation: string;
  receivedHoursAgo: number;
  dueInHours: number;
}): Promise<string> {
  const reference = newReference();
  const email = `${randomUUID().slice(0, 8)}@inbox-e2e.example`;
  const createdAt = new Date(Date.now() - options.receivedHoursAgo * HOUR);
  const dueAt = new Date(Date.now() + options.dueInHours * HOUR);
  await sql(
    `INSERT INTO "Inquiry" (reference, "idempotencyKey", locale, status, "fullName", organisation, country, email,
       "sectorId", "parcelCodes", "capitalRange", timeline, message, "consentedAt", "privacyNoticeVersion", "deskId",
       "createdAt", "updatedAt", "lastActivityAt", "dueAt", "searchText")
     VALUES ($1, $2, 'vi', $3::"InquiryStatus", $4, $5, 'VN', $6, (SELECT id FROM "Sector" WHERE slug = 'electronics'),
       '{}', 'FROM_10M_TO_50M', 'within-12-months', 'Xin thông tin.', $7::timestamptz AT TIME ZONE 'UTC', '2026-11-24',
       $8, $7::timestamptz AT TIME ZONE 'UTC', $7::timestamptz AT TIME ZONE 'UTC', $7::timestamptz AT TIME ZONE 'UTC',
       $9::timestamptz AT TIME ZONE 'UTC', $10)`,
    [
      reference,
      randomUUID(),
      options.status ?? "NEW",
      options.fullName,
      options.organisation,
      email,
      createdAt.toISOString(),
      options.deskId,
      dueAt.toISOString(),
      inquirySearchText({ reference, fullName: options.fullName, organisation: options.organisation, email }),
    ],
  );
  return reference;
}

/** Two desks: A with an overdue and a fresh inquiry, B with one of its own. */
async function twoDesks() {
  const deskA = await createDesk("A");
  const deskB = await createDesk("B");
  const overdue = await insertInquiry({
    deskId: deskA.id,
    fullName: "Nguyễn Văn Thử",
    organisation: "Công ty Mẫu Ánh Dương",
    receivedHoursAgo: 100,
    dueInHours: -50,
  });
  const fresh = await insertInquiry({
    deskId: deskA.id,
    fullName: "Kim Min-jun",
    organisation: "Sample Co. Harbor Logistics",
    receivedHoursAgo: 2,
    dueInHours: 46,
  });
  const other = await insertInquiry({
    deskId: deskB.id,
    fullName: "Nguyễn Thị Khác",
    organisation: "Công ty Mẫu Bình Minh",
    receivedHoursAgo: 80,
    dueInHours: -30,
  });
  return { deskA, deskB, overdue, fresh, other };
}

// The inbox page has one table (its caption names it in the page's language).
const table = (page: Page) => page.getByRole("main").getByRole("table");
const row = (page: Page, reference: string) => table(page).getByRole("row").filter({ hasText: reference });

test("an officer sees only their desk's inquiries, the overdue one flagged in words", async ({ page, login }) => {
  const { deskA, deskB, overdue, fresh, other } = await twoDesks();
  await login({ role: "INVESTMENT_OFFICER", desks: [deskA.id] });
  await page.goto("/en/admin/inquiries");
  await expect(page.getByRole("heading", { level: 1, name: "Inquiries" })).toBeVisible();
  // Oldest due first.
  const references = await table(page).getByRole("rowheader").allTextContents();
  expect(references).toEqual([overdue, fresh]);
  await expect(row(page, overdue)).toContainText("Overdue");
  await expect(row(page, overdue)).toContainText(/due \d+ (days|hours) ago/);
  await expect(row(page, fresh)).not.toContainText("Overdue");
  await expect(row(page, fresh)).toContainText(/due in (\d+ (days|hours)|tomorrow)/);
  await expect(row(page, overdue).getByRole("link", { name: overdue })).toHaveAttribute(
    "href",
    `/en/admin/inquiries/${overdue}`,
  );
  // Only their desk to choose from; the other desk, asked for in the URL, gives nothing.
  await expect(page.getByLabel("Desk").locator("option")).toHaveText(["All my desks", deskA.en]);
  await page.goto(`/en/admin/inquiries?desk=${deskB.id}&status=all&q=khac`);
  await expect(page.getByRole("status").filter({ hasText: "No inquiry matches these filters." })).toBeVisible();
  await expect(page.getByText(other)).toHaveCount(0);

  // The start page counts the desk's inquiries; the overdue count opens the list of overdue ones.
  await page.goto("/en/admin");
  const counts = page.getByRole("table", { name: "Waiting inquiries per desk" });
  await expect(counts.getByRole("rowheader")).toHaveText([deskA.en]);
  await counts.getByRole("link", { name: `${deskA.en}: 1 Overdue` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/inquiries\\?desk=${deskA.id}&overdue=1$`));
  await expect(table(page).getByRole("rowheader")).toHaveText([overdue]);
  await page.goto("/en/admin");
  await page.getByRole("link", { name: `${deskA.en}: 2 New` }).click();
  // The click navigates: wait for the list it leads to, not the start page's table.
  await expect(page).toHaveURL(new RegExp(`/en/admin/inquiries\\?status=new&desk=${deskA.id}$`));
  await expect(table(page).getByRole("rowheader")).toHaveText([overdue, fresh]);
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the filter form, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("filters and searches through the URL, ignoring accents, and clears", async ({ page, login }) => {
      const { deskA, overdue, fresh } = await twoDesks();
      await login({ role: "INVESTMENT_OFFICER", desks: [deskA.id] });
      await page.goto("/vi/admin/inquiries");
      await page.getByLabel("Tìm kiếm", { exact: true }).fill("NGUYEN van");
      await page.getByRole("button", { name: "Áp dụng" }).click();
      await expect(page).toHaveURL(/[?&]q=NGUYEN\+van(&|$)/);
      expect(await table(page).getByRole("rowheader").allTextContents()).toEqual([overdue]);
      await expect(page.getByLabel("Tìm kiếm", { exact: true })).toHaveValue("NGUYEN van");

      await page.getByLabel("Tìm kiếm", { exact: true }).fill("");
      await page.getByLabel("Sắp xếp", { exact: true }).selectOption("received-desc");
      await page.getByLabel("Tình trạng", { exact: true }).selectOption("new");
      await page.getByRole("button", { name: "Áp dụng" }).click();
      await expect(page).toHaveURL(/[?&]status=new(&|$)/);
      await expect(page).toHaveURL(/[?&]sort=received-desc(&|$)/);
      expect(await table(page).getByRole("rowheader").allTextContents()).toEqual([fresh, overdue]);

      await page.getByLabel("Chỉ yêu cầu quá hạn").check();
      await page.getByRole("button", { name: "Áp dụng" }).click();
      await expect(page).toHaveURL(/[?&]overdue=1(&|$)/);
      expect(await table(page).getByRole("rowheader").allTextContents()).toEqual([overdue]);

      // The counts above the table are links that pick a status.
      await page
        .getByRole("navigation", { name: "Yêu cầu theo tình trạng" })
        .getByRole("link", { name: /^Tất cả/ })
        .click();
      await expect(page).toHaveURL(/[?&]status=all(&|$)/);

      await page.getByRole("link", { name: "Bỏ lọc" }).click();
      await expect(page).toHaveURL(/\/vi\/admin\/inquiries$/);
      expect(await table(page).getByRole("rowheader").allTextContents()).toEqual([overdue, fresh]);
    });
  });
}

test("the CSV export downloads the filtered list, with a byte order mark, and is audited", async ({ page, login }) => {
  const { deskA, overdue, fresh, other } = await twoDesks();
  const officer = await login({ role: "INVESTMENT_OFFICER", desks: [deskA.id] });
  await page.goto("/en/admin/inquiries?status=all");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV (2 inquiries)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^inquiries-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^Reference,Received \(UTC\+7\),Answer due \(UTC\+7\),Overdue,Status,Desk,/);
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([overdue, fresh]);
  expect(lines.join("\n")).toContain("Nguyễn Văn Thử");
  expect(lines.join("\n")).not.toContain(other);
  const entries = await sql<{ changes: { filter: Record<string, string>; rows: number } }>(
    `SELECT changes FROM "AuditEntry" WHERE action = 'inquiry.export' AND "actorId" = $1`,
    [officer.id],
  );
  expect(entries.map((entry) => entry.changes)).toEqual([{ filter: { status: "all" }, rows: 2 }]);
});

test("anyone signed out is sent to sign in; an editor is refused", async ({ page, context }) => {
  const response = await page.goto("/vi/admin/inquiries?status=all");
  await expect(page).toHaveURL(/\/vi\/admin\/sign-in\?next=%2Fvi%2Fadmin%2Finquiries/);
  expect(response?.status()).toBe(200);
  expect((await page.request.get("/vi/admin/inquiries/export")).status()).toBe(401);

  const editor = await createStaffUser({ role: "EDITOR", url: e2eDatabaseUrl() });
  const session = await createStaffSession(editor.id, { url: e2eDatabaseUrl(), siteUrl: baseURL });
  await context.addCookies([
    { name: staffCookieName(baseURL), value: session.token, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
  const refused = await page.goto("/en/admin/inquiries");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  expect((await page.request.get("/en/admin/inquiries/export")).status()).toBe(403);
  const [count] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditEntry" WHERE action = 'inquiry.export' AND "actorId" = $1`,
    [editor.id],
  );
  expect(count?.n).toBe(0);
});

for (const locale of ["vi", "en"] as const) {
  test(`the inbox and the start page pass axe (${locale})`, async ({ page, login }) => {
    test.slow();
    const { deskA } = await twoDesks();
    const paths = [
      "/admin/inquiries",
      "/admin/inquiries?status=all&sort=received-desc",
      "/admin/inquiries?q=zzzz",
      "/admin",
    ];
    for (const who of ["INVESTMENT_OFFICER", "ADMINISTRATOR"] as const) {
      await page.context().clearCookies();
      await login({ role: who, desks: [deskA.id] });
      for (const path of paths) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole("main")).toHaveCount(1);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expectNoAxeViolations(page);
      }
    }
  });
}

test("on a phone the table scrolls inside its own box, not the page", async ({ page, login }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone layout");
  const { deskA } = await twoDesks();
  await login({ role: "INVESTMENT_OFFICER", desks: [deskA.id] });
  await page.goto("/en/admin/inquiries");
  const region = page.getByRole("region", { name: /^Inquiries, page/ });
  await expect(region).toBeVisible();
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(390);
});
