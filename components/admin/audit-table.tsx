import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { AuditRow } from "@/server/audit/list-audit";
import { ChangesList } from "./changes-list";
import { TableScroll, tableClass } from "./table-scroll";

type Entry = Pick<AuditRow, "id" | "at" | "actorLabel" | "action" | "changes"> &
  Partial<Pick<AuditRow, "entityType" | "entityId">>;

/**
 * Audit entries, newest first: when, who, what, about what, and the changed
 * fields. `linkPeople`: entries about a member of staff link to their page.
 */
export async function AuditTable({
  locale,
  captionId,
  caption,
  entries,
  showEntity,
  linkPeople,
}: {
  locale: Locale;
  captionId: string;
  caption: string;
  entries: Entry[];
  showEntity: boolean;
  linkPeople: boolean;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.audit" }),
    getFormatter({ locale }),
  ]);
  return (
    <TableScroll captionId={captionId}>
      <table className={tableClass.table}>
        <caption id={captionId} className={tableClass.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={tableClass.th}>
              {t("columns.at")}
            </th>
            <th scope="col" className={tableClass.th}>
              {t("columns.actor")}
            </th>
            <th scope="col" className={tableClass.th}>
              {t("columns.action")}
            </th>
            {showEntity ? (
              <th scope="col" className={tableClass.th}>
                {t("columns.entity")}
              </th>
            ) : null}
            <th scope="col" className={tableClass.th}>
              {t("columns.changes")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={`${tableClass.td} whitespace-nowrap tabular-nums`}>
                <time dateTime={entry.at.toISOString()}>
                  {format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}
                </time>
              </td>
              <td className={`${tableClass.td} min-w-52 [overflow-wrap:anywhere]`}>
                {entry.actorLabel ?? t("noActor")}
              </td>
              <td className={`${tableClass.td} font-mono text-sm whitespace-nowrap`}>{entry.action}</td>
              {showEntity ? (
                <td className={`${tableClass.td} whitespace-nowrap`}>
                  <span className="font-mono text-sm">{entry.entityType}</span>
                  {entry.entityId ? (
                    <>
                      {" "}
                      {linkPeople && entry.entityType === "staff-user" && /^\d+$/.test(entry.entityId) ? (
                        <a
                          href={localePath(locale, `/admin/users/${entry.entityId}`)}
                          className="text-brand-700 underline underline-offset-4"
                          aria-label={t("personLink", { id: entry.entityId })}
                        >
                          #{entry.entityId}
                        </a>
                      ) : (
                        <span>#{entry.entityId}</span>
                      )}
                    </>
                  ) : null}
                </td>
              ) : null}
              <td className={`${tableClass.td} min-w-64`}>
                <ChangesList changes={entry.changes} empty={t("noChanges")} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
