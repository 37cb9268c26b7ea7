"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../../auth/use-admin-errors";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** One button of an import's status page (apply, run the dry run again); works the same without JavaScript. */
export function ImportButtonForm({
  action,
  locale,
  fields,
  label,
  variant = "primary",
}: {
  action: Action;
  locale: string;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction] = useActionState(action, null);
  const { formError } = useAdminErrors(state, {}, "import");
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant}>{label}</SubmitButton>
      {formError ? (
        <p role="alert" className="mt-2 font-semibold text-red-800">
          {formError}
        </p>
      ) : null}
    </form>
  );
}
