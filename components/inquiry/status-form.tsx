"use client";

import { useActionState, useEffect, useRef } from "react";
import type { StatusFormState } from "@/server/inquiries/status-lookup";
import { Field, TextInput } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

export type StatusFormTexts = {
  reference: string;
  referenceHint: string;
  email: string;
  submit: string;
  notFound: string;
  rateLimited: string;
  current: string;
  timeline: string;
  /** "Answered on {date}". */
  answeredOn: string;
  statuses: Record<string, string>;
  events: Record<string, string>;
};

type Props = {
  action: (state: StatusFormState, data: FormData) => Promise<StatusFormState>;
  texts: StatusFormTexts;
  locale: string;
  defaultReference: string;
};

/** Reference + e-mail → the inquiry's public status and timeline (works without JavaScript). */
export function StatusForm({ action, texts, locale, defaultReference }: Props) {
  const [state, formAction] = useActionState(action, null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) result.current?.focus();
  });
  const lookup = state?.lookup;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Ho_Chi_Minh" });
  return (
    <div className="space-y-8">
      <form action={formAction} className="space-y-5">
        <Field id="reference" label={texts.reference} hint={texts.referenceHint}>
          {(control) => (
            <TextInput
              {...control}
              name="reference"
              required
              autoComplete="off"
              defaultValue={state?.reference ?? defaultReference}
              className="max-w-64 uppercase"
            />
          )}
        </Field>
        <Field id="email" label={texts.email}>
          {(control) => (
            <TextInput
              {...control}
              name="email"
              type="email"
              required
              autoComplete="email"
              defaultValue={state?.email ?? ""}
            />
          )}
        </Field>
        <SubmitButton>{texts.submit}</SubmitButton>
      </form>
      {lookup ? (
        <div
          ref={result}
          tabIndex={-1}
          role="status"
          className="rounded-lg border border-brand-100 bg-brand-50 p-5 focus:outline-none"
        >
          {lookup.outcome === "found" ? (
            <>
              <h2 className="text-xl font-bold text-brand-900">
                {lookup.view.reference} ·{" "}
                {texts.current.replace("{status}", texts.statuses[lookup.view.status] ?? lookup.view.status)}
              </h2>
              {lookup.view.answeredAt ? (
                <p className="mt-2 font-medium">
                  {texts.answeredOn.replace("{date}", day.format(new Date(lookup.view.answeredAt)))}
                </p>
              ) : null}
              <h3 className="mt-4 font-semibold text-brand-900">{texts.timeline}</h3>
              <ol className="mt-2 space-y-2">
                {lookup.view.events.map((event) => (
                  <li key={`${event.type}-${event.at}`} className="border-l-4 border-brand-700 pl-3">
                    <time dateTime={event.at} className="block text-sm text-muted">
                      {date.format(new Date(event.at))}
                    </time>
                    {(texts.events[event.type] ?? event.type).replace("{desk}", event.desk ?? "")}
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p className="font-semibold text-red-800">
              {lookup.outcome === "notFound"
                ? texts.notFound
                : texts.rateLimited.replace("{minutes}", String(lookup.retryAfterMinutes))}
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}
