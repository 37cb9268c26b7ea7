"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import type { InquiryFormState } from "@/components/inquiry/inquiry-form";
import { routing } from "@/i18n/routing";
import { textFields } from "@/lib/form-data";
import { localePath } from "@/lib/paths";
import { INQUIRY_RATE_LIMIT, submitInquiryForm } from "@/server/inquiries/submit-inquiry";
import { clientAddress } from "@/server/security/client-address";
import { getSiteSettings } from "@/server/site/get-site-settings";

/**
 * The inquiry form's server action (a public endpoint: it trusts nothing it
 * receives). Stores the inquiry, then shows the confirmation page; otherwise
 * returns what went wrong with what was typed, so nothing has to be retyped.
 */
export async function submitInquiry(
  locale: string,
  previous: InquiryFormState,
  data: FormData,
): Promise<InquiryFormState> {
  const safeLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const form = textFields(data);
  const outcome = await submitInquiryForm({ form, locale: safeLocale, client: clientAddress(await headers()) });
  if (outcome.kind === "accepted") {
    redirect(localePath(safeLocale, `/inquire/received?ref=${encodeURIComponent(outcome.reference)}`));
  }
  // What was typed comes back (the token stays with the rendered page).
  const { token: _token, ...values } = form;
  const attempt = (previous?.attempt ?? 0) + 1;
  if (outcome.kind === "invalid") return { errors: outcome.errors as Record<string, string>, values, attempt };

  const t = await getTranslations({ locale: safeLocale, namespace: "Inquiry.notices" });
  if (outcome.kind === "tooFast") {
    return { errors: {}, values, attempt, notice: { title: t("tooFastTitle"), body: t("tooFast") } };
  }
  if (outcome.kind === "expired") {
    return {
      errors: {},
      values: { ...values, stamp: outcome.stamp },
      attempt,
      notice: { title: t("expiredTitle"), body: t("expired") },
    };
  }
  const [format, settings] = await Promise.all([getFormatter({ locale: safeLocale }), getSiteSettings(safeLocale)]);
  const minutes = Math.max(1, Math.ceil((outcome.retryAt.getTime() - Date.now()) / 60_000));
  return {
    errors: {},
    values,
    attempt,
    notice: {
      title: t("rateLimitedTitle"),
      body: t("rateLimited", {
        limit: INQUIRY_RATE_LIMIT.limit,
        time: format.dateTime(outcome.retryAt, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
        minutes,
      }),
      contact: { label: t("urgent"), email: settings.email },
    },
  };
}
