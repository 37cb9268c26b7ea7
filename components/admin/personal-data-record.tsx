import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { type CapitalRangeSlug, capitalRanges, timelines } from "@/lib/schemas/inquiry";
import type { PersonalData, PersonalEvent } from "@/server/privacy/personal-data";
import { TableScroll, tableClass } from "./table-scroll";

/**
 * What the portal holds about one person, as a page to read, print or save
 * as PDF for them: each inquiry with everything that was sent, the consent
 * record, the timeline (internal notes and replies included) and the e-mails.
 */
export async function PersonalDataRecord({
  locale,
  data,
  controller,
  generatedAt,
}: {
  locale: Locale;
  data: PersonalData;
  controller: string;
  generatedAt: Date;
}) {
  const [t, tf, tc, tt, ts, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.personalData" }),
    getTranslations({ locale, namespace: "Email.fields" }),
    getTranslations({ locale, namespace: "Email.capital" }),
    getTranslations({ locale, namespace: "Email.timeline" }),
    getTranslations({ locale, namespace: "Inquiry.status.statuses" }),
    getFormatter({ locale }),
  ]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("view.none");
  const countries = new Intl.DisplayNames([locale], { type: "region" });
  const capital = (value: string) => {
    const slug = (Object.keys(capitalRanges) as CapitalRangeSlug[]).find((key) => capitalRanges[key] === value);
    return slug ? tc(slug) : value;
  };
  const timeline = (value: string) =>
    (timelines as readonly string[]).includes(value) ? tt(value as (typeof timelines)[number]) : value;
  const number = (value: number | null, unit = "") =>
    value === null ? t("view.none") : `${format.number(value)}${unit}`;
  const label = (group: "events" | "dataKeys" | "emailKinds" | "emailStates", key: string) => {
    const id = `${group}.${key}`;
    // Event types and keys come from the database: a new one is shown as it is stored.
    return t.has(id as "events.note") ? t(id as "events.note") : key;
  };
  const emailKind = (kind: string) => label("emailKinds", kind.split(":")[0] ?? kind);

  return (
    <article className="max-w-4xl">
      <p className="mb-4 print:hidden">
        <a
          href={localePath(locale, `/admin/personal-data?email=${encodeURIComponent(data.email)}`)}
          className="text-brand-700 underline underline-offset-4"
        >
          {t("view.back")}
        </a>
      </p>
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{t("view.heading")}</h1>
      <p className="mt-2 text-lg break-words">{t("view.about", { email: data.email })}</p>
      <p className="mt-1 text-muted">{t("view.generated", { at: when(generatedAt), controller })}</p>
      <p className="mt-1 text-muted print:hidden">{t("view.print")}</p>
      {data.inquiries.length === 0 ? <p className="mt-8 text-lg">{t("none", { email: data.email })}</p> : null}

      {data.inquiries.map((inquiry) => {
        const id = `inquiry-${inquiry.reference}`;
        return (
          <section
            key={inquiry.reference}
            aria-labelledby={id}
            className="mt-10 break-before-page first:break-before-auto"
          >
            <h2 id={id} className="text-2xl font-bold text-brand-900">
              {t("view.inquiry", { reference: inquiry.reference })}
            </h2>

            <h3 className="mt-4 text-lg font-semibold text-brand-900">{t("view.details")}</h3>
            <Facts>
              <Fact term={tf("name")}>{inquiry.fullName}</Fact>
              <Fact term={tf("organisation")}>{inquiry.organisation}</Fact>
              <Fact term={tf("position")}>{inquiry.position ?? t("view.none")}</Fact>
              <Fact term={tf("country")}>{countries.of(inquiry.country) ?? inquiry.country}</Fact>
              <Fact term={tf("email")}>
                <span className="break-all">{inquiry.email}</span>
              </Fact>
              <Fact term={tf("phone")}>{inquiry.phone ?? t("view.none")}</Fact>
              <Fact term={tf("language")}>{inquiry.locale === "en" ? "English" : "Tiếng Việt"}</Fact>
              <Fact term={tf("sector")}>{inquiry.sector}</Fact>
              <Fact term={tf("hub")}>{inquiry.hub ?? t("view.none")}</Fact>
              <Fact term={tf("parcels")}>
                {inquiry.parcelCodes.length > 0 ? inquiry.parcelCodes.join(", ") : t("view.none")}
              </Fact>
              <Fact term={tf("capital")}>{capital(inquiry.capitalRange)}</Fact>
              <Fact term={tf("landArea")}>{number(inquiry.landAreaM2, " m²")}</Fact>
              <Fact term={tf("jobs")}>{number(inquiry.expectedJobs)}</Fact>
              <Fact term={tf("timeline")}>{timeline(inquiry.timeline)}</Fact>
              <Fact term={t("dataKeys.text")}>
                <span className="whitespace-pre-line">{inquiry.message}</span>
              </Fact>
            </Facts>

            <h3 className="mt-6 text-lg font-semibold text-brand-900">{t("view.consent")}</h3>
            <Facts>
              <Fact term={t("view.consentedAt")}>
                {t("view.consentValue", { at: when(inquiry.consentedAt), version: inquiry.privacyNoticeVersion })}
              </Fact>
              <Fact term={t("view.newsletter")}>
                {inquiry.newsletterConsentAt ? when(inquiry.newsletterConsentAt) : t("view.newsletterNone")}
              </Fact>
            </Facts>

            <h3 className="mt-6 text-lg font-semibold text-brand-900">{t("view.handling")}</h3>
            <Facts>
              <Fact term={t("view.received")}>{when(inquiry.receivedAt)}</Fact>
              <Fact term={t("view.status")}>{ts(inquiry.status as "NEW")}</Fact>
              <Fact term={t("view.desk")}>{inquiry.desk ?? t("view.none")}</Fact>
              <Fact term={t("view.firstResponseAt")}>{when(inquiry.firstResponseAt)}</Fact>
              <Fact term={t("view.closedAt")}>{when(inquiry.closedAt)}</Fact>
            </Facts>

            <h3 className="mt-6 mb-3 text-lg font-semibold text-brand-900">{t("view.timeline")}</h3>
            {inquiry.events.length === 0 ? (
              <p>{t("view.noEvents")}</p>
            ) : (
              <TableScroll captionId={`${id}-timeline`}>
                <table className={tableClass.table}>
                  <caption id={`${id}-timeline`} className={tableClass.caption}>
                    {t("view.timelineCaption", { reference: inquiry.reference })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className={tableClass.th}>
                        {t("view.at")}
                      </th>
                      <th scope="col" className={tableClass.th}>
                        {t("view.event")}
                      </th>
                      <th scope="col" className={tableClass.th}>
                        {t("view.eventDetails")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {inquiry.events.map((event) => (
                      <tr key={event.id}>
                        <td className={`${tableClass.td} whitespace-nowrap`}>{when(event.at)}</td>
                        <td className={tableClass.td}>
                          {label("events", event.type)}
                          {event.public ? null : <span className="text-muted"> ({t("view.internal")})</span>}
                        </td>
                        <td className={tableClass.td}>
                          <EventDetails
                            event={event}
                            label={(key) => label("dataKeys", key)}
                            value={(key, value) =>
                              key === "kind" && typeof value === "string" ? emailKind(value) : value
                            }
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}

            <h3 className="mt-6 mb-3 text-lg font-semibold text-brand-900">{t("view.emails")}</h3>
            {inquiry.deliveries.length === 0 ? (
              <p>{t("view.noEmails")}</p>
            ) : (
              <TableScroll captionId={`${id}-emails`}>
                <table className={tableClass.table}>
                  <caption id={`${id}-emails`} className={tableClass.caption}>
                    {t("view.emailsCaption", { reference: inquiry.reference })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className={tableClass.th}>
                        {t("view.emailKind")}
                      </th>
                      <th scope="col" className={tableClass.th}>
                        {t("view.emailState")}
                      </th>
                      <th scope="col" className={tableClass.th}>
                        {t("view.emailAttempts")}
                      </th>
                      <th scope="col" className={tableClass.th}>
                        {t("view.emailSentAt")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {inquiry.deliveries.map((delivery) => (
                      <tr key={delivery.kind}>
                        <td className={tableClass.td}>{emailKind(delivery.kind)}</td>
                        <td className={tableClass.td}>
                          {label("emailStates", delivery.state)}
                          {delivery.lastError ? (
                            <span className="block text-sm text-muted">{delivery.lastError}</span>
                          ) : null}
                        </td>
                        <td className={tableClass.td}>{format.number(delivery.attempts)}</td>
                        <td className={`${tableClass.td} whitespace-nowrap`}>{when(delivery.sentAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
            {inquiry.queuedEmails > 0 ? (
              <p className="mt-2">{t("view.queued", { count: inquiry.queuedEmails })}</p>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}

function Facts({ children }: { children: ReactNode }) {
  return (
    <dl className="mt-2 divide-y divide-brand-100 rounded-lg border border-brand-100 bg-white px-4">{children}</dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,5fr)] sm:gap-3">
      <dt className="font-medium text-muted">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** The data of a timeline event, one line per value (what was written keeps its line breaks). */
function EventDetails({
  event,
  label,
  value: shown,
}: {
  event: PersonalEvent;
  label: (key: string) => string;
  value: (key: string, value: unknown) => unknown;
}) {
  const data = event.data;
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const entries = Object.entries(data as Record<string, unknown>).filter(
    ([, value]) => value !== null && value !== undefined && value !== "",
  );
  if (entries.length === 0) return null;
  return (
    <dl className="space-y-1">
      {entries.map(([key, raw]) => {
        const value = shown(key, raw);
        return (
          <div key={key}>
            <dt className="inline font-medium">{label(key)}: </dt>
            <dd className="inline break-words whitespace-pre-line">
              {typeof value === "string" ? value : JSON.stringify(value)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
