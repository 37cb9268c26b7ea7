import { createHmac, randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import pg from "pg";
import { renderMarkdown } from "@/lib/posts/markdown";
import { slugify } from "@/lib/posts/schema";
import { expectNoAxeViolations } from "./axe";
import { e2eDatabaseUrl } from "./staff-login";

// The public news pages in the browser: the list newest first, its filters
// (a GET form, with JavaScript off and on), pages, a post with its dates,
// facts and related links, an English page showing a post not translated
// (marked lang="vi"), the RSS feed and the home page's latest news. The spec
// writes its own live posts straight into the database (titles unique to the
// run) and asks the portal to refresh its cached pages through the signed
// revalidation route, as the job worker does; it deletes them afterwards.

test.describe.configure({ mode: "default" });

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Refreshes the pages that show posts: a request signed as server/revalidate.ts signs it. */
async function revalidatePosts(baseURL: string) {
  await sql(`INSERT INTO "AppSecret" (name, value) VALUES ('revalidate', $1) ON CONFLICT (name) DO NOTHING`, [
    randomBytes(32).toString("base64url"),
  ]);
  const [secret] = await sql<{ value: string }>(`SELECT value FROM "AppSecret" WHERE name = 'revalidate'`);
  const body = JSON.stringify({ tags: ["posts"], at: Date.now() });
  const signature = createHmac("sha256", Buffer.from(secret?.value ?? "", "base64url"))
    .update(body)
    .digest("base64url");
  const response = await fetch(`${baseURL}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-portal-signature": signature },
    body,
  });
  expect(response.status).toBe(204);
}

/**
 * Refreshes the pages that show posts as a publication does
 * (server/revalidate.ts): now, and again once a render that was under way
 * (another test's request) has been stored, so it cannot keep the old list.
 */
async function refreshPosts(baseURL: string) {
  await revalidatePosts(baseURL);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  await revalidatePosts(baseURL);
}

type Text = { title: string; summary: string; body: string; place?: string; parties?: string };
type NewPost = {
  kind: "NEWS" | "EVENT" | "POLICY_UPDATE" | "AGREEMENT";
  vi: Text;
  en?: Text;
  publishedAt: Date;
  updatedAt?: Date;
  eventStartsAt?: string;
  eventEndsAt?: string;
  registrationUrl?: string;
  agreementDate?: string;
  relatedContent?: string;
  sectors?: string[];
  hubs?: string[];
  parcels?: string[];
};

const created: number[] = [];

/** A live post, as publishing it leaves the public rows (lib/posts/schema.ts's document as its revision). */
async function insertPost(post: NewPost): Promise<{ id: number; viSlug: string; enSlug?: string }> {
  const texts = Object.fromEntries(
    (["vi", "en"] as const).flatMap((locale) => {
      const text = post[locale];
      if (!text) return [];
      return [
        [
          locale,
          {
            title: text.title,
            slug: slugify(text.title),
            summary: text.summary,
            body: text.body,
            imageAlt: "",
            place: text.place ?? "",
            parties: text.parties ?? "",
          },
        ],
      ];
    }),
  );
  const doc = {
    kind: post.kind,
    texts,
    coverImageId: null,
    eventStartsAt: post.eventStartsAt ?? null,
    eventEndsAt: post.eventEndsAt ?? null,
    registrationUrl: post.registrationUrl ?? null,
    agreementDate: post.agreementDate ?? null,
    relatedContent: post.relatedContent ?? null,
    sectors: post.sectors ?? [],
    hubs: post.hubs ?? [],
    parcels: post.parcels ?? [],
  };
  const [row] = await sql<{ id: number }>(
    `INSERT INTO "Post" (status, live, "publishedRevision", "currentRevision", "firstPublishedAt", "contentUpdatedAt",
       kind, "eventStartsAt", "eventEndsAt", "registrationUrl", "agreementDate", "relatedContent", "updatedAt")
     VALUES ('PUBLISHED', true, 1, 1, $1, $2, $3, $4, $5, $6, $7, $8, now()) RETURNING id`,
    [
      post.publishedAt,
      post.updatedAt ?? null,
      post.kind,
      post.eventStartsAt ?? null,
      post.eventEndsAt ?? null,
      post.registrationUrl ?? null,
      post.agreementDate ?? null,
      post.relatedContent ?? null,
    ],
  );
  const id = (row as { id: number }).id;
  created.push(id);
  await sql(`INSERT INTO "PostRevision" ("postId", number, content) VALUES ($1, 1, $2)`, [id, JSON.stringify(doc)]);
  for (const [locale, text] of Object.entries(texts)) {
    await sql(
      `INSERT INTO "PostTranslation" ("postId", locale, title, slug, summary, "bodyHtml", place, parties)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, locale, text.title, text.slug, text.summary, renderMarkdown(text.body), text.place, text.parties],
    );
  }
  for (const slug of doc.sectors)
    await sql(`INSERT INTO "PostSector" ("postId", "sectorId") SELECT $1, id FROM "Sector" WHERE slug = $2`, [
      id,
      slug,
    ]);
  for (const slug of doc.hubs)
    await sql(`INSERT INTO "PostHub" ("postId", "hubId") SELECT $1, id FROM "Hub" WHERE slug = $2`, [id, slug]);
  for (const code of doc.parcels)
    await sql(`INSERT INTO "PostParcel" ("postId", "parcelId") SELECT $1, id FROM "Parcel" WHERE code = $2`, [
      id,
      code,
    ]);
  return { id, viSlug: texts.vi?.slug as string, enSlug: texts.en?.slug };
}

