import "server-only";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { RESPONSE_TARGET_WORKING_DAYS } from "@/lib/privacy";
import { capitalRanges } from "@/lib/schemas/inquiry";
import { localesFor, pickTranslation } from "@/lib/translations";
import { db } from "../db";
import { env } from "../env";
import { translatorFor } from "./messages";
import type { MailMessage } from "./transport";

export type InquiryEmailKind = "investor" | "desk";

/**
 * The Message-ID of an inquiry's e-mail, e.g.
 * <LA-2026-7K3QX9.investor@longan-hitech.example>: the same on every attempt,
 * so a copy that went out twice can be recognized (and is folded by many
 * mail clients), and it can be looked up from the delivery ledger.
 */
export function inquiryMessageId(reference: string, kind: InquiryEmailKind): string {
  const at = env.MAIL_FROM.lastIndexOf("@");
  const domain = (at >= 0 ? env.MAIL_FROM.slice(at + 1).replace(/[^\w.-]/g, "") : "") || "localhost";
  return `<${reference}.${kind}@${domain}>`;
}

/** The inquiry with what its e-mails show, in the given language. */
async function loadInquiry(inquiryId: number, locale: string) {
  const translations = { where: { locale: { in: localesFor(locale) } } };
  return db.inquiry.findUnique({
    where: { id: inquiryId },
    include: {
      sector: { include: { translations } },
      hub: { include: { translations } },
      desk: { include: { translations } },
      routingRule: { select: { position: true } },
    },
  });
}

/**
 * The confirmation to the investor (in the language they used) or the
 * notification to the desk (in the office's language), or null when there
 * is no one to send it to.
 */
export async function composeInquiryEmail(inquiryId: number, kind: InquiryEmailKind): Promise<MailMessage | null> {
  const probe = await db.inquiry.findUnique({ where: { id: inquiryId }, select: { locale: true } });
  if (!probe) return null;
  const locale = kind === "investor" ? probe.locale : routing.defaultLocale;
  const [inquiry, t, settings] = await Promise.all([
    loadInquiry(inquiryId, locale),
    translatorFor(locale),
    db.siteSettings.findUnique({
      where: { id: 1 },
      include: { translations: { where: { locale: { in: localesFor(locale) } } } },
    }),
  ]);
  if (!inquiry || !settings) return null;
  const site = pickTranslation(settings.translations, locale);
  const sector = pickTranslation(inquiry.sector.translations, locale).name;
  const hub = inquiry.hub ? pickTranslation(inquiry.hub.translations, locale).name : t("fields.none");
  const desk = inquiry.desk ? pickTranslation(inquiry.desk.translations, locale).name : null;
  const capital = Object.entries(capitalRanges).find(([, value]) => value === inquiry.capitalRange)?.[0] ?? "under-10m";
  const number = new Intl.NumberFormat(locale);
  const days = RESPONSE_TARGET_WORKING_DAYS;
  const line = (label: string, value: string) => `${label}: ${value}`;
  const summary = [
    line(t("fields.reference"), inquiry.reference),
    line(t("fields.organisation"), inquiry.organisation),
    line(t("fields.sector"), sector),
    line(t("fields.hub"), hub),
    line(t("fields.parcels"), inquiry.parcelCodes.join(", ") || t("fields.none")),
    line(t("fields.capital"), t(`capital.${capital as keyof typeof capitalRanges}`)),
    line(
      t("fields.landArea"),
      inquiry.landAreaM2 === null ? t("fields.none") : `${number.format(inquiry.landAreaM2)} m²`,
    ),
    line(t("fields.jobs"), inquiry.expectedJobs === null ? t("fields.none") : number.format(inquiry.expectedJobs)),
    line(t("fields.timeline"), t(`timeline.${inquiry.timeline as "later"}`)),
  ];

  if (kind === "investor") {
    return {
      to: inquiry.email,
      messageId: inquiryMessageId(inquiry.reference, kind),
      fromName: site.brandName,
      replyTo: inquiry.desk?.email ?? settings.email,
      subject: t("investor.subject", { reference: inquiry.reference }),
      text: [
        t("investor.greeting", { name: inquiry.fullName }),
        "",
        t("investor.received", {
          authority: site.authorityName,
          organisation: inquiry.organisation,
          reference: inquiry.reference,
        }),
        desk ? t("investor.routed", { desk, days }) : t("investor.unrouted", { days }),
        t("investor.status", {
          url: `${env.SITE_URL}${localePath(locale, `/inquire/status?ref=${encodeURIComponent(inquiry.reference)}`)}`,
        }),
        "",
        t("investor.summary"),
        ...summary.map((s) => `- ${s}`),
        "",
        t("investor.closing"),
        site.authorityName,
        "",
        t("investor.footer", { privacyUrl: `${env.SITE_URL}${localePath(locale, "/privacy")}` }),
      ].join("\n"),
    };
  }

  if (!inquiry.desk || !desk) return null;
  return {
    to: inquiry.desk.email,
    messageId: inquiryMessageId(inquiry.reference, kind),
    fromName: site.brandName,
    replyTo: inquiry.email,
    subject: t("desk.subject", { reference: inquiry.reference, organisation: inquiry.organisation, sector }),
    text: [
      t("desk.intro", { desk, days }),
      inquiry.routingRule ? t("desk.rule", { position: inquiry.routingRule.position }) : t("desk.defaultDesk"),
      "",
      line(t("fields.name"), inquiry.fullName),
      line(t("fields.position"), inquiry.position ?? t("fields.none")),
      line(t("fields.country"), inquiry.country),
      line(t("fields.email"), inquiry.email),
      line(t("fields.phone"), inquiry.phone ?? t("fields.none")),
      ...summary,
      line(t("fields.language"), inquiry.locale),
      line(t("fields.newsletter"), inquiry.newsletterConsentAt ? t("fields.yes") : t("fields.no")),
      "",
      `${t("desk.message")}:`,
      inquiry.message,
    ].join("\n"),
  };
}
