import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { countryName } from "@/lib/countries";
import type { FormState } from "@/lib/form-state";
import { canAssign, type InquiryStatusCode, isOpen, movesFrom } from "@/lib/inquiry-workflow";
import { localePath } from "@/lib/paths";
import { capitalRanges, timelines } from "@/lib/schemas/inquiry";
import type { InquiryDetail } from "@/server/inquiries/inquiry-detail";
import { DoneNotice } from "./done-notice";
import { emailKindLabel, InquiryTimeline } from "./inquiry-timeline";
import { StatusBadge } from "./status-badge";
import { TableScroll, tableClass } from "./table-scroll";
import { AssignForm, HeldForm, NoteForm, ReplyForm, RerouteForm, StatusForm, TakeItForm } from "./triage-forms";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

export type TriageActions = Record<"assign" | "status" | "reroute" | "note" | "reply" | "release" | "spam", Action>;

const DONE = ["assigned", "taken", "unassigned", "status", "rerouted", "noted", "replied", "released", "spam"] as const;

const TONES: Record<InquiryStatusCode, "on" | "off" | "wait"> = {
  NEW: "wait",
  ASSIGNED: "wait",
  IN_PROGRESS: "on",
  WAITING_ON_INVESTOR: "on",
  QUALIFIED: "on",
  CLOSED_WON: "on",
  CLOSED_LOST: "off",
  SPAM: "off",
  HELD: "wait",
};

const capitalSlug = (range: string) =>
  (Object.entries(capitalRanges).find(([, value]) => value === range)?.[0] ??
    "under-10m") as keyof typeof capitalRanges;

/**
 * One inquiry in the back office: what is decided about it at the top
 * (status, desk, officer, due time); what the investor sent, how it was
 * routed and what they consented to, beside what can be done about it; the
 * e-mails it is owed; then its whole timeline.
 */
