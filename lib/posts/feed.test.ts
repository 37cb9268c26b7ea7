import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { absoluteLinks, buildRssFeed, cdata, escapeXml, type FeedItem } from "./feed";

const site = "https://portal.example.vn";

const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  title: "Hội nghị xúc tiến đầu tư 2026",
  url: `${site}/en/news/hoi-nghi-xuc-tien`,
  publishedAt: "2026-03-02T02:00:00.000Z",
  updatedAt: null,
  summary: "Summary with <b>markup</b> & an ampersand",
  html: '<p>Body with a <a href="/en/land/LA-001">parcel</a> and ]]> inside.</p>',
  lang: "en",
  category: "Event",
  image: null,
  ...overrides,
});

const feed = (items: FeedItem[]) =>
  buildRssFeed({
    title: "Portal — News",
    description: "News of the zone",
    language: "en",
    link: `${site}/en/news`,
    selfUrl: `${site}/en/news/rss.xml`,
    siteUrl: site,
    items,
    now: new Date("2026-01-01T00:00:00Z"),
  });

describe("buildRssFeed", () => {
  it("parses as RSS with the channel's fields", () => {
    const xml = feed([item()]);
    const parsed = parseFeed(xml);
    expect(parsed.meta.type).toBe("rss");
    expect(parsed.meta.version).toBe("2.0");
    expect(parsed.title).toBe("Portal — News");
    expect(parsed.url).toBe(`${site}/en/news`);
    expect(parsed.language).toBe("en");
    expect(parsed.self).toBe(`${site}/en/news/rss.xml`);
    expect(parsed.updated?.toISOString()).toBe("2026-03-02T02:00:00.000Z");
    expect(xml).toContain("<lastBuildDate>Mon, 02 Mar 2026 02:00:00 GMT</lastBuildDate>");
  });

  it("gives each item its link, guid, date, summary, body and category", () => {
    const [parsed] = parseFeed(feed([item()])).items;
    expect(parsed?.title).toBe("Hội nghị xúc tiến đầu tư 2026");
    expect(parsed?.url).toBe(`${site}/en/news/hoi-nghi-xuc-tien`);
    expect(parsed?.id).toBe(`${site}/en/news/hoi-nghi-xuc-tien`);
    expect(parsed?.published?.toISOString()).toBe("2026-03-02T02:00:00.000Z");
    expect(parsed?.description).toBe("Summary with <b>markup</b> & an ampersand");
    expect(parsed?.content).toContain(`<a href="${site}/en/land/LA-001">parcel</a>`);
    expect(parsed?.content).toContain("]]> inside.");
    expect(parsed?.categories.map((c) => c.label)).toEqual(["Event"]);
  });

  it("attaches the cover's share picture as an enclosure and Media RSS", () => {
    const image = { url: `${site}/api/images/abc/share`, type: "image/jpeg", length: 52_000, width: 1200, height: 630 };
    const xml = feed([item({ image })]);
    expect(xml).toContain(`<enclosure url="${image.url}" type="image/jpeg" length="52000"/>`);
    const [parsed] = parseFeed(xml).items;
    expect(parsed?.media.some((m) => m.url === image.url && m.mimeType === "image/jpeg")).toBe(true);
  });

  it("notes the language of an item not in the feed's", () => {
    const xml = feed([item({ lang: "vi" }), item({ url: `${site}/en/news/other` })]);
    expect(xml.match(/<dc:language>vi<\/dc:language>/g)).toHaveLength(1);
    expect(parseFeed(xml).items).toHaveLength(2);
  });

  it("is valid with no items, its build date then the time given", () => {
    const xml = feed([]);
    expect(parseFeed(xml).items).toEqual([]);
    expect(xml).toContain("<lastBuildDate>Thu, 01 Jan 2026 00:00:00 GMT</lastBuildDate>");
  });
});

describe("escaping", () => {
  it("escapes XML's special characters and drops the ones XML forbids", () => {
    expect(escapeXml(`a & <b> "c" 'd'\u0001`)).toBe("a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;");
    expect(cdata("x]]>y")).toBe("<![CDATA[x]]]]><![CDATA[>y]]>");
  });

  it("makes root-relative links and images absolute, leaving others", () => {
    expect(
      absoluteLinks('<a href="/vi/x">a</a><img src="/api/images/1/480" alt=""><a href="https://o.org/">b</a>', site),
    ).toBe(`<a href="${site}/vi/x">a</a><img src="${site}/api/images/1/480" alt=""><a href="https://o.org/">b</a>`);
  });
});
