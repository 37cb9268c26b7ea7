import { randomInt, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import type { Browser, BrowserContext, Page, TestInfo } from "@playwright/test";
import pg from "pg";
import { baseURL } from "../../playwright.config";
import { createStaffSession, createStaffUser, type StaffFixtureUser, staffCookieName } from "../fixtures/staff";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient, clientAddressOf } from "./client-address";
import { fillValidForm, waitForMinimumFillTime } from "./inquiry-form";
import { E2E_MAIL_DIR } from "./paths";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// An inquiry's page in the back office, with JavaScript and without: an
// officer of its desk takes it, notes, answers and closes it, and the
// investor's status page follows; an officer of another desk finds no such
// page; two officers changing it at once get no silent overwrite.

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

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const newReference = () => `LA-2026-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`;

/**
 * An inquiry as the form stores it (server/inquiries/inquiry-sql.ts): an
 * electronics one at the high-tech desk, or one the spam trap held.
 */
async function storedInquiry(options: { held?: boolean } = {}): Promise<string> {
  const reference = newReference();
  await sql(
    `WITH inquiry AS (
       INSERT INTO "Inquiry" (reference, "idempotencyKey", locale, status, "fullName", organisation, country, email,
         "sectorId", "parcelCodes", "capitalRange", "landAreaM2", "expectedJobs", timeline, message, "consentedAt",
         "privacyNoticeVersion", "deskId", "routingRuleId", "dueAt", "createdAt", "updatedAt")
       VALUES ($1, $2, 'en', $3::"InquiryStatus", 'Kim Min-jun', 'Hanbit Electronics', 'KR', $4,
         (SELECT id FROM "Sector" WHERE slug = 'electronics'), '{BL-A-01}', 'FROM_50M_TO_200M', 30000, 400,
         'within-12-months', 'We plan a PCB assembly plant and need 3 ha.', now() AT TIME ZONE 'UTC', '2026-11-24',
         $5, NULL, (now() AT TIME ZONE 'UTC') + interval '2 days', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
       RETURNING id, "deskId"
     )
     INSERT INTO "InquiryEvent" ("inquiryId", type, public, data, "createdAt")
     SELECT id, e.type, e.public, e.data, now() AT TIME ZONE 'UTC' FROM inquiry,
       LATERAL (VALUES ('received', true, '{}'::jsonb),
         (CASE WHEN $3 = 'HELD' THEN 'held' ELSE 'routed' END, $3 <> 'HELD',
          CASE WHEN $3 = 'HELD' THEN '{"reason":"honeypot"}'::jsonb
            ELSE jsonb_build_object('deskId', inquiry."deskId", 'ruleId', NULL) END)) AS e(type, public, data)`,
    [
      reference,
      randomUUID(),
      options.held ? "HELD" : "NEW",
      `investor-${randomUUID().slice(0, 8)}@example.com`,
      options.held ? null : (await sql<{ id: number }>(`SELECT id FROM "Desk" WHERE slug = 'high-tech'`))[0]?.id,
    ],
  );
  return reference;
}

