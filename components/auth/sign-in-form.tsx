"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { ErrorSummary } from "../ui/error-summary";
import { Field, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";
import { PasswordField } from "./password-field";
import { useAdminErrors } from "./use-admin-errors";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** E-mail and password. Works without JavaScript: the server answers with this form and its errors. */
export function SignInForm({ action, locale, next }: { action: Action; locale: string; next?: string }) {
  const t = useTranslations("Admin.signIn");
  const [state, formAction] = useActionState(action, null);
  const labels = { email: t("email"), password: t("password") };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "email");
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="email" label={labels.email} error={fieldError("email")}>
        {(control) => (
          <TextInput
            {...control}
            name="email"
            type="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={254}
            required
            defaultValue={state?.values.email ?? ""}
          />
        )}
      </Field>
      <PasswordField
        id="password"
        name="password"
        label={labels.password}
        error={fieldError("password")}
        showLabel={t("showPassword")}
        autoComplete="current-password"
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
