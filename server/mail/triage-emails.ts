import "server-only";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { localesFor, pickTranslation } from "@/lib/translations";
import { OFFICE_TIME_ZONE } from "@/lib/working-days";
import { db } from "../db";
import { env } from "../env";
import {
  contactLines,
  inquiryMessageId,
  inquirySummary,
  loadInquiry,
  loadSite,
  newsletterLines,
  type SiteForEmail,
  statusUrl,
} from "./inquiry-emails";
import { translatorFor } from "./messages";
import type { MailMessage } from "./transport";

type Translator = Awaited<ReturnType<typeof translatorFor>>;

/** A date and time in Viet Nam, e.g. "08:30 02/12/2026". */
export function officeDateTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: OFFICE_TIME_ZONE,
  }).format(date);
}

/** A date in Viet Nam, e.g. "02/12/2026". */
export function officeDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: OFFICE_TIME_ZONE,
  }).format(date);
}

/** The back office's page of an inquiry, absolute (in the office's language). */
export function backOfficeUrl(reference: string): string {
  return `${env.SITE_URL}${localePath(routing.defaultLocale, `/admin/inquiries/${encodeURIComponent(reference)}`)}`;
}

/** The portal's letterhead in a language: who writes, where, and how to reach them. */
export function letterhead(site: SiteForEmail, t: Translator): string[] {
  const contact = [
    t("reply.phone", { phone: site.phone }),
    t("reply.email", { email: site.email }),
    t("reply.website", { url: site.websiteUrl ?? env.SITE_URL }),
  ].join(" · ");
  return [site.brandName.toUpperCase(), site.authorityName, site.address, contact, "—".repeat(24)];
}

/** A timeline event of the inquiry, of the given type, with the member of staff who made it. */
async function loadEvent(inquiryId: number, eventId: number, type: string) {
  const event = await db.inquiryEvent.findFirst({ where: { id: eventId, inquiryId, type } });
  if (!event) return null;
  const actor = event.actorId
    ? await db.staffUser.findUnique({ where: { id: event.actorId }, select: { name: true, email: true } })
    : null;
  return { data: (event.data ?? {}) as Record<string, unknown>, actor };
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * A reply written in the back office, e-mailed to the investor in their
 * language on the portal's letterhead: the staff's text as written, signed
 * with their name and desk; answers go to the desk's address, and mail
 * clients thread it under the confirmation the investor received. Null when
 * there is no one to send it to (the event or the inquiry's personal data
 * gone).
 */
export async function composeReplyEmail(inquiryId: number, eventId: number): Promise<MailMessage | null> {
  const probe = await db.inquiry.findUnique({ where: { id: inquiryId }, select: { locale: true } });
  if (!probe) return null;
  const locale = probe.locale;
  const [inquiry, event, t, site] = await Promise.all([
    loadInquiry(inquiryId, locale),
    loadEvent(inquiryId, eventId, "reply"),
    translatorFor(locale),
    loadSite(locale),
  ]);
  if (!inquiry || !event || !site || inquiry.anonymisedAt) return null;
  const desk = inquiry.desk ? pickTranslation(inquiry.desk.translations, locale).name : null;
  const replyTo = inquiry.desk?.email ?? site.email;
  const subject = text(event.data.subject).trim();
  return {
    to: inquiry.email,
    messageId: inquiryMessageId(inquiry.reference, `reply-${eventId}`),
    inReplyTo: inquiryMessageId(inquiry.reference, "investor"),
    fromName: site.brandName,
    replyTo,
    subject: subject.includes(inquiry.reference)
      ? subject
      : t("reply.subject", { subject: subject || t("reply.defaultSubject"), reference: inquiry.reference }),
    text: [
      ...letterhead(site, t),
      t("reply.reference", { reference: inquiry.reference }),
      "",
      text(event.data.text),
      "",
      t("reply.closing"),
      ...[event.actor?.name, desk, site.authorityName].filter((part): part is string => Boolean(part)),
      "",
      "—".repeat(24),
      t("reply.answer", { desk: desk ?? site.authorityName, email: replyTo }),
      t("investor.status", { url: statusUrl(locale, inquiry.reference) }),
      ...(await newsletterLines(inquiry, t, locale)),
      t("investor.footer", { privacyUrl: `${env.SITE_URL}${localePath(locale, "/privacy")}` }),
    ].join("\n"),
  };
}

/**
 * The notice to the desk an inquiry was re-routed to, in the office's
 * language: who sent it there and why, what the investor asked, and the
 * link to handle it. Answers go to the person who re-routed it.
 */
export async function composeReroutedEmail(inquiryId: number, eventId: number): Promise<MailMessage | null> {
  const locale = routing.defaultLocale;
  const [inquiry, event, t, site] = await Promise.all([
    loadInquiry(inquiryId, locale),
    loadEvent(inquiryId, eventId, "rerouted"),
    translatorFor(locale),
    loadSite(locale),
  ]);
  if (!inquiry || !event || !site || inquiry.anonymisedAt) return null;
  const deskIds = [event.data.from, event.data.to].filter((id): id is number => typeof id === "number");
  const desks = await db.desk.findMany({
    where: { id: { in: deskIds } },
    include: { translations: { where: { locale: { in: localesFor(locale) } } } },
  });
  const deskOf = (id: unknown) => desks.find((desk) => desk.id === id);
  const to = deskOf(event.data.to);
  if (!to) return null;
  const toName = pickTranslation(to.translations, locale).name;
  const from = deskOf(event.data.from);
  const fromName = from ? pickTranslation(from.translations, locale).name : null;
  const actor = event.actor?.name ?? t("rerouted.someone");
  const comment = text(event.data.comment).trim();
  return {
    to: to.email,
    messageId: inquiryMessageId(inquiry.reference, `rerouted-${eventId}`),
    fromName: site.brandName,
    replyTo: event.actor?.email,
    subject: t("rerouted.subject", { reference: inquiry.reference, organisation: inquiry.organisation, desk: toName }),
    text: [
      fromName
        ? t("rerouted.intro", { actor, from: fromName, desk: toName })
        : t("rerouted.introUnrouted", { actor, desk: toName }),
      comment ? t("rerouted.comment", { comment }) : t("rerouted.noComment"),
      ...(inquiry.dueAt ? [t("rerouted.due", { due: officeDateTime(inquiry.dueAt, locale) })] : []),
      t("rerouted.open", { url: backOfficeUrl(inquiry.reference) }),
      "",
      t("rerouted.received", { at: officeDateTime(inquiry.createdAt, locale) }),
      ...contactLines(inquiry, t),
      ...inquirySummary(inquiry, t, locale),
      "",
      `${t("desk.message")}:`,
      inquiry.message,
    ].join("\n"),
  };
}
