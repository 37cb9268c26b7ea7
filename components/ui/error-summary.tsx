"use client";

import { type ReactNode, type Ref, useEffect, useRef } from "react";
import type { FormNotice } from "@/lib/form-state";

export type FieldError = {
  /** The id of the field to go to (its `Field` id). */
  id: string;
  /** What is wrong, already in the visitor's language. */
  message: string;
};

/**
 * The top of a form after a submission the server (or the browser's check)
 * did not accept: the errors, each a link to its field (GOV.UK error summary),
 * and a notice, if any, for what is not a field's fault. It takes focus, and
 * so is announced, whenever it renders with something to show; a form
 * re-renders it on each submission. Without JavaScript it is the same HTML,
 * at the top of the page the server answers with.
 */
export function ErrorSummary({
  title,
  errors,
  notice,
}: {
  /** The summary's heading, e.g. "Please correct the following". */
  title: string;
  errors: readonly FieldError[];
  notice?: FormNotice;
}) {
  const focused = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0 || notice !== undefined;
  useEffect(() => {
    if (!shown) return;
    // Focus moves to the message, which is scrolled fully into view.
    focused.current?.focus({ preventScroll: true });
    focused.current?.scrollIntoView({ block: "start" });
  });
  if (!shown) return null;
  return (
    <>
      {notice ? (
        <FocusedAlert
          ref={errors.length > 0 ? undefined : focused}
          titleId="notice-title"
          title={notice.title}
          tone="notice"
        >
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
      {errors.length > 0 ? (
        <FocusedAlert ref={focused} titleId="error-summary-title" title={title} tone="error">
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errors.map((error) => (
              // Two errors may lead to the same field, never with the same message.
              <li key={`${error.id} ${error.message}`}>
                <a href={`#${error.id}`} className="font-semibold text-red-800 underline">
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </FocusedAlert>
      ) : null}
    </>
  );
}

/** A message that can take focus (and is announced), with its heading as its name. */
function FocusedAlert({
  ref,
  titleId,
  title,
  tone,
  children,
}: {
  ref: Ref<HTMLDivElement> | undefined;
  titleId: string;
  title: ReactNode;
  tone: "error" | "notice";
  children: ReactNode;
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
