"use client";

import { type FormEvent, useActionState, useState } from "react";
import { textFields } from "@/lib/form-data";
import type { FormState } from "@/lib/form-state";
import { ErrorSummary } from "../ui/error-summary";
import { Checkbox, Field, Select, TextArea, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

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

type InquirySchema = typeof import("@/lib/schemas/inquiry");

// undefined until fetched; null when fetching it failed.
let schema: InquirySchema | null | undefined;
let schemaRequest: Promise<unknown> | undefined;
function loadSchema() {
  schemaRequest ??= import("@/lib/schemas/inquiry").then(
    (module) => {
      schema = module;
    },
    () => {
      schema = null;
    },
  );
  return schemaRequest;
}

/**
 * The inquiry form. A plain form posting to a server action: without
 * JavaScript the page comes back with the errors; with it, only the form
 * re-renders and the error summary takes focus (GOV.UK pattern). With
 * JavaScript, the same schema the server uses checks the form before it is
 * sent, so most mistakes are shown without a round trip. The schema (and zod
 * with it, the largest part of this page's JavaScript) is not part of the
 * page's first load: it is fetched when the form is first focused, or at the
 * latest when it is sent.
 */
export function InquiryForm({ action, locale, texts, sectors, hubs, countries, defaults, token, stamp }: Props) {
  const [state, formAction] = useActionState(action, null);
  // Errors found in the browser, until the next submission that passes.
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = clientErrors ?? state?.errors ?? {};
  const errorFields = Object.keys(errors);
  const notice = clientErrors ? undefined : state?.notice;
  const validate = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    if (schema === undefined) {
      // Sent before the schema arrived: hold the submission until it has, then send it again.
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      void loadSchema().finally(() => form.requestSubmit(submitter));
      return;
    }
    // The schema could not be fetched: the server checks the form, as without JavaScript.
    if (schema === null) return;
    const data = textFields(new FormData(form));
    const result = schema.inquirySchemaFor(locale).safeParse(data);
    if (result.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(schema.inquiryFieldErrors(result.error.issues) as Record<string, string>);
  };
  const value = (name: string) => state?.values[name] ?? defaults[name] ?? "";
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
  const error = (name: string) => (errors[name] ? message(name) : undefined);
  const text = (
    name: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    hint?: string,
    describedBy?: string,
  ) => (
    <Field id={name} label={label(name)} hint={hint} error={error(name)} describedBy={describedBy}>
      {(control) => <TextInput {...control} name={name} defaultValue={value(name)} {...props} />}
    </Field>
  );
  const select = (name: string, placeholder: string | null, options: Option[]) => (
    <Field id={name} label={label(name)} error={error(name)}>
      {(control) => (
        <Select {...control} name={name} defaultValue={value(name)}>
          {placeholder !== null ? <option value="">{placeholder}</option> : null}
          {optionsOf(options)}
        </Select>
      )}
    </Field>
  );

  return (
    // React resets a form after its action; a new key instead shows every
    // field (select boxes included) with the values the server sent back.
    <form
      key={state?.attempt ?? 0}
      action={formAction}
      onSubmit={validate}
      onFocus={() => void loadSchema()}
      noValidate
      className="space-y-8"
    >
      <ErrorSummary
        title={texts.errors.summary ?? ""}
        notice={notice}
        errors={errorFields.map((name) =>
          name === "form"
            ? { id: "fullName", message: texts.errors.form ?? "" }
            : { id: name, message: `${summaryLabel(name)}: ${message(name)}` },
        )}
      />
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
        <Field id="country" label={label("country")} hint={texts.fields.countryHint} error={error("country")}>
          {(control) => (
            // A plain select: without JavaScript, typing a name's first letters still finds it.
            <Select {...control} name="country" autoComplete="country" required defaultValue={value("country")}>
              <option value="">{texts.fields.chooseCountry}</option>
              <optgroup label={texts.fields.frequentCountries}>{optionsOf(countries.frequent)}</optgroup>
              <optgroup label={texts.fields.allCountries}>{optionsOf(countries.all)}</optgroup>
            </Select>
          )}
        </Field>
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
          {text("landArea", { inputMode: "decimal" }, undefined, "landArea-hint")}
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
        <Field id="message" label={label("message")} hint={texts.fields.messageHint} error={error("message")}>
          {(control) => <TextArea {...control} name="message" rows={6} defaultValue={value("message")} />}
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-xl font-bold text-brand-900">{texts.sections.consent}</legend>
        <Checkbox
          id="consentProcessing"
          name="consentProcessing"
          label={label("consentProcessing")}
          error={error("consentProcessing")}
          defaultChecked={value("consentProcessing") === "on"}
        />
        <p className="pl-8">
          <a href={texts.privacyHref} className="font-medium text-brand-700 underline underline-offset-4">
            {texts.fields.privacyLink}
          </a>
        </p>
        <Checkbox
          id="consentNewsletter"
          name="consentNewsletter"
          label={label("consentNewsletter")}
          defaultChecked={value("consentNewsletter") === "on"}
        />
      </fieldset>
      <SubmitButton>{texts.submit}</SubmitButton>
    </form>
  );
}

const optionsOf = (options: readonly Option[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
