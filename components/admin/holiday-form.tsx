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

export type HolidayFormHoliday = { id: number; date: string; nameVi: string; nameEn: string };

/** Adding or changing a public holiday: its date and its name in both languages. */
export function HolidayForm({
  action,
  locale,
  holiday,
  defaultDate,
}: {
  action: Action;
  locale: Locale;
  /** The holiday being changed; none: a new one. */
  holiday?: HolidayFormHoliday;
  /** For a new one: the date the box starts with (none: empty). */
  defaultDate?: string;
}) {
  const t = useTranslations("Admin.holidays.form");
  const [state, formAction] = useActionState(action, null);
  const labels = { date: t("date"), nameVi: t("nameVi"), nameEn: t("nameEn") };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "date");
  const values = state?.values;
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-xl space-y-6">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {holiday ? <input type="hidden" name="id" value={holiday.id} /> : null}
      <Field id="date" label={labels.date} hint={t("dateHint")} error={fieldError("date")}>
        {(control) => (
          <TextInput
            {...control}
            name="date"
            type="date"
            required
            min="2020-01-01"
            max="2100-12-31"
            defaultValue={values?.date ?? holiday?.date ?? defaultDate ?? ""}
            className="max-w-xs"
          />
        )}
      </Field>
      <Field id="nameVi" label={labels.nameVi} hint={t("nameViHint")} error={fieldError("nameVi")}>
        {(control) => (
          <TextInput
            {...control}
            name="nameVi"
            lang="vi"
            autoComplete="off"
            maxLength={120}
            required
            defaultValue={values?.nameVi ?? holiday?.nameVi ?? ""}
          />
        )}
      </Field>
      <Field id="nameEn" label={labels.nameEn} hint={t("nameEnHint")} error={fieldError("nameEn")}>
        {(control) => (
          <TextInput
            {...control}
            name="nameEn"
            lang="en"
            autoComplete="off"
            maxLength={120}
            required
            defaultValue={values?.nameEn ?? holiday?.nameEn ?? ""}
          />
        )}
      </Field>
      <SubmitButton>{holiday ? t("submitUpdate") : t("submitCreate")}</SubmitButton>
    </form>
  );
}
