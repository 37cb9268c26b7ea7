import { createStaffUser, STAFF_PASSWORD, totpCode } from "../fixtures/staff";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { e2eDatabaseUrl, emailTo, expect, test } from "./staff-login";

// Signing in as a person does it, through the pages, with JavaScript on and
// off. The other back-office specs start signed in (the login fixture).

test.beforeEach(actAsOwnClient);

/** The form's error summary (the route announcer is an alert too). */
const errorSummary = (page: import("@playwright/test").Page) =>
  page.locator('[role="alert"][aria-labelledby="error-summary-title"]');

const signIn = async (page: import("@playwright/test").Page, email: string, password: string) => {
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  // Each answer arrives before the next attempt is typed (the form is rebuilt with each answer).
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(`signing in with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an editor signs in with a password and signs out", async ({ page }) => {
      const editor = await createStaffUser({ role: "EDITOR", url: e2eDatabaseUrl() });
      await page.goto("/en/admin");
      // Not signed in: the back office sends to the sign-in page, and back after it.
      await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=%2Fen%2Fadmin$/);
      await signIn(page, editor.email, STAFF_PASSWORD);
      await expect(page).toHaveURL(/\/en\/admin$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Test editor");
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
      await page.goto("/en/admin");
      await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
    });

    test("a wrong password and an unknown address get the same message", async ({ page }) => {
      const officer = await createStaffUser({ role: "INVESTMENT_OFFICER", url: e2eDatabaseUrl() });
      await page.goto("/vi/admin/sign-in");
      await page.getByLabel("Địa chỉ thư điện tử").fill(officer.email);
      await page.getByLabel("Mật khẩu", { exact: true }).fill("not the password at all");
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(errorSummary(page)).toContainText("Địa chỉ thư điện tử hoặc mật khẩu không đúng.");
      const wrong = (await errorSummary(page).textContent()) ?? "";
      await page.getByLabel("Địa chỉ thư điện tử").fill(`nobody-${Date.now()}@staff-fixture.example`);
      await page.getByLabel("Mật khẩu", { exact: true }).fill("not the password at all");
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(errorSummary(page)).toHaveText(wrong);
      // What was typed comes back, except the password.
      await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveValue("");
    });

    test("five failures lock the address and say until when, even for the right password", async ({ page }) => {
      const editor = await createStaffUser({ role: "EDITOR", url: e2eDatabaseUrl() });
      await page.goto("/en/admin/sign-in");
      for (let attempt = 0; attempt < 5; attempt++) {
        await signIn(page, editor.email, `wrong password ${attempt}!`);
        // The answer's form replaces the one typed into (its password empty) before the next attempt.
        await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
      }
      await expect(errorSummary(page)).toContainText(/Signing in with this address is blocked until \d\d:\d\d/);
      await signIn(page, editor.email, STAFF_PASSWORD);
      await expect(errorSummary(page)).toContainText("blocked until");
      await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
    });

    test("an administrator signs in with the code from the authenticator app", async ({ page }) => {
      const admin = await createStaffUser({ role: "ADMINISTRATOR", totp: true, url: e2eDatabaseUrl() });
      await page.goto("/en/admin/sign-in");
      await signIn(page, admin.email, STAFF_PASSWORD);
      await expect(page).toHaveURL(/\/en\/admin\/sign-in\/code$/);
      await page.getByLabel("Code", { exact: true }).fill("000000");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(errorSummary(page)).toContainText("This code is not right");
      await page.getByLabel("Code", { exact: true }).fill(await totpCode(admin.totpSecret as string));
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page).toHaveURL(/\/en\/admin$/);
    });
  });
}

test("an administrator without a second factor sets one up at the first sign-in", async ({ page }) => {
  const admin = await createStaffUser({ role: "ADMINISTRATOR", url: e2eDatabaseUrl() });
  await page.goto("/en/admin/sign-in");
  await signIn(page, admin.email, STAFF_PASSWORD);
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\/enrol$/);
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await expectNoAxeViolations(page);
  // The key under the QR code is what an app would scan.
  const secret = ((await page.locator("figcaption code").textContent()) ?? "").replaceAll(" ", "");
  await page.getByLabel("Code", { exact: true }).fill(await totpCode(secret));
  await page.getByRole("button", { name: "Confirm and continue" }).click();
  await expect(page.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/ })).toHaveCount(10);
  await page.getByRole("link", { name: "Continue to the back office" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/);
});

test("an invitation e-mail's link sets the password, once, and the person signs in", async ({ page, login }) => {
  await login({ role: "ADMINISTRATOR" });
  const email = `invitee-${Date.now()}@staff-fixture.example`;
  await page.goto("/en/admin/users/invite");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Full name").fill("Võ Thị Mời");
  await page.getByRole("radio", { name: /^Editor/ }).check();
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByRole("status")).toContainText("The invitation has been saved");

  const mail = await emailTo(email);
  const link = /https?:\/\/\S+\/admin\/set-password\?token=\S+/.exec(mail.text ?? "")?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.context().clearCookies();
  await page.goto(new URL(link as string).pathname + new URL(link as string).search);
  await expect(page.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password again").fill("short");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(errorSummary(page)).toContainText("Use at least 12 characters");
  await page.getByLabel("New password", { exact: true }).fill("ferry to Cần Giuộc at dawn");
  await page.getByLabel("New password again").fill("ferry to Cần Giuộc at dawn");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?password=set$/);
  await signIn(page, email, "ferry to Cần Giuộc at dawn");
  await expect(page).toHaveURL(/\/en\/admin$/);

  // The link works once.
  await page.context().clearCookies();
  await page.goto(new URL(link as string).pathname + new URL(link as string).search);
  await expect(page.getByRole("heading", { name: "This link can no longer be used" })).toBeVisible();
});

test("the sign-in pages pass axe and show the show-password box only with JavaScript", async ({ page, browser }) => {
  await page.goto("/vi/admin/sign-in");
  await expectNoAxeViolations(page);
  const box = page.getByLabel("Hiện mật khẩu");
  await box.check();
  await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveAttribute("type", "text");
  await box.uncheck();
  await expect(page.getByLabel("Mật khẩu", { exact: true })).toHaveAttribute("type", "password");
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto("/vi/admin/sign-in");
  await expect(plain.getByLabel("Hiện mật khẩu")).toBeHidden();
  await expect(plain).toHaveTitle(/Đăng nhập/);
  expect(await plain.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
  await noScript.close();
});
