"use client";

import { useTranslations } from "next-intl";
import {
  CENTRE_STATUSES,
  CONFIDENCES,
  type ContentKind,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type FieldSpec,
  LINK_STATUSES,
  LINK_TYPES,
} from "@/lib/content/kinds";
import { Checkbox, Field, Select, TextArea, TextInput } from "../../ui/field";

// One field of the generic content form (content-form.tsx), drawn from its
// spec in lib/content/kinds.ts. Names and ids are the posted names of the
// shared schema (`name.vi`, `distanceKm`), so the error summary links to them.

/** A ref's choices: the target kind's entries by their title in the page's language. */
export type RefChoice = { key: string; title: string; lang?: string; published: boolean };

/** The stored file of a file field, as the edit page found it. */
export type FileChoice =
  | { id: string; name: string; size: string; href: string; fresh: boolean }
  | { id: string; missing: true };

const OPTION_LISTS: [readonly string[], string][] = [
  [CONFIDENCES, "confidence"],
  [LINK_STATUSES, "linkStatus"],
  [LINK_TYPES, "linkType"],
  [CENTRE_STATUSES, "centreStatus"],
  [DOCUMENT_TYPES, "documentType"],
  [DOCUMENT_STATUSES, "documentStatus"],
];
const optionList = (options: readonly string[]) => OPTION_LISTS.find(([list]) => list === options)?.[1] ?? "";

export type FieldProps = {
  kind: ContentKind;
  field: FieldSpec;
  locale: string;
  /** The value a posted name starts with (what was typed, else what is saved). */
  value: (name: string) => string;
  /** Whether a check box starts ticked. */
  checked: (name: string) => boolean;
  error: (name: string) => string | undefined;
  refChoices: RefChoice[];
  file?: FileChoice;
};

