import { type ChildNode, type Element, isTag } from "domhandler";
import { decodeHTML } from "entities";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown, sanitizePostHtml } from "@/lib/posts/markdown";
import { XSS_CORPUS } from "../fixtures/xss-corpus";

// A post's body is Markdown typed by an editor, rendered with raw HTML off
// and sanitized (lib/posts/markdown.ts). Every payload of the XSS corpus
// must come out inert, through Markdown and through the sanitizer alone (as
// if Markdown had let the HTML through); ordinary formatting must come out
// exactly as written. The output is checked twice: parsed into elements, and
// read as a string, so that a parser's leniency cannot hide a tag.

const ALLOWED_TAGS = new Set([
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
]);
const FORBIDDEN_TAGS = [
  "script",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "style",
  "base",
  "meta",
  "link",
  "form",
  "button",
  "input",
  "textarea",
  "template",
  "noscript",
  "frame",
  "frameset",
  "applet",
  "video",
  "audio",
  "source",
  "details",
  "marquee",
  "isindex",
  "body",
  "html",
  "title",
  "xmp",
];
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "title", "rel"],
  img: ["src", "alt"],
  th: ["scope"],
  ol: ["start"],
};
const OWN_IMAGE = /^\/api\/images\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(480|960|1600|share)$/;
const IMAGE_ID = "0b0f6f8e-4c6b-4e7a-9a51-3f2a1c9d8e7f";

