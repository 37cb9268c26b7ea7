import { createStaffUser } from "../fixtures/staff";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// Every back-office page, signed in with the role that may use it, in both
// languages, on the desktop and the phone (the projects): WCAG 2.2 AA by
// axe, one main landmark and one h1, and the navigation lists only what the
// role may use.

test.beforeEach(actAsOwnClient);

const adminPages = (target: number) => [
  "/admin",
  "/admin/users",
  "/admin/users/invite",
  `/admin/users/${target}`,
  `/admin/users/${target}?confirm=disable`,
  `/admin/users/${target}?confirm=resetPassword`,
  "/admin/audit",
  "/admin/audit?action=sign-in.failed",
  "/admin/account",
];

for (const locale of ["vi", "en"] as const) {
  test(`every administrator page passes axe (${locale})`, async ({ page, login }) => {
    test.slow();
    const target = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: [1], url: e2eDatabaseUrl() });
    await login({ role: "ADMINISTRATOR" });
    for (const path of adminPages(target.id)) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAxeViolations(page);
    }
  });
}

test("the sign-in, code and set-password pages pass axe", async ({ page }) => {
  for (const path of ["/vi/admin/sign-in", "/en/admin/sign-in?expired=1", "/vi/admin/set-password?token=unknown"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test("the navigation lists only what each role may use", async ({ page, login }) => {
  await login({ role: "EDITOR" });
  await page.goto("/en/admin");
  const nav = page.getByRole("navigation", { name: "Back office sections" });
  await expect(nav.getByRole("link", { name: "Start", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "My account" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Staff" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an investment officer's start page counts the inquiries of their desks", async ({ page, login }) => {
  await login({ role: "INVESTMENT_OFFICER", desks: [1] });
  await page.goto("/vi/admin");
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/vi/admin/account");
  await expectNoAxeViolations(page);
});
