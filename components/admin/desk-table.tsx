import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { DeskSummary } from "@/server/desks/read-desks";
import { StatusBadge } from "./status-badge";
import { TableScroll, tableClass } from "./table-scroll";

/** Every desk, one row each, its names in both languages; the Vietnamese name leads to its page. */
export async function DeskTable({ locale, desks }: { locale: Locale; desks: DeskSummary[] }) {
  const t = await getTranslations({ locale, namespace: "Admin.desks" });
  const columns = ["nameVi", "nameEn", "email", "members", "openInquiries", "rules", "status"] as const;
  const numeric = "text-right tabular-nums";
  return (
    <TableScroll captionId="desks-caption">
      <table className={tableClass.table}>
        <caption id="desks-caption" className={tableClass.caption}>
          {t("caption", { count: desks.length })}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                className={`${tableClass.th} ${["members", "openInquiries", "rules"].includes(column) ? numeric : ""}`}
              >
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {desks.map((desk) => (
            <tr key={desk.id}>
              <th scope="row" lang="vi" className={`${tableClass.rowTh} min-w-48`}>
                <a
                  href={localePath(locale, `/admin/desks/${desk.id}`)}
                  className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-4 hover:text-brand-900"
                >
                  {desk.nameVi}
                </a>
              </th>
              <td lang="en" className={`${tableClass.td} min-w-48`}>
                {desk.nameEn}
              </td>
              <td className={`${tableClass.td} min-w-48 [overflow-wrap:anywhere]`}>{desk.email}</td>
              <td className={`${tableClass.td} ${numeric}`}>{desk.members}</td>
              <td className={`${tableClass.td} ${numeric}`}>{desk.openInquiries}</td>
              <td className={`${tableClass.td} ${numeric}`}>{desk.rules}</td>
              <td className={`${tableClass.td} min-w-40`}>
                <span className="flex flex-wrap gap-1">
                  {desk.active ? (
                    <StatusBadge tone="on">{t("status.active")}</StatusBadge>
                  ) : (
                    <StatusBadge tone="off">{t("status.inactive")}</StatusBadge>
                  )}
                  {desk.isDefault ? <StatusBadge tone="wait">{t("status.default")}</StatusBadge> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
