// A language's news feed as RSS 2.0 (https://www.rssboard.org/rss-specification),
// built from plain values so it can be tested without a server. Links are
// absolute. Each item carries the summary as its description and the body's
// sanitized HTML as content:encoded; a cover goes as the share JPEG, both as
// an enclosure and as Media RSS. RSS has no per-item language: an English
// feed lists a post not yet translated with its Vietnamese text as it is,
// and says so with Dublin Core's dc:language on the item.

export type FeedItem = {
  title: string;
  /** Absolute URL of the post's page (also its guid). */
  url: string;
  /** ISO instants. */
  publishedAt: string;
  updatedAt: string | null;
  summary: string;
  /** Sanitized HTML of the body (lib/posts/markdown.ts); relative links are made absolute. */
  html: string;
  /** The language of the item's text. */
  lang: string;
  /** The kind of post, in the feed's language. */
  category: string;
  image: { url: string; type: string; length: number; width: number; height: number } | null;
};

export type Feed = {
  title: string;
  description: string;
  /** The language of the feed (its locale, e.g. "vi"). */
  language: string;
  /** Absolute URL of the news list. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  /** The site's origin, to make the body's relative links absolute. */
  siteUrl: string;
  items: FeedItem[];
  /** Used when there are no items (else the latest item's change). */
  now: Date;
};

// Characters XML 1.0 does not allow, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the ones removed
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** HTML inside CDATA: a "]]>" in it would close the section, so it is split across two. */
export function cdata(html: string): string {
  return `<![CDATA[${html.replace(INVALID_XML, "").replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** RFC 822 date-time, as RSS 2.0 asks ("Tue, 01 Dec 2026 02:00:00 GMT"). */
export const rfc822 = (iso: string | Date) => new Date(iso).toUTCString();

/** The body's root-relative links and images ("/vi/land/…", "/api/images/…") made absolute for feed readers. */
export function absoluteLinks(html: string, siteUrl: string): string {
  return html.replace(/(<(?:a|img)\b[^>]*?\s(?:href|src)=")\/(?!\/)/g, `$1${siteUrl}/`);
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function itemXml(item: FeedItem, language: string, siteUrl: string): string {
  const lines = [
    element("title", item.title),
    element("link", item.url),
    `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
    element("pubDate", rfc822(item.publishedAt)),
    element("category", item.category),
    element("description", item.summary),
    `<content:encoded>${cdata(absoluteLinks(item.html, siteUrl))}</content:encoded>`,
  ];
  if (item.lang !== language) lines.push(element("dc:language", item.lang));
  if (item.image) {
    const { url, type, length, width, height } = item.image;
    const attrs = `url="${escapeXml(url)}" type="${escapeXml(type)}"`;
    lines.push(`<enclosure ${attrs} length="${length}"/>`);
    lines.push(`<media:content ${attrs} medium="image" width="${width}" height="${height}"/>`);
  }
  return `<item>\n      ${lines.join("\n      ")}\n    </item>`;
}

/** The feed as an XML document. */
export function buildRssFeed(feed: Feed): string {
  const latest = feed.items
    .map((item) => new Date(item.updatedAt ?? item.publishedAt).getTime())
    .reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const lastBuildDate = Number.isFinite(latest) ? new Date(latest) : feed.now;
  const channel = [
    element("title", feed.title),
    element("link", feed.link),
    element("description", feed.description),
    element("language", feed.language),
    element("lastBuildDate", rfc822(lastBuildDate)),
    `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...feed.items.map((item) => itemXml(item, feed.language, feed.siteUrl)),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    "  <channel>",
    `    ${channel.join("\n    ")}`,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
