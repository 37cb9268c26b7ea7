import { randomUUID } from "node:crypto";
import type { Page, TestInfo } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// Desks, routing rules, holidays and settings in the back office: an
// administrator's work with JavaScript on and off, what other roles are
// refused, the public pages reading the settings, and axe on every page in
// both languages (the desktop and phone projects).

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

const one = async (text: string, values: unknown[] = []) => {
  const [row] = await query<{ id: number }>(text, values);
  if (!row) throw new Error(`nothing for ${text}`);
  return row.id;
};

/** Each run (project × JavaScript) routes its own combination, so that parallel runs do not answer each other. */
const combinations = {
  "desktop-on": {
    sector: "supporting-industries",
    sectorName: "Supporting industries",
    hub: "ben-luc",
    hubName: "Bến Lức area",
  },
  "desktop-off": {
    sector: "supporting-industries",
    sectorName: "Supporting industries",
    hub: "can-giuoc",
    hubName: "Cần Giuộc area",
  },
  "phone-on": {
    sector: "high-tech-agriculture",
    sectorName: "High-tech agriculture",
    hub: "ben-luc",
    hubName: "Bến Lức area",
  },
  "phone-off": {
    sector: "high-tech-agriculture",
    sectorName: "High-tech agriculture",
    hub: "can-giuoc",
    hubName: "Cần Giuộc area",
  },
} as const;

