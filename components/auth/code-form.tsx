"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { ErrorSummary } from "../ui/error-summary";
import { Field, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";
import { useAdminErrors } from "./use-admin-errors";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/**
 * One code: the second step of signing in, or the first code that confirms a
 * new authenticator app. After an enrolment the answer lists the recovery
 * codes (shown once) and the way on.
 */
export function CodeForm({
  action,
  locale,
  next,
  label,
  hint,
  submit,
  continueHref,
  finished = false,
}: {
  action: Action;
  locale: string;
  next?: string;
  label: string;
  hint: string;
  submit: string;
  continueHref?: string;
  /** Nothing left to enter (an enrolment already confirmed): only the way on. */
  finished?: boolean;
}) {
  const t = useTranslations("Admin.signIn");
  const [state, formAction] = useActionState(action, null);
  const { fieldError, summary, title } = useAdminErrors(state, { code: label }, "code");
  const codes = state?.done?.items;
  const onwards = continueHref ? (
    <a
      href={continueHref}
      className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
    >
      {t("continue")}
    </a>
  ) : null;
  if (!codes && finished) return onwards;
  if (codes) {
    return (
      <section aria-labelledby="recovery-heading" className="space-y-4">
        <h2 id="recovery-heading" className="text-xl font-semibold text-brand-900" tabIndex={-1}>
          {t("recoveryTitle")}
        </h2>
        <p role="status">{t("recoveryIntro")}</p>
        <ol className="grid grid-cols-2 gap-2 rounded-md border border-brand-100 bg-brand-50/60 p-4 font-mono text-lg">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        {onwards}
      </section>
    );
  }
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="code" label={label} hint={hint} error={fieldError("code")}>
        {(control) => (
          <TextInput
            {...control}
            name="code"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            className="max-w-60 font-mono tracking-widest"
            required
          />
        )}
      </Field>
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
}
