import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { DEFAULT_INBOX_QUERY, type InboxQuery, inboxQueryString } from "@/lib/schemas/inbox-query";
import type { InquiryCounts } from "@/server/admin/inquiry-counts";
import { actorCan } from "@/server/auth/require-permission";
import type { StaffActor } from "@/server/auth/session";
import { countStaleParcels } from "@/server/parcels/admin-parcels";
import { countWaitingForReview } from "@/server/posts/admin-posts";
import { PageHeader } from "./page-header";
import { TableScroll, tableClass } from "./table-scroll";

/**
 * The start page: what is waiting today (inquiries, for those who handle
 * them; posts to review, for those who publish) and where to go from here.
 */
export async function HomeView({
  locale,
  actor,
  counts,
}: {
  locale: Locale;
  actor: StaffActor;
  counts: InquiryCounts | null;
}) {
  const [t, tr, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.home" }),
    getTranslations({ locale, namespace: "Admin.roles.names" }),
    getFormatter({ locale }),
  ]);
  const [waiting, stale] = await Promise.all([
    actorCan(actor, "post:publish") ? countWaitingForReview(actor.userId) : null,
    actorCan(actor, "parcel:manage") ? countStaleParcels() : null,
  ]);
  const tasks = [
    {
      show: actorCan(actor, "post:write"),
      href: "/admin/posts",
      label: t("tasks.posts.label"),
      text: t("tasks.posts.text"),
      extra:
        waiting === null
          ? undefined
          : { href: "/admin/posts?review=mine", text: t("tasks.posts.waiting", { count: waiting }), count: waiting },
    },
    {
      show: stale !== null,
      href: "/admin/parcels",
      label: t("tasks.parcels.label"),
      text: t("tasks.parcels.text"),
      extra:
        stale === null
          ? undefined
          : { href: "/admin/parcels?stale=1", text: t("tasks.parcels.stale", { count: stale }), count: stale },
    },
    {
      show: actorCan(actor, "content:edit"),
      href: "/admin/content",
      label: t("tasks.content.label"),
      text: t("tasks.content.text"),
    },
    {
      show: actorCan(actor, "user:manage"),
      href: "/admin/users",
      label: t("tasks.users.label"),
      text: t("tasks.users.text"),
    },
    {
      show: actorCan(actor, "audit:read"),
      href: "/admin/audit",
      label: t("tasks.audit.label"),
      text: t("tasks.audit.text"),
    },
    { show: true, href: "/admin/account", label: t("tasks.account.label"), text: t("tasks.account.text") },
    { show: true, href: "/", label: t("tasks.publicSite.label"), text: t("tasks.publicSite.text") },
  ].filter((task) => task.show);
  const inboxBase = localePath(locale, "/admin/inquiries");
  const inbox = (filter: Partial<InboxQuery>) => `${inboxBase}${inboxQueryString(DEFAULT_INBOX_QUERY, filter)}`;
  const overdue = counts ? counts.desks.reduce((all, desk) => all + desk.overdueCount, 0) : 0;
  return (
    <>
      <PageHeader title={t("greeting", { name: actor.name })} intro={t("roleLine", { role: tr(actor.role) })} />
      {counts ? (
        <section aria-labelledby="waiting" className="mb-10">
          <h2 id="waiting" className="text-2xl font-bold text-brand-900">
            {t("inquiries.heading")}
          </h2>
          {counts.desks.length > 0 ? (
            <p className="mt-2 max-w-3xl text-muted">
              {t(counts.scope === "any" ? "inquiries.introAny" : "inquiries.introOwn", {
                time: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short" }),
              })}
            </p>
          ) : null}
          {counts.desks.length === 0 ? (
            <p className="mt-4 max-w-3xl rounded-md border-l-4 border-gold-400 bg-white p-4">
              {counts.scope === "own-desk" ? t("inquiries.noDesks") : t("inquiries.none")}
            </p>
          ) : (
            <div className="mt-4">
              {overdue > 0 ? (
                <p className="mb-4">
                  <a
                    href={inbox({ overdue: true })}
                    className="inline-flex min-h-11 items-center gap-3 rounded-md border-l-4 border-red-700 bg-red-50 px-4 font-semibold text-red-900 underline underline-offset-4"
                  >
                    <span aria-hidden="true" className="text-xl leading-none">
                      !
                    </span>
                    {t("inquiries.overdueFlag", { count: overdue })}
                  </a>
                </p>
              ) : null}
              <CountsTable
                desks={counts.desks}
                texts={{
                  caption: t("inquiries.caption"),
                  desk: t("inquiries.desk"),
                  new: t("inquiries.new"),
                  overdue: t("inquiries.overdue"),
                  unassigned: t("inquiries.unassigned"),
                  held: t("inquiries.held"),
                  unrouted: t("inquiries.unrouted"),
                  sum: t("inquiries.sum"),
                }}
                number={(value) => format.number(value)}
                linkLabel={(desk, count, what) => t("inquiries.countLink", { desk, count: format.number(count), what })}
                inbox={inbox}
                // Held inquiries have no desk yet: only those who see every inquiry can have any.
                columns={counts.scope === "any" ? COLUMNS : COLUMNS.filter((column) => column.key !== "heldCount")}
              />
              <p className="mt-3 max-w-3xl text-sm text-muted">{t("inquiries.overdueHint")}</p>
              {counts.scope === "any" ? (
                <p className="mt-1 max-w-3xl text-sm text-muted">{t("inquiries.heldHint")}</p>
              ) : null}
              <p className="mt-4">
                <a
                  href={inbox({})}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
                >
                  {t("inquiries.allInquiries")}
                </a>
              </p>
            </div>
          )}
        </section>
      ) : null}
      <section aria-labelledby="tasks">
        <h2 id="tasks" className="text-2xl font-bold text-brand-900">
          {t("tasks.heading")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {tasks.map((task) => (
            <li key={task.href} className="rounded-lg border border-brand-100 bg-white p-5">
              <a
                href={localePath(locale, task.href)}
                className="text-lg font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900"
              >
                {task.label}
              </a>
              <p className="mt-1 text-muted">{task.text}</p>
              {"extra" in task && task.extra ? (
                <p className="mt-2">
                  {task.extra.count > 0 ? (
                    <a
                      href={localePath(locale, task.extra.href)}
                      className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
                    >
                      {task.extra.text}
                    </a>
                  ) : (
                    task.extra.text
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

type Column = "newCount" | "overdueCount" | "unassignedCount" | "heldCount";

/** Each count, and the inbox filter that lists the inquiries it counts. */
const COLUMNS: { key: Column; text: "new" | "overdue" | "unassigned" | "held"; filter: Partial<InboxQuery> }[] = [
  { key: "newCount", text: "new", filter: { status: ["NEW"] } },
  { key: "overdueCount", text: "overdue", filter: { overdue: true } },
  { key: "unassignedCount", text: "unassigned", filter: { assignee: "unassigned" } },
  { key: "heldCount", text: "held", filter: { status: ["HELD"] } },
];

function CountsTable({
  desks,
  texts,
  number,
  linkLabel,
  inbox,
  columns,
}: {
  desks: InquiryCounts["desks"];
  texts: Record<"caption" | "desk" | "new" | "overdue" | "unassigned" | "held" | "unrouted" | "sum", string>;
  number: (value: number) => string;
  linkLabel: (desk: string, count: number, what: string) => string;
  inbox: (filter: Partial<InboxQuery>) => string;
  columns: typeof COLUMNS;
}) {
  const sum = (key: Column) => desks.reduce((all, desk) => all + desk[key], 0);
  const num = `${tableClass.td} text-right tabular-nums`;
  const cell = (count: number, key: Column, filter: Partial<InboxQuery>, label: string, bold = false) => {
    const overdue = key === "overdueCount" && count > 0;
    return (
      <td key={key} className={`${num} ${bold ? "font-bold" : ""} ${overdue ? "bg-red-50" : ""}`}>
        {count > 0 ? (
          <a
            href={inbox(filter)}
            aria-label={label}
            className={`inline-flex min-h-6 min-w-6 items-center justify-end underline underline-offset-4 ${overdue ? "font-bold text-red-800" : "text-brand-700"}`}
          >
            {number(count)}
          </a>
        ) : (
          number(count)
        )}
      </td>
    );
  };
  return (
    <TableScroll captionId="waiting-caption">
      <table className={tableClass.table}>
        <caption id="waiting-caption" className={tableClass.caption}>
          {texts.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={tableClass.th}>
              {texts.desk}
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`${tableClass.th} text-right`}>
                {texts[column.text]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {desks.map((desk) => {
            const name = desk.name ?? texts.unrouted;
            const deskFilter: Partial<InboxQuery> = { desk: desk.deskId ?? "none" };
            return (
              <tr key={desk.deskId ?? "none"}>
                <th scope="row" className={`${tableClass.rowTh} min-w-44`}>
                  {name}
                </th>
                {columns.map((column) =>
                  cell(
                    desk[column.key],
                    column.key,
                    { ...deskFilter, ...column.filter },
                    linkLabel(name, desk[column.key], texts[column.text]),
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
        {desks.length > 1 ? (
          <tfoot>
            <tr>
              <th scope="row" className={`${tableClass.rowTh} font-bold`}>
                {texts.sum}
              </th>
              {columns.map((column) =>
                cell(
                  sum(column.key),
                  column.key,
                  column.filter,
                  linkLabel(texts.sum, sum(column.key), texts[column.text]),
                  true,
                ),
              )}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </TableScroll>
  );
}
