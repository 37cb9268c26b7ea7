import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { localePath } from "@/lib/paths";
import type { DeskOption } from "@/server/admin/list-desks";
import type { StaffDetail } from "@/server/staff/list-staff";
import { AuditTable } from "./audit-table";
import { ConfirmCard } from "./confirm-card";
import { DoneNotice } from "./done-notice";
import { PageHeader } from "./page-header";
import { SessionsTable } from "./sessions-table";
import { StaffActionForm } from "./staff-action-form";
import { StaffForm } from "./staff-form";
import { StatusBadge } from "./status-badge";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** The changes that take a second step: a link to the confirmation first, then the button that does it. */
export type StaffConfirmStep = "disable" | "resetPassword" | "resetSecondFactor" | "revokeSessions";

const DONE = ["invited", "updated", "disabled", "enabled", "passwordReset", "secondFactorReset", "sessionsRevoked"];

/** One member of staff: who they are, their profile form, what can be done to their access, their sessions and history. */
export async function StaffDetailView({
  locale,
  person,
  desks,
  self,
  canReadAudit,
  done,
  confirm,
  actions,
}: {
  locale: Locale;
  person: StaffDetail;
  desks: DeskOption[];
  /** The page of the person looking at it: their access is managed from their own account page. */
  self: boolean;
  canReadAudit: boolean;
  done?: string;
  confirm?: StaffConfirmStep;
  actions: Record<"update" | StaffConfirmStep | "enable", Action>;
}) {
  const [t, tr, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.users" }),
    getTranslations({ locale, namespace: "Admin.roles.names" }),
    getFormatter({ locale }),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const page = localePath(locale, `/admin/users/${person.id}`);
  const step = (name: StaffConfirmStep) => ({
    id: name,
    level: 3 as const,
    startHref: `${page}?confirm=${name}#${name}`,
    cancelHref: `${page}#${name}`,
    confirming: confirm === name,
  });
  const doneMessage = done && DONE.includes(done) ? t(`done.${done}` as "done.updated") : null;

  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/users")} className="text-brand-700 underline underline-offset-4">
          {t("backToList")}
        </a>
      </p>
      {doneMessage ? <DoneNotice message={doneMessage} /> : null}
      <PageHeader title={person.name} intro={self ? t("detail.you") : undefined} />

      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="facts-heading" className="rounded-lg border border-brand-100 bg-white p-5">
          <h2 id="facts-heading" className="text-xl font-bold text-brand-900">
            {t("detail.facts")}
          </h2>
          <dl className="mt-3 divide-y divide-brand-100">
            <Fact term={t("columns.email")}>
              <span className="break-all">{person.email}</span>
            </Fact>
            <Fact term={t("columns.role")}>{tr(person.role)}</Fact>
            <Fact term={t("columns.desks")}>
              {person.desks.length > 0 ? person.desks.map((d) => d.name).join("; ") : t("noDesks")}
            </Fact>
            <Fact term={t("columns.status")}>
              {!person.active ? (
                <StatusBadge tone="off">{t("status.disabled")}</StatusBadge>
              ) : person.invitationPending ? (
                <StatusBadge tone="wait">{t("status.invited")}</StatusBadge>
              ) : (
                <StatusBadge tone="on">{t("status.active")}</StatusBadge>
              )}
            </Fact>
            <Fact term={t("columns.secondFactor")}>
              {person.secondFactor
                ? t("secondFactor.on")
                : person.secondFactorPending
                  ? t("secondFactor.pending")
                  : t("secondFactor.off")}
            </Fact>
            <Fact term={t("columns.lastSignIn")}>{person.lastSignInAt ? when(person.lastSignInAt) : t("never")}</Fact>
            <Fact term={t("columns.lockedUntil")}>
              {person.lockedUntil ? when(person.lockedUntil) : t("notLocked")}
            </Fact>
            <Fact term={t("detail.passwordChanged")}>
              {person.passwordChangedAt ? when(person.passwordChangedAt) : t("never")}
            </Fact>
            <Fact term={t("detail.created")}>{when(person.createdAt)}</Fact>
            <Fact term={t("detail.locale")}>
              {person.locale === "en" ? <span lang="en">English</span> : <span lang="vi">Tiếng Việt</span>}
            </Fact>
          </dl>
        </section>

        <section aria-labelledby="profile-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
          <h2 id="profile-heading" className="mb-4 text-xl font-bold text-brand-900">
            {t("detail.profile")}
          </h2>
          <StaffForm
            action={actions.update}
            locale={locale}
            desks={desks}
            person={{
              id: person.id,
              name: person.name,
              role: person.role,
              deskIds: person.desks.map((d) => d.id),
              locale: person.locale,
            }}
          />
        </section>
      </div>

      <section aria-labelledby="access-heading" className="mt-10">
        <h2 id="access-heading" className="text-2xl font-bold text-brand-900">
          {t("detail.access")}
        </h2>
        {self ? (
          <p className="mt-3 max-w-3xl">
            {t("detail.selfAccess")}{" "}
            <a
              href={localePath(locale, "/admin/account")}
              className="font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("detail.selfAccessLink")}
            </a>
          </p>
        ) : (
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {person.active ? (
              <ConfirmCard
                {...step("disable")}
                heading={t("detail.disable.heading")}
                body={t("detail.disable.body")}
                start={t("detail.disable.start")}
                question={t("detail.disable.question", { name: person.name })}
                cancel={t("detail.cancel")}
              >
                <StaffActionForm
                  action={actions.disable}
                  locale={locale}
                  id={person.id}
                  buttonId="disable-submit"
                  submit={t("detail.disable.submit")}
                  variant="danger"
                />
              </ConfirmCard>
            ) : (
              <Card id="enable" heading={t("detail.enable.heading")} body={t("detail.enable.body")}>
                <StaffActionForm
                  action={actions.enable}
                  locale={locale}
                  id={person.id}
                  buttonId="enable-submit"
                  submit={t("detail.enable.submit")}
                />
              </Card>
            )}
            {person.active ? (
              <ConfirmCard
                {...step("resetPassword")}
                heading={
                  person.invitationPending
                    ? t("detail.resetPassword.headingInvited")
                    : t("detail.resetPassword.heading")
                }
                body={person.invitationPending ? t("detail.resetPassword.bodyInvited") : t("detail.resetPassword.body")}
                start={
                  person.invitationPending ? t("detail.resetPassword.startInvited") : t("detail.resetPassword.start")
                }
                question={
                  person.invitationPending
                    ? t("detail.resetPassword.questionInvited", { name: person.name })
                    : t("detail.resetPassword.question", { name: person.name })
                }
                cancel={t("detail.cancel")}
              >
                <StaffActionForm
                  action={actions.resetPassword}
                  locale={locale}
                  id={person.id}
                  buttonId="resetPassword-submit"
                  submit={
                    person.invitationPending
                      ? t("detail.resetPassword.submitInvited")
                      : t("detail.resetPassword.submit")
                  }
                  variant="danger"
                />
              </ConfirmCard>
            ) : null}
            {person.secondFactor || person.secondFactorPending ? (
              <ConfirmCard
                {...step("resetSecondFactor")}
                heading={t("detail.resetSecondFactor.heading")}
                body={t("detail.resetSecondFactor.body")}
                start={t("detail.resetSecondFactor.start")}
                question={t("detail.resetSecondFactor.question", { name: person.name })}
                cancel={t("detail.cancel")}
              >
                <StaffActionForm
                  action={actions.resetSecondFactor}
                  locale={locale}
                  id={person.id}
                  buttonId="resetSecondFactor-submit"
                  submit={t("detail.resetSecondFactor.submit")}
                  variant="danger"
                />
              </ConfirmCard>
            ) : null}
            {person.sessions.length > 0 ? (
              <ConfirmCard
                {...step("revokeSessions")}
                heading={t("detail.revokeSessions.heading")}
                body={t("detail.revokeSessions.body", { count: person.sessions.length })}
                start={t("detail.revokeSessions.start")}
                question={t("detail.revokeSessions.question", { name: person.name })}
                cancel={t("detail.cancel")}
              >
                <StaffActionForm
                  action={actions.revokeSessions}
                  locale={locale}
                  id={person.id}
                  buttonId="revokeSessions-submit"
                  submit={t("detail.revokeSessions.submit")}
                  variant="danger"
                />
              </ConfirmCard>
            ) : null}
          </div>
        )}
      </section>

      <section aria-labelledby="sessions-heading" className="mt-10">
        <h2 id="sessions-heading" className="text-2xl font-bold text-brand-900">
          {t("detail.sessions")}
        </h2>
        {person.sessions.length === 0 ? (
          <p className="mt-3">{t("detail.noSessions")}</p>
        ) : (
          <div className="mt-4">
            <SessionsTable
              locale={locale}
              captionId="sessions-caption"
              caption={t("detail.sessionsCaption", { name: person.name })}
              sessions={person.sessions}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-2xl font-bold text-brand-900">
          {t("detail.history")}
        </h2>
        {person.recentAudit.length === 0 ? (
          <p className="mt-3">{t("detail.noHistory")}</p>
        ) : (
          <div className="mt-4">
            <AuditTable
              locale={locale}
              captionId="history-caption"
              caption={t("detail.historyCaption", { name: person.name })}
              entries={person.recentAudit}
              showEntity={false}
              linkPeople={false}
            />
          </div>
        )}
        {canReadAudit ? (
          <p className="mt-3">
            <a
              href={localePath(locale, "/admin/audit?entity=staff-user")}
              className="text-brand-700 underline underline-offset-4"
            >
              {t("detail.fullLog")}
            </a>
          </p>
        ) : null}
      </section>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 py-2">
      <dt className="font-medium text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
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
