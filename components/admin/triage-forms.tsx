"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { CLOSE_REASONS, type InquiryStatusCode, needsReason } from "@/lib/inquiry-workflow";
import { COMMENT_MAX, NOTE_MAX, REPLY_SUBJECT_MAX, REPLY_TEXT_MAX, replySubjectFor } from "@/lib/schemas/triage";
import { ErrorSummary, type FieldError } from "../ui/error-summary";
import { Field, Select, TextArea, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

// The detail page's changes to one inquiry (app/[locale]/admin/(shell)/
// inquiries/[reference]/actions.ts). Each form posts the version of the
// inquiry the page showed; a change made meanwhile by someone else is
// refused, and the page is then read again so that it shows what changed
// (without JavaScript, the answer to the post is that page, read afresh).
// Several forms share the page: each field's id starts with its form's name.

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** The form's answer as messages (names and times filled in), and a fresh page after a refusal. */
function useTriageForm(action: Action, prefix: string, labels: Record<string, string>, firstField: string) {
  const t = useTranslations("Admin.errors");
  const format = useFormatter();
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  // Each refusal of the whole form (changed meanwhile, no longer possible): show the inquiry as it is now.
  const refusal = state?.errors.form ? state.attempt : 0;
  useEffect(() => {
    if (refusal > 0) router.refresh();
  }, [refusal, router]);
  const details = state?.details ?? {};
  const values = {
    name: details.name ?? "",
    at: details.at ? format.relativeTime(new Date(details.at), new Date()) : "",
    time: "",
  };
  // Keys come from the server (lib/schemas/triage.ts, server/inquiries/triage-writes.ts): checked at run time.
  const message = (key: string) => (t.has(key as "invalid") ? t(key as "inquiryChangedBy", values) : t("invalid"));
  const errors = state?.errors ?? {};
  const fieldError = (name: string) => (errors[name] ? message(errors[name]) : undefined);
  const summary: FieldError[] = Object.entries(errors).map(([name, key]) =>
    name === "form" || !labels[name]
      ? { id: `${prefix}-${firstField}`, message: message(key) }
      : { id: `${prefix}-${name}`, message: `${labels[name]}: ${message(key)}` },
  );
  return { state, formAction, fieldError, summary, title: t("summary") };
}

/** The fields every change posts: the language of the answer, the inquiry, the version it was shown at. */
function Identity({ locale, reference, version }: { locale: Locale; reference: string; version?: number }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="reference" value={reference} />
      {version === undefined ? null : <input type="hidden" name="version" value={version} />}
    </>
  );
}

type Common = { action: Action; locale: Locale; reference: string; version: number };

