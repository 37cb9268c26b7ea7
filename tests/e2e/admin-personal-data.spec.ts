import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// Personal data in the back office: an administrator finds a person by
// e-mail, downloads what is held as JSON, reads it on a printable page and
// erases it after typing the address again, with JavaScript and without.
// Other roles are refused. The investor's own link stops their news. Axe on
// every page, in both languages (desktop and phone: the projects).

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

/** A person of their own for each test, with two inquiries consenting to news (stored as the hot path stores them, by SQL). */
async function aPerson() {
  const email = `nguyen.an+${randomUUID().slice(0, 8)}@example.vn`;
  const alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
  const references = [0, 1].map(
    () => `LA-2026-${Array.from(randomBytes(6), (byte) => alphabet[byte % alphabet.length]).join("")}`,
  );
  const rows = await query<{ id: number; reference: string }>(
    `INSERT INTO "Inquiry" (
       reference, "idempotencyKey", locale, status, "fullName", organisation, country, email, "sectorId",
       "parcelCodes", "capitalRange", timeline, message, "consentedAt", "privacyNoticeVersion", "newsletterConsentAt",
       "deskId", "createdAt", "updatedAt"
     )
     SELECT r, md5(random()::text), 'vi', 'NEW', 'Nguyễn Văn An', 'Công ty Mẫu Zeta', 'VN', $2,
       (SELECT id FROM "Sector" WHERE slug = 'high-tech-agriculture'), '{}', 'FROM_10M_TO_50M', 'within-6-months',
       'Cần 3 ha đất cho nhà máy Zeta.', now() AT TIME ZONE 'UTC', '2026-11-24', now() AT TIME ZONE 'UTC',
       (SELECT id FROM "Desk" WHERE slug = 'agriculture'), now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
     FROM unnest($1::text[]) AS r
     RETURNING id, reference`,
    [references, email],
  );
  return { email, references: references.sort(), ids: rows.map((row) => row.id).sort((a, b) => a - b) };
}

const held = async (ids: number[]) =>
  query<{ fullName: string; email: string; anonymised: boolean; newsletter: boolean }>(
    `SELECT "fullName", email, "anonymisedAt" IS NOT NULL AS anonymised, "newsletterConsentAt" IS NOT NULL AS newsletter
     FROM "Inquiry" WHERE id = ANY($1::int[]) ORDER BY id`,
    [ids],
  );

/** The token of an inquiry's "stop news" link, as server/privacy/newsletter-token.ts derives it. */
async function withdrawToken(reference: string): Promise<string> {
  await query(`INSERT INTO "AppSecret" (name, value) VALUES ('newsletter-link', $1) ON CONFLICT (name) DO NOTHING`, [
    randomBytes(32).toString("base64url"),
  ]);
  const [secret] = await query<{ value: string }>(`SELECT value FROM "AppSecret" WHERE name = 'newsletter-link'`);
  return createHmac("sha256", Buffer.from(secret?.value ?? "", "base64url"))
    .update(reference)
    .digest("base64url");
}