const run = randomBytes(3).toString("hex");
const now = Date.now();
let sector: { slug: string; vi: string; en: string };
let hub: { slug: string; vi: string; en: string };
let parcel: string;
let event: Awaited<ReturnType<typeof insertPost>>;
let agreement: Awaited<ReturnType<typeof insertPost>>;
let news: Awaited<ReturnType<typeof insertPost>>;
let policy: Awaited<ReturnType<typeof insertPost>>;
const title = {
  event: `Hội thảo xúc tiến ${run}`,
  eventEn: `Investment seminar ${run}`,
  agreement: `Ký kết hợp tác ${run}`,
  news: `Tin khu công nghiệp ${run}`,
  newsEn: `Industrial park news ${run}`,
  policy: `Cập nhật ưu đãi ${run}`,
  policyEn: `Incentive update ${run}`,
};

test.beforeAll(async ({ baseURL }) => {
  const names = async (table: "Sector" | "Hub") => {
    const [row] = await sql<{ slug: string; vi: string; en: string }>(
      `SELECT s.slug, vi.name AS vi, en.name AS en FROM "${table}" s
       JOIN "${table}Translation" vi ON vi."${table.toLowerCase()}Id" = s.id AND vi.locale = 'vi'
       JOIN "${table}Translation" en ON en."${table.toLowerCase()}Id" = s.id AND en.locale = 'en'
       ORDER BY s."sortOrder" DESC, s.slug DESC LIMIT 1`,
    );
    return row as { slug: string; vi: string; en: string };
  };
  sector = await names("Sector");
  hub = await names("Hub");
  parcel = ((await sql<{ code: string }>(`SELECT code FROM "Parcel" ORDER BY code LIMIT 1`))[0] as { code: string })
    .code;
  const related = { sectors: [sector.slug], hubs: [hub.slug] };
  // Published in the last minutes, newest first: event, agreement, news, policy update.
  event = await insertPost({
    kind: "EVENT",
    vi: {
      title: title.event,
      summary: "Hội thảo giới thiệu quỹ đất.",
      body: "## Chương trình\n\n- Giới thiệu\n- Hỏi đáp",
      place: "Trung tâm hội nghị Bến Lức",
    },
    en: {
      title: title.eventEn,
      summary: "A seminar on the land on offer.",
      body: "## Programme\n\n- Welcome\n- Questions",
      place: "Bến Lức conference centre",
    },
    publishedAt: new Date(now - 1 * MINUTE),
    updatedAt: new Date(now - 30_000),
    eventStartsAt: "2030-05-10T02:00:00.000Z",
    eventEndsAt: "2030-05-10T09:30:00.000Z",
    registrationUrl: "https://example.org/register",
    ...related,
    parcels: [parcel],
  });
  agreement = await insertPost({
    kind: "AGREEMENT",
    vi: {
      title: title.agreement,
      summary: "Biên bản ghi nhớ hợp tác.",
      body: "Nội dung thỏa thuận.",
      parties: "Bên A; Bên B",
    },
    publishedAt: new Date(now - 2 * MINUTE),
    agreementDate: "2026-02-03",
    ...related,
  });
  news = await insertPost({
    kind: "NEWS",
    vi: { title: title.news, summary: "Tin ngắn.", body: "Nội dung." },
    en: { title: title.newsEn, summary: "Short news.", body: "Text." },
    publishedAt: new Date(now - 3 * MINUTE),
    ...related,
  });
  policy = await insertPost({
    kind: "POLICY_UPDATE",
    vi: { title: title.policy, summary: "Ưu đãi thay đổi.", body: "Chi tiết." },
    en: { title: title.policyEn, summary: "An incentive changes.", body: "Details." },
    publishedAt: new Date(now - 4 * MINUTE),
    relatedContent: "incentive:cit",
    ...related,
  });
  // Older posts, enough for the list to have a second page whatever else is published.
  for (let i = 0; i < 11; i++) {
    await insertPost({
      kind: "NEWS",
      vi: { title: `Tin cũ ${run} số ${i + 1}`, summary: "Tin cũ.", body: "Nội dung." },
      publishedAt: new Date(now - 4000 * DAY - i * DAY),
    });
  }
  await refreshPosts(baseURL as string);
});

