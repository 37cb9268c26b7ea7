"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { SETTING_LIMITS, type SiteSettingsInput } from "@/lib/schemas/site-settings";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { Checkbox, Field, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** The response target and the retention period, as whole numbers; whether staff may approve their own posts. */
export function SiteSettingsForm({
  action,
  locale,
  settings,
}: {
  action: Action;
  locale: Locale;
  settings: SiteSettingsInput;
}) {
  const t = useTranslations("Admin.settings.form");
  const [state, formAction] = useActionState(action, null);
  const labels = { responseTargetWorkingDays: t("responseTarget"), retentionMonths: t("retention") };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "responseTargetWorkingDays");
  const values = state?.values;
  const number = (name: "responseTargetWorkingDays" | "retentionMonths") => (
    <Field
      id={name}
      label={labels[name]}
      hint={t(name === "retentionMonths" ? "retentionHint" : "responseTargetHint", SETTING_LIMITS[name])}
      error={fieldError(name)}
    >
      {(control) => (
        <TextInput
          {...control}
          name={name}
          inputMode="numeric"
          autoComplete="off"
          required
          maxLength={4}
          defaultValue={values?.[name] ?? String(settings[name])}
          className="max-w-32"
        />
      )}
    </Field>
  );
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {number("responseTargetWorkingDays")}
      {number("retentionMonths")}
      <Checkbox
        id="allowSelfApproval"
        name="allowSelfApproval"
        label={t("selfApproval")}
        hint={t("selfApprovalHint")}
        error={fieldError("allowSelfApproval")}
        defaultChecked={values ? values.allowSelfApproval === "on" : settings.allowSelfApproval}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
