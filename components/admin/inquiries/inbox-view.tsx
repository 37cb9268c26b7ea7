import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { INQUIRY_STATUSES, type InquiryStatusCode, OPEN_STATUSES } from "@/lib/inquiry-workflow";
import { localePath } from "@/lib/paths";
import { DEFAULT_INBOX_SORT, type InboxQuery, inboxQueryString, isFiltered } from "@/lib/schemas/inbox-query";
import type { InboxChoices } from "@/server/inquiries/inbox-choices";
import { type InboxResult, SEARCH_COUNT_CAP } from "@/server/inquiries/list-inquiries";
import { LinkButton } from "../../ui/link-button";
import { PageHeader } from "../page-header";
import { Pagination } from "../pagination";
import { InboxFilter } from "./inbox-filter";
import { InboxTable } from "./inbox-table";

/**
 * The inquiry inbox: the filter (a GET form), the number of matches per
 * status as links that pick that status, one page of inquiries, the pages,
 * and the same list as a CSV file.
 */
export async function InboxView({
  locale,
  query,
  result,
  choices,
  scope,
  now,
}: {
  locale: Locale;
  query: InboxQuery;
  result: InboxResult;
  choices: InboxChoices;
  scope: "any" | "desks";
  now: Date;
}) {
  const [t, ts, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.inquiries" }),
    getTranslations({ locale, namespace: "Admin.inquiries.statuses" }),
    getFormatter({ locale }),
  ]);
  const base = localePath(locale, "/admin/inquiries");
  const filtered = isFiltered(query);
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;
  const noDesks = scope === "desks" && choices.desks.length === 0;
  /** A search counted to its cap: "more than …". */
  const more = result.capped && result.total > SEARCH_COUNT_CAP;
  const sum = (statuses: readonly InquiryStatusCode[]) =>
    statuses.reduce((total, status) => total + result.counts[status], 0);
  const isCurrent = (status: InboxQuery["status"]) =>
    typeof status === "string"
      ? query.status === status
      : Array.isArray(query.status) && query.status.length === 1 && query.status[0] === status[0];
  const countLinks: { key: string; label: string; count: number; status: InboxQuery["status"] }[] = [
    { key: "open", label: t("counts.open"), count: sum(OPEN_STATUSES), status: "open" },
    // Held inquiries have no desk: only those who see every inquiry can have any.
    ...INQUIRY_STATUSES.filter((status) => scope === "any" || status !== "HELD" || result.counts[status] > 0).map(
      (status) => ({ key: status, label: ts(status), count: result.counts[status], status: [status] }),
    ),
    { key: "all", label: t("counts.all"), count: sum(INQUIRY_STATUSES), status: "all" },
  ];
  const emptyText = filtered ? t("noMatches") : sum(INQUIRY_STATUSES) === 0 ? t("empty") : t("emptyOpen");
  return (
    <>
      <PageHeader title={t("title")} intro={t(scope === "any" ? "introAny" : "introOwn")} />
      {noDesks ? (
        <p className="mb-6 max-w-3xl rounded-md border-l-4 border-gold-400 bg-white p-4">{t("noDesks")}</p>
      ) : null}
      <InboxFilter
        locale={locale}
        action={base}
        query={query}
        choices={choices}
        ownDesks={scope === "desks"}
        clearable={filtered || query.sort !== DEFAULT_INBOX_SORT}
      />

      <nav aria-labelledby="counts-heading" className="mb-6">
        <h2 id="counts-heading" className="text-lg font-semibold text-brand-900">
          {t("counts.label")}
        </h2>
        <p className="text-sm text-muted">
          {result.capped ? t("counts.capped", { cap: format.number(SEARCH_COUNT_CAP) }) : t("counts.intro")}
        </p>
        <ul className="mt-2 flex flex-wrap gap-2">
          {countLinks.map((link) => (
            <li key={link.key}>
              <a
                href={`${base}${inboxQueryString(query, { status: link.status, page: 1 })}`}
                aria-current={isCurrent(link.status) ? "true" : undefined}
                className="inline-flex min-h-11 items-center gap-2 rounded-md border border-brand-100 bg-white px-3 text-brand-800 hover:bg-brand-50 aria-[current]:border-brand-700 aria-[current]:bg-brand-700 aria-[current]:text-white"
              >
                <span>{link.label}</span>
                {result.capped ? null : <span className="font-semibold tabular-nums">{format.number(link.count)}</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <p role="status" className="text-lg">
          {result.total === 0
            ? emptyText
            : more
              ? t("showingMore", {
                  first: format.number(first),
                  last: format.number(last),
                  cap: format.number(SEARCH_COUNT_CAP),
                })
              : t("showing", {
                  first: format.number(first),
                  last: format.number(last),
                  total: format.number(result.total),
                })}
        </p>
        {result.total > 0 ? (
          <LinkButton
            href={`${localePath(locale, "/admin/inquiries/export")}${inboxQueryString(query, { page: 1 })}`}
            variant="light"
            download
          >
            {more ? t("exportMore", { cap: format.number(SEARCH_COUNT_CAP) }) : t("export", { total: result.total })}
          </LinkButton>
        ) : null}
      </div>

      {result.rows.length > 0 ? (
        <InboxTable
          locale={locale}
          rows={result.rows}
          now={now}
          caption={t("caption", { page: result.page, pages: result.pages, order: t(`sorts.${query.sort}`) })}
        />
      ) : null}
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => `${base}${inboxQueryString(query, { page })}`}
        texts={{
          label: t("pagination.label"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          page: (page) => t("pagination.page", { page }),
        }}
      />
    </>
  );
}
