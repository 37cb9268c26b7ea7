import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { DiffPart, FieldChange } from "@/lib/posts/diff";

/**
 * The changes between two revisions, field by field. Added text is green
 * and underlined (<ins>), removed text red and struck through (<del>), and
 * each is announced in words ("added:", "removed:") so the change does not
 * rest on colour or on how a screen reader treats those elements.
 */
export async function PostDiff({
  locale,
  changes,
  labels,
}: {
  locale: Locale;
  changes: FieldChange[];
  /** A readable value for the shared fields whose stored value is a code (kind, related content…). */
  labels: (field: string, value: string) => string;
}) {
  const [t, tf] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.diff" }),
    getTranslations({ locale, namespace: "Admin.posts.form" }),
  ]);
  if (changes.length === 0) return <p>{t("none")}</p>;
  const fieldName = (change: FieldChange) => {
    const key = change.field === "coverImageId" ? "cover" : change.field;
    const name = tf.has(key as "title") ? tf(key as "title") : change.field;
    return change.locale ? t("fieldIn", { field: name, language: tf(change.locale === "vi" ? "vi" : "en") }) : name;
  };
  const part = (item: DiffPart, index: number, block: boolean, field: string) => {
    const value = labels(field, item.value);
    const Tag = item.added ? "ins" : item.removed ? "del" : "span";
    if (!item.added && !item.removed) return <span key={index}>{value}</span>;
    return (
      <Tag
        key={index}
        className={`${block ? "block " : ""}${
          item.added
            ? "bg-green-50 text-green-900 underline decoration-2 underline-offset-2"
            : "bg-red-50 text-red-900 line-through decoration-2"
        }`}
      >
        <span className="sr-only">{t(item.added ? "added" : "removed")} </span>
        {value}
        <span className="sr-only"> ({t(item.added ? "addedEnd" : "removedEnd")})</span>
      </Tag>
    );
  };
  return (
    <section aria-labelledby="changes-heading" className="space-y-4">
      <h2 id="changes-heading" className="text-xl font-bold text-brand-900">
        {t("changes")}
      </h2>
      <p className="max-w-3xl text-muted">
        {t("legend")} <ins className="bg-green-50 text-green-900 underline decoration-2">{t("added")}</ins>{" "}
        <del className="bg-red-50 text-red-900 line-through decoration-2">{t("removed")}</del>
      </p>
      <dl className="space-y-4">
        {changes.map((change) => (
          <div
            key={`${change.locale ?? ""}.${change.field}`}
            className="rounded-lg border border-brand-100 bg-white p-4"
          >
            <dt className="font-semibold text-brand-900">{fieldName(change)}</dt>
            <dd
              lang={change.locale ?? undefined}
              className={`mt-2 break-words ${change.mode === "lines" ? "font-mono text-sm whitespace-pre-wrap" : "whitespace-pre-line"}`}
            >
              {change.mode === "list" || change.mode === "value" ? (
                <ul className="flex flex-wrap gap-2">
                  {change.parts.map((item, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one change, in order, never reordered
                    <li key={index} className="rounded border border-brand-100 px-2 py-0.5">
                      {part(item, index, false, change.field)}
                    </li>
                  ))}
                </ul>
              ) : (
                change.parts.map((item, index) => part(item, index, change.mode === "lines", change.field))
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