export function AssignForm({
  action,
  locale,
  reference,
  version,
  officers,
  assigneeId,
}: Common & { officers: { id: number; name: string }[]; assigneeId: number | null }) {
  const t = useTranslations("Admin.inquiry.assign");
  const labels = { assigneeId: t("label") };
  const { state, formAction, fieldError, summary, title } = useTriageForm(action, "assign", labels, "assigneeId");
  return (
    <form key={`${state?.attempt ?? 0}-${version}`} action={formAction} noValidate className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <Identity locale={locale} reference={reference} version={version} />
      <Field id="assign-assigneeId" label={labels.assigneeId} hint={t("hint")} error={fieldError("assigneeId")}>
        {(control) => (
          <Select {...control} name="assigneeId" defaultValue={state?.values.assigneeId ?? String(assigneeId ?? "")}>
            <option value="">{t("nobody")}</option>
            {officers.map((officer) => (
              <option key={officer.id} value={officer.id}>
                {officer.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SubmitButton id="assign-submit" variant="secondary">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/** One button: the person making the change takes the inquiry. */
export function TakeItForm({ action, locale, reference, version }: Common) {
  const t = useTranslations("Admin.inquiry.assign");
  const { state, formAction, summary, title } = useTriageForm(action, "take", {}, "submit");
  return (
    <form key={`${state?.attempt ?? 0}-${version}`} action={formAction} className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <Identity locale={locale} reference={reference} version={version} />
      <input type="hidden" name="assigneeId" value="me" />
      <SubmitButton id="take-submit">{t("takeIt")}</SubmitButton>
    </form>
  );
}

export function StatusForm({
  action,
  locale,
  reference,
  version,
  moves,
}: Common & { moves: readonly InquiryStatusCode[] }) {
  const t = useTranslations("Admin.inquiry");
  const labels = { to: t("status.label"), reason: t("status.reason"), comment: t("status.comment") };
  const { state, formAction, fieldError, summary, title } = useTriageForm(action, "status", labels, "to");
  const closing = moves.some(needsReason);
  const values = state?.values;
  return (
    <form key={`${state?.attempt ?? 0}-${version}`} action={formAction} noValidate className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <Identity locale={locale} reference={reference} version={version} />
      <Field id="status-to" label={labels.to} error={fieldError("to")}>
        {(control) => (
          <Select {...control} name="to" defaultValue={values?.to ?? moves[0]}>
            {moves.map((move) => (
              <option key={move} value={move}>
                {t(`statuses.${move}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {closing ? (
        <Field id="status-reason" label={labels.reason} hint={t("status.reasonHint")} error={fieldError("reason")}>
          {(control) => (
            <Select {...control} name="reason" defaultValue={values?.reason ?? ""}>
              <option value="">{t("status.chooseReason")}</option>
              {CLOSE_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`status.reasons.${reason}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <Field id="status-comment" label={labels.comment} hint={t("status.commentHint")} error={fieldError("comment")}>
        {(control) => (
          <TextArea {...control} name="comment" rows={2} maxLength={COMMENT_MAX} defaultValue={values?.comment ?? ""} />
        )}
      </Field>
      <SubmitButton id="status-submit" variant="secondary">
        {t("status.submit")}
      </SubmitButton>
    </form>
  );
}

export function RerouteForm({
  action,
  locale,
  reference,
  version,
  desks,
  warning,
}: Common & { desks: { id: number; name: string; lang: string }[]; warning: string }) {
  const t = useTranslations("Admin.inquiry.reroute");
  const labels = { deskId: t("desk"), comment: t("comment") };
  const { state, formAction, fieldError, summary, title } = useTriageForm(action, "reroute", labels, "deskId");
  const values = state?.values;
  return (
    <form key={`${state?.attempt ?? 0}-${version}`} action={formAction} noValidate className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <Identity locale={locale} reference={reference} version={version} />
      <p id="reroute-warning" className="rounded-md border-l-4 border-gold-400 bg-amber-50 p-3 text-amber-950">
        {warning}
      </p>
      <Field id="reroute-deskId" label={labels.deskId} error={fieldError("deskId")} describedBy="reroute-warning">
        {(control) => (
          <Select {...control} name="deskId" defaultValue={values?.deskId ?? ""}>
            <option value="">{t("chooseDesk")}</option>
            {desks.map((desk) => (
              <option key={desk.id} value={desk.id} lang={desk.lang === locale ? undefined : desk.lang}>
                {desk.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="reroute-comment" label={labels.comment} error={fieldError("comment")}>
        {(control) => (
          <TextArea {...control} name="comment" rows={2} maxLength={COMMENT_MAX} defaultValue={values?.comment ?? ""} />
        )}
      </Field>
      <SubmitButton id="reroute-submit" variant="secondary">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

export function NoteForm({ action, locale, reference }: Omit<Common, "version">) {
  const t = useTranslations("Admin.inquiry.note");
  const labels = { text: t("label") };
  const { state, formAction, fieldError, summary, title } = useTriageForm(action, "note", labels, "text");
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <Identity locale={locale} reference={reference} />
      <Field id="note-text" label={labels.text} hint={t("hint")} error={fieldError("text")}>
        {(control) => (
          <TextArea
            {...control}
            name="text"
            rows={4}
            maxLength={NOTE_MAX}
            required
            defaultValue={state?.values.text ?? ""}
          />
        )}
      </Field>
      <SubmitButton id="note-submit" variant="secondary">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

export function ReplyForm({ action, locale, reference, version, intro }: Common & { intro: ReactNode }) {
  const t = useTranslations("Admin.inquiry.reply");
  const labels = { subject: t("subject"), text: t("text") };
  const { state, formAction, fieldError, summary, title } = useTriageForm(action, "reply", labels, "text");
  const values = state?.values;
  return (
    <form key={`${state?.attempt ?? 0}-${version}`} action={formAction} noValidate className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <Identity locale={locale} reference={reference} version={version} />
      <p id="reply-intro">{intro}</p>
      <Field id="reply-subject" label={labels.subject} error={fieldError("subject")}>
        {(control) => (
          <TextInput
            {...control}
            name="subject"
            maxLength={REPLY_SUBJECT_MAX}
            required
            defaultValue={values?.subject ?? replySubjectFor(reference)}
          />
        )}
      </Field>
      <Field id="reply-text" label={labels.text} hint={t("textHint")} error={fieldError("text")}>
        {(control) => (
          <TextArea
            {...control}
            name="text"
            rows={8}
            maxLength={REPLY_TEXT_MAX}
            required
            defaultValue={values?.text ?? ""}
          />
        )}
      </Field>
      <SubmitButton id="reply-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

/** Releasing a held inquiry, or confirming it as spam: one button each. */
export function HeldForm({
  action,
  locale,
  reference,
  version,
  name,
  submit,
  variant,
}: Common & { name: "release" | "spam"; submit: string; variant: "primary" | "danger" }) {
  const { state, formAction, summary, title } = useTriageForm(action, name, {}, "submit");
  return (
    <form key={`${state?.attempt ?? 0}-${version}`} action={formAction} className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <Identity locale={locale} reference={reference} version={version} />
      <SubmitButton id={`${name}-submit`} variant={variant}>
        {submit}
      </SubmitButton>
    </form>
  );
}
