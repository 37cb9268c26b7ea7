"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { ErrorSummary } from "../ui/error-summary";
import { SubmitButton } from "../ui/submit-button";
import { PasswordField } from "./password-field";
import { useAdminErrors } from "./use-admin-errors";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** A new password, twice, from a one-time link (the token travels in a hidden field). */
export function SetPasswordForm({ action, locale, token }: { action: Action; locale: string; token: string }) {
  const t = useTranslations("Admin.setPassword");
  const [state, formAction] = useActionState(action, null);
  const labels = { password: t("password"), confirm: t("confirm") };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "password");
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <PasswordField
        id="password"
        name="password"
        label={labels.password}
        hint={t("passwordHint")}
        error={fieldError("password")}
        showLabel={t("showPassword")}
        autoComplete="new-password"
      />
      <PasswordField
        id="confirm"
        name="confirm"
        label={labels.confirm}
        error={fieldError("confirm")}
        showLabel={t("showConfirm")}
        autoComplete="new-password"
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
