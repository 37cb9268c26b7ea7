import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { StaffSummary } from "@/server/staff/list-staff";
import { StatusBadge } from "./status-badge";
import { TableScroll, tableClass } from "./table-scroll";

/** Every member of staff, one row each; the name leads to their page. */
export async function StaffTable({ locale, staff }: { locale: Locale; staff: StaffSummary[] }) {
  const [t, tr, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.users" }),
    getTranslations({ locale, namespace: "Admin.roles.names" }),
    getFormatter({ locale }),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  // A dash to the eye, the words to a screen reader.
  const nothing = (words: string) => (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{words}</span>
    </>
  );
  const columns = ["name", "email", "role", "desks", "status", "secondFactor", "lastSignIn"] as const;
  return (
    <TableScroll captionId="staff-caption">
      <table className={tableClass.table}>
        <caption id="staff-caption" className={tableClass.caption}>
          {t("caption", { count: staff.length })}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={tableClass.th}>
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {staff.map((person) => (
            <tr key={person.id}>
              <th scope="row" className={`${tableClass.rowTh} min-w-40`}>
                <a
                  href={localePath(locale, `/admin/users/${person.id}`)}
                  className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-4 hover:text-brand-900"
                >
                  {person.name}
                </a>
              </th>
              <td className={`${tableClass.td} min-w-48 [overflow-wrap:anywhere]`}>{person.email}</td>
              <td className={`${tableClass.td} whitespace-nowrap`}>{tr(person.role)}</td>
              <td className={`${tableClass.td} min-w-48`}>
                {person.desks.length > 0 ? (
                  <ul>
                    {person.desks.map((desk) => (
                      <li key={desk.id}>{desk.name}</li>
                    ))}
                  </ul>
                ) : (
                  nothing(t("noDesks"))
                )}
              </td>
              <td className={`${tableClass.td} whitespace-nowrap`}>
                {!person.active ? (
                  <StatusBadge tone="off">{t("status.disabled")}</StatusBadge>
                ) : person.invitationPending ? (
                  <StatusBadge tone="wait">{t("status.invited")}</StatusBadge>
                ) : (
                  <StatusBadge tone="on">{t("status.active")}</StatusBadge>
                )}
                {person.lockedUntil ? (
                  <span className="mt-1 block">
                    <StatusBadge tone="off">{t("lockedBadge", { time: when(person.lockedUntil) })}</StatusBadge>
                  </span>
                ) : null}
              </td>
              <td className={tableClass.td}>{person.secondFactor ? t("secondFactor.on") : t("secondFactor.off")}</td>
              <td className={`${tableClass.td} whitespace-nowrap`}>
                {person.lastSignInAt ? when(person.lastSignInAt) : t("never")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
