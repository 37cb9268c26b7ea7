import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { localePath } from "@/lib/paths";
import type { RoutingRuleRow } from "@/server/routing/list-routing-rules";
import { RoutingMoveForm } from "./routing-move-form";
import { StatusBadge } from "./status-badge";
import { TableScroll, tableClass } from "./table-scroll";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/**
 * The routing rules in the order they are tried, with "Move up" / "Move
 * down" on each row; the rule that answers the "which desk?" question, if
 * any, is marked (in words, and by the row's colour).
 */
export async function RoutingTable({
  locale,
  rules,
  matchedRuleId,
  capitalLabels,
  move,
}: {
  locale: Locale;
  rules: RoutingRuleRow[];
  matchedRuleId: number | null;
  capitalLabels: Record<string, string>;
  move: Action;
}) {
  const t = await getTranslations({ locale, namespace: "Admin.routing" });
  const foreign = (lang: string) => (lang === locale ? undefined : lang);
  const columns = ["position", "sector", "hub", "capital", "desk", "status", "actions"] as const;
  return (
    <TableScroll captionId="rules-caption">
      <table className={tableClass.table}>
        <caption id="rules-caption" className={tableClass.caption}>
          {t("caption", { count: rules.length })}
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
          {rules.map((rule, index) => {
            const matched = rule.id === matchedRuleId;
            return (
              <tr
                key={rule.id}
                id={`rule-${rule.id}`}
                className={`scroll-mt-4 ${matched ? "bg-amber-50 outline-3 outline-gold-400 -outline-offset-3" : ""}`}
              >
                <th scope="row" className={`${tableClass.rowTh} text-right tabular-nums`}>
                  {rule.position}
                </th>
                <td className={`${tableClass.td} min-w-40`}>
                  {rule.sector ? <span lang={foreign(rule.sector.lang)}>{rule.sector.name}</span> : t("any")}
                </td>
                <td className={`${tableClass.td} min-w-40`}>
                  {rule.hub ? <span lang={foreign(rule.hub.lang)}>{rule.hub.name}</span> : t("any")}
                </td>
                <td className={`${tableClass.td} min-w-44`}>
                  {rule.capitalRanges.length === 0 ? (
                    t("any")
                  ) : (
                    <ul>
                      {rule.capitalRanges.map((range) => (
                        <li key={range}>{capitalLabels[range] ?? range}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={`${tableClass.td} min-w-48`}>
                  <span lang={foreign(rule.desk.lang)}>{rule.desk.name}</span>
                </td>
                <td className={`${tableClass.td} min-w-40`}>
                  <span className="flex flex-col items-start gap-1">
                    {!rule.active ? (
                      <StatusBadge tone="off">{t("status.inactive")}</StatusBadge>
                    ) : !rule.desk.active ? (
                      <StatusBadge tone="off">{t("status.deskInactive")}</StatusBadge>
                    ) : (
                      <StatusBadge tone="on">{t("status.active")}</StatusBadge>
                    )}
                    {matched ? <StatusBadge tone="wait">{t("matches")}</StatusBadge> : null}
                  </span>
                </td>
                {/* Positioned: the screen-reader-only texts inside stay within the scrolling box. */}
                <td className={`${tableClass.td} relative`}>
                  <div className="flex items-center gap-3">
                    <RoutingMoveForm
                      action={move}
                      locale={locale}
                      id={rule.id}
                      position={rule.position}
                      first={index === 0}
                      last={index === rules.length - 1}
                    />
                    <a
                      href={localePath(locale, `/admin/desks/routing/${rule.id}`)}
                      className="inline-flex min-h-11 items-center px-1 font-semibold text-brand-700 underline underline-offset-4"
                    >
                      {t("edit")}
                      <span className="sr-only"> ({t("ruleN", { position: rule.position })})</span>
                    </a>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
