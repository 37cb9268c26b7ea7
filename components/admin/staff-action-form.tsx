"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { SubmitButton } from "../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/**
 * One button that posts one change about one thing (its id in a hidden
 * field). A refusal (the last administrator, a change made meanwhile) shows
 * above the button, which the error summary links to.
 */
export function StaffActionForm({
  action,
  locale,
  id,
  buttonId,
  submit,
  variant = "primary",
  fields = {},
  refreshOnRefusal = false,
}: {
  action: Action;
  locale: Locale;
  id: number;
  buttonId: string;
  submit: string;
  variant?: "primary" | "secondary" | "danger";
  /** More hidden fields the change needs (e.g. the version the page showed). */
  fields?: Record<string, string | number>;
  /** After a refusal (changed meanwhile), read the page again so that it shows the current state. */
  refreshOnRefusal?: boolean;
}) {
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  const refusal = refreshOnRefusal && state?.errors.form ? state.attempt : 0;
  useEffect(() => {
    if (refusal > 0) router.refresh();
  }, [refusal, router]);
  const { summary, title } = useAdminErrors(state, {}, buttonId);
  return (
    <form key={state?.attempt ?? 0} action={formAction} className="space-y-4">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton id={buttonId} variant={variant}>
        {submit}
      </SubmitButton>
    </form>
  );
}
