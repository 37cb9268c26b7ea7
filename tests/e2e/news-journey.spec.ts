import { randomUUID } from "node:crypto";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { postSeeds } from "@/prisma/seed/posts";
import { baseURL } from "../../playwright.config";
import { jpeg } from "../fixtures/images";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { expect, test } from "./staff-login";

// A post's whole journey, with JavaScript on and off: an editor uploads a
// cover image and writes a post in both languages (a heading, a list and a
// link in its body), submits it and is told why they cannot approve it; a
// second editor approves and publishes it; a visitor then finds it — on the
// home page, at the top of both news lists, on its own page in both
// languages with its cover image, and in both RSS feeds — within the few
// seconds publishing takes to refresh the cached pages; axe checks the
// post's pages. Screenshots go to the test's output folder. Other runs
// publish posts at the same time, so a list is never expected to hold only
// this post.

test.beforeEach(actAsOwnClient);

const LOCALES = ["vi", "en"] as const;
type Lang = (typeof LOCALES)[number];
/** How long a cached page may show the list from before a publication (server/revalidate.ts: 5 s, and a render). */
const SETTLE_WINDOW_MS = 20_000;

/** The newest post the portal is delivered with: anything published today comes before it. */
const newestSeed = [...postSeeds].sort((a, b) => b.firstPublishedAt.localeCompare(a.firstPublishedAt))[0];

const workflow = (page: Page) => page.getByRole("region", { name: "Review and publication" });
const notice = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

/** Each news list item's title and the instant it was first published, in the order shown. */
const listed = (items: Locator) =>
  items.evaluateAll((nodes) =>
    nodes.map((node) => ({
      title: node.querySelector("h2, h3")?.textContent?.trim() ?? "",
      at: node.querySelector("time")?.getAttribute("datetime") ?? "",
    })),
  );

/** Every image URL an <img> names (src and srcset), each answered 200 with an image to a visitor. */
async function expectImageServed(request: APIRequestContext, image: Locator, coverId: string) {
  const src = (await image.getAttribute("src")) ?? "";
  const srcset = (await image.getAttribute("srcset")) ?? "";
  expect(src).toMatch(new RegExp(`^/api/images/${coverId}/\\d+$`));
  const candidates = srcset.split(",").map((entry) => entry.trim().split(/\s+/));
  expect(candidates.length).toBeGreaterThan(0);
  for (const [url, width] of candidates) {
    expect(url).toMatch(new RegExp(`^/api/images/${coverId}/\\d+$`));
    expect(width).toMatch(/^\d+w$/);
  }
  for (const url of new Set([src, ...candidates.map(([url]) => url as string)])) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"], url).toMatch(/^image\//);
    expect((await response.body()).byteLength, url).toBeGreaterThan(0);
  }
  // The browser drew it.
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

