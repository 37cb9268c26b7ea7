import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// A post's body: Markdown typed by an editor, rendered on the server with raw
// HTML off, then sanitized against an allow-list (docs/decisions/018). What
// this returns is what the public page, the feed and the preview show.

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

/** Images only from the portal's own image route (lib/posts/images.ts). */
const OWN_IMAGE = /^\/api\/images\/[0-9a-f-]{36}\/\d{2,4}$/;
/**
 * Links: absolute http(s), mailto and tel, the portal's own pages (a path
 * from the root) and fragments. Anything else (a scheme hidden behind
 * encoding, a path relative to wherever the text is shown: a feed reader
 * resolves it elsewhere) loses its href. The value is checked as decoded.
 */
const SAFE_HREF = /^(?:https?:\/\/|mailto:|tel:|\/(?![/\\])|#)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "s",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "code",
    "pre",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt"], th: ["scope"], ol: ["start"] },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // A heading level 1 belongs to the page (the post's title): # becomes h2.
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      if (href === undefined || !SAFE_HREF.test(href)) return { tagName, attribs: rest };
      const kept = { href, ...rest };
      const external = /^https?:\/\//i.test(href);
      return { tagName, attribs: external ? { ...kept, rel: "noopener noreferrer nofollow" } : kept };
    },
  },
  // Foreign images go, and a paragraph left with nothing in it goes with them.
  exclusiveFilter: (frame) =>
    (frame.tag === "img" && !OWN_IMAGE.test(frame.attribs.src ?? "")) ||
    (frame.tag === "p" && frame.text.trim() === "" && frame.mediaChildren.length === 0),
};

/** A body's Markdown as safe HTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE);
}

/** Any HTML as safe HTML by the same allow-list (what the sanitizer alone lets through). */
export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** A body's plain text (for summaries, search and feeds' descriptions). */
export function markdownToText(source: string): string {
  return sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
