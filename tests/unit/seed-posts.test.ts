import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "@/lib/posts/markdown";
import { POST_LIMITS, postDocToFormValues, postFormSchema } from "@/lib/posts/schema";
import { POST_KINDS } from "@/lib/posts/workflow";
import { contentEntries } from "@/prisma/seed/content/index";
import { postSeeds } from "@/prisma/seed/posts";

// The posts a fresh portal is delivered with: each must be a document the
// back office's form itself would have saved, in both languages, naming its
// sources, and referring only to what the seed publishes.

const label = (index: number) => `seed post ${index}: ${postSeeds[index]?.doc.texts.vi?.slug}`;

/** The form's fields for a seed post, sectors and hubs posted as repeated check boxes. */
const formOf = (index: number) => {
  const doc = postSeeds[index]?.doc;
  if (!doc) throw new Error(`no seed post ${index}`);
  return { ...postDocToFormValues(doc), sectors: doc.sectors, hubs: doc.hubs };
};

const keysOf = (kind: string) => new Set(contentEntries.filter((entry) => entry.kind === kind).map((e) => e.key));

describe("the seed's posts", () => {
  it("are four or more published posts", () => {
    expect(postSeeds.length).toBeGreaterThanOrEqual(4);
    for (const seed of postSeeds) expect(POST_KINDS).toContain(seed.doc.kind);
  });

  it("are what the back office's form would save", () => {
    for (const [index, seed] of postSeeds.entries()) {
      const parsed = postFormSchema.safeParse(formOf(index));
      expect(parsed.error?.issues ?? [], label(index)).toEqual([]);
      expect(parsed.data?.doc, label(index)).toEqual(seed.doc);
    }
  });

  it("say everything in Vietnamese and in English, with slugs made from the titles", () => {
    for (const [index, { doc }] of postSeeds.entries()) {
      expect(Object.keys(doc.texts).sort(), label(index)).toEqual(["en", "vi"]);
      for (const text of Object.values(doc.texts)) {
        for (const field of ["title", "summary", "body"] as const)
          expect(text[field].trim(), label(index)).not.toBe("");
        expect(text.slug.length, label(index)).toBeGreaterThan(20);
        // The whole title, not cut at the slug's limit.
        expect(text.slug.length, label(index)).toBeLessThan(POST_LIMITS.slug);
        expect(text.title.length, label(index)).toBeLessThanOrEqual(200);
      }
      // Vietnamese with its diacritics, not folded text.
      expect(doc.texts.vi?.title, label(index)).toMatch(
        /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i,
      );
    }
  });

  it("have slugs no other seed post has, per language", () => {
    for (const locale of ["vi", "en"]) {
      const slugs = postSeeds.map(({ doc }) => doc.texts[locale]?.slug);
      expect(new Set(slugs).size, locale).toBe(slugs.length);
    }
  });

  it("name their sources in both languages, the same ones", () => {
    const domains = (text: string) =>
      [...text.matchAll(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|org)\b/g)].map((m) => m[0]);
    for (const [index, { doc }] of postSeeds.entries()) {
      const vi = doc.texts.vi?.body ?? "";
      const en = doc.texts.en?.body ?? "";
      expect(vi, label(index)).toMatch(/\nNguồn: /);
      expect(en, label(index)).toMatch(/\nSources?: /);
      expect(domains(vi).sort(), label(index)).toEqual(domains(en).sort());
      // Every date in the Vietnamese text appears in the English one (as "19 December 2025").
      const months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
      ];
      for (const [, day, month, year] of vi.matchAll(/\b(\d{2})\/(\d{1,2})\/(\d{4})\b/g))
        expect(en, `${label(index)}: ${day}/${month}/${year}`).toContain(
          `${Number(day)} ${months[Number(month) - 1]} ${year}`,
        );
    }
  });

  it("say the zone is an orientation, never an established economic zone", () => {
    for (const [index, { doc }] of postSeeds.entries()) {
      const vi = `${doc.texts.vi?.summary} ${doc.texts.vi?.body}`;
      const en = `${doc.texts.en?.summary} ${doc.texts.en?.body}`;
      if (vi.includes("Khu kinh tế công nghệ cao Long An")) {
        expect(vi, label(index)).toMatch(/định hướng/);
        expect(en, label(index)).toMatch(/orientation/);
      }
      expect(en.includes("High-Tech Economic Zone"), label(index)).toBe(
        vi.includes("Khu kinh tế công nghệ cao Long An"),
      );
    }
  });

  it("address investors as a state portal does", () => {
    for (const [index, { doc }] of postSeeds.entries()) {
      const vi = Object.values(doc.texts.vi ?? {}).join(" ");
      expect(vi, label(index)).not.toMatch(/(^|[^\p{L}])bạn([^\p{L}]|$)/iu);
      // A QCVN is a quy chuẩn, not a tiêu chuẩn.
      expect(vi, label(index)).not.toMatch(/tiêu chuẩn/i);
    }
  });

  it("refer only to sectors, hubs and published content entries the seed has", () => {
    const sectors = keysOf("sector");
    const hubs = keysOf("hub");
    for (const [index, { doc }] of postSeeds.entries()) {
      for (const slug of doc.sectors) expect(sectors.has(slug), `${label(index)} → sector ${slug}`).toBe(true);
      for (const slug of doc.hubs) expect(hubs.has(slug), `${label(index)} → hub ${slug}`).toBe(true);
      expect(doc.parcels, label(index)).toEqual([]);
      if (doc.kind === "POLICY_UPDATE") expect(doc.relatedContent, label(index)).toBeTruthy();
      if (doc.relatedContent) {
        const [kind, key] = doc.relatedContent.split(":") as [string, string];
        expect(keysOf(kind).has(key), `${label(index)} → ${doc.relatedContent}`).toBe(true);
      }
    }
    expect(postSeeds.some(({ doc }) => doc.relatedContent?.startsWith("incentive:"))).toBe(true);
  });

  it("were published on a fixed date, not after the facts' revision", () => {
    for (const [index, seed] of postSeeds.entries()) {
      const at = new Date(seed.firstPublishedAt);
      expect(at.toISOString(), label(index)).toBe(seed.firstPublishedAt);
      expect(at.getTime(), label(index)).toBeLessThanOrEqual(Date.parse("2026-12-01T23:59:59+07:00"));
      expect(at.getTime(), label(index)).toBeGreaterThanOrEqual(Date.parse("2025-01-01T00:00:00Z"));
    }
  });

  it("render to HTML that keeps every sentence", () => {
    for (const [index, { doc }] of postSeeds.entries())
      for (const text of Object.values(doc.texts)) {
        const html = renderMarkdown(text.body);
        expect(html, label(index)).toMatch(/<h2>|<p>/);
        const sourceLine = text.body.split("\n").at(-1) ?? "";
        expect(markdownToText(text.body), label(index)).toContain(sourceLine);
      }
  });
});
