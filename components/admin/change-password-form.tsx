"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { NewPasswordFields } from "../auth/new-password-fields";
import { PasswordField } from "../auth/password-field";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { SubmitButton } from "../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** The current password, then the new one twice. Nothing typed here is ever sent back into the page. */
export function ChangePasswordForm({ action, locale, email }: { action: Action; locale: Locale; email: string }) {
  const t = useTranslations("Admin.account.password");
  const [state, formAction] = useActionState(action, null);
  const labels = { current: t("current"), password: t("new"), confirm: t("confirm") };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "current");
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-lg space-y-5">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        id="current"
        name="current"
        label={labels.current}
        error={fieldError("current")}
        showLabel={t("show")}
        autoComplete="current-password"
      />
      <NewPasswordFields
        labels={labels}
        hint={t("newHint")}
        errors={{ password: fieldError("password"), confirm: fieldError("confirm") }}
        showLabel={t("show")}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
