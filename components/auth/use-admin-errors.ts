"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { FormState } from "@/lib/form-state";
import type { FieldError } from "../ui/error-summary";

/**
 * The messages of a back-office form's answer, in the page's language: per
 * field, and the list for the error summary (the form-wide error goes to
 * `firstField`). Messages are keys of `Admin.errors`; a retry time comes as
 * `details.retryAt` and is shown in the zone's time.
 */
export function useAdminErrors(state: FormState, labels: Record<string, string>, firstField: string) {
  const t = useTranslations("Admin.errors");
  const format = useFormatter();
  const retryAt = state?.details?.retryAt;
  const time = retryAt
    ? format.dateTime(new Date(retryAt), { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    : "";
  // Keys come from the server (lib/schemas/staff.ts and server/ write functions), so they are checked at run time.
  // Other values a message names (e.g. how many entries refer to one) come as details too.
  const values = { ...state?.details, time };
  const message = (key: string) => (t.has(key as "invalid") ? t(key as "locked", values) : t("invalid"));
  const errors = state?.errors ?? {};
  const fieldError = (name: string) => (errors[name] ? message(errors[name]) : undefined);
  const summary: FieldError[] = Object.entries(errors).map(([name, key]) =>
    name === "form" || !labels[name]
      ? { id: firstField, message: message(key) }
      : { id: name, message: `${labels[name]}: ${message(key)}` },
  );
  return { fieldError, summary, formError: errors.form ? message(errors.form) : undefined, title: t("summary") };
}
