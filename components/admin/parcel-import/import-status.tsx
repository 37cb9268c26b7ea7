import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { MAX_IMPORT_ROWS } from "@/lib/parcel-import";
import { localePath } from "@/lib/paths";
import type { ImportReason, ImportReport, ImportSummary, RowOutcome } from "@/server/parcels/parcel-import";
import { PageHeader } from "../page-header";
import { Pagination } from "../pagination";
import { TableScroll, tableClass } from "../table-scroll";
import { ImportButtonForm } from "./import-button-form";

type Action = Parameters<typeof ImportButtonForm>[0]["action"];

const PAGE_SIZE = 100;
const SHOWS = ["refused", "changed", "unchanged"] as const;
type Show = (typeof SHOWS)[number];
const NOTICES = ["stale", "changed", "notApplicable", "running", "applying", "rechecking"] as const;
/** How often a running import's page reloads itself (no JavaScript needed). */
const REFRESH_SECONDS = 2;

const inShow = (show: Show) => (row: RowOutcome) =>
  show === "refused"
    ? row.kind === "refused"
    : show === "changed"
      ? row.kind === "created" || row.kind === "updated"
      : row.kind === "unchanged";

/**
 * An import's status page: while a run goes on, a progress bar and a page
 * that reloads itself; then the report, the rows of one kind at a time
 * (refused, changed or unchanged, a page of 100 at a time, so 10,000 rows
 * stay readable), and the buttons that apply it or run the dry run again.
 */
export async function ImportStatus({
  locale,
  imported,
  notice,
  show: requestedShow,
  page: requestedPage,
  actions,
}: {
  locale: Locale;
  imported: ImportSummary & { report: ImportReport | null };
  notice?: string;
  show?: string;
  page: number;
  actions: { apply: Action; recheck: Action };
}) {
  const [t, states, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.parcelImport" }),
    getTranslations({ locale, namespace: "Admin.parcelImport.states" }),
    getFormatter({ locale }),
  ]);
  const running = ["QUEUED", "CHECKING", "APPLYING"].includes(imported.state) && !imported.interrupted;
  const { report } = imported;
  const requested = NOTICES.find((key) => key === notice);
  // "Applying" and "running again" only while the run goes on (the page keeps its address as it reloads);
  // a refused apply is told by the import's own state.
  const shownNotice =
    imported.problem === "stale"
      ? "stale"
      : requested === "applying" || requested === "rechecking"
        ? running
          ? requested
          : undefined
        : requested;
  const base = `/admin/parcels/import/${imported.id}`;
  const canRecheck = imported.state === "CHECKED" || imported.state === "FAILED" || imported.interrupted;

  return (
    <>
      {running ? <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} /> : null}
      <PageHeader
        title={t("status.title", { file: imported.fileName })}
        intro={t("status.uploadedAt", {
          at: format.dateTime(imported.createdAt, { dateStyle: "short", timeStyle: "short" }),
          language: t(`status.languages.${imported.locale}`),
        })}
      >
        <a
          href={localePath(locale, "/admin/parcels/import")}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("status.back")}
        </a>
      </PageHeader>

      {shownNotice ? (
        <div
          role="status"
          className={`mb-6 rounded-md border-l-4 p-4 font-medium ${
            shownNotice === "applying" || shownNotice === "rechecking"
              ? "border-brand-700 bg-brand-50 text-brand-900"
              : "border-red-700 bg-red-50 text-red-900"
          }`}
        >
          {t(`notices.${shownNotice}`)}
        </div>
      ) : null}

      <section aria-labelledby="import-state" className="mb-8 rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="import-state" className="text-xl font-semibold text-brand-900">
          {states(imported.interrupted ? "interrupted" : imported.state)}
        </h2>
        {running ? (
          <div className="mt-4 space-y-3">
            <p id="import-progress-label">
              {imported.total === 0
                ? t("status.progressStarting")
                : t(imported.state === "APPLYING" ? "status.progressApplying" : "status.progressChecking", {
                    done: format.number(imported.processed),
                    total: format.number(imported.total),
                  })}
            </p>
            <progress
              aria-labelledby="import-progress-label"
              className="h-4 w-full accent-brand-700"
              max={Math.max(1, imported.total)}
              value={imported.total === 0 ? undefined : imported.processed}
            />
            <p className="text-muted">{t("status.refreshing")}</p>
          </div>
        ) : null}
        {imported.interrupted ? <p className="mt-2">{t("status.interrupted")}</p> : null}
        {imported.state === "FAILED" ? <p className="mt-2">{t("status.failed")}</p> : null}
        {imported.appliedAt ? (
          <p className="mt-2">
            {t("status.appliedAt", {
              at: format.dateTime(imported.appliedAt, { dateStyle: "short", timeStyle: "short" }),
            })}
          </p>
        ) : null}
        {canRecheck && !running ? (
          <div className="mt-4 flex flex-wrap items-center gap-4">
            {imported.state !== "CHECKED" || imported.problem === "stale" ? (
              <ImportButtonForm
                action={actions.recheck}
                locale={locale}
                fields={{ id: imported.id }}
                label={t("recheck.submit")}
                variant={imported.problem === "stale" ? "primary" : "secondary"}
              />
            ) : null}
          </div>
        ) : null}
      </section>

      {report && !running && imported.state !== "FAILED" ? (
        <Report
          locale={locale}
          imported={imported}
          report={report}
          show={requestedShow}
          page={requestedPage}
          base={base}
          applyAction={actions.apply}
          recheckAction={actions.recheck}
        />
      ) : null}
    </>
  );
}