/** Puts a session of `user` in the browser, in place of any other. */
async function signInAs(context: BrowserContext, user: StaffFixtureUser) {
  await context.clearCookies();
  const session = await createStaffSession(user.id, { url: e2eDatabaseUrl(), siteUrl: baseURL });
  await context.addCookies([
    { name: staffCookieName(baseURL), value: session.token, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
}

/** A second browser of the same kind (viewport, JavaScript), signed in as someone else. */
async function otherBrowser(
  browser: Browser,
  testInfo: TestInfo,
  user: StaffFixtureUser | null,
  javaScriptEnabled: boolean,
): Promise<Page> {
  const { viewport, isMobile, hasTouch } = testInfo.project.use;
  const context = await browser.newContext({ viewport, isMobile, hasTouch, javaScriptEnabled });
  await context.setExtraHTTPHeaders({
    "x-forwarded-for": clientAddressOf(`${testInfo.testId}:${user?.id ?? "investor"}`),
  });
  if (user) await signInAs(context, user);
  return context.newPage();
}

/** The facts at the top of the page (status, desk, officer, due time). */
/** The confirmation and desk e-mails the portal wrote for an inquiry, by their Message-ID (the file's name). */
const mailFiles = (reference: string) =>
  readdirSync(E2E_MAIL_DIR)
    .map((name) => name.match(new RegExp(`${reference}\\.(investor|desk)`))?.[0])
    .filter((name): name is string => name !== undefined)
    .sort();

const summaryOf = (page: Page) => page.getByLabel("Inquiry at a glance").getByRole("definition");

for (const javaScriptEnabled of [true, false]) {
  test.describe(`an inquiry's page with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an officer takes, notes, answers and closes an inquiry; the investor's status page follows", async ({
      page,
      login,
      browser,
    }, testInfo) => {
      test.slow();
      // The investor sends it from the public form: electronics goes to the high-tech desk.
      const email = `investor-${randomUUID().slice(0, 8)}@example.com`;
      await page.goto("/en/inquire");
      await fillValidForm(page);
      await page.getByLabel("E-mail *").fill(email);
      await waitForMinimumFillTime(page);
      await page.getByRole("button", { name: "Send inquiry" }).click();
      await expect(page).toHaveURL(/\/en\/inquire\/received\?ref=LA-/);
      const reference = new URL(page.url()).searchParams.get("ref") ?? "";

      const officer = await login({ role: "INVESTMENT_OFFICER", desks: ["high-tech"] });
      const detail = `/en/admin/inquiries/${reference}`;
      expect((await page.goto(detail))?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Inquiry ${reference}`);
      await expect(page.getByText("High-tech and digital economy desk").first()).toBeVisible();
      await expect(summaryOf(page).filter({ hasText: /^Not assigned$/ })).toBeVisible();

      await page.getByRole("button", { name: "Take it myself" }).click();
      await expect(page).toHaveURL(`${detail}?done=taken`);
      await expect(page.getByRole("status").filter({ hasText: "You are now the officer in charge" })).toBeVisible();
      await expect(summaryOf(page).filter({ hasText: officer.name })).toBeVisible();
      await expect(summaryOf(page).filter({ hasText: /^Assigned$/ })).toBeVisible();

      await page
        .getByLabel(/^Note – internal, never shown to the investor/)
        .fill("Called the investor: site visit in May.");
      await page.getByRole("button", { name: "Add the note" }).click();
      await expect(page).toHaveURL(`${detail}?done=noted`);
      const timeline = page.getByRole("region", { name: "Timeline" });
      await expect(timeline.getByText("Called the investor: site visit in May.")).toBeVisible();

      await expect(page.getByLabel("Subject")).toHaveValue(`Re: ${reference}`);
      await page
        .getByLabel("Message", { exact: true })
        .fill("Thank you. Parcel BL-A-01 is available; we propose a visit.");
      await page.getByRole("button", { name: "Send the reply" }).click();
      await expect(page).toHaveURL(`${detail}?done=replied`);
      await expect(summaryOf(page).filter({ hasText: /^Answered / })).toBeVisible();
      await expect(timeline.getByText("Replied to the investor by e-mail")).toBeVisible();

      // Closing needs a reason: first without one.
      await page.getByLabel("Change the status to").selectOption({ label: "In progress" });
      await page.getByRole("button", { name: "Change the status" }).click();
      await expect(page).toHaveURL(`${detail}?done=status`);
      await page.getByLabel("Change the status to").selectOption({ label: "Closed – lost" });
      await page.getByRole("button", { name: "Change the status" }).click();
      const refusal = page.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(
        refusal.getByRole("link", { name: "Reason for closing: Choose why the inquiry is closed." }),
      ).toHaveAttribute("href", "#status-reason");
      await page.getByLabel("Change the status to").selectOption({ label: "Closed – lost" });
      await page.getByLabel("Reason for closing").selectOption({ label: "The investor chose another location" });
      await page.getByLabel("Comment (optional)").fill("Went to Bình Dương.");
      await page.getByRole("button", { name: "Change the status" }).click();
      await expect(page).toHaveURL(`${detail}?done=status`);
      await expect(summaryOf(page).filter({ hasText: /^Closed – lost$/ })).toBeVisible();
      await expect(timeline.getByText("Reason: The investor chose another location")).toBeVisible();
      await expect(timeline.getByText("Comment: Went to Bình Dương.")).toBeVisible();

      // The investor's status page: answered, then closed; nothing internal.
      const investor = await otherBrowser(browser, testInfo, null, javaScriptEnabled);
      await investor.goto("/en/inquire/status");
      await investor.getByLabel("Reference").fill(reference);
      await investor.getByLabel("E-mail").fill(email);
      await investor.getByRole("button", { name: "Check status" }).click();
      const result = investor.getByRole("status");
      await expect(result.getByRole("heading", { level: 2 })).toHaveText(`${reference} · Current status: Closed`);
      await expect(result.getByText(/^Answered on /)).toBeVisible();
      await expect(result.getByRole("listitem")).toHaveText([
        /Inquiry received/,
        /Passed to the High-tech and digital economy desk/,
        /Your inquiry is being handled/,
        /Answered by e-mail/,
        /Inquiry closed/,
      ]);
      await expect(result).not.toContainText("site visit in May");
      await investor.context().close();

      // An officer of another desk: no such page.
      const outsider = await createStaffUser({
        role: "INVESTMENT_OFFICER",
        desks: ["agriculture"],
        url: e2eDatabaseUrl(),
      });
      const other = await otherBrowser(browser, testInfo, outsider, javaScriptEnabled);
      expect((await other.goto(detail))?.status()).toBe(404);
      await expect(other.getByRole("heading", { level: 1 })).not.toContainText(reference);
      await expect(other.locator("body")).not.toContainText("Kim Min-jun");
      await expect(other.locator("body")).not.toContainText(email);
      await other.context().close();
    });

    test("a change made meanwhile by someone else is refused with their name, and the page shows it", async ({
      page,
      login,
      browser,
    }, testInfo) => {
      const reference = await storedInquiry();
      const detail = `/en/admin/inquiries/${reference}`;
      const first = await login({ role: "INVESTMENT_OFFICER", desks: ["high-tech"] });
      const second = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: ["high-tech"], url: e2eDatabaseUrl() });
      const late = await otherBrowser(browser, testInfo, second, javaScriptEnabled);
      await page.goto(detail);
      await late.goto(detail);

      await page.getByRole("button", { name: "Take it myself" }).click();
      await expect(page).toHaveURL(`${detail}?done=taken`);

      await late.getByLabel("Change the status to").selectOption({ label: "In progress" });
      await late.getByRole("button", { name: "Change the status" }).click();
      const refusal = late.getByRole("alert").filter({ hasText: "There is a problem" });
      await expect(refusal).toContainText(`Changed by ${first.name}`);
      await expect(refusal).toContainText("the page shows the current state; check it and try again.");
      // The current state, not the one the form was sent from.
      await expect(summaryOf(late).filter({ hasText: first.name })).toBeVisible();
      await expect(summaryOf(late).filter({ hasText: /^Assigned$/ })).toBeVisible();
      const status = (
        await sql<{ status: string }>(`SELECT status::text FROM "Inquiry" WHERE reference = $1`, [reference])
      )[0];
      expect(status?.status).toBe("ASSIGNED");
      // Sent again from the page as it is now, it goes through.
      await late.getByLabel("Change the status to").selectOption({ label: "In progress" });
      await late.getByRole("button", { name: "Change the status" }).click();
      await expect(late).toHaveURL(`${detail}?done=status`);
      await expect(summaryOf(late).filter({ hasText: /^In progress$/ })).toBeVisible();
      await late.context().close();
    });
  });
}

