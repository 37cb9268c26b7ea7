"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { ErrorSummary } from "../ui/error-summary";
import { SubmitButton } from "../ui/submit-button";
import { NewPasswordFields } from "./new-password-fields";
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
      <NewPasswordFields
        labels={labels}
        hint={t("passwordHint")}
        errors={{ password: fieldError("password"), confirm: fieldError("confirm") }}
        showLabel={t("showPassword")}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
