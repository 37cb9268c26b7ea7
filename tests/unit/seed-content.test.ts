import { describe, expect, it } from "vitest";
import { CONTENT_KINDS, type FieldSpec, KEY_PATTERN, kindSpec, missingTranslations } from "@/lib/content/kinds";
import { completeDoc, contentDocSchema, docToFormValues, isLocalized, refsOf } from "@/lib/content/schema";
import { contentEntries } from "@/prisma/seed/content/index";

// The seed's content entries are what a fresh portal publishes: each must be
// a document the back office itself could have saved, in both languages.

const docs = contentEntries.map((entry) => ({ ...entry, record: entry.doc as unknown as Record<string, unknown> }));
const label = (entry: { kind: string; key: string }) => `${entry.kind}/${entry.key}`;

/** Every localized text of a document, per language. */
const textsOf = (kind: keyof typeof CONTENT_KINDS, doc: Record<string, unknown>, lang: "vi" | "en") =>
  (CONTENT_KINDS[kind].fields as readonly FieldSpec[])
    .filter(isLocalized)
    .map((field) => (doc[field.name] as Record<string, string>)[lang] ?? "");

/** A blank optional value reads the same whether stored as "" or null. */
const blankAsNull = (doc: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(doc).map(([name, value]) => [name, value === "" ? null : value]));

describe("the seed's content entries", () => {
  it("are complete documents of their kind", () => {
    for (const entry of docs) expect(completeDoc(entry.kind, entry.record), label(entry)).toEqual(entry.record);
  });

  it("are what the back office's form would save (lengths, ranges, options, dates)", () => {
    for (const entry of docs) {
      // A form posts a multiple ref as one value per key.
      const arrays = Object.fromEntries(Object.entries(entry.record).filter(([, value]) => Array.isArray(value)));
      const form = { ...docToFormValues(entry.kind, entry.record, "en"), ...arrays };
      const parsed = contentDocSchema(entry.kind).safeParse(form);
      expect(parsed.error?.issues ?? [], label(entry)).toEqual([]);
      expect(blankAsNull(parsed.data as Record<string, unknown>), label(entry)).toEqual(blankAsNull(entry.record));
    }
  });

  it("have unique keys in URL form, singletons under their fixed key", () => {
    const seen = new Set<string>();
    for (const entry of docs) {
      expect(entry.key, label(entry)).toMatch(KEY_PATTERN);
      expect(seen.has(label(entry)), label(entry)).toBe(false);
      seen.add(label(entry));
      const singleton = kindSpec(entry.kind).singleton;
      if (singleton) expect(entry.key).toBe(singleton);
    }
  });

  it("refer only to entries the seed has", () => {
    const keys = new Set(docs.map(label));
    for (const entry of docs)
      for (const [field, kind, key] of refsOf(entry.kind, entry.record))
        expect(keys.has(`${kind}/${key}`), `${label(entry)}.${field} → ${kind}/${key}`).toBe(true);
  });

  it("say everything in both languages", () => {
    for (const entry of docs) expect(missingTranslations(entry.kind, entry.record), label(entry)).toEqual([]);
    for (const entry of docs) {
      const vi = textsOf(entry.kind, entry.record, "vi");
      const en = textsOf(entry.kind, entry.record, "en");
      for (const [i, text] of vi.entries()) expect(Boolean(text.trim()), label(entry)).toBe(Boolean(en[i]?.trim()));
    }
  });

  it("cover the keys every page refers to", () => {
    const keysOf = (kind: string) => docs.filter((e) => e.kind === kind).map((e) => e.key);
    expect(keysOf("legal-document").sort()).toEqual(
      [
        "67-2025-qh15",
        "320-2025-nd-cp",
        "20-2026-tt-btc",
        "107-2023-qh15",
        "236-2025-nd-cp",
        "107-2016-qh13",
        "134-2016-nd-cp",
        "18-2021-nd-cp",
        "31-2024-qh15",
        "103-2024-nd-cp",
        "182-2024-nd-cp",
        "143-2025-qh15",
        "96-2026-nd-cp",
        "55-2024-qh15",
        "105-2025-nd-cp",
        "686-2023-qd-ttg",
        "2968-2026-qd-ubnd",
        "1682-2025-nq-ubtvqh15",
        "42-2022-nd-cp",
        "06-2025-tt-btnmt",
        "91-2025-qh15",
        "356-2025-nd-cp",
      ].sort(),
    );
    expect(keysOf("sector")).toEqual([
      "electronics",
      "telecommunications",
      "it-digital-economy",
      "high-tech-agriculture",
      "supporting-industries",
      "logistics",
    ]);
    expect(keysOf("hub")).toEqual(["ben-luc", "can-giuoc"]);
    expect(keysOf("incentive")).toEqual(["cit", "import-duty", "land-rent", "support-fund", "special-procedure"]);
    expect(keysOf("site")).toEqual(["site"]);
    expect(keysOf("procedure-overview")).toEqual(["procedure"]);
    expect(keysOf("procedure-step").length).toBe(11);
  });

  it("never give Tân An as an address, nor call a hub a commune or Tân An a city", () => {
    const site = docs.find((e) => e.kind === "site")?.record as { address: { vi: string; en: string } };
    expect(site.address.vi).not.toMatch(/Tân An/);
    expect(site.address.en).not.toMatch(/Tân An/);
    for (const entry of docs) {
      const all = [...textsOf(entry.kind, entry.record, "vi"), ...textsOf(entry.kind, entry.record, "en")].join("\n");
      expect(all, label(entry)).not.toMatch(/thành phố Tân An|Tân An city/i);
    }
    const hubs = docs.filter((e) => e.kind === "hub").map((e) => e.record as { name: { vi: string; en: string } });
    for (const hub of hubs) {
      expect(hub.name.vi).toMatch(/^Khu vực /);
      expect(hub.name.en).toMatch(/ area$/);
    }
  });

  it("address investors as an official does, never with “bạn”", () => {
    for (const entry of docs)
      for (const text of textsOf(entry.kind, entry.record, "vi"))
        expect(text, label(entry)).not.toMatch(/(^|[^\p{L}])bạn([^\p{L}]|$)/iu);
  });
});
