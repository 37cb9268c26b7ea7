"use server";

import { routing } from "@/i18n/routing";
import { lookUpInquiryStatus, type StatusFormState } from "@/server/inquiries/status-lookup";

/** The status form's server action: reference and e-mail in, public timeline or one "not found" out. */
export async function checkInquiryStatus(
  locale: string,
  _previous: StatusFormState,
  data: FormData,
): Promise<StatusFormState> {
  const safeLocale = (routing.locales as readonly string[]).includes(locale) ? locale : routing.defaultLocale;
  const reference = String(data.get("reference") ?? "");
  const email = String(data.get("email") ?? "");
  return { lookup: await lookUpInquiryStatus(reference, email, safeLocale), reference, email };
}
