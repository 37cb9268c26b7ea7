import { describe, expect, it } from "vitest";
import { diffPostDocs, diffText } from "./diff";
import type { PostDoc, PostText } from "./schema";

const text = (over: Partial<PostText> = {}): PostText => ({
  title: "Hội thảo xúc tiến đầu tư",
  slug: "hoi-thao",
  summary: "Tóm tắt.",
  body: "## Chương trình\n\nKhai mạc lúc 8 giờ.\n",
  imageAlt: "",
  place: "",
  parties: "",
  ...over,
});

const doc = (over: Partial<PostDoc> = {}): PostDoc => ({
  kind: "NEWS",
  texts: { vi: text() },
  coverImageId: null,
  eventStartsAt: null,
  eventEndsAt: null,
  registrationUrl: null,
  agreementDate: null,
  relatedContent: null,
  sectors: ["electronics"],
  hubs: [],
  parcels: [],
  ...over,
});

describe("diffText", () => {
  it("compares short texts word by word", () => {
    expect(diffText("Hội thảo đầu tư", "Hội thảo xúc tiến đầu tư", "words")).toEqual([
      { value: "Hội thảo " },
      { value: "xúc tiến ", added: true },
      { value: "đầu tư" },
    ]);
  });

  it("compares the body line by line, a missing final line break not counting as a change", () => {
    const parts = diffText("## A\n\nOne.\nTwo.", "## A\n\nOne.\nThree.\n", "lines");
    expect(parts).toEqual([
      { value: "## A\n\nOne.\n" },
      { value: "Two.\n", removed: true },
      { value: "Three.\n", added: true },
    ]);
  });
});

describe("diffPostDocs", () => {
  it("names only the fields that changed, texts with their language, in the form's order", () => {
    const before = doc();
    const after = doc({
      kind: "EVENT",
      texts: {
        vi: text({ title: "Hội thảo xúc tiến đầu tư 2026", body: "## Chương trình\n\nKhai mạc lúc 9 giờ.\n" }),
        en: text({ title: "Investment seminar", slug: "seminar", summary: "Summary.", body: "Opening." }),
      },
      eventStartsAt: "2026-12-10T02:00:00.000Z",
      sectors: ["electronics", "logistics"],
    });
    const changes = diffPostDocs(before, after);
    expect(changes.map((change) => `${change.locale ?? "*"}:${change.field}:${change.mode}`)).toEqual([
      "*:kind:value",
      "vi:title:words",
      "vi:body:lines",
      "en:title:words",
      "en:slug:words",
      "en:summary:words",
      "en:body:lines",
      "*:eventStartsAt:value",
      "*:sectors:list",
    ]);
    expect(changes[0]?.parts).toEqual([
      { value: "NEWS", removed: true },
      { value: "EVENT", added: true },
    ]);
    expect(changes.find((change) => change.field === "sectors")?.parts).toEqual([
      { value: "electronics" },
      { value: "logistics", added: true },
    ]);
    expect(changes.find((change) => change.field === "body" && change.locale === "vi")?.parts).toEqual([
      { value: "## Chương trình\n\n" },
      { value: "Khai mạc lúc 8 giờ.\n", removed: true },
      { value: "Khai mạc lúc 9 giờ.\n", added: true },
    ]);
  });

  it("shows a first revision as everything added, and two equal revisions as no change", () => {
    const first = diffPostDocs(null, doc());
    expect(first.every((change) => change.parts.every((part) => part.added))).toBe(true);
    expect(first.map((change) => change.field)).toEqual(["kind", "title", "slug", "summary", "body", "sectors"]);
    expect(diffPostDocs(doc(), doc())).toEqual([]);
  });

  it("shows a removed value and a removed cover image", () => {
    const changes = diffPostDocs(
      doc({ coverImageId: "6f1c1c1e-1b1b-4b1b-8b1b-1b1b1b1b1b1b", registrationUrl: "https://example.vn/a" }),
      doc(),
    );
    expect(changes).toEqual([
      {
        field: "coverImageId",
        locale: null,
        mode: "value",
        parts: [{ value: "6f1c1c1e-1b1b-4b1b-8b1b-1b1b1b1b1b1b", removed: true }],
      },
      {
        field: "registrationUrl",
        locale: null,
        mode: "value",
        parts: [{ value: "https://example.vn/a", removed: true }],
      },
    ]);
  });
});