test("a held inquiry is released by an administrator: routed, its e-mails sent", async ({ page, login }) => {
  const reference = await storedInquiry({ held: true });
  await login({ role: "ADMINISTRATOR" });
  await page.goto(`/en/admin/inquiries/${reference}`);
  await expect(page.getByRole("heading", { name: "Held by the spam check" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send the reply" })).toHaveCount(0);
  await page.getByRole("button", { name: "Release the inquiry" }).click();
  await expect(page).toHaveURL(/\?done=released$/);
  await expect(summaryOf(page).filter({ hasText: "High-tech and digital economy desk" })).toBeVisible();
  await expect(page.getByText("Released from the spam check, to be handled as if just received")).toBeVisible();
  // Both e-mails go out, as for an inquiry just received (the worker writes them to MAIL_DIR).
  await expect
    .poll(() => mailFiles(reference), { timeout: 20_000 })
    .toEqual([`${reference}.desk`, `${reference}.investor`]);
});

for (const locale of ["vi", "en"] as const) {
  test(`the inquiry page passes axe (${locale}): a new inquiry for its officer, a held one for an administrator`, async ({
    page,
    login,
  }) => {
    const reference = await storedInquiry();
    const held = await storedInquiry({ held: true });
    await login({ role: "INVESTMENT_OFFICER", desks: ["high-tech"] });
    for (const path of [
      `/${locale}/admin/inquiries/${reference}`,
      `/${locale}/admin/inquiries/${reference}?done=noted`,
    ]) {
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
    // A refused form (closing without a reason is not offered from "new": ask for a note with nothing in it).
    await page.goto(`/${locale}/admin/inquiries/${reference}`);
    await page.locator("#note-submit").click();
    await expect(page.getByRole("alert").filter({ has: page.locator("#error-summary-title") })).toBeVisible();
    await expectNoAxeViolations(page);

    await signInAs(page.context(), await createStaffUser({ role: "ADMINISTRATOR", url: e2eDatabaseUrl() }));
    expect((await page.goto(`/${locale}/admin/inquiries/${held}`))?.status()).toBe(200);
    await expect(page.locator("#held")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
