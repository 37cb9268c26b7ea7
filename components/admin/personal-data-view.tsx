import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { localePath } from "@/lib/paths";
import type { PersonalData } from "@/server/privacy/personal-data";
import { Field, TextInput } from "../ui/field";
import { LinkButton } from "../ui/link-button";
import { DoneNotice } from "./done-notice";
import { PageHeader } from "./page-header";
import { ErasePersonalDataForm, WithdrawNewsletterForm } from "./personal-data-forms";
import { TableScroll, tableClass } from "./table-scroll";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

export type PersonalDataDone = { kind: "erased" | "withdrawn"; count: number; references: string };

/**
 * Finding a person by e-mail (a GET form: the address is in the URL, inside
 * the back office only), what the portal holds about them, and what can be
 * done with it: hand it over (JSON, readable page), withdraw their consent
 * to news, erase it (a second step, with the address typed again).
 */
export async function PersonalDataView({
  locale,
  email,
  invalidEmail,
  found,
  confirmErase,
  done,
  actions,
}: {
  locale: Locale;
  /** The address searched for, as typed (empty: no search yet). */
  email: string;
  invalidEmail: boolean;
  found: PersonalData | null;
  confirmErase: boolean;
  done: PersonalDataDone | null;
  actions: { erase: Action; withdraw: Action };
}) {
  const [t, te, ts, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.personalData" }),
    getTranslations({ locale, namespace: "Admin.errors" }),
    getTranslations({ locale, namespace: "Admin.inquiry.statuses" }),
    getFormatter({ locale }),
  ]);
  const base = localePath(locale, "/admin/personal-data");
  const query = (extra = "") => `?email=${encodeURIComponent(found?.email ?? email)}${extra}`;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  const inquiries = found?.inquiries ?? [];
  const consenting = inquiries.filter((inquiry) => inquiry.newsletterConsentAt !== null);
  const count = (what: (inquiry: PersonalData["inquiries"][number]) => number) =>
    inquiries.reduce((sum, inquiry) => sum + what(inquiry), 0);

  return (
    <>
      {done ? (
        <DoneNotice
          message={
            done.kind === "erased"
              ? t("done.erased", { count: done.count, references: done.references })
              : t("done.withdrawn", { count: done.count, references: done.references })
          }
        />
      ) : null}
      <PageHeader title={t("title")} intro={t("intro")} />

      <div className="mb-8 rounded-lg border border-brand-100 bg-white p-5">
        <h2 id="find-heading" className="text-xl font-bold text-brand-900">
          {t("find.heading")}
        </h2>
        <form method="get" action={base} role="search" aria-labelledby="find-heading" className="mt-4">
          <div className="flex flex-wrap items-end gap-4">
            <div className="w-full max-w-md">
              <Field
                id="email"
                label={t("find.email")}
                hint={t("find.hint")}
                error={invalidEmail ? te("email") : undefined}
              >
                {(control) => (
                  <TextInput
                    {...control}
                    name="email"
                    type="email"
                    autoComplete="off"
                    autoCapitalize="none"
                    spellCheck={false}
                    maxLength={254}
                    required
                    defaultValue={email}
                  />
                )}
              </Field>
            </div>
            <button
              type="submit"
              className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              {t("find.submit")}
            </button>
          </div>
        </form>
      </div>

      {found && inquiries.length === 0 ? (
        <p role="status" className="text-lg">
          {t("none", { email: found.email })}
        </p>
      ) : null}

      {found && inquiries.length > 0 ? (
        <>
          <section aria-labelledby="held-heading" className="mb-8">
            <h2 id="held-heading" className="text-2xl font-bold break-words text-brand-900">
              {t("held.heading", { email: found.email })}
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-6">
              <li>{t("held.inquiries", { count: inquiries.length })}</li>
              <li>{t("held.events", { count: count((inquiry) => inquiry.events.length) })}</li>
              <li>{t("held.emails", { count: count((inquiry) => inquiry.deliveries.length) })}</li>
              <li>{t("held.queued", { count: count((inquiry) => inquiry.queuedEmails) })}</li>
              <li>{consenting.length > 0 ? t("held.newsletterOn") : t("held.newsletterOff")}</li>
            </ul>
            <p className="mt-3 max-w-3xl text-muted">{t("held.fields")}</p>
          </section>

          <div className="mb-10">
            <TableScroll captionId="inquiries-caption">
              <table className={tableClass.table}>
                <caption id="inquiries-caption" className={tableClass.caption}>
                  {t("table.caption", { email: found.email })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={tableClass.th}>
                      {t("table.reference")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("table.received")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("table.name")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("table.organisation")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("table.status")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("table.newsletter")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {inquiries.map((inquiry) => (
                    <tr key={inquiry.reference}>
                      <th scope="row" className={tableClass.rowTh}>
                        <a
                          href={localePath(locale, `/admin/inquiries/${inquiry.reference}`)}
                          className="font-mono text-brand-700 underline underline-offset-4"
                        >
                          {inquiry.reference}
                        </a>
                      </th>
                      <td className={`${tableClass.td} whitespace-nowrap`}>{day(inquiry.receivedAt)}</td>
                      <td className={tableClass.td}>{inquiry.fullName}</td>
                      <td className={tableClass.td}>{inquiry.organisation}</td>
                      <td className={tableClass.td}>{ts(inquiry.status as "NEW")}</td>
                      <td className={tableClass.td}>
                        {inquiry.newsletterConsentAt
                          ? `${t("table.yes")} (${day(inquiry.newsletterConsentAt)})`
                          : t("table.no")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>

          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <Card id="export" heading={t("export.heading")} body={t("export.body")}>
              <div className="flex flex-wrap gap-3">
                <LinkButton href={`${base}/export${query()}`} variant="solid" download>
                  {t("export.json")}
                </LinkButton>
                <LinkButton href={`${base}/view${query()}`} variant="light">
                  {t("export.page")}
                </LinkButton>
              </div>
            </Card>
            <Card id="withdraw" heading={t("withdraw.heading")} body={t("withdraw.body")}>
              {consenting.length > 0 ? (
                <WithdrawNewsletterForm action={actions.withdraw} locale={locale} email={found.email} />
              ) : (
                <p className="font-medium">{t("withdraw.none")}</p>
              )}
            </Card>
            <div
              id="erase"
              className={`rounded-lg border bg-white p-5 md:col-span-2 ${confirmErase ? "border-4 border-red-700" : "border-brand-100"}`}
            >
              <h3 className="text-lg font-semibold text-brand-900">{t("erase.heading")}</h3>
              <p className="mt-1 mb-4 text-muted">{t("erase.body")}</p>
              {confirmErase ? (
                <div className="space-y-4">
                  <p className="font-semibold break-words text-red-900">
                    {t("erase.question", { email: found.email })}
                  </p>
                  <dl className="space-y-3">
                    <div>
                      <dt className="font-semibold text-brand-900">{t("erase.erasedHeading")}</dt>
                      <dd>{t("erase.erased", { count: inquiries.length })}</dd>
                    </div>
                    <div>
                      <dt className="font-semibold text-brand-900">{t("erase.keptHeading")}</dt>
                      <dd>{t("erase.kept")}</dd>
                    </div>
                  </dl>
                  <p>{t("erase.audit")}</p>
                  <ErasePersonalDataForm action={actions.erase} locale={locale} email={found.email} />
                  <a
                    href={`${base}${query()}#erase`}
                    className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
                  >
                    {t("erase.cancel")}
                  </a>
                </div>
              ) : (
                <a
                  href={`${base}${query("&confirm=erase")}#erase`}
                  className="inline-flex min-h-11 items-center justify-center rounded-md border-2 border-red-700 bg-white px-5 font-semibold text-red-800 hover:bg-red-50"
                >
                  {t("erase.start")}
                </a>
              )}
            </div>
          </div>
        </>
      ) : null}
    </>
  );
}

function Card({ id, heading, body, children }: { id: string; heading: string; body: string; children: ReactNode }) {
  return (
    <div id={id} className="rounded-lg border border-brand-100 bg-white p-5">
      <h3 className="text-lg font-semibold text-brand-900">{heading}</h3>
      <p className="mt-1 mb-4 text-muted">{body}</p>
      {children}
    </div>
  );
}
