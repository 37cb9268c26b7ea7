"use client";

import { useActionState, useEffect, useRef } from "react";

export type InquiryFormState = { errors: Record<string, string>; values: Record<string, string> } | null;

export type InquiryFormTexts = {
  required: string;
  sections: { you: string; project: string; consent: string };
  fields: Record<string, string>;
  errors: Record<string, string>;
  capital: Record<string, string>;
  timeline: Record<string, string>;
  unitM2: string;
  unitHa: string;
  submit: string;
  privacyHref: string;
};

type Option = { value: string; label: string };
type Props = {
  action: (state: InquiryFormState, data: FormData) => Promise<InquiryFormState>;
  texts: InquiryFormTexts;
  sectors: Option[];
  hubs: Option[];
  defaults: Record<string, string>;
  token: string;
};

const control =
  "mt-1 block w-full min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/**
 * The inquiry form. A plain form posting to a server action: without
 * JavaScript the page comes back with the errors; with it, only the form
 * re-renders and the error summary takes focus (GOV.UK pattern).
 */
export function InquiryForm({ action, texts, sectors, hubs, defaults, token }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = state?.errors ?? {};
  const errorFields = Object.keys(errors);
  useEffect(() => {
    if (errorFields.length > 0) summary.current?.focus();
  });
  const value = (name: string) => state?.values[name] ?? defaults[name] ?? "";
  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const label = (name: string) => texts.fields[name] ?? name;
  // The consent label is a sentence; the summary names its section instead.
  const summaryLabel = (name: string) =>
    name === "consentProcessing" ? texts.sections.consent : label(name).replace(" *", "");

  const field = (name: string, input: React.ReactNode, hint?: string) => (
    <div>
      <label htmlFor={name} className="block font-medium text-brand-900">
        {label(name)}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {errors[name] ? (
        <p id={`${name}-error`} className="mt-1 font-semibold text-red-800">
          {texts.errors[errors[name]] ?? texts.errors.invalid}
        </p>
      ) : null}
      {input}
    </div>
  );
  const text = (name: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) =>
    field(
      name,
      <input
        id={name}
        name={name}
        defaultValue={value(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint))}
        className={control}
        {...props}
      />,
      hint,
    );
  const select = (name: string, placeholder: string | null, options: Option[]) =>
    field(
      name,
      <select
        id={name}
        name={name}
        defaultValue={value(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name)}
        className={control}
      >
        {placeholder !== null ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>,
    );

  return (
    <form action={formAction} noValidate className="space-y-8">
      {errorFields.length > 0 ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby="error-summary-title"
          className="rounded-md border-4 border-red-700 p-4 focus:outline-3 focus:outline-gold-400"
        >
          <h2 id="error-summary-title" className="text-xl font-bold text-red-900">
            {texts.errors.summary}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errorFields.map((name) => (
              <li key={name}>
                <a href={`#${name === "form" ? "fullName" : name}`} className="font-semibold text-red-800 underline">
                  {name === "form"
                    ? texts.errors.form
                    : `${summaryLabel(name)}: ${texts.errors[errors[name] ?? "invalid"]}`}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-muted">{texts.required}</p>
      <input type="hidden" name="token" value={token} />
      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{texts.sections.you}</legend>
        {text("fullName", { autoComplete: "name", required: true })}
        {text("organisation", { autoComplete: "organization", required: true })}
        {text("position", { autoComplete: "organization-title" })}
        {text(
          "country",
          { autoComplete: "country", required: true, maxLength: 2, className: `${control} max-w-32 uppercase` },
          texts.fields.countryHint,
        )}
        {text("email", { type: "email", autoComplete: "email", required: true })}
        {text("phone", { type: "tel", autoComplete: "tel" }, texts.fields.phoneHint)}
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{texts.sections.project}</legend>
        {select("sector", texts.fields.chooseSector ?? "", sectors)}
        {select("hub", texts.fields.anyHub ?? "", hubs)}
        {text("parcels", {}, texts.fields.parcelsHint)}
        {select(
          "capitalRange",
          texts.fields.chooseCapital ?? "",
          Object.entries(texts.capital).map(([value, label]) => ({ value, label })),
        )}
        <div className="grid grid-cols-2 gap-3">
          {text("landArea", { inputMode: "decimal" })}
          {select("landAreaUnit", null, [
            { value: "ha", label: texts.unitHa },
            { value: "m2", label: texts.unitM2 },
          ])}
        </div>
        {text("expectedJobs", { inputMode: "numeric" })}
        {select(
          "timeline",
          texts.fields.chooseTimeline ?? "",
          Object.entries(texts.timeline).map(([value, label]) => ({ value, label })),
        )}
        {field(
          "message",
          <textarea
            id="message"
            name="message"
            rows={6}
            defaultValue={value("message")}
            aria-invalid={errors.message ? true : undefined}
            aria-describedby={describedBy("message", true)}
            className={control}
          />,
          texts.fields.messageHint,
        )}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-bold text-brand-900">{texts.sections.consent}</legend>
        {errors.consentProcessing ? (
          <p id="consentProcessing-error" className="font-semibold text-red-800">
            {texts.errors[errors.consentProcessing]}
          </p>
        ) : null}
        <div className="flex gap-3">
          <input
            id="consentProcessing"
            name="consentProcessing"
            type="checkbox"
            aria-invalid={errors.consentProcessing ? true : undefined}
            aria-describedby={errors.consentProcessing ? "consentProcessing-error" : undefined}
            className="mt-1 size-5 shrink-0"
          />
          <label htmlFor="consentProcessing">{label("consentProcessing")}</label>
        </div>
        <p className="pl-8">
          <a href={texts.privacyHref} className="font-medium text-brand-700 underline underline-offset-4">
            {texts.fields.privacyLink}
          </a>
        </p>
        <div className="flex gap-3">
          <input
            id="consentNewsletter"
            name="consentNewsletter"
            type="checkbox"
            defaultChecked={value("consentNewsletter") === "on"}
            className="mt-1 size-5 shrink-0"
          />
          <label htmlFor="consentNewsletter">{label("consentNewsletter")}</label>
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {texts.submit}
      </button>
    </form>
  );
}