async function deskToRuleToAnswer(page: Page, testInfo: TestInfo, js: "on" | "off") {
  const combination = combinations[`${testInfo.project.name}-${js}` as keyof typeof combinations];
  const tag = randomUUID().slice(0, 6);
  const deskName = `E2E desk ${tag}`;

  // A new desk.
  await page.goto("/en/admin/desks");
  await page.getByRole("link", { name: "Add a desk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a desk");
  await page.getByRole("button", { name: "Add the desk" }).click();
  // Nothing typed: the error summary names both names and the address.
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary.getByRole("link")).toHaveText([
    "Name in Vietnamese: Fill in this field.",
    "Name in English: Fill in this field.",
    "E-mail address of the desk: Fill in this field.",
  ]);
  await page.getByLabel("Name in Vietnamese").fill(`Bộ phận thử nghiệm ${tag}`);
  await page.getByLabel("Name in English").fill(deskName);
  await page.getByLabel("E-mail address of the desk").fill(`desk-${tag}@longan-hitech.example`);
  await expect(page.getByLabel("Receives new inquiries")).toBeChecked();
  await expect(page.getByLabel("Default desk")).not.toBeChecked();
  await page.getByRole("button", { name: "Add the desk" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/desks\/\d+\?done=created$/);
  await expect(page.getByRole("status")).toHaveText("The desk has been added.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(deskName);
  await expect(page.getByText(`e2e-desk-${tag}`, { exact: true })).toBeVisible();

  // A rule for it: added at the end of the list.
  await page.goto("/en/admin/desks/routing");
  await page.getByRole("link", { name: "Add a rule" }).click();
  await page.getByLabel("Sector").selectOption({ label: combination.sectorName });
  await page.getByLabel("Hub", { exact: true }).selectOption({ label: combination.hubName });
  await page.getByLabel("Under USD 10 million").check();
  await page.getByLabel("Desk").selectOption({ label: deskName });
  await page.getByRole("button", { name: "Add the rule" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/desks\/routing\?done=created#rule-\d+$/);
  await expect(page.getByRole("status")).toHaveText("The rule has been added at the end of the list.");
  const ruleId = Number(new URL(page.url()).hash.replace("#rule-", ""));
  const row = page.locator(`#rule-${ruleId}`);
  await expect(row).toContainText(deskName);
  const positionOf = async () => Number(await row.getByRole("rowheader").textContent());

  try {
    // Below the seed's rule for its sector, it would not be reached: moved up to the top. (Rule
    // positions are shared by every run: only one run moves rules at a time, see below.)
    for (let step = 0; step < 20 && (await positionOf()) > 1; step++) {
      const before = await positionOf();
      await row.getByRole("button", { name: `Move up (rule ${before})` }).click();
      await expect(page.getByRole("status")).toHaveText("The rule has been moved up.");
      await expect.poll(positionOf).toBeLessThan(before);
    }

    // Which desk would get an inquiry like this? That one, by that rule, marked in the table.
    const which = page.getByRole("region", { name: "Which desk would get this?" });
    await which.getByLabel("Sector").selectOption(combination.sector);
    await which.getByLabel("Preferred hub").selectOption(combination.hub);
    await which.getByLabel("Planned investment").selectOption("under-10m");
    await which.getByRole("button", { name: "Find the desk" }).click();
    await expect(page).toHaveURL(new RegExp(`sector=${combination.sector}&hub=${combination.hub}&capital=under-10m`));
    const answer = page.getByRole("status").filter({ hasText: "An inquiry with these details would go to:" });
    await expect(answer).toContainText(`${deskName}, by rule ${await positionOf()}.`);
    await expect(row.getByText("Matches")).toBeVisible();
    // The same inquiry without a hub does not match it.
    await which.getByLabel("Preferred hub").selectOption("");
    await which.getByRole("button", { name: "Find the desk" }).click();
    await expect(page.getByRole("status").filter({ hasText: "would go to" })).not.toContainText(deskName);
    await expect(row.getByText("Matches")).toHaveCount(0);
  } finally {
    // Deleted through its page, so that no other spec's inquiry is routed by it.
    await page.goto(`/en/admin/desks/routing/${ruleId}`);
    await page.getByRole("link", { name: "Delete the rule…" }).click();
    await page.getByRole("button", { name: "Yes, delete the rule" }).click();
    // (Without JavaScript the browser keeps the fragment of the page the form was on.)
    await expect(page).toHaveURL(/\/en\/admin\/desks\/routing\?done=deleted(#delete)?$/);
    await expect(page.getByRole("status")).toContainText("The rule has been deleted");
  }
  await expect(page.locator(`#rule-${ruleId}`)).toHaveCount(0);
  const positions = (await page.locator("#rules-caption + thead + tbody th").allTextContents()).map(Number);
  expect(positions).toEqual(positions.map((_, index) => index + 1));

  // The desk stops receiving inquiries: said plainly on its page.
  await page.goto("/en/admin/desks");
  await page.getByRole("link", { name: `Bộ phận thử nghiệm ${tag}` }).click();
  await page.getByLabel("Receives new inquiries").uncheck();
  await page.getByRole("button", { name: "Save the changes" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "The desk no longer receives new inquiries. It has no open inquiries.",
  );
}

// Moving a rule moves the others: two runs moving rules at once would push each other's down.
// So these run one after the other, in the desktop project only (the phone's layout of the
// same pages is checked by the axe and refusal tests below).
test.describe
  .serial("desks and rules", () => {
    test.describe("an administrator, with JavaScript", () => {
      test("creates a desk, a rule for it, moves it up, and the which-desk form answers with it", async ({
        page,
        login,
      }, testInfo) => {
        test.skip(testInfo.project.name !== "desktop", "rule positions are shared: one project moves them");
        test.slow();
        await login({ role: "ADMINISTRATOR" });
        await deskToRuleToAnswer(page, testInfo, "on");
      });
    });

    test.describe("an administrator, without JavaScript", () => {
      test.use({ javaScriptEnabled: false });
      test("creates a desk, a rule for it, moves it up, and the which-desk form answers with it", async ({
        page,
        login,
      }, testInfo) => {
        test.skip(testInfo.project.name !== "desktop", "rule positions are shared: one project moves them");
        test.slow();
        await login({ role: "ADMINISTRATOR" });
        await deskToRuleToAnswer(page, testInfo, "off");
      });
    });
  });

test("the default desk cannot be deactivated or stop being the default: the form says what to do", async ({
  page,
  login,
}) => {
  await login({ role: "ADMINISTRATOR" });
  const general = await one(`SELECT id FROM "Desk" WHERE "isDefault"`);
  await page.goto(`/en/admin/desks/${general}`);
  await page.getByLabel("Default desk").uncheck();
  await page.getByLabel("Receives new inquiries").uncheck();
  await page.getByRole("button", { name: "Save the changes" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("cannot stop receiving inquiries. Make another desk the default first.");
  await expect(summary).toContainText("There is always a default desk.");
  expect(await one(`SELECT id FROM "Desk" WHERE "isDefault" AND active`)).toBe(general);
});

test("an administrator adds a public holiday to a year, and deletes it", async ({ page, login }, testInfo) => {
  await login({ role: "ADMINISTRATOR" });
  // A year per project, a day per run.
  const year = testInfo.project.name === "phone" ? 2042 : 2041;
  const day = `${year}-03-${String(2 + (Date.now() % 25)).padStart(2, "0")}`;
  await query(`DELETE FROM "Holiday" WHERE date = $1::date`, [day]);
  await page.goto(`/en/admin/holidays?year=${year}`);
  await expect(page.getByRole("link", { name: String(year) })).toHaveAttribute("aria-current", "page");
  await expect(
    page.getByText("The list is kept by the office and is to be checked against each year's official notice"),
  ).toBeVisible();
  await page.getByLabel("Date").fill(day);
  await page.getByLabel("Name in Vietnamese").fill("Ngày nghỉ thử nghiệm");
  await page.getByLabel("Name in English").fill("Test day off");
  await page.getByRole("button", { name: "Add the holiday" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/holidays\\?year=${year}&done=created$`));
  await expect(page.getByRole("status")).toHaveText("The public holiday has been added.");
  const row = page.getByRole("row").filter({ hasText: "Test day off" });
  await expect(row).toContainText("Ngày nghỉ thử nghiệm");
  // The same day again is refused.
  await page.getByLabel("Date").fill(day);
  await page.getByLabel("Name in Vietnamese").fill("Lần nữa");
  await page.getByLabel("Name in English").fill("Again");
  await page.getByRole("button", { name: "Add the holiday" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "A public holiday is already recorded on this date.",
  );
  await row.getByRole("link", { name: `Change (${day})` }).click();
  await page.getByRole("link", { name: "Delete the holiday…" }).click();
  await page.getByRole("button", { name: "Yes, delete the holiday" }).click();
  await expect(page.getByRole("status")).toHaveText("The public holiday has been deleted.");
  await expect(page.getByRole("row").filter({ hasText: "Test day off" })).toHaveCount(0);
});

test("the holidays of 2026 and 2027 are there, Tết included", async ({ page, login }) => {
  await login({ role: "ADMINISTRATOR" });
  await page.goto("/vi/admin/holidays?year=2027");
  await expect(page.getByRole("table")).toContainText("Tết Nguyên đán (nghỉ bù)");
  await expect(page.getByRole("row").filter({ hasText: "Tết Nguyên đán" })).toHaveCount(5);
  await page.goto("/en/admin/holidays?year=2026");
  await expect(page.getByRole("row").filter({ hasText: "Lunar New Year (Tết)" })).toHaveCount(5);
});

test("a changed retention period is what the privacy notice states, at once", async ({ page, login }, testInfo) => {
  // One viewport is enough, and one change at a time: the privacy notice's own spec reads the default.
  test.skip(testInfo.project.name !== "desktop", "changes a setting every page shares");
  await login({ role: "ADMINISTRATOR" });
  const save = async (months: string) => {
    await page.goto("/en/admin/settings");
    await page.getByLabel("Retention period (months)").fill(months);
    await page.getByRole("button", { name: "Save the settings" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "The settings have been saved, and the public pages show them now.",
    );
    await expect(page.getByLabel("Retention period (months)")).toHaveValue(months);
  };
  await page.goto("/en/privacy");
  await expect(page.getByText(/for 24 months after they are closed/)).toBeVisible();
  try {
    await save("37");
    await page.goto("/en/privacy");
    await expect(page.getByText(/for 37 months after they are closed/)).toBeVisible();
    await page.goto("/vi/privacy");
    await expect(page.getByText(/37 tháng sau khi kết thúc/)).toBeVisible();
  } finally {
    await save("24");
  }
  await page.goto("/vi/privacy");
  await expect(page.getByText(/24 tháng sau khi kết thúc/)).toBeVisible();
  // Out of range: refused, with the range in the message.
  await page.goto("/en/admin/settings");
  await page.getByLabel("First-response target (working days)").fill("31");
  await page.getByRole("button", { name: "Save the settings" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Enter a whole number of working days from 1 to 30.",
  );
  // The inquiry form promises the target that is set.
  await page.goto("/en/inquire");
  await expect(page.getByText("you will receive a reply within 2 working days")).toBeVisible();
});

const pagesOf = async () => {
  const desk = await one(`SELECT id FROM "Desk" WHERE slug = 'general'`);
  // A seeded rule: the rules other tests add (and delete) have higher ids.
  const rule = await one(`SELECT id FROM "RoutingRule" ORDER BY id LIMIT 1`);
  const holiday = await one(`SELECT id FROM "Holiday" WHERE date = '2027-02-05'`);
  return [
    "/admin/desks",
    "/admin/desks/new",
    `/admin/desks/${desk}`,
    "/admin/desks/routing",
    "/admin/desks/routing?sector=electronics&hub=ben-luc&capital=over-200m",
    "/admin/desks/routing?sector=logistics&capital=under-10m",
    "/admin/desks/routing/new",
    `/admin/desks/routing/${rule}`,
    `/admin/desks/routing/${rule}?confirm=delete`,
    "/admin/holidays",
    "/admin/holidays?year=2027",
    `/admin/holidays/${holiday}`,
    `/admin/holidays/${holiday}?confirm=delete`,
    "/admin/settings",
  ];
};

test("editors and investment officers are refused every page; nobody signed in is sent to sign in", async ({
  page,
  login,
  context,
}) => {
  test.slow();
  const pages = await pagesOf();
  for (const path of pages) {
    const response = await page.goto(`/en${path}`);
    expect(new URL(page.url()).pathname, path).toBe("/en/admin/sign-in");
    expect(new URL(page.url()).searchParams.get("next"), path).toBe(`/en${path.split("?")[0]}`);
    expect(response?.status()).toBe(200);
  }
  for (const role of ["EDITOR", "INVESTMENT_OFFICER"] as const) {
    await context.clearCookies();
    await login({ role, desks: role === "INVESTMENT_OFFICER" ? ["general"] : [] });
    for (const path of pages) {
      const response = await page.goto(`/vi${path}`);
      expect(response?.status(), `${role} ${path}`).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Quý vị không có quyền truy cập trang này");
    }
    await expect(
      page.getByRole("navigation", { name: "Các mục của trang quản trị" }).getByRole("link", {
        name: "Bộ phận và phân luồng",
      }),
    ).toHaveCount(0);
  }
});

for (const locale of ["vi", "en"] as const) {
  test(`every desks, routing, holidays and settings page passes axe (${locale})`, async ({ page, login }) => {
    test.slow();
    await login({ role: "ADMINISTRATOR" });
    for (const path of await pagesOf()) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
    // With the errors of a refused form shown.
    await page.goto(`/${locale}/admin/desks/new`);
    await page.locator("form button[type=submit]").last().click();
    await expect(page.locator("#error-summary-title")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/admin/desks/routing/new`);
    await page.locator("form button[type=submit]").last().click();
    await expect(page.locator("#error-summary-title")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
