import { type Localized, textIn } from "@/lib/content/kinds";

/**
 * A localized content text in the page's language, or in Vietnamese when the
 * English one is missing: then marked lang="vi" so screen readers and
 * translators know (docs/decisions/016).
 */
export function ContentText({ value, locale }: { value: Localized; locale: string }) {
  const { text, lang } = textIn(value, locale);
  return lang === locale ? text : <span lang={lang}>{text}</span>;
}

/**
 * A longer text as paragraphs (separated by blank lines); a paragraph whose
 * lines all start with "- " is a list.
 */
export function ContentParagraphs({
  value,
  locale,
  className,
}: {
  value: Localized;
  locale: string;
  className?: string;
}) {
  const { text, lang } = textIn(value, locale);
  if (!text) return null;
  const blocks = text.split(/\n{2,}/);
  return (
    <div lang={lang === locale ? undefined : lang} className={className ?? "max-w-3xl space-y-4"}>
      {blocks.map((block, index) => {
        const lines = block.split("\n");
        // A list, or an opening line followed by a list.
        const intro = lines[0]?.startsWith("- ") ? null : lines[0];
        const items = intro === null ? lines : lines.slice(1);
        if (items.length > 0 && items.every((line) => line.startsWith("- "))) {
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one text, in order
            <div key={index}>
              {intro ? <p>{intro}</p> : null}
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {items.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one block, in order
                  <li key={i}>{line.slice(2)}</li>
                ))}
              </ul>
            </div>
          );
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks of one text, in order
          <p key={index} className="whitespace-pre-line">
            {block}
          </p>
        );
      })}
    </div>
  );
}