for (const javaScript of [true, false]) {
  test.describe(javaScript ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: javaScript });

    test("an administrator finds a person, downloads the JSON, opens the readable page and erases them", async ({
      page,
      login,
    }) => {
      const { email, references, ids } = await aPerson();
      await login({ role: "ADMINISTRATOR" });
      await page.goto("/en/admin/personal-data");
      await page.getByLabel("E-mail address").fill(email.toUpperCase());
      await page.getByRole("button", { name: "Find" }).click();
      await expect(page.getByRole("heading", { name: `What the portal holds about ${email}` })).toBeVisible();
      const table = page.getByRole("table", { name: `Inquiries sent from ${email}` });
      for (const reference of references) {
        await expect(table.getByRole("link", { name: reference })).toHaveAttribute(
          "href",
          `/en/admin/inquiries/${reference}`,
        );
      }

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download the JSON file" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^personal-data-\d{4}-\d{2}-\d{2}\.json$/);
      const document = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
      expect(document.email).toBe(email);
      expect(document.inquiries.map((inquiry: { reference: string }) => inquiry.reference).sort()).toEqual(references);
      expect(document.inquiries[0]).toMatchObject({ fullName: "Nguyễn Văn An", email });

      await page.getByRole("link", { name: "Open the readable page" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Personal data held by the portal" })).toBeVisible();
      await expect(page.getByRole("heading", { name: `Inquiry ${references[0]}` })).toBeVisible();
      await expect(page.getByText("Cần 3 ha đất cho nhà máy Zeta.").first()).toBeVisible();
      await page.getByRole("link", { name: "Back to personal data" }).click();

      await page.getByRole("link", { name: "Erase the personal data…" }).click();
      await expect(page.getByText(`Erase the personal data of ${email} for good?`)).toBeVisible();
      await page.getByLabel("Type the e-mail address again to confirm").fill("someone.else@example.vn");
      await page.getByRole("button", { name: "Erase for good" }).click();
      await expect(page.getByText("The address typed again is not the one being erased.").first()).toBeVisible();
      expect((await held(ids)).every((row) => !row.anonymised)).toBe(true);

      await page.getByLabel("Type the e-mail address again to confirm").fill(email);
      await page.getByRole("button", { name: "Erase for good" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "The personal data of 2 inquiries was erased" }),
      ).toContainText(references[0] as string);
      await expect(page.getByText(`The portal holds nothing under ${email}.`)).toBeVisible();
      expect(await held(ids)).toEqual([
        { fullName: "[erased]", email: "[erased]", anonymised: true, newsletter: false },
        { fullName: "[erased]", email: "[erased]", anonymised: true, newsletter: false },
      ]);
      const [entry] = await query<{ changes: { references: string } }>(
        `SELECT changes FROM "AuditEntry" WHERE action = 'personal-data.erase' AND changes->>'references' LIKE $1`,
        [`%${references[0]}%`],
      );
      expect(JSON.stringify(entry?.changes)).not.toContain(email);
    });

    test("an administrator withdraws a person's consent to news on request", async ({ page, login }) => {
      const { email, ids } = await aPerson();
      await login({ role: "ADMINISTRATOR" });
      await page.goto(`/vi/admin/personal-data?email=${encodeURIComponent(email)}`);
      await page.getByRole("button", { name: "Rút lại đồng ý nhận tin" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Đã rút lại đồng ý nhận tin của 2 yêu cầu" }),
      ).toBeVisible();
      await expect(page.getByText("Người này hiện không đồng ý nhận tin qua thư điện tử")).toBeVisible();
      expect((await held(ids)).map((row) => row.newsletter)).toEqual([false, false]);
    });

    test("the link in an e-mail stops the news after one button; a changed link changes nothing", async ({ page }) => {
      const { references, ids } = await aPerson();
      const reference = references[0] as string;
      const token = await withdrawToken(reference);
      await page.goto(`/vi/newsletter/withdraw?ref=${reference}&token=${token.slice(0, -1)}x`);
      await expect(page.getByRole("main").getByRole("alert")).toContainText("Đường liên kết không dùng được");
      await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);

      await page.goto(`/vi/newsletter/withdraw?ref=${reference}&token=${token}`);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await expect(page.getByText(`Khi gửi yêu cầu ${reference}, Quý nhà đầu tư đã đồng ý`)).toBeVisible();
      expect((await held(ids)).map((row) => row.newsletter)).toEqual([true, true]);
      await page.getByRole("button", { name: "Hủy nhận tin" }).click();
      await expect(page.getByRole("status")).toContainText("Đã hủy nhận tin");
      expect((await held(ids)).map((row) => row.newsletter)).toEqual([false, false]);

      // Following it again: the same friendly answer.
      await page.goto(`/en/newsletter/withdraw?ref=${reference}&token=${token}`);
      await page.getByRole("button", { name: "Stop news by e-mail" }).click();
      await expect(page.getByRole("status")).toContainText("News by e-mail stopped");
    });
  });
}

test("editors and officers are refused the pages, the file and the actions; anonymous people are sent to sign in", async ({
  page,
  login,
  context,
}) => {
  const { email } = await aPerson();
  const paths = [
    `/en/admin/personal-data?email=${encodeURIComponent(email)}`,
    `/en/admin/personal-data/view?email=${encodeURIComponent(email)}`,
  ];
  for (const path of paths) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=%2Fen%2Fadmin%2Fpersonal-data$/);
  }
  expect((await page.request.get(`/en/admin/personal-data/export?email=${encodeURIComponent(email)}`)).status()).toBe(
    401,
  );
  for (const role of ["EDITOR", "INVESTMENT_OFFICER"] as const) {
    await context.clearCookies();
    await login({ role, desks: role === "INVESTMENT_OFFICER" ? [1] : [] });
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} ${path}`).toBe(403);
      await expect(page.getByText(email)).toHaveCount(0);
    }
    const file = await page.request.get(`/en/admin/personal-data/export?email=${encodeURIComponent(email)}`);
    expect(file.status()).toBe(403);
    expect(await file.text()).not.toContain(email);
    await page.goto("/en/admin");
    await expect(page.getByRole("navigation").getByRole("link", { name: "Personal data" })).toHaveCount(0);
  }
});

for (const locale of ["vi", "en"] as const) {
  test(`the personal-data pages pass axe (${locale})`, async ({ page, login }) => {
    test.slow();
    const { email, references } = await aPerson();
    const address = encodeURIComponent(email);
    await login({ role: "ADMINISTRATOR" });
    for (const path of [
      "/admin/personal-data",
      `/admin/personal-data?email=${address}`,
      `/admin/personal-data?email=${address}&confirm=erase`,
      "/admin/personal-data?email=nobody%40example.vn",
      "/admin/personal-data?email=not-an-address",
      `/admin/personal-data/view?email=${address}`,
    ]) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
    const reference = references[0] as string;
    const token = await withdrawToken(reference);
    for (const path of [
      `/newsletter/withdraw?ref=${reference}&token=${token}`,
      `/newsletter/withdraw?ref=${reference}&token=wrong`,
    ]) {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
    await page.getByRole("link", { name: locale === "vi" ? "Về trang chủ" : "Go to the home page" }).waitFor();
    await page.goto(`/${locale}/newsletter/withdraw?ref=${reference}&token=${token}`);
    await page
      .getByRole("button")
      .filter({ hasText: locale === "vi" ? "Hủy nhận tin" : "Stop news" })
      .click();
    await expect(page.getByRole("status")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
