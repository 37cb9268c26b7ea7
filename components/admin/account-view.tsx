import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { localePath } from "@/lib/paths";
import type { OwnAccount } from "@/server/admin/own-account";
import type { StaffActor } from "@/server/auth/session";
import type { LiveSession } from "@/server/staff/list-staff";
import { TotpSetup } from "../auth/totp-setup";
import { LinkButton } from "../ui/link-button";
import { ChangePasswordForm } from "./change-password-form";
import { DoneNotice } from "./done-notice";
import { EnrolForm } from "./enrol-form";
import { PageHeader } from "./page-header";
import { PasswordConfirmForm } from "./password-confirm-form";
import { SessionsTable } from "./sessions-table";
import { SignOutForm } from "./sign-out-form";
import { StaffActionForm } from "./staff-action-form";
import { StatusBadge } from "./status-badge";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

const DONE = ["sessionRevoked", "passwordChanged", "secondFactorDisabled"];

const card = "rounded-lg border border-brand-100 bg-white p-5 sm:p-6";

/** The signed-in person's own account: their sessions, their password, their second factor. */
export async function AccountView({
  locale,
  actor,
  account,
  sessions,
  enrolment,
  mayTurnOff,
  done,
  actions,
}: {
  locale: Locale;
  actor: StaffActor;
  account: OwnAccount;
  sessions: LiveSession[];
  /** Asked to set up an authenticator app (`?enrol=1`), with the secret being set up while it is not on yet. */
  enrolment: { secret: string | null } | null;
  mayTurnOff: boolean;
  done?: string;
  actions: Record<
    "signOut" | "revokeSession" | "changePassword" | "confirmEnrolment" | "regenerateCodes" | "disableSecondFactor",
    Action
  >;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.account" }),
    getFormatter({ locale }),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const page = localePath(locale, "/admin/account");
  const doneMessage = done && DONE.includes(done) ? t(`done.${done}` as "done.passwordChanged") : null;
  const enabled = account.secondFactorSince !== null;

  return (
    <>
      {doneMessage ? <DoneNotice message={doneMessage} /> : null}
      <PageHeader title={t("title")} intro={t("intro", { email: actor.email })} />

      <section aria-labelledby="sessions-heading" className="mb-10">
        <h2 id="sessions-heading" className="text-2xl font-bold text-brand-900">
          {t("sessions.heading")}
        </h2>
        <p className="mt-2 mb-4 max-w-3xl text-muted">{t("sessions.intro")}</p>
        <SessionsTable
          locale={locale}
          captionId="own-sessions-caption"
          caption={t("sessions.caption")}
          sessions={sessions}
          current={actor.sessionId}
          actions={{
            heading: t("sessions.action"),
            cell: (session) =>
              session.id === actor.sessionId ? (
                <SignOutForm action={actions.signOut} locale={locale} tone="light" />
              ) : (
                <StaffActionForm
                  action={actions.revokeSession}
                  locale={locale}
                  id={session.id}
                  buttonId={`revoke-${session.id}`}
                  submit={t("sessions.revoke")}
                  variant="secondary"
                />
              ),
          }}
        />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="password-heading" className={card}>
          <h2 id="password-heading" className="text-2xl font-bold text-brand-900">
            {t("password.heading")}
          </h2>
          <p className="mt-2 mb-5 text-muted">
            {account.passwordChangedAt
              ? t("password.lastChanged", { date: when(account.passwordChangedAt) })
              : t("password.intro")}{" "}
            {t("password.endsSessions")}
          </p>
          <ChangePasswordForm action={actions.changePassword} locale={locale} email={actor.email} />
        </section>

        <section aria-labelledby="second-factor-heading" id="second-factor-section" className={card}>
          <h2 id="second-factor-heading" className="text-2xl font-bold text-brand-900">
            {t("secondFactor.heading")}
          </h2>
          <p className="mt-2 text-muted">{t("secondFactor.intro")}</p>
          <p className="mt-4">
            {enabled ? (
              <StatusBadge tone="on">
                {t("secondFactor.on", { date: when(account.secondFactorSince ?? new Date()) })}
              </StatusBadge>
            ) : (
              <StatusBadge tone="off">{t("secondFactor.off")}</StatusBadge>
            )}
          </p>

          {enrolment ? (
            <div className="mt-6 space-y-6">
              {enrolment.secret ? (
                <>
                  <h3 className="text-lg font-semibold text-brand-900">{t("secondFactor.setUpHeading")}</h3>
                  <TotpSetup secret={enrolment.secret} account={actor.email} />
                </>
              ) : null}
              <EnrolForm action={actions.confirmEnrolment} locale={locale} enabled={enabled} continueHref={page} />
            </div>
          ) : enabled ? (
            <>
              <h3 className="mt-6 text-lg font-semibold text-brand-900">{t("secondFactor.codesHeading")}</h3>
              <p className="mt-1 mb-4 text-muted">
                {t("secondFactor.codesLeft", { count: account.recoveryCodesLeft })} {t("secondFactor.codesRenewHint")}
              </p>
              <PasswordConfirmForm
                action={actions.regenerateCodes}
                locale={locale}
                idPrefix="renew"
                submit={t("secondFactor.codesRenew")}
                continueHref={page}
              />
              <h3 className="mt-8 text-lg font-semibold text-brand-900">{t("secondFactor.offHeading")}</h3>
              {mayTurnOff ? (
                <>
                  <p className="mt-1 mb-4 text-muted">{t("secondFactor.offHint")}</p>
                  <PasswordConfirmForm
                    action={actions.disableSecondFactor}
                    locale={locale}
                    idPrefix="off"
                    submit={t("secondFactor.offSubmit")}
                    variant="danger"
                    continueHref={page}
                  />
                </>
              ) : (
                <p className="mt-1">{t("secondFactor.required")}</p>
              )}
            </>
          ) : (
            <div className="mt-6">
              <p className="mb-4">{t("secondFactor.setUpIntro")}</p>
              <LinkButton href={`${page}?enrol=1#second-factor-section`} variant="solid">
                {t("secondFactor.setUp")}
              </LinkButton>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
