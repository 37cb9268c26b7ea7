import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { AuditFilter } from "@/lib/schemas/staff";
import { AUDIT_PAGE_SIZE, type AuditRow } from "@/server/audit/list-audit";
import { Field, Select, TextInput } from "../ui/field";
import { LinkButton } from "../ui/link-button";
import { auditQuery } from "./audit-query";
import { AuditTable } from "./audit-table";
import { PageHeader } from "./page-header";
import { Pagination } from "./pagination";

/**
 * The audit log: a filter that is a plain GET form (its state is the URL),
 * one page of entries, the pages, and the same entries as a CSV file.
 */
export async function AuditView({
  locale,
  filter,
  result,
  choices,
  linkPeople,
}: {
  locale: Locale;
  filter: AuditFilter;
  result: { entries: AuditRow[]; total: number; page: number; pages: number };
  choices: { entityTypes: string[]; actions: string[] };
  linkPeople: boolean;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.audit" }),
    getFormatter({ locale }),
  ]);
  const base = localePath(locale, "/admin/audit");
  const filtered = Boolean(filter.actor || filter.entity || filter.action || filter.from || filter.to);
  const first = (result.page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = first + result.entries.length - 1;
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="mb-8 rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="filter-heading" className="text-xl font-bold text-brand-900">
          {t("filter.heading")}
        </h2>
        <form method="get" action={base} role="search" aria-labelledby="filter-heading">
          <div className="mt-4 grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-5">
            <Field id="actor" label={t("filter.actor")} hint={t("filter.actorHint")}>
              {(control) => (
                <TextInput
                  {...control}
                  name="actor"
                  type="search"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={254}
                  defaultValue={filter.actor ?? ""}
                />
              )}
            </Field>
            <Field id="entity" label={t("filter.entity")}>
              {(control) => (
                <Select {...control} name="entity" defaultValue={filter.entity ?? ""}>
                  <option value="">{t("filter.any")}</option>
                  {withCurrent(choices.entityTypes, filter.entity).map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="action" label={t("filter.action")}>
              {(control) => (
                <Select {...control} name="action" defaultValue={filter.action ?? ""}>
                  <option value="">{t("filter.any")}</option>
                  {withCurrent(choices.actions, filter.action).map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="from" label={t("filter.from")}>
              {(control) => <TextInput {...control} name="from" type="date" defaultValue={filter.from ?? ""} />}
            </Field>
            <Field id="to" label={t("filter.to")}>
              {(control) => <TextInput {...control} name="to" type="date" defaultValue={filter.to ?? ""} />}
            </Field>
          </div>
          <div className="mt-5 flex flex-wrap items-center gap-4">
            <button
              type="submit"
              className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              {t("filter.submit")}
            </button>
            {filtered ? (
              <a
                href={base}
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
              >
                {t("filter.clear")}
              </a>
            ) : null}
          </div>
        </form>
      </div>

      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <p role="status" className="text-lg">
          {result.total === 0
            ? t(filtered ? "noMatches" : "empty")
            : t("showing", {
                first: format.number(first),
                last: format.number(last),
                total: format.number(result.total),
              })}
        </p>
        {result.total > 0 ? (
          <LinkButton
            href={`${localePath(locale, "/admin/audit/export")}${auditQuery(filter, { page: undefined })}`}
            variant="light"
            download
          >
            {t("export", { total: result.total })}
          </LinkButton>
        ) : null}
      </div>

      {result.entries.length > 0 ? (
        <AuditTable
          locale={locale}
          captionId="audit-caption"
          caption={t("caption", { page: result.page, pages: result.pages })}
          entries={result.entries}
          showEntity
          linkPeople={linkPeople}
        />
      ) : null}
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => `${base}${auditQuery(filter, { page })}`}
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

/** The choices, with the one in the URL kept even when no entry has it (any longer). */
function withCurrent(values: string[], current: string | undefined): string[] {
  return current && !values.includes(current) ? [...values, current].sort() : values;
}
