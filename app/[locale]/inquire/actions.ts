"use server";

import { redirect } from "next/navigation";
import type { InquiryFormState } from "@/components/inquiry/inquiry-form";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { createInquiry } from "@/server/inquiries/create-inquiry";

/**
 * The inquiry form's server action (a public endpoint: it trusts nothing it
 * receives). Stores the inquiry, then shows the confirmation page; on bad
 * input returns error keys and what was typed, so nothing has to be retyped.
 */
export async function submitInquiry(
  locale: string,
  _previous: InquiryFormState,
  data: FormData,
): Promise<InquiryFormState> {
  const safeLocale = (routing.locales as readonly string[]).includes(locale) ? locale : routing.defaultLocale;
  const form = Object.fromEntries(
    [...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  const result = await createInquiry({ form, idempotencyKey: form.token ?? "", locale: safeLocale });
  if (result.ok) redirect(localePath(safeLocale, `/inquire/received?ref=${encodeURIComponent(result.reference)}`));
  const { consentProcessing: _consent, token: _token, ...values } = form;
  return { errors: result.errors as Record<string, string>, values };
}