/** A URL as a browser reads its scheme: entities decoded, whitespace and control characters dropped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these from a URL's scheme
const urlAsRead = (value: string) => decodeHTML(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, "");

function safeHref(value: string): boolean {
  const url = urlAsRead(value);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme) return ["http", "https", "mailto", "tel"].includes(scheme);
  // No scheme: a path from the root (not protocol-relative) or a fragment.
  return /^\/(?![/\\])/.test(url) || url.startsWith("#");
}

function elements(nodes: ChildNode[]): Element[] {
  return nodes.flatMap((node) => (isTag(node) ? [node, ...elements(node.children)] : []));
}

/** Every problem with `html` as a post's public body; empty when it is safe. */
function problems(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(parseDocument(html, { decodeEntities: true }).children)) {
    const tag = element.name.toLowerCase();
    if (FORBIDDEN_TAGS.includes(tag)) found.push(`forbidden <${tag}>`);
    else if (!ALLOWED_TAGS.has(tag)) found.push(`unexpected <${tag}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith("on")) found.push(`handler ${attribute} on <${tag}>`);
      if (
        ["style", "srcdoc", "formaction", "action", "xlink:href", "background", "dynsrc", "lowsrc"].includes(attribute)
      )
        found.push(`attribute ${attribute} on <${tag}>`);
      if (!(ALLOWED_ATTRIBUTES[tag] ?? []).includes(attribute)) found.push(`unexpected ${attribute} on <${tag}>`);
      if (attribute === "href" && !safeHref(value)) found.push(`href ${JSON.stringify(value)}`);
      if (attribute === "src" && !OWN_IMAGE.test(urlAsRead(value))) found.push(`src ${JSON.stringify(value)}`);
    }
  }
  // As a string: every "<" opens or closes an allowed tag (text is escaped), and no tag carries a dangerous scheme.
  for (const [, name] of html.matchAll(/<(\/?[^\s/>]*)/g)) {
    const tag = (name ?? "").replace(/^\//, "").toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) found.push(`raw "<${name}"`);
  }
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    const read = urlAsRead(tag).toLowerCase();
    if (/(?:java|vb)script:|data:|expression\(|\s(?:on[a-z]+|style|srcdoc|formaction)=/.test(read))
      found.push(`tag ${tag}`);
  }
  return found;
}

describe("the XSS corpus", () => {
  it("is large and varied", () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(XSS_CORPUS.map((entry) => entry.label)).size).toBe(XSS_CORPUS.length);
  });

  describe.each(XSS_CORPUS)("$label", ({ payload }) => {
    it("comes out of Markdown inert", () => {
      expect(problems(renderMarkdown(payload))).toEqual([]);
    });
    it("comes out of the sanitizer alone inert", () => {
      expect(problems(sanitizePostHtml(payload))).toEqual([]);
    });
    it("comes out inert inside Markdown's links, images, lists and tables", () => {
      for (const wrapped of [
        `- ${payload}`,
        `> ${payload}`,
        `| a |\n| - |\n| ${payload.replaceAll("\n", " ")} |`,
        `[x](${payload})`,
        `![x](${payload})`,
        `**${payload}**`,
        `[x]\n\n[x]: ${payload}`,
      ]) {
        expect(problems(renderMarkdown(wrapped)), wrapped).toEqual([]);
        expect(problems(sanitizePostHtml(renderMarkdown(wrapped))), wrapped).toEqual([]);
      }
    });
    it("comes out of plain text as text", () => {
      expect(markdownToText(payload)).not.toMatch(/<[a-z]/i);
    });
  });

  it("is caught by this test's own check when nothing sanitizes it", () => {
    for (const { label, payload } of XSS_CORPUS)
      if (/<[a-z!]/i.test(payload)) expect(problems(payload), label).not.toEqual([]);
  });

  it("keeps markup typed in Markdown as visible text (raw HTML is off)", () => {
    expect(renderMarkdown("<b>gras</b> <script>alert(1)</script>")).toBe(
      "<p>&lt;b&gt;gras&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
    );
    expect(renderMarkdown("[x](javascript:alert(1))")).toBe("<p>[x](javascript:alert(1))</p>\n");
    expect(renderMarkdown("<javascript:alert(1)>")).toBe("<p>&lt;javascript:alert(1)&gt;</p>\n");
  });

  it("leaves links with a hidden scheme or a relative path without their href", () => {
    expect(renderMarkdown("[x](javascript%3Aalert(1))")).toBe("<p><a>x</a></p>\n");
    expect(renderMarkdown("[x](trang/khac)")).toBe("<p><a>x</a></p>\n");
    expect(sanitizePostHtml(`<a href="//evil.example/">x</a>`)).toBe("<a>x</a>");
    expect(sanitizePostHtml(`<a href="/\\evil.example/">x</a>`)).toBe("<a>x</a>");
    expect(sanitizePostHtml(`<a href="java&#x09;script:alert(1)">x</a>`)).toBe("<a>x</a>");
  });
});

describe("ordinary formatting", () => {
  const cases: [string, string, string][] = [
    [
      "headings (level 1 is the page's title: it becomes 2)",
      "# Một\n\n## Hai\n\n### Ba",
      "<h2>Một</h2>\n<h2>Hai</h2>\n<h3>Ba</h3>\n",
    ],
    [
      "deep headings become level 4",
      "#### Bốn\n\n##### Năm\n\n###### Sáu",
      "<h4>Bốn</h4>\n<h4>Năm</h4>\n<h4>Sáu</h4>\n",
    ],
    ["paragraphs", "Đoạn một.\n\nĐoạn hai,\ncùng đoạn.", "<p>Đoạn một.</p>\n<p>Đoạn hai,\ncùng đoạn.</p>\n"],
    [
      "bold, emphasis, strikethrough, inline code",
      "**đậm** *nghiêng* ~~bỏ~~ `mã`",
      "<p><strong>đậm</strong> <em>nghiêng</em> <s>bỏ</s> <code>mã</code></p>\n",
    ],
    ["bullet lists", "- một\n- hai", "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n"],
    ["numbered lists, with their start", "3. ba\n4. bốn", `<ol start="3">\n<li>ba</li>\n<li>bốn</li>\n</ol>\n`],
    ["nested lists", "- a\n  - b", "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n"],
    [
      "https links, marked as not endorsed",
      "[Cổng thông tin](https://example.com/a?b=1&c=2)",
      `<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">Cổng thông tin</a></p>\n`,
    ],
    [
      "links with a title",
      `[x](https://example.com "Tiêu đề")`,
      `<p><a href="https://example.com" title="Tiêu đề" rel="noopener noreferrer nofollow">x</a></p>\n`,
    ],
    [
      "bare addresses become links",
      "Xem https://example.com/tin.",
      `<p>Xem <a href="https://example.com/tin" rel="noopener noreferrer nofollow">https://example.com/tin</a>.</p>\n`,
    ],
    [
      "mailto and tel links",
      "[Thư](mailto:dautu@longan-hitech.example) [Gọi](tel:+842720000000)",
      `<p><a href="mailto:dautu@longan-hitech.example">Thư</a> <a href="tel:+842720000000">Gọi</a></p>\n`,
    ],
    ["the portal's own pages", "[Ưu đãi](/vi/incentives#cit)", `<p><a href="/vi/incentives#cit">Ưu đãi</a></p>\n`],
    ["code blocks", "```ts\nconst a = 1 < 2;\n```", "<pre><code>const a = 1 &lt; 2;\n</code></pre>\n"],
    ["indented code", "    lệnh\n", "<pre><code>lệnh\n</code></pre>\n"],
    ["blockquotes", "> Trích dẫn", "<blockquote>\n<p>Trích dẫn</p>\n</blockquote>\n"],
    ["horizontal rules", "Trên\n\n---\n\nDưới", "<p>Trên</p>\n<hr />\n<p>Dưới</p>\n"],
    [
      "tables (alignment's style attribute is not kept)",
      "| Chỉ tiêu | Giá trị |\n|:--|--:|\n| Diện tích | 32.000 ha |",
      "<table>\n<thead>\n<tr>\n<th>Chỉ tiêu</th>\n<th>Giá trị</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Diện tích</td>\n<td>32.000 ha</td>\n</tr>\n</tbody>\n</table>\n",
    ],
    [
      "the portal's own images, with their alt text",
      `![Sơ đồ khu vực Bến Lức](/api/images/${IMAGE_ID}/960)`,
      `<p><img src="/api/images/${IMAGE_ID}/960" alt="Sơ đồ khu vực Bến Lức" /></p>\n`,
    ],
    ["foreign images dropped, with their empty paragraph", "![x](https://evil.example/a.png)", "\n"],
    ["a foreign image beside text", "Chữ ![x](https://evil.example/a.png) tiếp", "<p>Chữ  tiếp</p>\n"],
    [
      "Vietnamese text as typed",
      "Quý nhà đầu tư: Khu vực Cần Giuộc, Bến Lức; “trích dẫn” – 8.500 km² ≈ 3,3 triệu người",
      "<p>Quý nhà đầu tư: Khu vực Cần Giuộc, Bến Lức; “trích dẫn” – 8.500 km² ≈ 3,3 triệu người</p>\n",
    ],
    ["characters that mean something in HTML", `1 < 2 & 3 > 2 "x" 'y'`, "<p>1 &lt; 2 &amp; 3 &gt; 2 \"x\" 'y'</p>\n"],
  ];

  it.each(cases)("%s", (_label, source, html) => {
    expect(renderMarkdown(source)).toBe(html);
    expect(problems(renderMarkdown(source))).toEqual([]);
  });

  it("keeps the same formatting when the sanitizer reads it again", () => {
    for (const [, source] of cases) expect(sanitizePostHtml(renderMarkdown(source))).toBe(renderMarkdown(source));
  });

  it("keeps the text, in order, in the plain-text version", () => {
    expect(markdownToText("## Tiêu đề\n\n**Quý nhà đầu tư** xem [ưu đãi](/vi/incentives).\n\n- một\n- hai")).toBe(
      "Tiêu đề Quý nhà đầu tư xem ưu đãi. một hai",
    );
  });
});