export function ContentField({ kind, field, locale, value, checked, error, refChoices, file }: FieldProps) {
  const t = useTranslations("Admin.content");
  const label = useFieldLabel(kind);
  const hintKey = `kinds.${kind}.hints.${field.name}`;
  const hint = t.has(hintKey as "title") ? t(hintKey as "title") : undefined;
  const name = field.name;
  const required = "required" in field && field.required === true;

  switch (field.type) {
    case "text":
    case "textarea": {
      const max = field.max ?? (field.type === "text" ? 200 : 4000);
      const Control = field.type === "text" ? TextInput : TextArea;
      const size = field.type === "textarea" ? { rows: max > 1000 ? 8 : 4 } : {};
      if (!("localized" in field && field.localized)) {
        return (
          <Field id={name} label={label(name)} hint={hint} error={error(name)}>
            {(control) => (
              <Control
                {...control}
                {...size}
                name={name}
                maxLength={max}
                required={required}
                defaultValue={value(name)}
              />
            )}
          </Field>
        );
      }
      const hintId = hint ? `${name}-hint` : undefined;
      const englishMissing = value(`${name}.vi`).trim() !== "" && value(`${name}.en`).trim() === "";
      return (
        <fieldset className="rounded-md border border-brand-100 p-4">
          <legend className="px-1 font-semibold text-brand-900">{label(name)}</legend>
          {hint ? (
            <p id={hintId} className="mb-3 text-sm text-muted">
              {hint}
            </p>
          ) : null}
          <div className="grid gap-4 lg:grid-cols-2">
            {(["vi", "en"] as const).map((lang) => (
              <Field
                key={lang}
                id={`${name}.${lang}`}
                label={
                  <>
                    {t(`form.${lang}`)}
                    {lang === "en" && englishMissing ? (
                      <span className="ml-2 font-normal text-amber-950">({t("form.missingEnglish")})</span>
                    ) : null}
                  </>
                }
                describedBy={hintId}
                error={error(`${name}.${lang}`)}
              >
                {(control) => (
                  <Control
                    {...control}
                    {...size}
                    name={`${name}.${lang}`}
                    lang={lang}
                    maxLength={max}
                    required={required && lang === "vi"}
                    defaultValue={value(`${name}.${lang}`)}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      );
    }
    case "email":
    case "url":
      return (
        <Field id={name} label={label(name)} hint={hint} error={error(name)}>
          {(control) => (
            <TextInput
              {...control}
              name={name}
              type={field.type}
              autoComplete="off"
              required={required}
              defaultValue={value(name)}
            />
          )}
        </Field>
      );
    case "number": {
      const decimals = field.decimals ?? 0;
      const numberHint = decimals > 0 ? t(`form.numberHint.${locale === "vi" ? "vi" : "en"}`) : undefined;
      return (
        <Field
          id={name}
          label={label(name)}
          hint={[hint, numberHint].filter(Boolean).join(" ") || undefined}
          error={error(name)}
        >
          {(control) => (
            <TextInput
              {...control}
              name={name}
              inputMode={decimals > 0 ? "decimal" : "numeric"}
              autoComplete="off"
              required={required}
              defaultValue={value(name)}
              className="max-w-48"
            />
          )}
        </Field>
      );
    }
    case "date":
      return (
        <Field id={name} label={label(name)} hint={hint} error={error(name)}>
          {(control) => (
            <TextInput
              {...control}
              name={name}
              type="date"
              required={required}
              defaultValue={value(name)}
              className="max-w-xs"
            />
          )}
        </Field>
      );
    case "select": {
      const list = optionList(field.options);
      return (
        <Field id={name} label={label(name)} hint={hint} error={error(name)}>
          {(control) => (
            <Select {...control} name={name} required={required} defaultValue={value(name)} className="max-w-md">
              <option value="">{required ? t("form.choose") : t("form.none")}</option>
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {t.has(`options.${list}.${option}` as "title") ? t(`options.${list}.${option}` as "title") : option}
                </option>
              ))}
            </Select>
          )}
        </Field>
      );
    }
    case "checkbox":
      return (
        <Checkbox
          id={name}
          name={name}
          label={label(name)}
          hint={hint}
          error={error(name)}
          defaultChecked={checked(name)}
        />
      );
    case "ref": {
      const choice = (option: RefChoice) =>
        option.published ? option.title : t("form.unpublishedRef", { title: option.title });
      if ("multiple" in field && field.multiple) {
        const chosen = new Set(value(name).split(",").filter(Boolean));
        const hintId = hint ? `${name}-hint` : undefined;
        const errorText = error(name);
        return (
          <fieldset
            id={name}
            tabIndex={-1}
            aria-describedby={hintId}
            className="rounded-md border border-brand-100 p-4"
          >
            <legend className="px-1 font-semibold text-brand-900">{label(name)}</legend>
            {hint ? (
              <p id={hintId} className="mb-3 text-sm text-muted">
                {hint}
              </p>
            ) : null}
            {errorText ? <p className="mb-3 font-semibold text-red-800">{errorText}</p> : null}
            <div className="grid gap-x-6 gap-y-2 md:grid-cols-2">
              {refChoices.map((option) => (
                <div key={option.key} className="flex min-h-11 items-start gap-3">
                  <input
                    id={`${name}-${option.key}`}
                    name={name}
                    type="checkbox"
                    value={option.key}
                    defaultChecked={chosen.has(option.key)}
                    aria-invalid={errorText ? true : undefined}
                    className="mt-1 size-5 shrink-0"
                  />
                  <label htmlFor={`${name}-${option.key}`} lang={option.lang}>
                    {choice(option)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      }
      const current = value(name);
      const known = refChoices.some((option) => option.key === current);
      return (
        <Field id={name} label={label(name)} hint={hint} error={error(name)}>
          {(control) => (
            <Select {...control} name={name} required={required} defaultValue={current} className="max-w-md">
              <option value="">{required ? t("form.choose") : t("form.none")}</option>
              {current && !known ? <option value={current}>{current}</option> : null}
              {refChoices.map((option) => (
                <option key={option.key} value={option.key} lang={option.lang}>
                  {choice(option)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      );
    }
    case "file":
      return (
        <div id={name} tabIndex={-1}>
          <input type="hidden" name={name} value={file?.id ?? ""} />
          <p className="font-medium text-brand-900">{label(name)}</p>
          {error(name) ? <p className="mt-1 font-semibold text-red-800">{error(name)}</p> : null}
          <p className="mt-1">
            {!file ? (
              t("form.fileNone")
            ) : "missing" in file ? (
              t("form.fileUnknown")
            ) : (
              <>
                {t(file.fresh ? "form.fileNew" : "form.fileCurrent", { name: file.name, size: file.size })}{" "}
                <a
                  href={file.href}
                  className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
                >
                  {t("form.fileOpen")}
                </a>
              </>
            )}
          </p>
          <p className="text-sm text-muted">{t("form.fileUploadBelow")}</p>
        </div>
      );
  }
}

/** A field's label in the page's language (the field's name when the messages lack it). */
export function useFieldLabel(kind: ContentKind) {
  const t = useTranslations("Admin.content");
  return (name: string) => {
    const key = `kinds.${kind}.fields.${name}`;
    return t.has(key as "title") ? t(key as "title") : name;
  };
}
