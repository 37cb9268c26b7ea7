import type { Page, TestInfo } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// Editing content in the back office: who is refused, an editor publishing
// a transport link's new status that the hub page then shows, a draft seen
// in preview only, an English text left out falling back to Vietnamese, the
// PDF upload, and axe on the pages in both languages (desktop and phone,
// with a screenshot of each in the test's output folder).

test.beforeEach(actAsOwnClient);

async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const entryId = async (kind: string, key: string) => {
  const [row] = await query<{ id: number }>(`SELECT id FROM "ContentEntry" WHERE kind = $1 AND key = $2`, [kind, key]);
  if (!row) throw new Error(`no ${kind} ${key} in the seed`);
  return row.id;
};

const contentPages = async () => {
  const link = await entryId("transport-link", "ben-luc-ring-road-3");
  return [
    "/admin/content",
    "/admin/content/transport-link",
    `/admin/content/transport-link/${link}`,
    "/admin/content/legal-document/new",
    "/admin/content/site",
  ];
};

test.describe("who may", () => {
  test.use({ javaScriptEnabled: false });

  test("investment officers and visitors who are not signed in are refused every content page", async ({
    page,
    login,
    context,
  }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "access does not depend on the screen");
    const pages = await contentPages();
    for (const path of pages) {
      await page.goto(`/en${path}`);
      expect(new URL(page.url()).pathname, path).toBe("/en/admin/sign-in");
      expect(new URL(page.url()).searchParams.get("next"), path).toBe(`/en${path}`);
    }
    await context.clearCookies();
    await login({ role: "INVESTMENT_OFFICER", desks: ["general"] });
    for (const path of pages) {
      const response = await page.goto(`/vi${path}`);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quý vị không có quyền truy cập trang này");
    }
    await expect(page.getByRole("link", { name: "Nội dung", exact: true })).toHaveCount(0);
    // The routes behind the pages refuse too.
    const link = await entryId("transport-link", "ben-luc-ring-road-3");
    const previewed = await page.request.get(`/api/admin/preview?kind=transport-link&id=${link}&locale=en`, {
      maxRedirects: 0,
    });
    expect(previewed.status()).toBe(403);
  });
});

/** Each run (project × JavaScript) changes its own link and sector, so that parallel runs do not meet. */
const runs = {
  "desktop-on": {
    hub: "ben-luc",
    link: "ben-luc-ring-road-3",
    linkName: "Ring Road 3",
    sector: "electronics",
  },
  "desktop-off": {
    hub: "can-giuoc",
    link: "can-giuoc-ben-luc-long-thanh",
    linkName: "Bến Lức–Long Thành",
    sector: "telecommunications",
  },
  "phone-on": { hub: "ben-luc", link: "ben-luc-long-thanh", linkName: "Long Thành", sector: "it-digital-economy" },
  "phone-off": {
    hub: "can-giuoc",
    link: "can-giuoc-long-thanh",
    linkName: "Long Thành",
    sector: "high-tech-agriculture",
  },
} as const;

const runOf = (testInfo: TestInfo, js: "on" | "off") => runs[`${testInfo.project.name}-${js}` as keyof typeof runs];

