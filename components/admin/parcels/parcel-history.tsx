import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { ParcelHistoryEntry } from "@/server/parcels/admin-parcels";
import { ChangesList } from "../changes-list";
import { TableScroll, tableClass } from "../table-scroll";

/** A parcel's latest audit entries: what was done, by whom, when, the fields it changed, and a status change's reason. */
export async function ParcelHistory({ locale, entries }: { locale: Locale; entries: ParcelHistoryEntry[] }) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.parcels.history" }),
    getFormatter({ locale }),
  ]);
  const action = (name: string) => {
    const key = `actions.${name.replace("parcel.", "")}`;
    return t.has(key as "heading") ? t(key as "heading") : name;
  };
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      {entries.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <TableScroll captionId="history-caption">
          <table className={tableClass.table}>
            <caption id="history-caption" className={tableClass.caption}>
              {t("caption")}
            </caption>
            <thead>
              <tr>
                {(["when", "what", "who", "changes", "reason"] as const).map((column) => (
                  <th key={column} scope="col" className={tableClass.th}>
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className={`${tableClass.td} min-w-44`}>
                    <time dateTime={entry.at.toISOString()}>
                      {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </td>
                  <th scope="row" className={`${tableClass.rowTh} min-w-36`}>
                    {action(entry.action)}
                  </th>
                  <td className={`${tableClass.td} min-w-36`}>{entry.actorName ?? entry.actorLabel ?? t("system")}</td>
                  <td className={`${tableClass.td} min-w-72 max-w-xl`}>
                    {entry.action === "parcel.create" ? (
                      // A new parcel sets every field: the count says so without listing thirty lines.
                      t("created", { count: Object.keys(entry.changes).length })
                    ) : (
                      <ChangesList changes={entry.changes} empty={t("noChanges")} />
                    )}
                  </td>
                  <td className={`${tableClass.td} min-w-48 whitespace-pre-line`}>{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