test.afterAll(async ({ baseURL }) => {
  if (created.length > 0) await sql(`DELETE FROM "Post" WHERE id = ANY($1)`, [created]);
  await revalidatePosts(baseURL as string);
});

/** The titles of the list's posts, in order. */
const listedTitles = (page: Page) => page.getByRole("main").getByRole("article").getByRole("heading").allTextContents();

for (const js of ["off", "on"] as const) {
  test.describe(`the news list's filters with JavaScript ${js}`, () => {
    test.use({ javaScriptEnabled: js === "on" });

    test("filter by kind, sector and hub through the form; the URL carries the query", async ({ page }) => {
      await page.goto("/vi/news");
      await expect(page.getByRole("heading", { level: 1, name: "Tin tức" })).toBeVisible();
      await page.getByLabel("Ngành").selectOption(sector.slug);
      await page.getByLabel("Đầu mối logistics").selectOption(hub.slug);
      await page.getByRole("button", { name: "Lọc" }).click();
      await expect(page).toHaveURL(new RegExp(`/vi/news\\?kind=&sector=${sector.slug}&hub=${hub.slug}$`));
      const titles = await listedTitles(page);
      const mine = titles.filter((t) => t.includes(run));
      expect(mine).toEqual([title.event, title.agreement, title.news, title.policy]);
      await expect(page.getByText(/\d+ bài viết/)).toBeVisible();

      await page.getByLabel("Loại bài viết").selectOption({ label: "Sự kiện" });
      await page.getByRole("button", { name: "Lọc" }).click();
      await expect(page).toHaveURL(/kind=event/);
      await expect(page.getByLabel("Loại bài viết")).toHaveValue("event");
      await expect(page.getByRole("link", { name: title.event })).toBeVisible();
      await expect(page.getByRole("link", { name: title.news })).toHaveCount(0);
      // The event's date and place are in the list.
      const item = page.getByRole("article").filter({ hasText: title.event });
      await expect(item).toContainText("Trung tâm hội nghị Bến Lức");
      await expect(item.locator("time").first()).toBeVisible();

      await page.getByRole("link", { name: "Bỏ bộ lọc" }).click();
      await expect(page).toHaveURL(/\/vi\/news$/);
    });
  });
}

test("the list is newest first and pages by ten, with previous and next links", async ({ page }) => {
  await page.goto("/vi/news");
  await expect(page.getByRole("main").getByRole("article")).toHaveCount(10);
  // Each post's first date is when it was published (an event's dates follow).
  const times = await page
    .getByRole("main")
    .getByRole("article")
    .evaluateAll((nodes) => nodes.map((node) => node.querySelector("time")?.getAttribute("datetime") ?? ""));
  expect([...times].sort().reverse()).toEqual(times);
  const pages = page.getByRole("navigation", { name: "Phân trang" });
  await expect(pages.getByRole("link", { name: "Trang 1" })).toHaveAttribute("aria-current", "page");
  await pages.getByRole("link", { name: "Trang sau" }).click();
  await expect(page).toHaveURL(/\/vi\/news\?page=2$/);
  await expect(pages.getByRole("link", { name: "Trang 2" })).toHaveAttribute("aria-current", "page");
  await expect(pages.getByRole("link", { name: "Trang trước" })).toHaveAttribute("href", "/vi/news");
  // Invalid values are dropped with a note, never an error page.
  const response = await page.goto("/vi/news?kind=rumour&page=abc");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Một số điều kiện lọc không hợp lệ nên đã được bỏ qua.")).toBeVisible();
});

