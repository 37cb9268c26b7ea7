import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { RevisionSummary } from "@/server/posts/admin-posts";
import { StatusBadge } from "../status-badge";
import { TableScroll, tableClass } from "../table-scroll";

const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";

/** Every revision of a post: who saved it and when, a restore's origin, which is on the site and which is the latest. */
export async function RevisionTable({
  locale,
  revisions,
  current,
  published,
  pagePath,
}: {
  locale: Locale;
  revisions: RevisionSummary[];
  current: number;
  /** The revision the site shows, if any. */
  published: number | null;
  /** The post's edit page, with the locale. */
  pagePath: string;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.revisions" }),
    getFormatter({ locale }),
  ]);
  return (
    <TableScroll captionId="revisions-caption">
      <table className={tableClass.table}>
        <caption id="revisions-caption" className={tableClass.caption}>
          {t("caption")}
        </caption>
        <thead>
          <tr>
            {(["number", "who", "when", "note", "state", "actions"] as const).map((column) => (
              <th key={column} scope="col" className={tableClass.th}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.number}>
              <th scope="row" className={`${tableClass.rowTh} tabular-nums`}>
                {revision.number}
              </th>
              <td className={`${tableClass.td} min-w-36`}>{revision.authorName ?? "—"}</td>
              <td className={`${tableClass.td} min-w-44`}>
                <time dateTime={revision.createdAt.toISOString()}>
                  {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </td>
              <td className={`${tableClass.td} min-w-48`}>
                {revision.restoredFrom ? t("restoredFrom", { number: revision.restoredFrom }) : null}
              </td>
              <td className={`${tableClass.td} min-w-36`}>
                <span className="flex flex-wrap gap-2">
                  {revision.number === published ? <StatusBadge tone="on">{t("published")}</StatusBadge> : null}
                  {revision.number === current ? <StatusBadge tone="wait">{t("current")}</StatusBadge> : null}
                </span>
              </td>
              <td className={`${tableClass.td} min-w-64`}>
                <span className="flex flex-wrap gap-x-4">
                  <a href={`${pagePath}/revisions/${revision.number}`} className={link}>
                    {t(revision.number > 1 ? "compare" : "show")}
                    <span className="sr-only">
                      {" "}
                      ({t("number")} {revision.number})
                    </span>
                  </a>
                  <a href={`${pagePath}/preview?revision=${revision.number}`} className={link}>
                    {t("preview")}
                    <span className="sr-only">
                      {" "}
                      ({t("number")} {revision.number})
                    </span>
                  </a>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
