import "server-only";
import { routing } from "@/i18n/routing";
import type { AppError } from "../errors";

// What every back-office form's answer shares, whether a staff action
// (staff-action.ts) or one of the public steps of signing in
// (public-action.ts) gives it.

/** The answer's language: the form's hidden `locale` field (the proxy does not run on posts), else the default. */
export function formLocale(form: Record<string, string>): string {
  return (routing.locales as readonly string[]).includes(form.locale ?? "")
    ? (form.locale as string)
    : routing.defaultLocale;
}

/**
 * What was typed, to be shown again: never a password (the current one and
 * the confirmation included) or a code; a repeated name (check boxes) as its
 * values joined by commas.
 */
export function echoedValues(fields: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => !/password|code|confirm|current/i.test(name))
      .map(([name, value]) => [name, Array.isArray(value) ? value.join(",") : value]),
  );
}

/**
 * An expected failure as the form shows it: message keys of `Admin.errors`
 * per field (or for the form), and the values those messages name, a retry
 * time among them. UNAUTHENTICATED is the caller's (a redirect).
 */
export function refusalOf(error: AppError): { errors: Record<string, string>; details?: Record<string, string> } {
  const details: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.values ?? {})) details[name] = String(value);
  if (error.retryAt) details.retryAt = error.retryAt.toISOString();
  const withDetails = (errors: Record<string, string>) =>
    Object.keys(details).length > 0 ? { errors, details } : { errors };
  switch (error.code) {
    case "INVALID_INPUT":
      return withDetails(error.fields ?? { form: error.reason ?? "invalid" });
    case "FORBIDDEN":
      return { errors: { form: "forbidden" } };
    case "CONFLICT":
    case "NOT_FOUND":
    case "RATE_LIMITED":
      return withDetails({ form: error.reason ?? error.code.toLowerCase() });
    default:
      return { errors: { form: "unavailable" } };
  }
}
