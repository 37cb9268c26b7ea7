import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { PostHistoryEvent } from "@/server/posts/admin-posts";
import { TableScroll, tableClass } from "../table-scroll";

/** Every event of a post: what was done, from which status to which, on which revision, by whom, when, and why. */
export async function PostHistory({ locale, events }: { locale: Locale; events: PostHistoryEvent[] }) {
  const [t, ts, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.history" }),
    getTranslations({ locale, namespace: "Admin.posts.statuses" }),
    getFormatter({ locale }),
  ]);
  const action = (name: string) => (t.has(`actions.${name}` as "heading") ? t(`actions.${name}` as "heading") : name);
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      <TableScroll captionId="history-caption">
        <table className={tableClass.table}>
          <caption id="history-caption" className={tableClass.caption}>
            {t("caption")}
          </caption>
          <thead>
            <tr>
              {(["when", "what", "status", "revision", "who", "comment"] as const).map((column) => (
                <th key={column} scope="col" className={tableClass.th}>
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td className={`${tableClass.td} min-w-44`}>
                  <time dateTime={event.at.toISOString()}>
                    {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </td>
                <th scope="row" className={`${tableClass.rowTh} min-w-36`}>
                  {action(event.action)}
                </th>
                <td className={`${tableClass.td} min-w-44`}>
                  {event.from ? t("fromTo", { from: ts(event.from), to: ts(event.to) }) : ts(event.to)}
                </td>
                <td className={`${tableClass.td} tabular-nums`}>{event.revision}</td>
                <td className={`${tableClass.td} min-w-36`}>{event.actorName ?? t("system")}</td>
                <td className={`${tableClass.td} min-w-56 whitespace-pre-line`}>
                  {event.action === "restored" ? t("restoredFrom", { number: event.comment }) : event.comment || null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