export async function InquiryDetailView({
  locale,
  inquiry,
  actorId,
  done,
  actions,
}: {
  locale: Locale;
  inquiry: InquiryDetail;
  actorId: number;
  done?: string;
  actions: TriageActions;
}) {
  const [t, te, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.inquiry" }),
    getTranslations({ locale, namespace: "Email" }),
    getFormatter({ locale }),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const time = (date: Date) => <time dateTime={date.toISOString()}>{when(date)}</time>;
  /** A message with a date in it: the date as a <time> element. */
  const dated = (key: Parameters<typeof t.rich>[0], date: Date, values: Record<string, string> = {}) =>
    t.rich(key, {
      ...values,
      date: when(date),
      time: (chunks) => <time dateTime={date.toISOString()}>{chunks}</time>,
    });
  const doneMessage = done && (DONE as readonly string[]).includes(done) ? t(`done.${done as "status"}`) : null;
  const { investor, project, consent, status } = inquiry;
  const none = <span className="text-muted">{t("request.none")}</span>;
  const language = inquiry.locale === "en" ? "en" : "vi";
  const common = { locale, reference: inquiry.reference, version: inquiry.version };
  const changeable = inquiry.canManage && inquiry.anonymisedAt === null;
  const moves = movesFrom(status).filter((move) => status !== "HELD" || move !== "SPAM");
  const mayTakeIt = inquiry.assignee?.id !== actorId && inquiry.officers.some((officer) => officer.id === actorId);

  const ruleCriteria = (routing: Extract<InquiryDetail["routing"], { kind: "rule" }>) => {
    const parts = [
      routing.sector ? t("routing.ruleSector", { name: routing.sector }) : null,
      routing.hub ? t("routing.ruleHub", { name: routing.hub }) : null,
      routing.capitalRanges.length > 0
        ? t("routing.ruleCapital", {
            ranges: routing.capitalRanges.map((range) => te(`capital.${capitalSlug(range)}`)).join(", "),
          })
        : null,
    ].filter(Boolean);
    return parts.length > 0 ? parts.join("; ") : t("routing.ruleAny");
  };

  const deliveries = await Promise.all(
    inquiry.deliveries.map(async (row) => ({ ...row, label: await emailKindLabel(locale, row.kind) })),
  );
  const queued = await Promise.all(
    inquiry.queued.map(async (row) => ({ ...row, label: await emailKindLabel(locale, row.kind) })),
  );

  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/inquiries")} className="text-brand-700 underline underline-offset-4">
          {t("backToList")}
        </a>
      </p>
      {doneMessage ? <DoneNotice message={doneMessage} /> : null}

      <div className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight break-words text-brand-900">
          {t("title", { reference: inquiry.reference })}
        </h1>
        <p className="mt-1 text-lg text-muted">
          {investor.organisation || investor.fullName ? `${investor.organisation} · ${investor.fullName}` : null}
        </p>
        <dl
          aria-label={t("summary.label")}
          className="mt-4 grid gap-x-6 gap-y-3 rounded-lg border border-brand-100 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
        >
          <Summary term={t("summary.status")}>
            <StatusBadge tone={TONES[status]}>{t(`statuses.${status}`)}</StatusBadge>
          </Summary>
          <Summary term={t("summary.desk")}>
            {inquiry.desk ? (
              <span lang={inquiry.desk.lang === locale ? undefined : inquiry.desk.lang}>{inquiry.desk.name}</span>
            ) : (
              t("summary.noDesk")
            )}
          </Summary>
          <Summary term={t("summary.assignee")}>{inquiry.assignee?.name ?? t("summary.nobody")}</Summary>
          <Summary term={t("summary.due")}>
            {inquiry.firstResponseAt ? (
              dated("summary.answered", inquiry.firstResponseAt)
            ) : inquiry.overdue && inquiry.dueAt ? (
              <StatusBadge tone="off">{dated("summary.overdue", inquiry.dueAt)}</StatusBadge>
            ) : inquiry.dueAt && isOpen(status) && status !== "HELD" ? (
              time(inquiry.dueAt)
            ) : (
              t("summary.noDue")
            )}
          </Summary>
          <Summary term={t("summary.received")}>{time(inquiry.createdAt)}</Summary>
          {inquiry.closedAt ? <Summary term={t("summary.closedAt")}>{time(inquiry.closedAt)}</Summary> : null}
        </dl>
      </div>

      {inquiry.anonymisedAt ? (
        <p className="mb-8 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          {dated("anonymised", inquiry.anonymisedAt)}
        </p>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-8">
          <Card id="request-heading" heading={t("request.heading")}>
            <h3 className="mt-1 font-semibold text-brand-900">{t("request.contact")}</h3>
            <dl className="mt-1 divide-y divide-brand-100">
              <Fact term={t("request.fullName")}>{investor.fullName || none}</Fact>
              <Fact term={t("request.organisation")}>{investor.organisation || none}</Fact>
              <Fact term={t("request.position")}>{investor.position || none}</Fact>
              <Fact term={t("request.country")}>{investor.country ? countryName(investor.country, locale) : none}</Fact>
              <Fact term={t("request.email")}>
                {investor.email ? (
                  <a href={`mailto:${investor.email}`} className="break-all text-brand-700 underline">
                    {investor.email}
                  </a>
                ) : (
                  none
                )}
              </Fact>
              <Fact term={t("request.phone")}>
                {investor.phone ? (
                  <a href={`tel:${investor.phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">
                    {investor.phone}
                  </a>
                ) : (
                  none
                )}
              </Fact>
              <Fact term={t("request.language")}>{t(`languages.${language}`)}</Fact>
            </dl>
            <h3 className="mt-5 font-semibold text-brand-900">{t("request.project")}</h3>
            <dl className="mt-1 divide-y divide-brand-100">
              <Fact term={t("request.sector")}>{project.sector}</Fact>
              <Fact term={t("request.hub")}>{project.hub ?? t("request.anyHub")}</Fact>
              <Fact term={t("request.parcels")}>
                {project.parcelCodes.length > 0 ? project.parcelCodes.join(", ") : none}
              </Fact>
              <Fact term={t("request.capitalRange")}>{te(`capital.${capitalSlug(project.capitalRange)}`)}</Fact>
              <Fact term={t("request.landArea")}>
                {project.landAreaM2 === null
                  ? none
                  : t("request.landAreaValue", {
                      m2: format.number(project.landAreaM2),
                      ha: format.number(project.landAreaM2 / 10_000, { maximumFractionDigits: 2 }),
                    })}
              </Fact>
              <Fact term={t("request.expectedJobs")}>
                {project.expectedJobs === null ? none : format.number(project.expectedJobs)}
              </Fact>
              <Fact term={t("request.timeline")}>
                {(timelines as readonly string[]).includes(project.timeline)
                  ? te(`timeline.${project.timeline as (typeof timelines)[number]}`)
                  : project.timeline}
              </Fact>
            </dl>
            <h3 className="mt-5 font-semibold text-brand-900">{t("request.message")}</h3>
            <p
              lang={inquiry.locale === locale ? undefined : inquiry.locale}
              className="mt-2 rounded-md bg-brand-50/60 p-3 break-words whitespace-pre-wrap"
            >
              {project.message || none}
            </p>
          </Card>

          <Card id="routing-heading" heading={t("routing.heading")}>
            <dl className="divide-y divide-brand-100">
              <Fact term={t("routing.desk")}>{inquiry.desk?.name ?? t("summary.noDesk")}</Fact>
              <Fact term={t("routing.why")}>
                {inquiry.routing.kind === "rule"
                  ? t("routing.rule", {
                      position: inquiry.routing.position,
                      criteria: ruleCriteria(inquiry.routing),
                    })
                  : status === "HELD"
                    ? t("routing.held")
                    : t(`routing.${inquiry.routing.kind}`)}
              </Fact>
            </dl>
          </Card>

          <Card id="consent-heading" heading={t("consent.heading")}>
            <dl className="divide-y divide-brand-100">
              <Fact term={t("consent.processing")}>
                {dated("consent.processingValue", consent.consentedAt, { version: consent.privacyNoticeVersion })}
              </Fact>
              <Fact term={t("consent.newsletter")}>
                {consent.newsletterConsentAt
                  ? dated("consent.newsletterYes", consent.newsletterConsentAt)
                  : t("consent.newsletterNo")}
              </Fact>
            </dl>
          </Card>
        </div>

        <section aria-labelledby="actions-heading" className="space-y-6">
          <h2 id="actions-heading" className="text-2xl font-bold text-brand-900">
            {t("actions.heading")}
          </h2>
          {!inquiry.canManage ? <p>{t("readOnly")}</p> : null}
          {changeable && status === "HELD" ? (
            <ActionCard id="held" heading={t("held.heading")} tone="wait">
              <p className="mb-4">{t("held.body")}</p>
              <div className="flex flex-wrap gap-4">
                <HeldForm
                  {...common}
                  action={actions.release}
                  name="release"
                  submit={t("held.release")}
                  variant="primary"
                />
                <HeldForm {...common} action={actions.spam} name="spam" submit={t("held.spam")} variant="danger" />
              </div>
            </ActionCard>
          ) : null}
          {changeable && canAssign(status) ? (
            <ActionCard id="assign" heading={t("assign.heading")}>
              <p className="mb-4">
                {inquiry.assignee ? t("assign.current", { name: inquiry.assignee.name }) : t("assign.currentNobody")}
              </p>
              {mayTakeIt ? (
                <div className="mb-5">
                  <TakeItForm {...common} action={actions.assign} />
                </div>
              ) : null}
              <AssignForm
                {...common}
                action={actions.assign}
                officers={inquiry.officers}
                assigneeId={inquiry.assignee?.id ?? null}
              />
            </ActionCard>
          ) : null}
          {changeable && status !== "HELD" ? (
            <ActionCard id="status" heading={t("status.heading")}>
              <p className="mb-4">{t("status.current", { status: t(`statuses.${status}`) })}</p>
              {moves.length > 0 ? (
                <StatusForm {...common} action={actions.status} moves={moves} />
              ) : (
                <p>{t("status.none")}</p>
              )}
            </ActionCard>
          ) : null}
          {changeable && status !== "HELD" && status !== "SPAM" ? (
            <ActionCard id="reply" heading={t("reply.heading")}>
              <ReplyForm
                {...common}
                action={actions.reply}
                intro={
                  inquiry.desk
                    ? t("reply.intro", {
                        email: investor.email,
                        language: t(`inLanguage.${language}`),
                        deskEmail: inquiry.desk.email,
                      })
                    : t("reply.introNoDesk", { email: investor.email, language: t(`inLanguage.${language}`) })
                }
              />
            </ActionCard>
          ) : null}
          {changeable ? (
            <ActionCard id="note" heading={t("note.heading")}>
              <NoteForm locale={locale} reference={inquiry.reference} action={actions.note} />
            </ActionCard>
          ) : null}
          {changeable && isOpen(status) && status !== "HELD" ? (
            <ActionCard id="reroute" heading={t("reroute.heading")}>
              {inquiry.desks.length > 0 ? (
                <RerouteForm
                  {...common}
                  action={actions.reroute}
                  desks={inquiry.desks}
                  warning={
                    inquiry.desk ? t("reroute.warning", { desk: inquiry.desk.name }) : t("reroute.warningNoDesk")
                  }
                />
              ) : (
                <p>{t("reroute.noDesks")}</p>
              )}
            </ActionCard>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="emails-heading" className="mt-10">
        <h2 id="emails-heading" className="text-2xl font-bold text-brand-900">
          {t("emails.heading")}
        </h2>
        {deliveries.length === 0 && queued.length === 0 ? (
          <p className="mt-3">{t("emails.none")}</p>
        ) : (
          <div className="mt-4">
            <TableScroll captionId="emails-caption">
              <table className={`${tableClass.table} min-w-[40rem]`}>
                <caption id="emails-caption" className={tableClass.caption}>
                  {t("emails.caption")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={tableClass.th}>
                      {t("emails.kind")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("emails.state")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("emails.attempts")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("emails.updated")}
                    </th>
                    <th scope="col" className={tableClass.th}>
                      {t("emails.lastError")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {deliveries.map((row) => (
                    <tr key={`delivery-${row.kind}`}>
                      <th scope="row" className={tableClass.rowTh}>
                        {row.label}
                      </th>
                      <td className={tableClass.td}>
                        <StatusBadge tone={row.state === "SENT" ? "on" : row.state === "SENDING" ? "wait" : "off"}>
                          {t(`emails.states.${row.state}`)}
                        </StatusBadge>
                      </td>
                      <td className={tableClass.td}>{format.number(row.attempts)}</td>
                      <td className={`${tableClass.td} whitespace-nowrap`}>{time(row.sentAt ?? row.updatedAt)}</td>
                      <td className={`${tableClass.td} break-words`}>{row.lastError ?? ""}</td>
                    </tr>
                  ))}
                  {queued.map((row, index) => (
                    <tr key={`queued-${index.toString()}`}>
                      <th scope="row" className={tableClass.rowTh}>
                        {row.label}
                      </th>
                      <td className={tableClass.td}>
                        <StatusBadge tone="wait">{t("emails.queued")}</StatusBadge>
                      </td>
                      <td className={tableClass.td}>{format.number(0)}</td>
                      <td className={`${tableClass.td} whitespace-nowrap`}>{time(row.createdAt)}</td>
                      <td className={tableClass.td} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            {deliveries.some((row) => row.state === "UNCERTAIN") ? (
              <p className="mt-3 max-w-3xl">{t("emails.uncertainHint")}</p>
            ) : null}
          </div>
        )}
      </section>

      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="text-2xl font-bold text-brand-900">
          {t("timeline.heading")}
        </h2>
        <p className="mt-2 max-w-3xl text-muted">{t("timeline.intro")}</p>
        <InquiryTimeline locale={locale} entries={inquiry.timeline} />
      </section>
    </>
  );
}

function Summary({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-muted">{term}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-3">
      <dt className="font-medium text-muted">{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

function Card({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-brand-100 bg-white p-5">
      <h2 id={id} className="mb-2 text-xl font-bold text-brand-900">
        {heading}
      </h2>
      {children}
    </section>
  );
}

function ActionCard({
  id,
  heading,
  tone,
  children,
}: {
  id: string;
  heading: string;
  tone?: "wait";
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={`rounded-lg border bg-white p-5 ${tone === "wait" ? "border-4 border-gold-400" : "border-brand-100"}`}
    >
      <h3 id={`${id}-heading`} className="mb-3 text-lg font-semibold text-brand-900">
        {heading}
      </h3>
      {children}
    </section>
  );
}
