import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { countryOptions, FREQUENT_COUNTRIES } from "@/lib/countries";
import { INQUIRY_STATUSES } from "@/lib/inquiry-workflow";
import { INBOX_SORTS, type InboxQuery, statusParam, statusSlug } from "@/lib/schemas/inbox-query";
import { capitalRanges } from "@/lib/schemas/inquiry";
import type { InboxChoices } from "@/server/inquiries/inbox-choices";
import { Checkbox, Field, Select, TextInput } from "../../ui/field";

/**
 * The inbox's filter: a plain GET form whose fields are the URL's
 * parameters, so it works without JavaScript and every view can be
 * bookmarked or sent to a colleague. Submitting starts again at page 1.
 */
export async function InboxFilter({
  locale,
  action,
  query,
  choices,
  ownDesks,
  clearable,
}: {
  locale: Locale;
  action: string;
  query: InboxQuery;
  choices: InboxChoices;
  /** The person sees their desks only ("all my desks" rather than "any desk"). */
  ownDesks: boolean;
  clearable: boolean;
}) {
  const [t, ts, tc] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.inquiries" }),
    getTranslations({ locale, namespace: "Admin.inquiries.statuses" }),
    getTranslations({ locale, namespace: "Email.capital" }),
  ]);
  const status = statusParam(query.status);
  const several = Array.isArray(query.status) && query.status.length > 1 ? query.status : null;
  const countries = countryOptions(locale);
  const frequent = FREQUENT_COUNTRIES.map((code) => countries.find((country) => country.value === code)).filter(
    (country) => country !== undefined,
  );
  const value = (v: string | number | undefined) => (v === undefined ? "" : String(v));
  // The less used filters fold away, unless one of them is set.
  const more = (["desk", "assignee", "sector", "hub", "country", "capital", "from", "to"] as const).some(
    (name) => query[name] !== undefined,
  );
  return (
    <div className="mb-6 rounded-lg border border-brand-100 bg-white p-5">
      <h2 id="filter-heading" className="text-xl font-bold text-brand-900">
        {t("filter.heading")}
      </h2>
      <form method="get" action={action} role="search" aria-labelledby="filter-heading">
        <div className="mt-4 grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="sm:col-span-2">
            <Field id="q" label={t("filter.q")} hint={t("filter.qHint")}>
              {(control) => (
                <TextInput
                  {...control}
                  name="q"
                  type="search"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={100}
                  defaultValue={query.q ?? ""}
                />
              )}
            </Field>
          </div>
          <Field id="status" label={t("filter.status")}>
            {(control) => (
              <Select {...control} name="status" defaultValue={status}>
                <option value="">{t("filter.statusOpen")}</option>
                <option value="all">{t("filter.statusAll")}</option>
                {several ? (
                  <option value={status}>
                    {t("filter.statusSeveral", { statuses: several.map((s) => ts(s)).join(", ") })}
                  </option>
                ) : null}
                {INQUIRY_STATUSES.map((code) => (
                  <option key={code} value={statusSlug(code)}>
                    {ts(code)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="sort" label={t("filter.sort")}>
            {(control) => (
              <Select {...control} name="sort" defaultValue={query.sort}>
                {INBOX_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`sorts.${sort}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="sm:col-span-2 lg:col-span-4">
            <Checkbox
              id="overdue"
              name="overdue"
              value="1"
              label={t("filter.overdue")}
              hint={t("filter.overdueHint")}
              defaultChecked={query.overdue}
            />
          </div>
        </div>
        <details open={more} className="mt-5 rounded-md border border-brand-100">
          <summary className="min-h-11 cursor-pointer px-4 py-2.5 font-semibold text-brand-800">
            {t("filter.more")}
            <span className="ml-2 text-sm font-normal text-muted">{t("filter.moreHint")}</span>
          </summary>
          <div className="grid items-start gap-4 border-t border-brand-100 p-4 sm:grid-cols-2 lg:grid-cols-4">
            <Field id="desk" label={t("filter.desk")}>
              {(control) => (
                <Select {...control} name="desk" defaultValue={value(query.desk)}>
                  <option value="">{ownDesks ? t("filter.myDesks") : t("filter.anyDesk")}</option>
                  {choices.noDesk ? <option value="none">{t("filter.noDesk")}</option> : null}
                  {choices.desks.map((desk) => (
                    <option key={desk.value} value={desk.value} lang={desk.lang === locale ? undefined : desk.lang}>
                      {desk.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="assignee" label={t("filter.assignee")}>
              {(control) => (
                <Select {...control} name="assignee" defaultValue={value(query.assignee)}>
                  <option value="">{t("filter.anyone")}</option>
                  <option value="me">{t("filter.me")}</option>
                  <option value="unassigned">{t("filter.unassigned")}</option>
                  {choices.assignees.map((person) => (
                    <option key={person.value} value={person.value}>
                      {person.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="sector" label={t("filter.sector")}>
              {(control) => (
                <Select {...control} name="sector" defaultValue={value(query.sector)}>
                  <option value="">{t("filter.any")}</option>
                  {choices.sectors.map((sector) => (
                    <option
                      key={sector.value}
                      value={sector.value}
                      lang={sector.lang === locale ? undefined : sector.lang}
                    >
                      {sector.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="hub" label={t("filter.hub")}>
              {(control) => (
                <Select {...control} name="hub" defaultValue={value(query.hub)}>
                  <option value="">{t("filter.any")}</option>
                  {choices.hubs.map((hub) => (
                    <option key={hub.value} value={hub.value} lang={hub.lang === locale ? undefined : hub.lang}>
                      {hub.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="country" label={t("filter.country")}>
              {(control) => (
                <Select {...control} name="country" defaultValue={value(query.country)}>
                  <option value="">{t("filter.any")}</option>
                  <optgroup label={t("filter.frequentCountries")}>
                    {frequent.map((country) => (
                      <option key={country.value} value={country.value}>
                        {country.label}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t("filter.allCountries")}>
                    {countries.map((country) => (
                      <option key={country.value} value={country.value}>
                        {country.label}
                      </option>
                    ))}
                  </optgroup>
                </Select>
              )}
            </Field>
            <Field id="capital" label={t("filter.capital")}>
              {(control) => (
                <Select {...control} name="capital" defaultValue={value(query.capital)}>
                  <option value="">{t("filter.any")}</option>
                  {(Object.keys(capitalRanges) as (keyof typeof capitalRanges)[]).map((range) => (
                    <option key={range} value={range}>
                      {tc(range)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="from" label={t("filter.from")}>
              {(control) => <TextInput {...control} name="from" type="date" defaultValue={value(query.from)} />}
            </Field>
            <Field id="to" label={t("filter.to")}>
              {(control) => <TextInput {...control} name="to" type="date" defaultValue={value(query.to)} />}
            </Field>
          </div>
        </details>
        <div className="mt-5 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("filter.submit")}
          </button>
          {clearable ? (
            <a
              href={action}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("filter.clear")}
            </a>
          ) : null}
        </div>
      </form>
    </div>
  );
}