for (const js of ["on", "off"] as const) {
  test.describe(`a post from writing to the public site, JavaScript ${js}`, () => {
    test.use({ javaScriptEnabled: js === "on" });

    test("A writes it with a cover image, B approves and publishes it, and every public page shows it at once", async ({
      page,
      login,
      context,
      request,
      browser,
    }, testInfo) => {
      test.slow();
      const project = testInfo.project.name;
      const tag = randomUUID().slice(0, 8);
      const title = {
        vi: `Khánh thành nhà máy điện mặt trời ${project} JS ${js} ${tag}`,
        en: `Solar power plant opens ${project} JS ${js} ${tag}`,
      };
      const summary = {
        vi: `Nhà máy điện mặt trời áp mái đầu tiên của khu công nghiệp đi vào hoạt động (${tag}).`,
        en: `The industrial park's first rooftop solar plant starts operating (${tag}).`,
      };
      const heading = { vi: "Tiến độ dự án", en: "Project timeline" };
      const items = { vi: ["Giai đoạn 1: 20 MW", "Giai đoạn 2: 35 MW"], en: ["Phase 1: 20 MW", "Phase 2: 35 MW"] };
      const link = {
        vi: { text: "quy trình đầu tư", href: "https://example.org/vi/quy-trinh" },
        en: { text: "the investment procedure", href: "https://example.org/en/procedure" },
      };
      const body = (lang: Lang) =>
        [
          `${lang === "vi" ? "Bài viết" : "Post"} ${tag}.`,
          `## ${heading[lang]}`,
          items[lang].map((item) => `- ${item}`).join("\n"),
          `${lang === "vi" ? "Xem" : "See"} [${link[lang].text}](${link[lang].href}).`,
        ].join("\n\n");
      const alt = {
        vi: "Các tấm pin mặt trời trên mái nhà xưởng dưới trời nắng",
        en: "Solar panels on a factory roof under a sunny sky",
      };

      // 1. Editor A uploads the cover image, then writes the post in both languages.
      await login({ role: "EDITOR" });
      await page.goto("/en/admin/posts");
      await page.getByRole("link", { name: "New post" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("New post");
      const upload = page.getByRole("region", { name: "Upload a cover image" });
      await upload.getByLabel("Image file").setInputFiles({
        name: `cover-${tag}.jpg`,
        mimeType: "image/jpeg",
        buffer: await jpeg({ width: 1600, height: 900 }),
      });
      await upload.getByRole("button", { name: "Upload image" }).click();
      let coverId: string;
      if (js === "on") {
        // The page stays; the post form's hidden input now names the image.
        await expect(notice(page, "Image uploaded.")).toBeVisible();
        await expect(page.locator("#coverImageId")).toHaveValue(/^[0-9a-f-]{36}$/);
        coverId = await page.locator("#coverImageId").inputValue();
      } else {
        // The upload route comes back to the page with the image in its address.
        await expect(page).toHaveURL(/\/en\/admin\/posts\/new\?coverImage=[0-9a-f-]{36}$/);
        coverId = new URL(page.url()).searchParams.get("coverImage") as string;
        await expect(page.locator("#coverImageId")).toHaveValue(coverId);
      }
      await expect(page.getByText("The cover image chosen for this post:")).toBeVisible();

      for (const lang of LOCALES) {
        const language = lang === "vi" ? "Vietnamese" : "English";
        const group = page.getByRole("group", { name: lang === "vi" ? "Vietnamese (required)" : /^English/ });
        await group.getByLabel(`Title (${language})`).fill(title[lang]);
        await group.getByLabel(`Summary (${language})`).fill(summary[lang]);
        await group.getByLabel(`Body (${language})`).fill(body(lang));
        await group.getByLabel(`Cover image description (${language})`).fill(alt[lang]);
      }
      await page.getByRole("button", { name: "Save draft" }).click();
      await expect(notice(page, "The post has been saved as a draft.")).toBeVisible();
      await expect(page).toHaveURL(/\/en\/admin\/posts\/\d+/);
      const editPath = new URL(page.url()).pathname;
      await expect(page.locator("#coverImageId")).toHaveValue(coverId);
      await workflow(page).getByRole("button", { name: "Submit for review" }).click();
      await expect(notice(page, "Submitted for review.")).toBeVisible();
      await expect(workflow(page)).toContainText("In review");

      // 2. A cannot approve or publish their own post, and is told why.
      await expect(workflow(page)).toContainText(
        /You wrote this post or its latest changes, so you cannot approve.* it yourself: another editor or an administrator must do it\./,
      );
      await expect(workflow(page).getByRole("button", { name: "Approve" })).toHaveCount(0);
      await expect(workflow(page).getByRole("button", { name: "Publish now" })).toHaveCount(0);

      // 3. Editor B finds it among the posts waiting for their review, approves and publishes it.
      await context.clearCookies();
      await login({ role: "EDITOR" });
      await page.goto("/en/admin/posts?review=mine");
      await page.getByRole("link", { name: title.vi, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${editPath}$`));
      await workflow(page).getByRole("button", { name: "Approve" }).click();
      await expect(notice(page, "Approved. It can now be published or scheduled.")).toBeVisible();
      const publishing = new Date(Date.now() - 1000).toISOString();
      await workflow(page).getByRole("button", { name: "Publish now" }).click();
      await expect(notice(page, "Published: the post is on the site now.")).toBeVisible();
      await expect(workflow(page)).toContainText("this version is on the site");
      const enPath = (await workflow(page).getByRole("link", { name: "View on the site" }).getAttribute("href")) ?? "";
      expect(enPath).toMatch(/^\/en\/news\/solar-power-plant-opens-/);

      // 4. A visitor sees it everywhere. Publishing revalidates the pages at once, and once more a few
      // seconds later (server/revalidate.ts): a list another visitor's request was rendering at that very
      // moment may be stored after the first refresh, and only the second drops it. So a page may need one
      // more look within that window, never longer (without revalidation it would stay stale for an hour).
      await context.clearCookies();
      const shows = async (path: string, what: (page: Page) => Locator) =>
        expect(async () => {
          await page.goto(path);
          await expect(what(page)).toBeVisible({ timeout: 1_000 });
        }).toPass({ timeout: SETTLE_WINDOW_MS });
      for (const locale of LOCALES) {
        const latest = page.getByRole("region", { name: locale === "vi" ? "Tin mới nhất" : "Latest news" });
        await shows(`/${locale}`, () => latest.getByRole("link", { name: title[locale], exact: true }));
        await expect(latest.getByRole("listitem").filter({ hasText: title[locale] })).toContainText(summary[locale]);
        await latest.screenshot({ path: testInfo.outputPath(`home-${locale}.png`) });
      }

      const paths: Record<Lang, string> = { vi: "", en: enPath };
      for (const locale of LOCALES) {
        const articles = page.getByRole("main").getByRole("article");
        const mine = articles.filter({ hasText: title[locale] });
        await shows(`/${locale}/news`, () => mine.getByRole("link", { name: title[locale], exact: true }));
        await expect(mine.getByRole("img", { name: alt[locale] })).toBeVisible();
        const order = await listed(articles);
        const at = order.findIndex((item) => item.title === title[locale]);
        expect(at, "the post is on the first page").toBeGreaterThanOrEqual(0);
        // Newest first: only posts published since this one was can come before it…
        for (const earlier of order.slice(0, at)) expect(earlier.at >= publishing, earlier.title).toBe(true);
        // …and the portal's newest delivered post, if still on the first page, comes after it.
        const seed = order.findIndex((item) => item.title === newestSeed?.doc.texts[locale]?.title);
        if (seed >= 0) expect(seed).toBeGreaterThan(at);
        const href = (await mine.getByRole("link", { name: title[locale], exact: true }).getAttribute("href")) ?? "";
        if (locale === "vi") paths.vi = href;
        else expect(href).toBe(enPath);
      }
      expect(paths.vi).toMatch(/^\/vi\/news\/khanh-thanh-nha-may-dien-mat-troi-/);

      for (const locale of LOCALES) {
        const response = await page.goto(paths[locale]);
        expect(response?.status()).toBe(200);
        const main = page.getByRole("main");
        const h1 = page.getByRole("heading", { level: 1 });
        await expect(h1).toHaveText(title[locale]);
        await expect(h1).not.toHaveAttribute("lang", /.+/);
        await expect(page).toHaveTitle(new RegExp(`^${title[locale]} \\| `));
        await expect(main.getByText(summary[locale])).toBeVisible();
        await expect(main.getByRole("heading", { level: 2, name: heading[locale], exact: true })).toBeVisible();
        const list = main.getByRole("list").filter({ hasText: items[locale][0] as string });
        await expect(list.getByRole("listitem")).toHaveText(items[locale]);
        await expect(main.getByRole("link", { name: link[locale].text, exact: true })).toHaveAttribute(
          "href",
          link[locale].href,
        );
        const cover = main.getByRole("img", { name: alt[locale], exact: true });
        await expect(cover).toBeVisible();
        await expectImageServed(request, cover, coverId);
        await page.screenshot({ path: testInfo.outputPath(`post-${locale}.png`), fullPage: true });
      }

      // 5. The published post's pages pass axe in both languages. axe runs as a script in the page, and
      // with scripts off its timers never fire (it never finishes), so it reads the same pages in a browser
      // with them on (the test's options, scripts off among them, would otherwise apply to a new context too).
      const checker =
        js === "on" ? context : await browser.newContext({ ...testInfo.project.use, baseURL, javaScriptEnabled: true });
      const axePage = js === "on" ? page : await checker.newPage();
      for (const locale of LOCALES) {
        await axePage.goto(paths[locale]);
        await expect(axePage.getByRole("heading", { level: 1 })).toHaveText(title[locale]);
        await expectNoAxeViolations(axePage);
      }
      if (checker !== context) await checker.close();

      for (const locale of LOCALES) {
        let feed: ReturnType<typeof parseFeed> | undefined;
        await expect(async () => {
          const response = await page.request.get(`/${locale}/news/rss.xml`);
          expect(response.status()).toBe(200);
          expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
          feed = parseFeed(await response.text());
          expect(feed.items.map((entry) => entry.title)).toContain(title[locale]);
        }).toPass({ timeout: SETTLE_WINDOW_MS });
        expect(feed?.language).toBe(locale);
        const item = feed?.items.find((entry) => entry.title === title[locale]);
        expect(item, `the ${locale} feed lists the post`).toBeDefined();
        expect(item?.url).toBe(new URL(paths[locale], baseURL).href);
        expect(item?.description).toBe(summary[locale]);
        expect(item?.content).toContain(`<h2>${heading[locale]}</h2>`);
      }
    });
  });
}
