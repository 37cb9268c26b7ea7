import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { copyParcel, fillParcelForm, square, uniqueParcelCode } from "./parcel-form";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// An editor keeps a parcel current, with JavaScript on and off: creates it
// (every field, the boundary previewed on the map first: pasted with
// JavaScript, uploaded as a file without), changes its status with a reason
// and sees the public page show it, marks it verified today, edits and saves
// it, and archives it (the public page is then gone). A self-intersecting
// boundary is refused with its message. Each test works on a parcel with a
// code of its own: the phone and desktop projects share one database.

test.beforeEach(actAsOwnClient);

/** Public parcel pages are cached and revalidated by tag (and once more a few seconds later). */
const SETTLE_WINDOW_MS = 20_000;

const bowTie = {
  type: "Polygon",
  coordinates: [
    [
      [106.5, 10.65],
      [106.501, 10.651],
      [106.501, 10.65],
      [106.5, 10.651],
      [106.5, 10.65],
    ],
  ],
};

const notice = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });
const problem = (page: Page) => page.getByRole("alert", { name: "There is a problem" });
/** A row of the parcel's history, by what was done. */
const historyRow = (page: Page, what: string) =>
  page
    .getByRole("region", { name: /The latest changes to this parcel/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: what, exact: true }) });

for (const js of ["on", "off"] as const) {
  test.describe(`parcel management, JavaScript ${js}`, () => {
    test.use({ javaScriptEnabled: js === "on" });

    test("an editor creates a parcel, changes its status, verifies, edits and archives it", async ({
      page,
      login,
      context,
    }, testInfo) => {
      test.slow();
      const code = uniqueParcelCode(`${testInfo.project.name[0]}${js === "on" ? "J" : "N"}`);
      await login({ role: "EDITOR" });

      // 1. The list links to the new form.
      await page.goto("/en/admin/parcels");
      await expect(page.getByRole("heading", { level: 1, name: "Parcels" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Import" })).toHaveAttribute("href", "/en/admin/parcels/import");
      await page.getByRole("link", { name: "New parcel" }).click();
      await expect(page).toHaveURL(/\/en\/admin\/parcels\/new$/);

      // 2. Every field, the boundary previewed before saving.
      await fillParcelForm(page, code);
      const boundary = JSON.stringify(square(106.51, 10.66));
      if (js === "on") {
        await page.getByLabel("Boundary (GeoJSON)").fill(boundary);
      } else {
        await page.getByLabel("Or upload a GeoJSON file").setInputFiles({
          name: "boundary.geojson",
          mimeType: "application/geo+json",
          buffer: Buffer.from(JSON.stringify({ type: "Feature", properties: {}, geometry: square(106.51, 10.66) })),
        });
      }
      await page.getByRole("button", { name: "Preview boundary" }).click();
      await expect(notice(page, "The boundary is valid.")).toBeVisible();
      await expect(page.getByRole("img", { name: /Preview of the boundary/ })).toBeVisible();
      // What was typed is kept, and the uploaded file is now in the text box.
      await expect(page.getByLabel("Parcel code")).toHaveValue(code);
      await expect(page.getByLabel("Boundary (GeoJSON)")).toHaveValue(/106\.51/);
      await page.getByRole("button", { name: "Create the parcel" }).click();
      await expect(page).toHaveURL(new RegExp(`/en/admin/parcels/${code}\\?done=created$`));
      await expect(notice(page, "The parcel has been created.")).toBeVisible();
      await expect(page.getByLabel("Area (m²)")).toHaveValue("12000");
      await expect(page.getByLabel("Rent (USD/m²)")).toHaveValue("150.5");
      await expect(page.getByRole("img", { name: /The current boundary/ })).toBeVisible();

      // 3. The status, with a reason (required).
      await page.getByLabel("New status").selectOption("leased");
      await page.getByRole("button", { name: "Change the status" }).click();
      await expect(problem(page)).toContainText("Reason for the change: Fill in this field.");
      await page.getByLabel("New status").selectOption("leased");
      await page.getByLabel("Reason for the change").fill(`Lease signed ${code}`);
      await page.getByRole("button", { name: "Change the status" }).click();
      await expect(notice(page, "The status has been changed")).toBeVisible();
      await expect(historyRow(page, "Status changed")).toContainText(`Lease signed ${code}`);

      // The public page shows it (refreshed by tag, once more a few seconds later).
      const publicPage = await context.newPage();
      await expect(async () => {
        const response = await publicPage.goto(`/vi/land/${code}`);
        expect(response?.status()).toBe(200);
        await expect(publicPage.getByRole("main")).toContainText("Đã cho thuê", { timeout: 1_000 });
      }).toPass({ timeout: SETTLE_WINDOW_MS });

      // 4. Verified today.
      await page.getByRole("button", { name: "Verified today" }).click();
      await expect(notice(page, "The parcel is marked as verified today.")).toBeVisible();
      await expect(historyRow(page, "Verified")).toHaveCount(1);

      // 5. An edit, saved.
      await page.getByLabel("Area (m²)").fill("12500");
      await page.getByRole("button", { name: "Save the changes" }).click();
      await expect(notice(page, "The changes have been saved")).toBeVisible();
      await expect(page.getByLabel("Area (m²)")).toHaveValue("12500");
      await expect(historyRow(page, "Edited")).toContainText("12500");

      // 6. Archived: gone from the public site.
      await page.getByRole("link", { name: "Archive…" }).click();
      await page.getByRole("button", { name: "Yes, archive the parcel" }).click();
      await expect(notice(page, "The parcel has been archived")).toBeVisible();
      await expect(page.getByRole("button", { name: "Restore the parcel" })).toBeVisible();
      await expect(async () => {
        const response = await publicPage.goto(`/vi/land/${code}`);
        expect(response?.status()).toBe(404);
      }).toPass({ timeout: SETTLE_WINDOW_MS });
      await page.screenshot({ path: testInfo.outputPath(`archived-${js}.png`), fullPage: true });
    });
  });
}

for (const js of ["on", "off"] as const) {
  test.describe(`two editors on one parcel, JavaScript ${js}`, () => {
    test.use({ javaScriptEnabled: js === "on" });

    test("a form opened before the other's save is refused, shown again at the current version, what was typed kept", async ({
      page,
      login,
      context,
    }, testInfo) => {
      await login({ role: "EDITOR" });
      const code = await copyParcel(e2eDatabaseUrl(), uniqueParcelCode(`${testInfo.project.name[0]}C${js}`));
      await page.goto(`/en/admin/parcels/${code}`);
      const other = await context.newPage();
      await other.goto(`/en/admin/parcels/${code}`);
      await other.getByLabel("Area (m²)").fill("33333");
      await other.getByRole("button", { name: "Save the changes" }).click();
      await expect(notice(other, "The changes have been saved")).toBeVisible();

      await page.getByLabel("Area (m²)").fill("44444");
      await page.getByRole("button", { name: "Save the changes" }).click();
      await expect(problem(page)).toContainText("Someone changed this parcel a moment ago.");
      await expect(page.getByLabel("Area (m²)")).toHaveValue("44444");
      // The page was read again: saving now is at the current version.
      await expect(historyRow(page, "Edited")).toContainText("33333");
      await page.getByRole("button", { name: "Save the changes" }).click();
      await expect(notice(page, "The changes have been saved")).toBeVisible();
      await expect(page.getByLabel("Area (m²)")).toHaveValue("44444");
    });
  });
}

test("a self-intersecting boundary is refused with its message, and nothing is created", async ({
  page,
  login,
}, testInfo) => {
  const code = uniqueParcelCode(`${testInfo.project.name[0]}X`);
  await login({ role: "EDITOR" });
  await page.goto("/en/admin/parcels/new");
  await fillParcelForm(page, code);
  await page.getByLabel("Boundary (GeoJSON)").fill(JSON.stringify(bowTie));
  const message = "The polygon intersects itself: the edges of a boundary must not cross.";
  await page.getByRole("button", { name: "Preview boundary" }).click();
  await expect(problem(page)).toContainText(message);
  await page.getByRole("button", { name: "Create the parcel" }).click();
  await expect(problem(page)).toContainText(message);
  await expect(page.getByLabel("Boundary (GeoJSON)")).toHaveAttribute("aria-invalid", "true");
  expect((await page.request.get(`/en/admin/parcels/${code}`)).status()).toBe(404);
});

test("the list, the new form and a parcel's page pass axe, in both languages", async ({ page, login }, testInfo) => {
  test.slow();
  await login({ role: "EDITOR" });
  for (const locale of ["vi", "en"] as const) {
    await page.goto(`/${locale}/admin/parcels?stale=1&archived=include`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/admin/parcels`);
    await expectNoAxeViolations(page);
    const first = page.getByRole("region", { name: locale === "vi" ? /lô đất/ : /parcels/ }).getByRole("rowheader");
    const code = (await first.first().textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9-]+$/);
    await page.goto(`/${locale}/admin/parcels/new`);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/admin/parcels/${code}`);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath(`edit-${locale}.png`), fullPage: true });
  }
  // The preview, drawn on the form.
  await page.goto("/en/admin/parcels/new");
  await page.getByLabel("Boundary (GeoJSON)").fill(JSON.stringify(square(106.52, 10.67)));
  await page.getByRole("button", { name: "Preview boundary" }).click();
  await expect(page.getByRole("img", { name: /Preview of the boundary/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the back office's navigation and start page lead editors to the parcels, and to those not verified for 90 days", async ({
  page,
  login,
}) => {
  await login({ role: "EDITOR" });
  await page.goto("/en/admin");
  const nav = page.getByRole("navigation", { name: "Back office sections" });
  await expect(nav.getByRole("link", { name: "Parcels" })).toHaveAttribute("href", "/en/admin/parcels");
  const stale = page.getByText(/not been verified for 90 days|Every parcel has been verified in the last 90 days/);
  await expect(stale).toBeVisible();
  const link = page.getByRole("link", { name: /not been verified for 90 days/ });
  if ((await link.count()) > 0) {
    await link.click();
    await expect(page).toHaveURL(/\/en\/admin\/parcels\?stale=1$/);
    await expect(page.getByLabel(/Only parcels not verified for 90 days/)).toBeChecked();
    const rows = page
      .getByRole("region", { name: /parcels/ })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader") });
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) await expect(row).toContainText("Not verified for 90 days");
  }

  await login({ role: "INVESTMENT_OFFICER", desks: [1] });
  await page.goto("/en/admin");
  await expect(nav.getByRole("link", { name: "Parcels" })).toHaveCount(0);
  expect((await page.goto("/en/admin/parcels"))?.status()).toBe(403);
});
