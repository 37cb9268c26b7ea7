"use client";

import { type FormEvent, useActionState, useEffect, useRef, useState } from "react";
import { textFields } from "@/lib/form-data";
import type { FormState } from "@/lib/form-state";
import { inquiryFieldErrors, inquirySchemaFor } from "@/lib/schemas/inquiry";

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
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The page's language: numbers are read as it writes them. */
  locale: string;
  texts: InquiryFormTexts;
  sectors: Option[];
  hubs: Option[];
  /** Countries in the page's language: the frequent ones, then all. */
  countries: { frequent: readonly Option[]; all: readonly Option[] };
  defaults: Record<string, string>;
  /** Idempotency key of this rendering of the form. */
  token: string;
  /** Signed time the form was shown (the server refuses forms sent implausibly fast). */
  stamp: string;
};

const control =
  "mt-1 block w-full min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/**
 * The inquiry form. A plain form posting to a server action: without
 * JavaScript the page comes back with the errors; with it, only the form
 * re-renders and the error summary takes focus (GOV.UK pattern). With
 * JavaScript, the same schema the server uses checks the form before it is
 * sent, so most mistakes are shown without a round trip.
 */
export function InquiryForm({ action, locale, texts, sectors, hubs, countries, defaults, token, stamp }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  // Errors found in the browser, until the next submission that passes.
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? state?.errors ?? {};
  const errorFields = Object.keys(errors);
  const notice = clientErrors ? undefined : state?.notice;
  useEffect(() => {
    if (errorFields.length === 0 && !notice) return;
    // Focus moves to the message, which is scrolled fully into view.
    summary.current?.focus({ preventScroll: true });
    summary.current?.scrollIntoView({ block: "start" });
  });
  const validate = (event: FormEvent<HTMLFormElement>) => {
    const data = textFields(new FormData(event.currentTarget));
    const result = inquirySchemaFor(locale).safeParse(data);
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(inquiryFieldErrors(result.error.issues) as Record<string, string>);
  };
  const value = (name: string) => state?.values[name] ?? defaults[name] ?? "";
  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  const label = (name: string) => texts.fields[name] ?? name;
  // The consent label is a sentence; the summary names its section instead.
  const summaryLabel = (name: string) =>
    name === "consentProcessing" ? texts.sections.consent : label(name).replace(" *", "");

  // A message may name what was wrong, e.g. the parcel codes the catalogue lacks.
  const message = (name: string) =>
    (texts.errors[errors[name] ?? "invalid"] ?? texts.errors.invalid ?? "").replace(
      "{codes}",
      (clientErrors ? undefined : state?.details?.[name]) ?? "",
    );
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
          {message(name)}
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
        {optionsOf(options)}
      </select>,
    );

  return (
    // React resets a form after its action; a new key instead shows every
    // field (select boxes included) with the values the server sent back.
    <form key={state?.attempt ?? 0} action={formAction} onSubmit={validate} noValidate className="space-y-8">
      {notice ? (
        <FocusedAlert ref={summary} titleId="notice-title" title={notice.title} tone="notice">
          <p className="mt-2">{notice.body}</p>
          {notice.contact ? (
            <p className="mt-2">
              {notice.contact.label}{" "}
              <a
                href={`mailto:${notice.contact.email}`}
                className="font-semibold text-brand-700 underline underline-offset-4"
              >
                {notice.contact.email}
              </a>
            </p>
          ) : null}
        </FocusedAlert>
      ) : null}
      {errorFields.length > 0 ? (
        <FocusedAlert ref={summary} titleId="error-summary-title" title={texts.errors.summary} tone="error">
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errorFields.map((name) => (
              <li key={name}>
                <a href={`#${name === "form" ? "fullName" : name}`} className="font-semibold text-red-800 underline">
                  {name === "form" ? texts.errors.form : `${summaryLabel(name)}: ${message(name)}`}
                </a>
              </li>
            ))}
          </ul>
        </FocusedAlert>
      ) : null}
      <p className="text-muted">{texts.required}</p>
      <input type="hidden" name="token" value={state?.values.token ?? token} />
      <input type="hidden" name="stamp" value={state?.values.stamp ?? stamp} />
      {/* The spam trap: never shown, so people leave it empty; form-filling scripts do not. */}
      <div className="hidden">
        <label htmlFor="website">{texts.fields.honeypot}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{texts.sections.you}</legend>
        {text("fullName", { autoComplete: "name", required: true })}
        {text("organisation", { autoComplete: "organization", required: true })}
        {text("position", { autoComplete: "organization-title" })}
        {field(
          "country",
          // A plain select: without JavaScript, typing a name's first letters still finds it.
          <select
            id="country"
            name="country"
            autoComplete="country"
            required
            defaultValue={value("country")}
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={describedBy("country", true)}
            className={control}
          >
            <option value="">{texts.fields.chooseCountry}</option>
            <optgroup label={texts.fields.frequentCountries}>{optionsOf(countries.frequent)}</optgroup>
            <optgroup label={texts.fields.allCountries}>{optionsOf(countries.all)}</optgroup>
          </select>,
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
        {/* The hint goes under both, so that the amount and its unit line up. */}
        <div className="grid grid-cols-2 gap-x-3 gap-y-1">
          {text("landArea", { inputMode: "decimal", "aria-describedby": describedBy("landArea", true) })}
          {select("landAreaUnit", null, [
            { value: "ha", label: texts.unitHa },
            { value: "m2", label: texts.unitM2 },
          ])}
          <p id="landArea-hint" className="col-span-2 text-sm text-muted">
            {texts.fields.landAreaHint}
          </p>
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
            defaultChecked={value("consentProcessing") === "on"}
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

const optionsOf = (options: readonly Option[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));

/**
 * A message at the top of the form that takes focus when it appears (and is
 * announced), with its heading as its name: the error summary or a notice.
 */
function FocusedAlert({
  ref,
  titleId,
  title,
  tone,
  children,
}: {
  ref: React.Ref<HTMLDivElement>;
  titleId: string;
  title: React.ReactNode;
  tone: "error" | "notice";
  children: React.ReactNode;
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className={`rounded-md border-4 p-4 focus:outline-3 focus:outline-gold-400 ${
        tone === "error" ? "border-red-700" : "border-brand-700 bg-brand-50"
      }`}
    >
      <h2 id={titleId} className={`text-xl font-bold ${tone === "error" ? "text-red-900" : "text-brand-900"}`}>
        {title}
      </h2>
      {children}
    </div>
  );
}
