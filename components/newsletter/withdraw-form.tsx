"use client";

import { useActionState, useEffect, useRef } from "react";
import type { NewsletterLinkOutcome } from "@/server/privacy/newsletter-link";
import { SubmitButton } from "../ui/submit-button";

export type WithdrawFormTexts = {
  submit: string;
  doneHeading: string;
  done: string;
  invalidHeading: string;
  invalid: string;
  rateLimited: string;
};

type Action = (state: NewsletterLinkOutcome | null, data: FormData) => Promise<NewsletterLinkOutcome | null>;

/**
 * The one button that stops news by e-mail, then what happened in its place
 * (works without JavaScript: the page comes back with the answer).
 */
export function WithdrawForm({
  action,
  reference,
  token,
  intro,
  texts,
}: {
  action: Action;
  reference: string;
  token: string;
  intro: string;
  texts: WithdrawFormTexts;
}) {
  const [state, formAction] = useActionState(action, null);
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) answer.current?.focus();
  });
  if (state?.outcome === "withdrawn") {
    return (
      <div
        ref={answer}
        tabIndex={-1}
        role="status"
        className="rounded-lg border-l-4 border-green-700 bg-green-50 p-5 focus:outline-3 focus:outline-gold-400"
      >
        <h2 className="text-xl font-bold text-green-900">{texts.doneHeading}</h2>
        <p className="mt-2">{texts.done}</p>
      </div>
    );
  }
  if (state?.outcome === "invalid") {
    return (
      <div
        ref={answer}
        tabIndex={-1}
        role="alert"
        className="rounded-lg border-l-4 border-red-700 bg-red-50 p-5 focus:outline-3 focus:outline-gold-400"
      >
        <h2 className="text-xl font-bold text-red-900">{texts.invalidHeading}</h2>
        <p className="mt-2">{texts.invalid}</p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {state?.outcome === "rateLimited" ? (
        <div
          ref={answer}
          tabIndex={-1}
          role="alert"
          className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900 focus:outline-3 focus:outline-gold-400"
        >
          {texts.rateLimited.replace("{minutes}", String(state.retryAfterMinutes))}
        </div>
      ) : null}
      <p className="text-lg">{intro}</p>
      <form action={formAction}>
        <input type="hidden" name="ref" value={reference} />
        <input type="hidden" name="token" value={token} />
        <SubmitButton>{texts.submit}</SubmitButton>
      </form>
    </div>
  );
}
