import { foldForSearch } from "../search-text";

// The site search's matching and ranking over the content officials keep
// (sectors, hubs, incentives, procedure steps, legal documents): a few dozen
// entries, folded in memory (docs/decisions/016). Parcels are searched by the
// catalogue's own indexed text search.

export const SEARCH_KINDS = ["sector", "hub", "incentive", "procedure", "document", "parcel"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A text in a known language (the `lang` attribute of its snippet). */
export type LangText = { text: string; lang: string };

/** One thing the search can find: its title, and its other texts in every language (the page's first). */
export type SearchDoc = {
  kind: SearchKind;
  key: string;
  /** The path without the locale prefix, anchors included ("/documents#67-2025-qh15"). */
  path: string;
  title: LangText;
  /** Shown after the title (a legal document's title after its number). */
  subtitle?: LangText;
  /** Other names of the title (the other language's, former names): matched, never shown. */
  titleAliases?: string[];
  texts: LangText[];
};

export type SnippetPart = { text: string; match: boolean };
export type SearchHit = { doc: SearchDoc; score: number; snippet: { parts: SnippetPart[]; lang: string } | null };

/**
 * Folded words for matching: accents and case removed, and punctuation that
 * joins words ("67/2025/QH15", "NĐ-CP", "high-tech") read as a space, so a
 * number is found whichever separators are typed.
 */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether every query word starts a word of the text, in any order. */
function allWordsIn(query: string[], words: string[]): boolean {
  return query.every((q) => words.some((w) => w.startsWith(q)));
}

/** Whether the query words appear one after another (the last may be a prefix). */
function phraseIn(query: string[], words: string[]): boolean {
  for (let start = 0; start + query.length <= words.length; start++) {
    if (
      query.every((q, i) => (i === query.length - 1 ? (words[start + i] ?? "").startsWith(q) : words[start + i] === q))
    ) {
      return true;
    }
  }
  return false;
}

const SNIPPET_WORDS = 24;
const SNIPPET_LEAD = 6;

/**
 * A short passage of a text around its first match, split into marked and
 * unmarked parts; null when no query word is in the text.
 */
export function snippetOf(text: string, query: string[]): SnippetPart[] | null {
  const tokens = text.split(/(\s+)/).filter(Boolean);
  const isMatch = (token: string) => {
    const words = searchWords(token);
    return words.length > 0 && words.some((w) => query.some((q) => w.startsWith(q)));
  };
  // Start at the whole query if the text has it, else at its first word.
  const words = tokens.flatMap((token, index) => searchWords(token).map((word) => ({ word, index })));
  const phraseAt = words.findIndex((_, i) =>
    phraseIn(
      query,
      words.slice(i, i + query.length).map((w) => w.word),
    ),
  );
  const first = phraseAt >= 0 ? (words[phraseAt]?.index ?? -1) : tokens.findIndex((t) => /\S/.test(t) && isMatch(t));
  if (first < 0) return null;
  // Tokens alternate word and space: a few words before the match, then the rest of the window.
  const from = Math.max(0, first - SNIPPET_LEAD * 2);
  const to = Math.min(tokens.length, from + SNIPPET_WORDS * 2);
  const parts: SnippetPart[] = [];
  if (from > 0) parts.push({ text: "… ", match: false });
  const window = tokens.slice(from, to);
  const matched = window.map((token) => /\S/.test(token) && isMatch(token));
  window.forEach((token, i) => {
    // A space between two marked words is marked with them: "Bến Lức" is one mark.
    const match = matched[i] || (!/\S/.test(token) && Boolean(matched[i - 1] && matched[i + 1]));
    const last = parts.at(-1);
    if (last && last.match === match) last.text += token;
    else parts.push({ text: token, match });
  });
  if (to < tokens.length) parts.push({ text: " …", match: false });
  return parts;
}

/**
 * How well a document matches, 0 for not at all: the whole title, the title
 * beginning with the query, the query as a phrase in the title, every word in
 * the title, the phrase in a text, every word in one text.
 */
export function scoreOf(doc: SearchDoc, query: string[]): number {
  if (query.length === 0) return 0;
  const titles = [doc.title.text, ...(doc.titleAliases ?? [])].map(searchWords);
  const joined = query.join(" ");
  if (titles.some((t) => t.join(" ") === joined)) return 100;
  if (titles.some((t) => phraseIn(query, t.slice(0, query.length)))) return 80;
  if (titles.some((t) => phraseIn(query, t))) return 60;
  if (titles.some((t) => allWordsIn(query, t))) return 40;
  const texts = doc.texts.map((t) => searchWords(t.text));
  if (texts.some((t) => phraseIn(query, t))) return 20;
  // Every word in one text (with the title): words scattered over both languages are no match.
  const titleWords = titles.flat();
  if (texts.some((t) => allWordsIn(query, [...titleWords, ...t]))) return 10;
  return 0;
}

/**
 * The passage to show: from the first text holding the query as a phrase,
 * else every word of it, else any word (texts come in the page's language first).
 */
function bestSnippet(doc: SearchDoc, query: string[]): SearchHit["snippet"] {
  const texts = doc.texts.map((text) => ({ ...text, words: searchWords(text.text) }));
  const chosen =
    texts.find((t) => phraseIn(query, t.words)) ??
    texts.find((t) => allWordsIn(query, t.words)) ??
    texts.find((t) => query.some((q) => t.words.some((w) => w.startsWith(q))));
  const parts = chosen ? snippetOf(chosen.text, query) : null;
  return chosen && parts ? { parts, lang: chosen.lang } : null;
}

/**
 * The documents matching a query, best first (ties keep the given order), each
 * with a snippet of the text that matches it best.
 */
export function searchDocs(docs: SearchDoc[], text: string): SearchHit[] {
  const query = searchWords(text);
  if (query.length === 0) return [];
  return docs
    .map((doc, index) => ({ doc, index, score: scoreOf(doc, query) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ doc, score }) => ({ doc, score, snippet: bestSnippet(doc, query) }));
}
