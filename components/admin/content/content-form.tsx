"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import type { Locale } from "@/i18n/routing";
import { CONTENT_KINDS, type ContentKind, type FieldSpec } from "@/lib/content/kinds";
import { fieldNames, isLocalized } from "@/lib/content/schema";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../../auth/use-admin-errors";
import { ErrorSummary } from "../../ui/error-summary";
import { Field, TextInput } from "../../ui/field";
import { SubmitButton } from "../../ui/submit-button";
import { ContentField, type FileChoice, type RefChoice, useFieldLabel } from "./content-field";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

export type ContentFormEntry = {
  id: number;
  key: string;
  version: number;
  sortOrder: number;
  /** The saved document as the form's values (lib/content/schema.ts, docToFormValues). */
  values: Record<string, string>;
};

/**
 * The one form of every content kind, built from its fields: localized
 * texts in Vietnamese and English side by side, numbers as the page's
 * language writes them, dates, choices, refs to other entries, the file.
 * "Save draft" and "Publish" post the same fields with a different intent.
 * A change saved by someone else meanwhile is refused; the page is then
 * read again (without JavaScript, the answer is that page) so that it shows
 * what is saved now, and the form keeps what was typed.
 */
export function ContentForm({
  action,
  locale,
  kind,
  entry,
  refChoices,
  file,
}: {
  action: Action;
  locale: Locale;
  kind: ContentKind;
  /** The entry being changed; none: a new one. */
  entry?: ContentFormEntry;
  /** Per referred kind, its entries. */
  refChoices: Record<string, RefChoice[]>;
  file?: FileChoice;
}) {
  const t = useTranslations("Admin.content.form");
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  const spec = CONTENT_KINDS[kind];
  const fields = spec.fields as readonly FieldSpec[];
  const fieldLabel = useFieldLabel(kind);
  const labels: Record<string, string> = { key: t("key"), sortOrder: t("sortOrder") };
  for (const field of fields) {
    for (const name of fieldNames(field)) {
      labels[name] = isLocalized(field)
        ? `${fieldLabel(field.name)} (${t(name.endsWith(".vi") ? "vi" : "en")})`
        : fieldLabel(name);
    }
  }
  const firstField = entry || "singleton" in spec ? (fieldNames(fields[0] as FieldSpec)[0] ?? "key") : "key";
  const { fieldError, summary, title } = useAdminErrors(state, labels, firstField);

  // A change made meanwhile: read the page again, so that it shows what is saved now.
  const conflict = state?.errors.form === "contentChanged" ? state.attempt : 0;
  useEffect(() => {
    if (conflict > 0) router.refresh();
  }, [conflict, router]);

  const saved = entry?.values ?? {};
  const typed = state?.values;
  const value = (name: string) => (typed ? (typed[name] ?? saved[name] ?? "") : (saved[name] ?? ""));
  const checked = (name: string) => (typed ? typed[name] !== undefined : saved[name] === "on");
  const isSingleton = "singleton" in spec;

  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="space-y-6">
      <ErrorSummary title={title} errors={summary} />
      {conflict > 0 ? (
        <p className="rounded-md border-l-4 border-gold-400 bg-amber-50 p-4 text-amber-950">{t("conflict")}</p>
      ) : null}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      {entry ? (
        <>
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
        </>
      ) : null}
      {entry || isSingleton ? null : (
        <Field id="key" label={labels.key as string} hint={t("keyHint")} error={fieldError("key")}>
          {(control) => (
            <TextInput
              {...control}
              name="key"
              autoComplete="off"
              spellCheck={false}
              required
              maxLength={80}
              defaultValue={value("key")}
              className="max-w-md"
            />
          )}
        </Field>
      )}
      {fields.map((field) => (
        <ContentField
          key={`${field.type}-${field.name}`}
          kind={kind}
          field={field}
          locale={locale}
          value={value}
          checked={checked}
          error={fieldError}
          refChoices={field.type === "ref" ? (refChoices[field.kind] ?? []) : []}
          file={field.type === "file" ? file : undefined}
        />
      ))}
      {isSingleton ? null : (
        <Field
          id="sortOrder"
          label={labels.sortOrder as string}
          hint={t("sortOrderHint")}
          error={fieldError("sortOrder")}
        >
          {(control) => (
            <TextInput
              {...control}
              name="sortOrder"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={typed ? (typed.sortOrder ?? "") : String(entry?.sortOrder ?? 0)}
              className="max-w-32"
            />
          )}
        </Field>
      )}
      <div className="border-t border-brand-100 pt-6">
        <p id="content-actions-hint" className="mb-4 max-w-3xl text-muted">
          {t("actionsHint")}
        </p>
        <div className="flex flex-wrap gap-3">
          <SubmitButton name="intent" value="draft" variant="secondary" aria-describedby="content-actions-hint">
            {t("saveDraft")}
          </SubmitButton>
          <SubmitButton name="intent" value="publish" aria-describedby="content-actions-hint">
            {t("publish")}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
