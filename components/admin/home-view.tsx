import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { InquiryCounts } from "@/server/admin/inquiry-counts";
import { actorCan } from "@/server/auth/require-permission";
import type { StaffActor } from "@/server/auth/session";
import { PageHeader } from "./page-header";
import { TableScroll, tableClass } from "./table-scroll";

/** The start page: what is waiting today (inquiries, for those who handle them) and where to go from here. */
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
  const tasks = [
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
              <CountsTable
                desks={counts.desks}
                texts={{
                  caption: t("inquiries.caption"),
                  desk: t("inquiries.desk"),
                  new: t("inquiries.new"),
                  held: t("inquiries.held"),
                  total: t("inquiries.total"),
                  unrouted: t("inquiries.unrouted"),
                  sum: t("inquiries.sum"),
                }}
                number={(value) => format.number(value)}
              />
              <p className="mt-3 max-w-3xl text-sm text-muted">{t("inquiries.heldHint")}</p>
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
            </li>
          ))}
        </ul>
        {actorCan(actor, "content:edit") ? (
          <p className="mt-6 max-w-3xl text-muted">{t("tasks.contentLater")}</p>
        ) : null}
      </section>
    </>
  );
}

function CountsTable({
  desks,
  texts,
  number,
}: {
  desks: InquiryCounts["desks"];
  texts: Record<"caption" | "desk" | "new" | "held" | "total" | "unrouted" | "sum", string>;
  number: (value: number) => string;
}) {
  const sum = desks.reduce(
    (all, desk) => ({ newCount: all.newCount + desk.newCount, heldCount: all.heldCount + desk.heldCount }),
    { newCount: 0, heldCount: 0 },
  );
  const num = `${tableClass.td} text-right tabular-nums`;
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
            <th scope="col" className={`${tableClass.th} text-right`}>
              {texts.new}
            </th>
            <th scope="col" className={`${tableClass.th} text-right`}>
              {texts.held}
            </th>
            <th scope="col" className={`${tableClass.th} text-right`}>
              {texts.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {desks.map((desk) => (
            <tr key={desk.deskId ?? "none"}>
              <th scope="row" className={tableClass.rowTh}>
                {desk.name ?? texts.unrouted}
              </th>
              <td className={num}>{number(desk.newCount)}</td>
              <td className={num}>{number(desk.heldCount)}</td>
              <td className={`${num} font-semibold`}>{number(desk.newCount + desk.heldCount)}</td>
            </tr>
          ))}
        </tbody>
        {desks.length > 1 ? (
          <tfoot>
            <tr>
              <th scope="row" className={`${tableClass.rowTh} font-bold`}>
                {texts.sum}
              </th>
              <td className={`${num} font-bold`}>{number(sum.newCount)}</td>
              <td className={`${num} font-bold`}>{number(sum.heldCount)}</td>
              <td className={`${num} font-bold`}>{number(sum.newCount + sum.heldCount)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </TableScroll>
  );
}
