import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { expect, test } from "./staff-login";

// The back office of posts: who is refused, an editor writing a bilingual
// post, previewing it in both languages and submitting it, the author told
// why they cannot approve it, a second editor approving and publishing it
// (its public page then answers), a rejection's comment reaching the
// author, the diff of two revisions and restoring one; axe on every page in
// both languages, with a screenshot of each in the test's output folder. Each test
// writes its own posts, with titles no other run uses.

test.beforeEach(actAsOwnClient);

const unique = () => randomUUID().slice(0, 8);

/** Writes a new post in both languages and saves it as a draft; answers its edit page's path. */
async function writePost(page: Page, title: { vi: string; en: string }) {
  await page.goto("/en/admin/posts");
  await page.getByRole("link", { name: "New post" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New post");
  const vi = page.getByRole("group", { name: "Vietnamese (required)" });
  await vi.getByLabel("Title (Vietnamese)").fill(title.vi);
  await vi.getByLabel("Summary (Vietnamese)").fill("Tỉnh tổ chức hội thảo xúc tiến đầu tư vào khu công nghệ cao.");
  await vi.getByLabel("Body (Vietnamese)").fill("## Chương trình\n\nKhai mạc lúc **8 giờ**.\n\n- Phát biểu\n- Ký kết");
  const en = page.getByRole("group", { name: /^English/ });
  await en.getByLabel("Title (English)").fill(title.en);
  await en.getByLabel("Summary (English)").fill("The province holds an investment seminar on the high-tech park.");
  await en.getByLabel("Body (English)").fill("## Programme\n\nOpening at **8:00**.");
  await page.getByRole("group", { name: "Related sectors" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The post has been saved as a draft.");
  return new URL(page.url()).pathname;
}

const workflow = (page: Page) => page.getByRole("region", { name: "Review and publication" });

test.describe("who may", () => {
  test.use({ javaScriptEnabled: false });

  test("investment officers and visitors who are not signed in are refused every post page", async ({
    page,
    login,
    context,
  }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "access does not depend on the screen");
    const pages = ["/admin/posts", "/admin/posts/new", "/admin/posts/1", "/admin/posts/1/revisions"];
    for (const path of pages) {
      await page.goto(`/en${path}`);
      expect(new URL(page.url()).pathname, path).toBe("/en/admin/sign-in");
      expect(new URL(page.url()).searchParams.get("next"), path).toBe(`/en${path}`);
    }
    await context.clearCookies();
    await login({ role: "INVESTMENT_OFFICER", desks: ["general"] });
    for (const path of [...pages, "/admin/posts/1/preview", "/admin/posts/1/revisions/1"]) {
      const response = await page.goto(`/vi${path}`);
      expect(response?.status(), path).toBe(403);
    }
    await expect(page.getByRole("link", { name: "Bài viết", exact: true })).toHaveCount(0);
  });
});

for (const js of ["on", "off"] as const) {
  test.describe(`two editors, JavaScript ${js}`, () => {
    test.use({ javaScriptEnabled: js === "on" });

    test("A writes, previews and submits; A cannot approve it; B approves and publishes it", async ({
      page,
      login,
      context,
    }) => {
      test.slow();
      const tag = unique();
      const title = { vi: `Hội thảo đầu tư ${tag}`, en: `Investment seminar ${tag}` };
      await login({ role: "EDITOR" });
      const path = await writePost(page, title);

      await workflow(page).getByRole("link", { name: "Preview this revision" }).click();
      await expect(page.getByRole("region", { name: /^Preview:/ })).toContainText(
        "Preview of revision 1, not published",
      );
      await expect(page.getByRole("heading", { level: 1, name: title.vi, exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: title.en, exact: true })).toBeVisible();
      await expect(page.locator("strong", { hasText: "8 giờ" })).toBeVisible();

      await page.goto(path);
      await workflow(page).getByRole("button", { name: "Submit for review" }).click();
      await expect(page.getByRole("status").first()).toHaveText("Submitted for review.");
      await expect(workflow(page)).toContainText("In review");
      await expect(workflow(page)).toContainText("You wrote this post or its latest changes, so you cannot approve it");
      await expect(workflow(page).getByRole("button", { name: "Approve" })).toHaveCount(0);

      await context.clearCookies();
      await login({ role: "EDITOR" });
      await page.goto("/en/admin/posts?review=mine");
      await page.getByRole("link", { name: title.vi }).click();
      await workflow(page).getByRole("button", { name: "Approve" }).click();
      await expect(page.getByRole("status").first()).toHaveText("Approved. It can now be published or scheduled.");
      await workflow(page).getByRole("button", { name: "Publish now" }).click();
      await expect(page.getByRole("status").first()).toHaveText("Published: the post is on the site now.");
      await expect(workflow(page)).toContainText("this version is on the site");

      const live = (await workflow(page).getByRole("link", { name: "View on the site" }).getAttribute("href")) ?? "";
      expect(live).toMatch(/^\/en\/news\/investment-seminar-/);
      const response = await page.request.get(live);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(title.en);
      await page.goto("/en/admin/posts?status=PUBLISHED");
      await expect(page.getByRole("row", { name: new RegExp(title.vi) })).toContainText("Yes");
    });

    test("B sends a post back with a comment, which A reads in its history", async ({ page, login, context }) => {
      const tag = unique();
      const title = { vi: `Tin cần sửa ${tag}`, en: `A post to fix ${tag}` };
      await login({ role: "EDITOR" });
      const path = await writePost(page, title);
      await workflow(page).getByRole("button", { name: "Submit for review" }).click();
      await expect(page.getByRole("status").first()).toHaveText("Submitted for review.");
      const cookies = await context.cookies();

      await context.clearCookies();
      await login({ role: "EDITOR" });
      await page.goto(path);
      await workflow(page).getByRole("button", { name: "Send back to the author" }).click();
      const summary = page.getByRole("alert", { name: "There is a problem" });
      await expect(summary).toContainText("Say what needs to change");
      await workflow(page).getByLabel("What needs to change").fill(`Thêm địa điểm tổ chức ${tag}.`);
      await workflow(page).getByRole("button", { name: "Send back to the author" }).click();
      await expect(page.getByRole("status").first()).toHaveText("Sent back to the author with your comment.");

      await context.clearCookies();
      await context.addCookies(cookies);
      await page.goto(path);
      await expect(workflow(page)).toContainText("Draft");
      const history = page.getByRole("region", { name: /Everything that happened/ });
      await expect(history.getByRole("row", { name: /Sent back/ })).toContainText(`Thêm địa điểm tổ chức ${tag}.`);
    });
  });
}

test("the revisions page shows what changed, and an old revision comes back as a new draft", async ({
  page,
  login,
}) => {
  const tag = unique();
  await login({ role: "EDITOR" });
  const path = await writePost(page, { vi: `Bài có phiên bản ${tag}`, en: `A post with revisions ${tag}` });
  const vi = page.getByRole("group", { name: "Vietnamese (required)" });
  await vi.getByLabel("Summary (Vietnamese)").fill("Tóm tắt đã được sửa lại cho rõ hơn.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").first()).toHaveText(
    "Saved as a new revision (a draft until it is reviewed again).",
  );

  await page.goto(`${path}/revisions`);
  const rows = page.getByRole("region", { name: "Revisions, the latest first" }).getByRole("row");
  await expect(rows).toHaveCount(3);
  await page.getByRole("link", { name: "Compare with the previous (Revision 2)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revision 2: what changed");
  const change = page.getByRole("definition").filter({ has: page.locator("ins") });
  await expect(change.locator("ins")).toContainText("sửa lại cho rõ hơn");
  await expect(page.getByRole("term")).toHaveText(["Summary (Vietnamese)"]);

  await page.goto(`${path}/revisions/1`);
  await page.getByRole("button", { name: "Restore this version as a new draft" }).click();
  await expect(page.getByRole("status").first()).toHaveText("The revision has been restored as a new draft.");
  await page.goto(`${path}/revisions`);
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("Restored from revision 1");
});

for (const locale of ["vi", "en"] as const) {
  test(`the post pages pass axe (${locale})`, async ({ page, login }, testInfo) => {
    test.slow();
    await login({ role: "EDITOR" });
    const tag = unique();
    const path = (
      await writePost(page, { vi: `Bài kiểm tra truy cập ${tag}`, en: `Accessibility check ${tag}` })
    ).replace(/^\/en\//, `/${locale}/`);
    const vi = page.getByRole("group", { name: "Vietnamese (required)" });
    await vi.getByLabel("Summary (Vietnamese)").fill("Một tóm tắt khác để có phiên bản thứ hai.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").first()).toBeVisible();
    const pages = {
      list: `/${locale}/admin/posts`,
      new: `/${locale}/admin/posts/new`,
      edit: path,
      archive: `${path}?confirm=archive#archive`,
      preview: `${path}/preview`,
      revisions: `${path}/revisions`,
      diff: `${path}/revisions/2`,
    };
    for (const [name, target] of Object.entries(pages)) {
      const response = await page.goto(target);
      expect(response?.status(), target).toBe(200);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: testInfo.outputPath(`${locale}-${name}.png`), fullPage: true });
    }
    // A form answered with errors.
    await page.goto(`/${locale}/admin/posts/new`);
    await page.getByRole("button", { name: locale === "vi" ? "Lưu bản nháp" : "Save draft" }).click();
    await expect(
      page.getByRole("alert", { name: locale === "vi" ? "Có lỗi cần sửa" : "There is a problem" }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath(`${locale}-errors.png`), fullPage: true });

    // The settings page's self-approval box, and the start page's mention of the posts.
    await page.goto(`/${locale}/admin`);
    await page.screenshot({ path: testInfo.outputPath(`${locale}-home.png`), fullPage: true });
    await login({ role: "ADMINISTRATOR" });
    await page.goto(`/${locale}/admin/settings`);
    await expect(page.getByRole("checkbox")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: testInfo.outputPath(`${locale}-settings.png`), fullPage: true });
  });
}
