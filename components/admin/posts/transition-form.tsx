"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import type { PostAction } from "@/lib/posts/workflow";
import { useAdminErrors } from "../../auth/use-admin-errors";
import { ErrorSummary } from "../../ui/error-summary";
import { Field, TextArea, TextInput } from "../../ui/field";
import { SubmitButton } from "../../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/**
 * One workflow transition of a post as its own small form: its button, a
 * line saying what it does, and what it needs (a rejection's comment, a
 * schedule's time, in office time). A refusal (someone moved the post on
 * meanwhile) shows above the button, and the page is read again so that it
 * offers what can be done now.
 */
export function TransitionForm({
  action,
  locale,
  id,
  version,
  transition,
  variant = "secondary",
}: {
  action: Action;
  locale: Locale;
  id: number;
  version: number;
  transition: PostAction;
  variant?: "primary" | "secondary" | "danger";
}) {
  const t = useTranslations("Admin.posts.workflow");
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  const refused = state?.errors.form ? state.attempt : 0;
  useEffect(() => {
    if (refused > 0) router.refresh();
  }, [refused, router]);
  const prefix = `${transition}-`;
  const labels = { comment: t("comment"), scheduledFor: t("scheduledForLabel") };
  const { fieldError, summary, title } = useAdminErrors(state, labels, `${prefix}submit`);
  // The fields' ids carry the transition's name: several of these forms share the page.
  const links = summary.map((item) => (item.id in labels ? { ...item, id: `${prefix}${item.id}` } : item));
  const hintId = `${prefix}hint`;
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-3">
      <ErrorSummary title={title} errors={links} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={transition} />
      {transition === "reject" ? (
        <Field id={`${prefix}comment`} label={labels.comment} hint={t("commentHint")} error={fieldError("comment")}>
          {(control) => (
            <TextArea
              {...control}
              name="comment"
              rows={3}
              maxLength={2000}
              required
              defaultValue={state?.values.comment ?? ""}
            />
          )}
        </Field>
      ) : null}
      {transition === "schedule" ? (
        <Field
          id={`${prefix}scheduledFor`}
          label={labels.scheduledFor}
          hint={t("hints.schedule")}
          error={fieldError("scheduledFor")}
        >
          {(control) => (
            <TextInput
              {...control}
              name="scheduledFor"
              type="datetime-local"
              required
              defaultValue={state?.values.scheduledFor ?? ""}
              className="max-w-xs"
            />
          )}
        </Field>
      ) : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SubmitButton id={`${prefix}submit`} variant={variant} aria-describedby={hintId}>
          {t(`buttons.${transition}`)}
        </SubmitButton>
        <p id={hintId} className="text-sm text-muted">
          {transition === "schedule" ? t("timeZoneLine") : t(`hints.${transition}`)}
        </p>
      </div>
    </form>
  );
}
