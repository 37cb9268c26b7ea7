"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { STAFF_ROLES, type StaffRole } from "@/lib/permissions";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { Checkbox, Field, Select, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

export type StaffFormDesk = { id: number; name: string; active: boolean; lang: string };

export type StaffFormPerson = { id: number; name: string; role: StaffRole; deskIds: number[]; locale: string };

const errorText = "font-semibold text-red-800";

/**
 * Inviting a member of staff (e-mail, name, role, desks, e-mail language) or
 * changing one (the same without the e-mail). What was typed comes back with
 * the errors, with JavaScript or without.
 */
export function StaffForm({
  action,
  locale,
  desks,
  person,
  invitationDays,
}: {
  action: Action;
  locale: Locale;
  desks: StaffFormDesk[];
  /** The person being changed; none: an invitation. */
  person?: StaffFormPerson;
  invitationDays?: number;
}) {
  const t = useTranslations("Admin.users.form");
  const tr = useTranslations("Admin.roles");
  const [state, formAction] = useActionState(action, null);
  const labels = {
    email: t("email"),
    name: t("name"),
    role: t("role"),
    desks: t("desks"),
    userLocale: t("userLocale"),
  };
  const { fieldError, summary, title } = useAdminErrors(state, labels, person ? "name" : "email");
  const values = state?.values;
  const role = values ? values.role : person?.role;
  const checkedDesks = new Set(
    values ? (values.desks ?? "").split(",").filter(Boolean).map(Number) : (person?.deskIds ?? []),
  );
  const userLocale = values?.userLocale ?? person?.locale ?? locale;
  const roleError = fieldError("role");
  const desksError = fieldError("desks");
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {person ? <input type="hidden" name="id" value={person.id} /> : null}
      {person ? null : (
        <Field
          id="email"
          label={labels.email}
          hint={t("emailHint", { days: invitationDays ?? 3 })}
          error={fieldError("email")}
        >
          {(control) => (
            <TextInput
              {...control}
              name="email"
              type="email"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={254}
              required
              defaultValue={values?.email ?? ""}
            />
          )}
        </Field>
      )}
      <Field id="name" label={labels.name} error={fieldError("name")}>
        {(control) => (
          <TextInput
            {...control}
            name="name"
            autoComplete="off"
            maxLength={120}
            required
            defaultValue={values?.name ?? person?.name ?? ""}
          />
        )}
      </Field>
      <fieldset aria-describedby={roleError ? "role-error" : undefined}>
        <legend className="font-medium text-brand-900">{labels.role}</legend>
        {roleError ? (
          <p id="role-error" className={`mt-1 ${errorText}`}>
            {roleError}
          </p>
        ) : null}
        <div className="mt-2 space-y-3">
          {STAFF_ROLES.map((value, index) => (
            <div key={value} className="flex gap-3">
              <input
                id={index === 0 ? "role" : `role-${value}`}
                name="role"
                type="radio"
                value={value}
                defaultChecked={role === value}
                aria-describedby={`role-${value}-hint`}
                aria-invalid={roleError ? true : undefined}
                className="mt-1 size-5 shrink-0"
              />
              <label htmlFor={index === 0 ? "role" : `role-${value}`}>
                <span className="font-medium">{tr(`names.${value}`)}</span>
                <span id={`role-${value}-hint`} className="block text-sm text-muted">
                  {tr(`descriptions.${value}`)}
                </span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset aria-describedby={desksError ? "desks-hint desks-error" : "desks-hint"}>
        <legend className="font-medium text-brand-900">{labels.desks}</legend>
        <p id="desks-hint" className="text-sm text-muted">
          {t("desksHint")}
        </p>
        {desksError ? (
          <p id="desks-error" className={`mt-1 ${errorText}`}>
            {desksError}
          </p>
        ) : null}
        {desks.length === 0 ? (
          <p className="mt-2">{t("noDesksYet")}</p>
        ) : (
          <div className="mt-2 space-y-2">
            {desks.map((desk, index) => (
              <Checkbox
                key={desk.id}
                id={index === 0 ? "desks" : `desks-${desk.id}`}
                name="desks"
                value={String(desk.id)}
                defaultChecked={checkedDesks.has(desk.id)}
                label={
                  <span lang={desk.lang === locale ? undefined : desk.lang}>
                    {desk.active ? desk.name : t("inactiveDesk", { name: desk.name })}
                  </span>
                }
              />
            ))}
          </div>
        )}
      </fieldset>
      <Field id="userLocale" label={labels.userLocale} error={fieldError("userLocale")}>
        {(control) => (
          <Select {...control} name="userLocale" defaultValue={userLocale} className="max-w-xs">
            <option value="vi" lang="vi">
              Tiếng Việt
            </option>
            <option value="en" lang="en">
              English
            </option>
          </Select>
        )}
      </Field>
      <SubmitButton>{person ? t("submitUpdate") : t("submitInvite")}</SubmitButton>
    </form>
  );
}
