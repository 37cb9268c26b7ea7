import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { LiveSession } from "@/server/staff/list-staff";
import { TableScroll, tableClass } from "./table-scroll";

/** Live sessions: the device, when it started and was last used; `current` marks this browser's own. */
export async function SessionsTable({
  locale,
  captionId,
  caption,
  sessions,
  current,
  actions,
}: {
  locale: Locale;
  captionId: string;
  caption: string;
  sessions: LiveSession[];
  current?: number;
  /** A last column, e.g. a button to end the session. */
  actions?: { heading: string; cell: (session: LiveSession) => ReactNode };
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.account.sessions" }),
    getFormatter({ locale }),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <TableScroll captionId={captionId}>
      <table className={tableClass.table}>
        <caption id={captionId} className={tableClass.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={tableClass.th}>
              {t("device")}
            </th>
            <th scope="col" className={tableClass.th}>
              {t("started")}
            </th>
            <th scope="col" className={tableClass.th}>
              {t("lastSeen")}
            </th>
            {actions ? (
              <th scope="col" className={tableClass.th}>
                {actions.heading}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row" className={`${tableClass.rowTh} min-w-44`}>
                {t("deviceName", {
                  browser: session.device.browser ?? t("unknownBrowser"),
                  os: session.device.os ?? t("unknownSystem"),
                })}
                {session.id === current ? (
                  <span className="ml-2 inline-block rounded bg-brand-700 px-2 py-0.5 text-sm font-semibold text-white">
                    {t("thisBrowser")}
                  </span>
                ) : null}
                {session.stage !== "ACTIVE" ? (
                  <span className="block text-sm font-normal text-muted">{t("signingIn")}</span>
                ) : null}
              </th>
              <td className={`${tableClass.td} whitespace-nowrap`}>{when(session.createdAt)}</td>
              <td className={`${tableClass.td} whitespace-nowrap`}>{when(session.lastSeenAt)}</td>
              {actions ? <td className={tableClass.td}>{actions.cell(session)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
