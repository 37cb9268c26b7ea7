import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { CONTENT_KINDS, type ContentKind } from "@/lib/content/kinds";
import { localePath } from "@/lib/paths";
import type { EntrySummary, KindOverview } from "@/server/content/admin-content";
import { StatusBadge } from "../status-badge";
import { TableScroll, tableClass } from "../table-scroll";

const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";

/** Every kind of content, with how many of its entries are published, drafts, or lack English. */
export async function ContentKindsTable({ locale, kinds }: { locale: Locale; kinds: KindOverview[] }) {
  const t = await getTranslations({ locale, namespace: "Admin.content" });
  const name = (kind: ContentKind) => t(`kinds.${kind}.name` as "title");
  return (
    <TableScroll captionId="kinds-caption">
      <table className={tableClass.table}>
        <caption id="kinds-caption" className={tableClass.caption}>
          {t("index.caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={tableClass.th}>
              {t("index.kind")}
            </th>
            <th scope="col" className={`${tableClass.th} text-right`}>
              {t("index.published")}
            </th>
            <th scope="col" className={`${tableClass.th} text-right`}>
              {t("index.drafts")}
            </th>
            <th scope="col" className={`${tableClass.th} text-right`}>
              {t("index.missingEnglish")}
            </th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((row) => (
            <tr key={row.kind}>
              <th scope="row" className={`${tableClass.rowTh} min-w-64`}>
                <a href={localePath(locale, `/admin/content/${row.kind}`)} className={link}>
                  {name(row.kind)}
                </a>
                <span className="block text-sm font-normal text-muted">
                  {t(`kinds.${row.kind}.intro` as "title")} ({t("index.entries", { count: row.total })})
                </span>
              </th>
              <td className={`${tableClass.td} text-right tabular-nums`}>{row.published}</td>
              <td className={`${tableClass.td} text-right tabular-nums`}>{row.drafts}</td>
              <td className={`${tableClass.td} text-right tabular-nums`}>
                {row.missingEnglish > 0 ? <StatusBadge tone="wait">{row.missingEnglish}</StatusBadge> : 0}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

const STATUS_TONE = { draft: "off", published: "on", changed: "wait" } as const;

/** The entries of one kind: title, status, missing English, last change, links to edit and to the public page. */
export async function ContentEntriesTable({
  locale,
  kind,
  entries,
  publicPaths,
}: {
  locale: Locale;
  kind: ContentKind;
  entries: EntrySummary[];
  /** Per entry id, where it shows on the public site (null: not published). */
  publicPaths: Record<number, string | null>;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.content" }),
    getFormatter({ locale }),
  ]);
  const fieldLabel = (field: string) =>
    t.has(`kinds.${kind}.fields.${field}` as "title") ? t(`kinds.${kind}.fields.${field}` as "title") : field;
  const titleIn = (entry: EntrySummary) => {
    const text = entry.title[locale]?.trim();
    return text ? { text, lang: locale } : { text: entry.title.vi || entry.key, lang: "vi" as const };
  };
  return (
    <TableScroll captionId="entries-caption">
      <table className={tableClass.table}>
        <caption id="entries-caption" className={tableClass.caption}>
          {t("list.caption", { kind: t(`kinds.${kind}.name` as "title"), count: entries.length })}
        </caption>
        <thead>
          <tr>
            {(["title", "status", "missing", "changed", "actions"] as const).map((column) => (
              <th key={column} scope="col" className={tableClass.th}>
                {t(`list.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const title = titleIn(entry);
            const path = publicPaths[entry.id];
            return (
              <tr key={entry.id}>
                <th scope="row" className={`${tableClass.rowTh} min-w-56`}>
                  <span lang={title.lang === locale ? undefined : title.lang}>{title.text}</span>
                  <span className="block text-sm font-normal text-muted">
                    {t("list.key")}: <code>{entry.key}</code>
                  </span>
                </th>
                <td className={`${tableClass.td} min-w-40`}>
                  <StatusBadge tone={STATUS_TONE[entry.status]}>{t(`status.${entry.status}`)}</StatusBadge>
                </td>
                <td className={`${tableClass.td} min-w-40`}>
                  {entry.missing.length > 0 ? entry.missing.map(fieldLabel).join(", ") : t("list.noneMissing")}
                </td>
                <td className={`${tableClass.td} min-w-44`}>
                  <time dateTime={entry.changedAt.toISOString()}>
                    {format.dateTime(entry.changedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                  {entry.changedBy ? <span className="block text-sm text-muted">{entry.changedBy}</span> : null}
                </td>
                <td className={`${tableClass.td} relative min-w-36`}>
                  <a href={localePath(locale, `/admin/content/${kind}/${entry.id}`)} className={link}>
                    {t("list.edit")}
                    <span className="sr-only"> {title.text}</span>
                  </a>
                  {path ? (
                    <a href={localePath(locale, path)} className={`${link} ml-4`}>
                      {t("list.view")}
                      <span className="sr-only"> {title.text}</span>
                    </a>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Whether new entries of a kind can be added (a singleton has its one entry). */
export const canAdd = (kind: ContentKind) => !("singleton" in CONTENT_KINDS[kind]);
