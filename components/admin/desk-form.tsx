"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import type { StaffRole } from "@/lib/permissions";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { Checkbox, Field, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

export type DeskFormCandidate = { id: number; name: string; role: StaffRole; active: boolean };

export type DeskFormDesk = {
  id: number;
  nameVi: string;
  nameEn: string;
  email: string;
  active: boolean;
  isDefault: boolean;
  memberIds: number[];
  openInquiries: number;
};

const errorText = "font-semibold text-red-800";

/**
 * Adding a desk, or changing one: names in both languages, e-mail address,
 * members, whether it receives inquiries and whether it is the default. What
 * was typed comes back with the errors, with JavaScript or without.
 */
export function DeskForm({
  action,
  locale,
  candidates,
  desk,
  currentDefault,
}: {
  action: Action;
  locale: Locale;
  candidates: DeskFormCandidate[];
  /** The desk being changed; none: a new desk. */
  desk?: DeskFormDesk;
  /** The name of the default desk now, if there is one. */
  currentDefault: string | null;
}) {
  const t = useTranslations("Admin.desks.form");
  const tr = useTranslations("Admin.roles.names");
  const [state, formAction] = useActionState(action, null);
  const labels = {
    nameVi: t("nameVi"),
    nameEn: t("nameEn"),
    email: t("email"),
    members: t("members"),
    active: t("active"),
    isDefault: t("isDefault"),
  };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "nameVi");
  const values = state?.values;
  // After a refusal, what was posted; an unticked box is simply absent.
  const ticked = (name: "active" | "isDefault", initial: boolean) => (values ? values[name] !== undefined : initial);
  const members = new Set(
    values ? (values.members ?? "").split(",").filter(Boolean).map(Number) : (desk?.memberIds ?? []),
  );
  const membersError = fieldError("members");
  const defaultHint = desk?.isDefault
    ? t("isDefaultHintSelf")
    : currentDefault
      ? t("isDefaultHint", { current: currentDefault })
      : t("isDefaultHintNone");
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {desk ? <input type="hidden" name="id" value={desk.id} /> : null}
      <Field id="nameVi" label={labels.nameVi} error={fieldError("nameVi")}>
        {(control) => (
          <TextInput
            {...control}
            name="nameVi"
            lang="vi"
            autoComplete="off"
            maxLength={120}
            required
            defaultValue={values?.nameVi ?? desk?.nameVi ?? ""}
          />
        )}
      </Field>
      <Field id="nameEn" label={labels.nameEn} hint={desk ? undefined : t("nameEnHint")} error={fieldError("nameEn")}>
        {(control) => (
          <TextInput
            {...control}
            name="nameEn"
            lang="en"
            autoComplete="off"
            maxLength={120}
            required
            defaultValue={values?.nameEn ?? desk?.nameEn ?? ""}
          />
        )}
      </Field>
      <Field id="email" label={labels.email} hint={t("emailHint")} error={fieldError("email")}>
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
            defaultValue={values?.email ?? desk?.email ?? ""}
          />
        )}
      </Field>
      <fieldset aria-describedby={membersError ? "members-hint members-error" : "members-hint"}>
        <legend className="font-medium text-brand-900">{labels.members}</legend>
        <p id="members-hint" className="text-sm text-muted">
          {t("membersHint")}
        </p>
        {membersError ? (
          <p id="members-error" className={`mt-1 ${errorText}`}>
            {membersError}
          </p>
        ) : null}
        {candidates.length === 0 ? (
          <p className="mt-2">{t("noCandidates")}</p>
        ) : (
          <div className="mt-2 space-y-2">
            {candidates.map((person, index) => (
              <Checkbox
                key={person.id}
                id={index === 0 ? "members" : `members-${person.id}`}
                name="members"
                value={String(person.id)}
                defaultChecked={members.has(person.id)}
                label={
                  person.active
                    ? t("memberLabel", { name: person.name, role: tr(person.role) })
                    : t("memberDisabled", { name: person.name, role: tr(person.role) })
                }
              />
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="font-medium text-brand-900">{t("state")}</legend>
        <Checkbox
          id="active"
          name="active"
          value="1"
          defaultChecked={ticked("active", desk?.active ?? true)}
          label={labels.active}
          hint={desk ? `${t("activeHint")} ${t("activeOpen", { count: desk.openInquiries })}` : t("activeHint")}
          error={fieldError("active")}
        />
        <Checkbox
          id="isDefault"
          name="isDefault"
          value="1"
          defaultChecked={ticked("isDefault", desk?.isDefault ?? currentDefault === null)}
          label={labels.isDefault}
          hint={defaultHint}
          error={fieldError("isDefault")}
        />
      </fieldset>
      <SubmitButton>{desk ? t("submitUpdate") : t("submitCreate")}</SubmitButton>
    </form>
  );
}