async function Report({
  locale,
  imported,
  report,
  show: requestedShow,
  page: requestedPage,
  base,
  applyAction,
  recheckAction,
}: {
  locale: Locale;
  imported: ImportSummary;
  report: ImportReport;
  show?: string;
  page: number;
  base: string;
  applyAction: Action;
  recheckAction: Action;
}) {
  const t = await getTranslations({ locale, namespace: "Admin.parcelImport" });
  const { counts } = report;
  const changed = counts.created + counts.updated;
  const sizes: Record<Show, number> = { refused: counts.refused, changed, unchanged: counts.unchanged };
  const show: Show =
    SHOWS.find((key) => key === requestedShow) ??
    (counts.refused > 0 ? "refused" : changed > 0 ? "changed" : "unchanged");
  const rows = report.rows.filter(inShow(show));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const pageRows = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const hrefFor = (p: number, kind: Show = show) =>
    localePath(locale, `${base}?show=${kind}${p > 1 ? `&page=${p}` : ""}#import-rows`);
  const applied = imported.state === "APPLIED";
  const showLabel = { refused: "showRefused", changed: "showChanged", unchanged: "showUnchanged" } as const;

  return (
    <section aria-labelledby="import-report">
      <h2 id="import-report" className="mb-2 text-xl font-semibold text-brand-900">
        {t(applied ? "report.appliedHeading" : "report.heading")}
      </h2>
      {report.fileProblem ? (
        <div role="alert" className="mb-6 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t("report.fileProblem")}</p>
          <p className="mt-1">
            {t(`report.fileProblems.${report.fileProblem.key}` as "report.fileProblems.empty", {
              columns: (report.fileProblem.columns ?? []).join(", "),
              line: report.fileProblem.line ?? "?",
              max: MAX_IMPORT_ROWS,
            })}
          </p>
        </div>
      ) : (
        <>
          <p className="mb-2 text-lg">{t("report.counts", counts)}</p>
          {report.ignored.length > 0 ? (
            <p className="mb-4 text-muted">{t("report.ignored", { columns: report.ignored.join(", ") })}</p>
          ) : null}

          {!applied && imported.state === "CHECKED" && imported.problem === null ? (
            <div className="mb-8 rounded-lg border border-brand-100 bg-white p-5">
              <h3 className="text-lg font-semibold text-brand-900">{t("apply.heading")}</h3>
              {counts.refused > 0 ? (
                <p className="mt-1">{t("apply.refusedFirst")}</p>
              ) : changed === 0 ? (
                <p className="mt-1">{t("apply.nothing")}</p>
              ) : (
                <>
                  <p className="mt-1 mb-4">{t("apply.body", { count: changed })}</p>
                  <ImportButtonForm
                    action={applyAction}
                    locale={locale}
                    fields={{ id: imported.id, fingerprint: imported.fingerprint ?? "" }}
                    label={t("apply.submit")}
                  />
                </>
              )}
              {counts.refused > 0 || changed === 0 ? (
                <div className="mt-4 flex flex-wrap items-center gap-4">
                  <a
                    href={localePath(locale, "/admin/parcels/import")}
                    className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
                  >
                    {t("uploadAgain")}
                  </a>
                  <ImportButtonForm
                    action={recheckAction}
                    locale={locale}
                    fields={{ id: imported.id }}
                    label={t("recheck.submit")}
                    variant="secondary"
                  />
                </div>
              ) : null}
            </div>
          ) : null}

          <nav aria-label={t("report.show")} className="mb-4">
            <ul className="flex flex-wrap gap-2">
              {SHOWS.map((kind) => (
                <li key={kind}>
                  <a
                    href={hrefFor(1, kind)}
                    aria-current={kind === show ? "page" : undefined}
                    className={`inline-flex min-h-11 items-center rounded-md border-2 px-4 font-semibold ${
                      kind === show
                        ? "border-brand-700 bg-brand-700 text-white"
                        : "border-brand-100 bg-white text-brand-800 hover:bg-brand-50"
                    }`}
                  >
                    {t(`report.${showLabel[kind]}`, { count: sizes[kind] })}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div id="import-rows">
            {rows.length === 0 ? (
              <p className="rounded-lg border border-brand-100 bg-white p-5">{t("report.none")}</p>
            ) : (
              <RowTable
                locale={locale}
                rows={pageRows}
                caption={t("report.caption", {
                  kind: t(`report.${showLabel[show]}`, { count: rows.length }),
                  first: (page - 1) * PAGE_SIZE + 1,
                  last: (page - 1) * PAGE_SIZE + pageRows.length,
                  total: rows.length,
                })}
                lineLabel={t(imported.format === "csv" ? "report.line" : "report.feature")}
              />
            )}
            <Pagination
              page={page}
              pages={pages}
              hrefFor={(p) => hrefFor(p)}
              texts={{
                label: t("report.pages"),
                previous: t("report.previous"),
                next: t("report.next"),
                page: (p) => t("report.page", { page: p }),
              }}
            />
          </div>
        </>
      )}
    </section>
  );
}

async function RowTable({
  locale,
  rows,
  caption,
  lineLabel,
}: {
  locale: Locale;
  rows: RowOutcome[];
  caption: string;
  lineLabel: string;
}) {
  const [t, errors] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.parcelImport" }),
    getTranslations({ locale, namespace: "Admin.errors" }),
  ]);
  const reasonText = (reason: ImportReason) => {
    const values = { line: reason.line ?? "?", columns: (reason.columns ?? []).join(", ") };
    const own = `reasons.${reason.key}`;
    const message = t.has(own as "reasons.duplicateCode")
      ? t(own as "reasons.duplicateCode", values)
      : errors.has(reason.key as "invalid")
        ? errors(reason.key as "invalid")
        : errors("invalid");
    return reason.field === "row" ? message : t("report.reason", { field: reason.field, message });
  };
  const valueText = (value: unknown) => {
    if (value === null || value === undefined || value === "") return t("report.empty");
    if (Array.isArray(value)) return value.length === 0 ? t("report.empty") : value.join(";");
    return String(value);
  };
  return (
    <TableScroll captionId="import-rows-caption">
      <table className={tableClass.table}>
        <caption id="import-rows-caption" className={tableClass.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={tableClass.th}>
              {lineLabel}
            </th>
            <th scope="col" className={tableClass.th}>
              {t("report.code")}
            </th>
            <th scope="col" className={tableClass.th}>
              {t("report.outcome")}
            </th>
            <th scope="col" className={tableClass.th}>
              {t("report.details")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.line}-${row.code}`}>
              <td className={`${tableClass.td} tabular-nums`}>{row.line}</td>
              <th scope="row" className={`${tableClass.rowTh} font-mono whitespace-nowrap`}>
                {row.code || t("report.noCode")}
              </th>
              <td className={`${tableClass.td} whitespace-nowrap`}>{t(`report.${row.kind}`)}</td>
              <td className={`${tableClass.td} min-w-72 [overflow-wrap:anywhere]`}>
                {row.kind === "refused" ? (
                  <ul className="list-disc space-y-1 pl-5 text-red-900">
                    {row.reasons.map((reason) => (
                      <li key={`${reason.field}-${reason.key}`}>{reasonText(reason)}</li>
                    ))}
                  </ul>
                ) : row.kind === "updated" ? (
                  <ul className="list-disc space-y-1 pl-5">
                    {Object.entries(row.changes).map(([field, [before, after]]) => (
                      <li key={field}>
                        {t("report.change", { field, before: valueText(before), after: valueText(after) })}
                      </li>
                    ))}
                  </ul>
                ) : row.kind === "created" ? (
                  t("report.newParcel")
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