test("a post: dates, updated on, event facts and related links (vi)", async ({ page }) => {
  await page.goto(`/vi/news/${event.viSlug}`);
  await expect(page).toHaveTitle(new RegExp(`^${title.event} \\| `));
  await expect(page.getByRole("heading", { level: 1, name: title.event })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText(/^Đăng ngày \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(main.getByText(/^Cập nhật ngày \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  const facts = main.getByRole("region", { name: "Thông tin sự kiện" });
  // 02:00 UTC is 09:00 in the office's time zone.
  await expect(facts).toContainText("09:00");
  await expect(facts).toContainText("16:30");
  await expect(facts).toContainText("Trung tâm hội nghị Bến Lức");
  await expect(facts.getByRole("link", { name: "Đăng ký tham dự sự kiện" })).toHaveAttribute(
    "href",
    "https://example.org/register",
  );
  const related = main.getByRole("region", { name: "Liên quan" });
  await expect(related.getByRole("link", { name: sector.vi })).toHaveAttribute("href", `/vi/sectors/${sector.slug}`);
  await expect(related.getByRole("link", { name: hub.vi })).toHaveAttribute("href", `/vi/hubs/${hub.slug}`);
  await expect(related.getByRole("link", { name: parcel })).toHaveAttribute("href", `/vi/land/${parcel}`);
  await expect(main.getByRole("heading", { level: 2, name: "Chương trình" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Vị trí trang" }).getByRole("link", { name: "Tin tức" }),
  ).toBeVisible();
  // The English version of the page has its own slug, in the alternates and the language switcher.
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    new RegExp(`/en/news/${event.enSlug}$`),
  );
  await expectNoAxeViolations(page);
});

test("a policy update links what it changes; a post first published shows no update date", async ({ page }) => {
  await page.goto(`/en/news/${policy.enSlug}`);
  const changes = page.getByRole("region", { name: "What this update changes" });
  await expect(changes.getByRole("link")).toHaveAttribute("href", "/en/incentives#cit");
  await expect(page.getByRole("main").getByText(/^Updated on/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("English pages show a post not translated in Vietnamese, marked lang=vi", async ({ page }) => {
  await page.goto(`/en/news?sector=${sector.slug}&hub=${hub.slug}`);
  const item = page.getByRole("article").filter({ hasText: title.agreement });
  await expect(item.getByText("In Vietnamese")).toBeVisible();
  await expect(item.getByRole("heading")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("link", { name: title.eventEn })).toBeVisible();
  await expectNoAxeViolations(page);

  await item.getByRole("link", { name: title.agreement }).click();
  await expect(page).toHaveURL(new RegExp(`/en/news/${agreement.viSlug}$`));
  await expect(page.getByRole("heading", { level: 1, name: title.agreement })).toHaveAttribute("lang", "vi");
  await expect(page.getByText("This post has no English version yet")).toBeVisible();
  await expect(page.getByRole("region", { name: "About the agreement" })).toContainText("Bên A; Bên B");
  await expectNoAxeViolations(page);
});

test("a slug of the other language shows the post in this one, its own slug as canonical", async ({ page }) => {
  // Where the language switcher leads from the Vietnamese page: no redirect, the English post.
  const response = await page.goto(`/en/news/${news.viSlug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: title.newsEn })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/en/news/${news.enSlug}$`));
  const missing = await page.goto(`/vi/news/khong-co-bai-nay-${run}`);
  expect(missing?.status()).toBe(404);
});

test("the feed is RSS with the latest posts, and every page's head links it", async ({ page, request }) => {
  for (const locale of ["vi", "en"] as const) {
    const response = await request.get(`/${locale}/news/rss.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const feed = parseFeed(await response.text());
    expect(feed.language).toBe(locale);
    const item = feed.items.find((i) => i.title === (locale === "vi" ? title.event : title.eventEn));
    expect(item?.url).toMatch(new RegExp(`/${locale}/news/${locale === "vi" ? event.viSlug : event.enSlug}$`));
    expect(item?.description).toBe(
      locale === "vi" ? "Hội thảo giới thiệu quỹ đất." : "A seminar on the land on offer.",
    );
    expect(item?.content).toContain(locale === "vi" ? "<h2>Chương trình</h2>" : "<h2>Programme</h2>");
    // The untranslated post is in the English feed with its Vietnamese title.
    expect(feed.items.some((i) => i.title === title.agreement)).toBe(true);
  }
  for (const path of ["/en", "/vi/land", `/vi/news/${event.viSlug}`]) {
    await page.goto(path);
    const locale = path.slice(1, 3);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      `/${locale}/news/rss.xml`,
    );
  }
  await page.goto("/en/news");
  await expect(page.getByRole("link", { name: "RSS feed" })).toHaveAttribute("href", "/en/news/rss.xml");
});

test("the home page shows the latest three posts and links to all news", async ({ page }) => {
  await page.goto("/vi");
  const section = page.getByRole("region", { name: "Tin mới nhất" });
  await expect(section.getByRole("listitem")).toHaveCount(3);
  const times = await section
    .locator("time")
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime") ?? ""));
  expect([...times].sort().reverse()).toEqual(times);
  await section.getByRole("link", { name: "Xem tất cả tin tức" }).click();
  await expect(page).toHaveURL(/\/vi\/news$/);
});

test("the news pages pass axe (vi list, en list, a filtered list)", async ({ page }) => {
  for (const path of ["/vi/news", "/en/news", `/vi/news?kind=event&sector=${sector.slug}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
