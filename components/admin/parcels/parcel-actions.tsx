"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../../auth/use-admin-errors";
import { ErrorSummary } from "../../ui/error-summary";
import { Field, Select, TextArea } from "../../ui/field";
import { SubmitButton } from "../../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** A refusal (someone changed the parcel meanwhile) re-reads the page, so that it shows the current version. */
function useRefreshOnRefusal(state: FormState) {
  const router = useRouter();
  const refused = state?.errors.form ? state.attempt : 0;
  useEffect(() => {
    if (refused > 0) router.refresh();
  }, [refused, router]);
}

/** The status of a parcel, changed with the reason (kept in the audit log). */
export function ParcelStatusForm({
  action,
  locale,
  code,
  version,
  status,
  statuses,
}: {
  action: Action;
  locale: Locale;
  code: string;
  version: number;
  status: string;
  /** Each status with its name in the page's language. */
  statuses: { slug: string; label: string }[];
}) {
  const t = useTranslations("Admin.parcels.status");
  const [state, formAction] = useActionState(action, null);
  useRefreshOnRefusal(state);
  const labels = { status: t("newStatus"), reason: t("reason") };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "status-submit");
  const links = summary.map((item) => (item.id in labels ? { ...item, id: `status-${item.id}` } : item));
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-4">
      <ErrorSummary title={title} errors={links} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      <Field id="status-status" label={labels.status} error={fieldError("status")}>
        {(control) => (
          <Select {...control} name="status" defaultValue={state?.values.status ?? status} className="max-w-xs">
            {statuses.map(({ slug, label }) => (
              <option key={slug} value={slug}>
                {label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="status-reason" label={labels.reason} hint={t("reasonHint")} error={fieldError("reason")}>
        {(control) => (
          <TextArea
            {...control}
            name="reason"
            rows={3}
            maxLength={500}
            required
            defaultValue={state?.values.reason ?? ""}
            className="max-w-2xl"
          />
        )}
      </Field>
      <SubmitButton id="status-submit">{t("submit")}</SubmitButton>
    </form>
  );
}

/** One button on a parcel at the version the page showed: "verified today", archive or restore. */
export function ParcelButtonForm({
  action,
  locale,
  code,
  version,
  label,
  hint,
  archive,
  variant = "secondary",
  id,
}: {
  action: Action;
  locale: Locale;
  code: string;
  version: number;
  label: string;
  hint?: string;
  /** For the archive action: which way. */
  archive?: "archive" | "restore";
  variant?: "primary" | "secondary" | "danger";
  id: string;
}) {
  const [state, formAction] = useActionState(action, null);
  useRefreshOnRefusal(state);
  const { summary, title } = useAdminErrors(state, {}, id);
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-3">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
      {archive ? <input type="hidden" name="archive" value={archive} /> : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SubmitButton id={id} variant={variant} aria-describedby={hint ? `${id}-hint` : undefined}>
          {label}
        </SubmitButton>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
      </div>
    </form>
  );
}
