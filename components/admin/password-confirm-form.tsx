"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { PasswordField } from "../auth/password-field";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { SubmitButton } from "../ui/submit-button";
import { RecoveryCodes } from "./recovery-codes";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/**
 * A change to the second factor that asks for the password again (new
 * recovery codes, turning it off). New recovery codes are shown here, once.
 */
export function PasswordConfirmForm({
  action,
  locale,
  idPrefix,
  submit,
  variant = "primary",
  continueHref,
}: {
  action: Action;
  locale: Locale;
  /** Two of these forms can share a page: their fields need their own ids. */
  idPrefix: string;
  submit: string;
  variant?: "primary" | "danger";
  continueHref: string;
}) {
  const t = useTranslations("Admin.account");
  const [state, formAction] = useActionState(action, null);
  const fieldId = `${idPrefix}-current`;
  const { fieldError, summary, title } = useAdminErrors(state, { current: t("password.current") }, fieldId);
  const codes = state?.done?.items;
  if (codes) {
    return (
      <RecoveryCodes title={t("secondFactor.codesTitle")} intro={t("secondFactor.codesIntro")} codes={codes}>
        <a
          href={continueHref}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("secondFactor.codesDone")}
        </a>
      </RecoveryCodes>
    );
  }
  // The summary links to this form's own field, not to another form's "current".
  const errors = summary.map((error) => (error.id === "current" ? { ...error, id: fieldId } : error));
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-lg space-y-4">
      <ErrorSummary title={title} errors={errors} />
      <input type="hidden" name="locale" value={locale} />
      <PasswordField
        id={fieldId}
        name="current"
        label={t("password.current")}
        error={fieldError("current")}
        showLabel={t("password.show")}
        autoComplete="current-password"
      />
      <SubmitButton variant={variant}>{submit}</SubmitButton>
    </form>
  );
}
