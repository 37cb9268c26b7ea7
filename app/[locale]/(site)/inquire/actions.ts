"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { textFields } from "@/lib/form-data";
import type { FormState } from "@/lib/form-state";
import { localePath } from "@/lib/paths";
import { answerWithStatus, markActionStarted } from "@/lib/request-context";
import { INQUIRY_RATE_LIMIT, submitInquiryForm } from "@/server/inquiries/submit-inquiry";
import { clientAddress } from "@/server/security/client-address";
import { getSiteSettings } from "@/server/site/get-site-settings";

/**
 * The inquiry form's server action (a public endpoint: it trusts nothing it
 * receives). Stores the inquiry, then shows the confirmation page; otherwise
 * returns what went wrong with what was typed, so nothing has to be retyped.
 */
export async function submitInquiry(locale: string, previous: FormState, data: FormData): Promise<FormState> {
  markActionStarted();
  const safeLocale = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const form = textFields(data);
  const outcome = await submitInquiryForm({ form, locale: safeLocale, client: clientAddress(await headers()) });
  if (outcome.kind === "accepted") {
    // The confirmation page says whether an e-mail confirms it (not past the day's cap for the address).
    const note = outcome.repeated === "content" ? "&again=1" : outcome.confirmationCapped ? "&mail=0" : "";
    redirect(localePath(safeLocale, `/inquire/received?ref=${encodeURIComponent(outcome.reference)}${note}`));
  }
  // What was typed comes back, with the form's token and stamp: without
  // JavaScript the page is rendered again, and it is still the same form.
  const values = form;
  const attempt = (previous?.attempt ?? 0) + 1;
  if (outcome.kind === "invalid")
    return { errors: outcome.errors as Record<string, string>, details: outcome.details, values, attempt };

  const t = await getTranslations({ locale: safeLocale, namespace: "Inquiry.notices" });
  switch (outcome.kind) {
    case "tooFast":
      return { errors: {}, values, attempt, notice: { title: t("tooFastTitle"), body: t("tooFast") } };
    case "expired":
      return {
        errors: {},
        values: { ...values, token: outcome.token, stamp: outcome.stamp },
        attempt,
        notice: { title: t("expiredTitle"), body: t("expired") },
      };
    case "changed":
      return {
        errors: {},
        values: { ...values, token: outcome.token, stamp: outcome.stamp },
        attempt,
        notice: { title: t("changedTitle"), body: t("changed", { reference: outcome.reference }) },
      };
    case "unavailable": {
      // Without JavaScript this page is the answer to the post: 503, so that
      // nothing takes it for success, and a time to come back.
      answerWithStatus(503, { "Retry-After": "30" });
      const contact = await officeContact(safeLocale, t("urgent"));
      return { errors: {}, values, attempt, notice: { title: t("unavailableTitle"), body: t("unavailable"), contact } };
    }
    case "rateLimited": {
      const [format, contact] = await Promise.all([
        getFormatter({ locale: safeLocale }),
        officeContact(safeLocale, t("urgent")),
      ]);
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
          contact,
        },
      };
    }
  }
}

/** The investment office's e-mail address, if it can be read (it is cached, so usually even while the database is down). */
async function officeContact(locale: string, label: string) {
  try {
    return { label, email: (await getSiteSettings(locale)).email };
  } catch {
    return undefined;
  }
}
