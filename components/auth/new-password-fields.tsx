"use client";

import { PasswordField } from "./password-field";

/** A new password and the same again (fields `password` and `confirm`), each with its show-password box. */
export function NewPasswordFields({
  labels,
  hint,
  errors,
  showLabel,
}: {
  labels: { password: string; confirm: string };
  hint: string;
  errors: { password?: string; confirm?: string };
  showLabel: string;
}) {
  return (
    <>
      <PasswordField
        id="password"
        name="password"
        label={labels.password}
        hint={hint}
        error={errors.password}
        showLabel={showLabel}
        autoComplete="new-password"
      />
      <PasswordField
        id="confirm"
        name="confirm"
        label={labels.confirm}
        error={errors.confirm}
        showLabel={showLabel}
        autoComplete="new-password"
      />
    </>
  );
}
