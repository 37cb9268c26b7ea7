"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { Field, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";
import { RecoveryCodes } from "./recovery-codes";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/**
 * The first code from the authenticator app, which turns the second factor
 * on; the answer lists the recovery codes, once. The page keeps this form in
 * place while `?enrol=1` is in its address, also once the second factor is
 * on: without JavaScript the answer is that page, rendered anew, and the
 * codes arrive in this form's state.
 */
export function EnrolForm({
  action,
  locale,
  enabled,
  continueHref,
}: {
  action: Action;
  locale: Locale;
  /** The second factor is already on (the codes were shown, or another tab did it). */
  enabled: boolean;
  continueHref: string;
}) {
  const t = useTranslations("Admin.account.secondFactor");
  const [state, formAction] = useActionState(action, null);
  const { fieldError, summary, title } = useAdminErrors(state, { code: t("code") }, "code");
  const codes = state?.done?.items;
  const onward = (
    <a
      href={continueHref}
      className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
    >
      {t("codesDone")}
    </a>
  );
  if (codes) {
    return (
      <RecoveryCodes title={t("enrolledTitle")} intro={t("enrolledIntro")} codes={codes}>
        {onward}
      </RecoveryCodes>
    );
  }
  if (enabled) {
    return (
      <div className="space-y-4">
        <p>{t("alreadyOn")}</p>
        {onward}
      </div>
    );
  }
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-sm space-y-5">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <Field id="code" label={t("code")} hint={t("codeHint")} error={fieldError("code")}>
        {(control) => (
          <TextInput
            {...control}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            maxLength={20}
            className="max-w-48 font-mono tracking-widest"
            required
          />
        )}
      </Field>
      <SubmitButton>{t("confirm")}</SubmitButton>
    </form>
  );
}
