import "server-only";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { capitalRanges } from "@/lib/schemas/inquiry";
import { localesFor, pickTranslation } from "@/lib/translations";
import { db } from "../db";
import { env } from "../env";
import { newsletterWithdrawToken } from "../privacy/newsletter-token";
import { translatorFor } from "./messages";
import { type MailMessage, mailDomain } from "./transport";

export type InquiryEmailKind = "investor" | "desk";
type Translator = Awaited<ReturnType<typeof translatorFor>>;

/**
 * The Message-ID of an inquiry's e-mail, e.g.
 * <LA-2026-7K3QX9.investor@longan-hitech.example> or
 * <LA-2026-7K3QX9.reply-42@…> for the reply of timeline event 42: the same
 * on every attempt, so a copy that went out twice can be recognized (and is
 * folded by many mail clients), and it can be looked up from the delivery
 * ledger.
 */
export function inquiryMessageId(reference: string, kind: string): string {
  return `<${reference}.${kind}@${mailDomain()}>`;
}

/** The inquiry with what its e-mails show, in the given language. */
export async function loadInquiry(inquiryId: number, locale: string) {
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
export type InquiryForEmail = NonNullable<Awaited<ReturnType<typeof loadInquiry>>>;

/** The site settings with their texts in the given language (the letterhead, the response target). */
export async function loadSite(locale: string) {
  const settings = await db.siteSettings.findUnique({
    where: { id: 1 },
    include: { translations: { where: { locale: { in: localesFor(locale) } } } },
  });
  if (!settings) return null;
  return { ...settings, ...pickTranslation(settings.translations, locale) };
}
export type SiteForEmail = NonNullable<Awaited<ReturnType<typeof loadSite>>>;

const line = (label: string, value: string) => `${label}: ${value}`;

/** What the investor asked for, one "label: value" line each (reference first). */
export function inquirySummary(inquiry: InquiryForEmail, t: Translator, locale: string): string[] {
  const sector = pickTranslation(inquiry.sector.translations, locale).name;
  const hub = inquiry.hub ? pickTranslation(inquiry.hub.translations, locale).name : t("fields.none");
  const capital = Object.entries(capitalRanges).find(([, value]) => value === inquiry.capitalRange)?.[0] ?? "under-10m";
  const number = new Intl.NumberFormat(locale);
  return [
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
}

/** Who the investor is and how to reach them: for the office's e-mails. */
export function contactLines(inquiry: InquiryForEmail, t: Translator): string[] {
  return [
    line(t("fields.name"), inquiry.fullName),
    line(t("fields.position"), inquiry.position ?? t("fields.none")),
    line(t("fields.country"), inquiry.country),
    line(t("fields.email"), inquiry.email),
    line(t("fields.phone"), inquiry.phone ?? t("fields.none")),
  ];
}

/** The link to the investor's status page. */
export function statusUrl(locale: string, reference: string): string {
  return `${env.SITE_URL}${localePath(locale, `/inquire/status?ref=${encodeURIComponent(reference)}`)}`;
}

/**
 * The "stop receiving news" line of an e-mail to an investor who agreed to
 * receive news (none otherwise): a link that withdraws the consent without
 * signing in, proved by a token derived from the reference.
 */
export async function newsletterLines(
  inquiry: Pick<InquiryForEmail, "reference" | "newsletterConsentAt">,
  t: Translator,
  locale: string,
): Promise<string[]> {
  if (!inquiry.newsletterConsentAt) return [];
  const token = await newsletterWithdrawToken(inquiry.reference);
  const query = `ref=${encodeURIComponent(inquiry.reference)}&token=${encodeURIComponent(token)}`;
  return [t("newsletter.withdraw", { url: `${env.SITE_URL}${localePath(locale, `/newsletter/withdraw?${query}`)}` })];
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
  const [inquiry, t, site] = await Promise.all([
    loadInquiry(inquiryId, locale),
    translatorFor(locale),
    loadSite(locale),
  ]);
  if (!inquiry || !site || inquiry.anonymisedAt) return null;
  const sector = pickTranslation(inquiry.sector.translations, locale).name;
  const desk = inquiry.desk ? pickTranslation(inquiry.desk.translations, locale).name : null;
  const days = site.responseTargetWorkingDays;
  const summary = inquirySummary(inquiry, t, locale);

  if (kind === "investor") {
    return {
      to: inquiry.email,
      messageId: inquiryMessageId(inquiry.reference, kind),
      fromName: site.brandName,
      replyTo: inquiry.desk?.email ?? site.email,
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
        t("investor.status", { url: statusUrl(locale, inquiry.reference) }),
        "",
        t("investor.summary"),
        ...summary.map((s) => `- ${s}`),
        "",
        t("investor.closing"),
        site.authorityName,
        "",
        ...(await newsletterLines(inquiry, t, locale)),
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
      ...contactLines(inquiry, t),
      ...summary,
      line(t("fields.language"), inquiry.locale),
      line(t("fields.newsletter"), inquiry.newsletterConsentAt ? t("fields.yes") : t("fields.no")),
      "",
      `${t("desk.message")}:`,
      inquiry.message,
    ].join("\n"),
  };
}
