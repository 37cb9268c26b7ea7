import { CONTENT_LOCALES, type DocOf, type Localized, textIn } from "../content/kinds";
import type { LangText, SearchDoc } from "./site-search";

type KindDocs = {
  sector: DocOf<"sector">;
  hub: DocOf<"hub">;
  commune: DocOf<"commune">;
  incentive: DocOf<"incentive">;
  "cit-tier": DocOf<"cit-tier">;
  "procedure-overview": DocOf<"procedure-overview">;
  "procedure-step": DocOf<"procedure-step">;
  "legal-document": DocOf<"legal-document">;
};

type Entry<K extends keyof KindDocs> = { key: string; doc: KindDocs[K] };

/** The published content the site search looks through (the entries' keys and documents). */
export type SearchableContent = { [K in keyof KindDocs]: Entry<K>[] };

/** The page's language first, then the others: a snippet is taken from the first text that matches. */
function localesFrom(locale: string): string[] {
  return [locale, ...CONTENT_LOCALES.filter((l) => l !== locale)];
}

/** Every language's text of some fields, as language-tagged texts, the page's language first. */
function textsOf(values: (Localized | null | undefined)[], locale: string): LangText[] {
  const texts: LangText[] = [];
  for (const lang of localesFrom(locale)) {
    for (const value of values) {
      const text = (value as Record<string, string> | null | undefined)?.[lang]?.trim();
      if (text) texts.push({ text, lang });
    }
  }
  return texts;
}

/** A plain (not localized) text, in the language it is written in. */
const plain = (text: string | null | undefined, lang = "vi"): LangText[] => (text?.trim() ? [{ text, lang }] : []);

/** The title in the page's language (Vietnamese as fallback) and its other languages' versions. */
function titleOf(value: Localized, locale: string): { title: LangText; titleAliases: string[] } {
  const title = textIn(value, locale);
  const others = Object.values(value).filter((text) => text?.trim() && text !== title.text);
  return { title, titleAliases: others };
}

/**
 * The searchable documents of the content, in the order results are listed
 * when they match equally: sectors, hubs (with their former names and
 * communes), incentives (the CIT tiers within corporate income tax), the
 * procedure and its steps, the legal documents.
 */
export function contentSearchDocs(
  content: SearchableContent,
  locale: string,
  labels: { procedure: string },
): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const { key, doc } of content.sector) {
    docs.push({
      kind: "sector",
      key,
      path: `/sectors/${key}`,
      ...titleOf(doc.name, locale),
      texts: textsOf([doc.summary, doc.offer], locale),
    });
  }
  for (const { key, doc } of content.hub) {
    const communes = content.commune.filter((commune) => commune.doc.hub === key);
    const { title, titleAliases } = titleOf(doc.name, locale);
    docs.push({
      kind: "hub",
      key,
      path: `/hubs/${key}`,
      title,
      titleAliases: [
        ...titleAliases,
        ...textsOf([doc.aliases], locale).map((t) => t.text),
        ...communes.map((c) => c.doc.currentName),
      ],
      texts: [
        ...textsOf([doc.summary], locale),
        ...communes.flatMap((c) => [
          ...plain(`${c.doc.formerNames} → ${c.doc.currentName}`),
          ...plain(c.doc.formerDistrict),
        ]),
        ...textsOf([doc.aliases, doc.description], locale),
      ],
    });
  }
  for (const { key, doc } of content.incentive) {
    const tiers = key === "cit" ? content["cit-tier"] : [];
    docs.push({
      kind: "incentive",
      key,
      path: `/incentives#${key}`,
      ...titleOf(doc.title, locale),
      texts: textsOf(
        [doc.summary, doc.qualifies, doc.conditions, ...tiers.flatMap((tier) => [tier.doc.name, tier.doc.who])],
        locale,
      ),
    });
  }
  for (const { key, doc } of content["procedure-overview"]) {
    docs.push({
      kind: "procedure",
      key,
      path: "/procedure",
      title: { text: labels.procedure, lang: locale },
      texts: textsOf([doc.intro, doc.typicalTime, doc.specialProcedure], locale),
    });
  }
  for (const { key, doc } of content["procedure-step"]) {
    docs.push({
      kind: "procedure",
      key,
      path: `/procedure#${key}`,
      ...titleOf(doc.title, locale),
      texts: textsOf([doc.authority, doc.mainDocuments, doc.boardHelp, doc.appliesWhen, doc.timeLimit], locale),
    });
  }
  for (const { key, doc } of content["legal-document"]) {
    docs.push({
      kind: "document",
      key,
      path: `/documents#${key}`,
      title: { text: doc.number, lang: locale },
      subtitle: textIn(doc.title, locale),
      titleAliases: Object.values(doc.title).filter((text) => text?.trim()),
      texts: textsOf([doc.summary, doc.issuer], locale),
    });
  }
  return docs;
}