async function publishLinkStatus(page: Page, testInfo: TestInfo, js: "on" | "off") {
  const run = runOf(testInfo, js);
  const row = page.locator(`#transport-link-${run.link}`);
  await page.goto(`/en/hubs/${run.hub}`);
  await expect(row.getByRole("cell").nth(3)).toHaveText("Partly open");

  await page.goto("/en/admin/content");
  await page.getByRole("link", { name: "Transport link", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transport link");
  await page
    .getByRole("row")
    .filter({ has: page.getByText(run.link, { exact: true }) })
    .getByRole("link", { name: /^Edit/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(run.linkName);
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Open" });
  await page.getByLabel("As of", { exact: true }).fill("2026-12-01");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Published: the public pages show it now.");
  await expect(page.getByText("Published", { exact: true })).toBeVisible();

  await page.goto(`/en/hubs/${run.hub}`);
  await expect(row.getByRole("cell").nth(3)).toHaveText("Open");
  await page.goto(`/vi/hubs/${run.hub}`);
  await expect(row.getByRole("cell").nth(3)).toHaveText("Đã khai thác");
}

async function draftPreviewFallback(page: Page, testInfo: TestInfo, js: "on" | "off") {
  const run = runOf(testInfo, js);
  const id = await entryId("sector", run.sector);
  const publicPage = `/en/sectors/${run.sector}`;
  // The sector's name and the parcels' texts stay as they are: other specs
  // choose sectors by name. What changes is the page's own text.
  const marker = `A new paragraph from the ${testInfo.project.name} run with JavaScript ${js}.`;
  await page.goto(publicPage);
  const summary = page.locator("main p.text-lg").first();
  const originalSummary = (await summary.textContent()) ?? "";

  await page.goto(`/en/admin/content/sector/${id}`);
  const offer = page.getByRole("group", { name: "What the area offers" });
  const summaryGroup = page.getByRole("group", { name: "Summary" });
  const originalOffer = await offer.getByLabel(/^English/).inputValue();
  await offer.getByLabel(/^English/).fill(`${originalOffer}\n\n${marker}`);
  // English only partly: the summary's English is left out.
  await summaryGroup.getByLabel(/^English/).fill("");
  const vietnamese = await summaryGroup.getByLabel("Vietnamese").inputValue();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "The draft has been saved. It is not on the public site until it is published.",
  );
  await expect(page.getByText("Published, with unpublished changes")).toBeVisible();
  await expect(summaryGroup.getByText("missing — the Vietnamese text is shown")).toBeVisible();

  // Not public yet.
  await page.goto(publicPage);
  await expect(page.getByText(marker)).toHaveCount(0);
  await expect(summary).toHaveText(originalSummary);

  // In preview: the draft, the banner, the Vietnamese summary marked as such.
  await page.goto(`/en/admin/content/sector/${id}`);
  await page.getByRole("link", { name: "Preview the saved draft" }).click();
  await expect(page).toHaveURL(new RegExp(`${publicPage}$`));
  const banner = page.getByRole("region", { name: "Preview: this page shows unpublished drafts." });
  await expect(banner).toBeVisible();
  await expect(page.getByText(marker)).toBeVisible();
  await expect(summary.locator('[lang="vi"]')).toHaveText(vietnamese);
  await banner.getByRole("link", { name: "Leave preview" }).click();
  await expect(page).toHaveURL(new RegExp(`${publicPage}$`));
  await expect(banner).toHaveCount(0);
  await expect(page.getByText(marker)).toHaveCount(0);
  await expect(summary).toHaveText(originalSummary);

  // Published: every visitor now gets it, and the Vietnamese summary marked lang="vi".
  await page.goto(`/en/admin/content/sector/${id}`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Published: the public pages show it now.");
  await page.goto(publicPage);
  await expect(page.getByText(marker)).toBeVisible();
  await expect(summary.locator('[lang="vi"]')).toHaveText(vietnamese);
}

for (const js of ["on", "off"] as const) {
  test.describe(`an editor, JavaScript ${js}`, () => {
    test.use({ javaScriptEnabled: js === "on" });

    test("changes a transport link's status and publishes it: the hub page shows it", async ({
      page,
      login,
    }, testInfo) => {
      await login({ role: "EDITOR" });
      await publishLinkStatus(page, testInfo, js);
    });

    test("saves a draft, previews it, and publishes a sector with English only partly written", async ({
      page,
      login,
    }, testInfo) => {
      await login({ role: "EDITOR" });
      await draftPreviewFallback(page, testInfo, js);
    });

    test("bad input is shown next to its field and in the summary, with what was typed", async ({
      page,
      login,
    }, testInfo) => {
      test.skip(testInfo.project.name !== "desktop", "one screen is enough for the messages");
      await login({ role: "EDITOR" });
      await page.goto("/en/admin/content/transport-link/new");
      await page.getByLabel("Key", { exact: true }).fill("Not a key");
      await page.getByLabel("Distance (km)").fill("12,345");
      await page.getByRole("button", { name: "Save draft" }).click();
      const summary = page.getByRole("alert", { name: "There is a problem" });
      await expect(summary.getByRole("link", { name: /^Key: Use lower-case letters/ })).toBeVisible();
      await expect(summary.getByRole("link", { name: /^Distance \(km\): Enter a number/ })).toBeVisible();
      await expect(summary.getByRole("link", { name: /^Name \(Vietnamese\): Fill in this field/ })).toBeVisible();
      await expect(page.getByLabel("Distance (km)")).toHaveValue("12,345");
      await expect(page.getByLabel("Distance (km)")).toHaveAttribute("aria-invalid", "true");
    });
  });
}

test.describe("the PDF upload, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("takes a PDF into the form and refuses a file that is not one", async ({ page, login }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one screen is enough for the upload");
    await login({ role: "EDITOR" });
    await page.goto("/en/admin/content/legal-document/new");
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    await page.getByLabel("PDF file").setInputFiles({ name: "decree.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Upload the file" }).click();
    await expect(page).toHaveURL(/\/en\/admin\/content\/legal-document\/new\?file=[0-9a-f-]{36}$/);
    await expect(page.getByText("New file, not yet saved: decree.pdf")).toBeVisible();
    const open = await page.request.get(
      (await page.getByRole("link", { name: "Open the file" }).getAttribute("href")) ?? "",
    );
    expect(open.headers()["content-type"]).toBe("application/pdf");

    await page.getByLabel("PDF file").setInputFiles({
      name: "decree.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("MZ\x90\0 This program cannot be run in DOS mode."),
    });
    await page.getByRole("button", { name: "Upload the file" }).click();
    await expect(page.getByRole("alert")).toHaveText("This file is not a PDF. Choose the official text as a PDF file.");
  });
});

for (const locale of ["vi", "en"] as const) {
  test(`the content pages pass axe (${locale})`, async ({ page, login }, testInfo) => {
    test.slow();
    await login({ role: "EDITOR" });
    const link = await entryId("transport-link", "ben-luc-ring-road-3");
    const pages = {
      index: "/admin/content",
      list: "/admin/content/transport-link",
      edit: `/admin/content/transport-link/${link}`,
      new: "/admin/content/legal-document/new",
      site: `/admin/content/site/${await entryId("site", "site")}`,
    };
    for (const [name, path] of Object.entries(pages)) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`${locale}-${name}.png`), fullPage: true });
    }
    // The confirmation of unpublishing, and the preview banner on a public page.
    await page.goto(`/${locale}/admin/content/transport-link/${link}?confirm=unpublish#unpublish`);
    await expectNoAxeViolations(page);
    await page.goto(`/api/admin/preview?kind=transport-link&id=${link}&locale=${locale}`);
    await expect(page.getByRole("region", { name: /^(Preview|Bản xem trước)/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: testInfo.outputPath(`${locale}-preview.png`) });
  });
}
