"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { Field, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** Withdraws the person's consent to news by e-mail (one button; the address in a hidden field). */
export function WithdrawNewsletterForm({ action, locale, email }: { action: Action; locale: Locale; email: string }) {
  const t = useTranslations("Admin.personalData.withdraw");
  const [state, formAction] = useActionState(action, null);
  const { summary, title } = useAdminErrors(state, {}, "withdraw-submit");
  return (
    <form key={state?.attempt ?? 0} action={formAction} className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="email" value={email} />
      <SubmitButton id="withdraw-submit" variant="secondary">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/**
 * The last step of erasing: the address typed again, then the button. A
 * wrong address comes back as an error on the field (nothing is erased).
 */
export function ErasePersonalDataForm({ action, locale, email }: { action: Action; locale: Locale; email: string }) {
  const t = useTranslations("Admin.personalData.erase");
  const [state, formAction] = useActionState(action, null);
  const labels = { confirmEmail: t("confirmEmail") };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "confirmEmail");
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-5 break-words">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="email" value={email} />
      <Field
        id="confirmEmail"
        label={labels.confirmEmail}
        hint={t("confirmHint", { email })}
        error={fieldError("confirmEmail")}
      >
        {(control) => (
          <TextInput
            {...control}
            name="confirmEmail"
            type="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={254}
            required
            className="max-w-md"
          />
        )}
      </Field>
      <SubmitButton id="erase-submit" variant="danger">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
