import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { type AnonymisedCounts, anonymiseInquiries } from "./anonymise-inquiries";

// What the portal holds about one person, found by their e-mail address:
// for an administrator to hand it over (access, Law 91/2025/QH15), erase it,
// or withdraw their consent to news by e-mail (docs/decisions/015). Audit
// entries name inquiries by reference and count things; they never hold the
// person's data, because the audit log cannot be erased.

/** The same address however it was typed: NFC, trimmed; compared without regard to case. */
export const normaliseEmail = (email: string) => email.normalize("NFC").trim();

/** Whether two addresses are the same person's (case does not matter). */
export const sameEmail = (a: string, b: string) => normaliseEmail(a).toLowerCase() === normaliseEmail(b).toLowerCase();

/**
 * The filter for an address in any case. Prisma runs it as ILIKE, where `_`
 * (frequent in addresses) and `%` match any character: it finds a few
 * addresses too many, and every caller keeps only the rows `sameEmail` accepts.
 */
const sameAddress = (email: string) => ({ equals: normaliseEmail(email), mode: "insensitive" as const });

export type PersonalEvent = {
  id: number;
  type: string;
  at: Date;
  /** Shown on the investor's status page. */
  public: boolean;
  data: unknown;
};

export type PersonalDelivery = {
  kind: string;
  state: string;
  attempts: number;
  sentAt: Date | null;
  lastError: string | null;
  createdAt: Date;
};

export type PersonalInquiry = {
  reference: string;
  receivedAt: Date;
  locale: string;
  status: string;
  fullName: string;
  organisation: string;
  position: string | null;
  country: string;
  email: string;
  phone: string | null;
  sector: string;
  hub: string | null;
  parcelCodes: string[];
  capitalRange: string;
  landAreaM2: number | null;
  expectedJobs: number | null;
  timeline: string;
  message: string;
  consentedAt: Date;
  privacyNoticeVersion: string;
  newsletterConsentAt: Date | null;
  desk: string | null;
  dueAt: Date | null;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  events: PersonalEvent[];
  deliveries: PersonalDelivery[];
  /** E-mails owed to them or about them that have not left the outbox yet. */
  queuedEmails: number;
};

export type PersonalData = { email: string; inquiries: PersonalInquiry[] };

/**
 * Every inquiry sent with this e-mail address (in any case), with its
 * timeline, its e-mails and its consent record; names of sectors, hubs and
 * desks in `locale`. Erased inquiries no longer have the address, so they
 * are not found. `email` is the address as the portal stored it.
 */
export async function findPersonalData(email: string, locale = "vi"): Promise<PersonalData> {
  const translations = { where: { locale: { in: localesFor(locale) } } };
  const rows = await db.inquiry.findMany({
    where: { email: sameAddress(email), anonymisedAt: null },
    orderBy: { id: "asc" },
    include: {
      sector: { include: { translations } },
      hub: { include: { translations } },
      desk: { include: { translations } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      deliveries: { orderBy: { id: "asc" } },
      _count: { select: { outbox: true } },
    },
  });
  const held = rows.filter((row) => sameEmail(row.email, email));
  return {
    // As stored (the first inquiry's), else as asked.
    email: held[0]?.email ?? normaliseEmail(email),
    inquiries: held.map((row) => ({
      reference: row.reference,
      receivedAt: row.createdAt,
      locale: row.locale,
      status: row.status,
      fullName: row.fullName,
      organisation: row.organisation,
      position: row.position,
      country: row.country,
      email: row.email,
      phone: row.phone,
      sector: pickTranslation(row.sector.translations, locale).name,
      hub: row.hub ? pickTranslation(row.hub.translations, locale).name : null,
      parcelCodes: row.parcelCodes,
      capitalRange: row.capitalRange,
      landAreaM2: row.landAreaM2,
      expectedJobs: row.expectedJobs,
      timeline: row.timeline,
      message: row.message,
      consentedAt: row.consentedAt,
      privacyNoticeVersion: row.privacyNoticeVersion,
      newsletterConsentAt: row.newsletterConsentAt,
      desk: row.desk ? pickTranslation(row.desk.translations, locale).name : null,
      dueAt: row.dueAt,
      firstResponseAt: row.firstResponseAt,
      closedAt: row.closedAt,
      events: row.events.map((event) => ({
        id: event.id,
        type: event.type,
        at: event.createdAt,
        public: event.public,
        data: event.data,
      })),
      deliveries: row.deliveries.map((delivery) => ({
        kind: delivery.kind,
        state: delivery.state,
        attempts: delivery.attempts,
        sentAt: delivery.sentAt,
        lastError: delivery.lastError,
        createdAt: delivery.createdAt,
      })),
      queuedEmails: row._count.outbox,
    })),
  };
}

/** The references, as the audit log names them (one text: a list of two would read as "before → after"). */
const referencesOf = (inquiries: readonly { reference: string }[]) =>
  inquiries.map((inquiry) => inquiry.reference).join(", ");

/**
 * What the portal holds about the person, for them (a JSON file or the
 * readable page, `format`), recorded in the audit log with the references
 * it covers before it is handed over.
 */
export async function exportPersonalData(options: {
  actor: StaffActor;
  email: string;
  format: "json" | "page";
  locale?: string;
}): Promise<PersonalData> {
  const found = await findPersonalData(options.email, options.locale);
  await db.$transaction(async (tx) => {
    await recordAudit(
      tx,
      { actor: options.actor },
      {
        action: "personal-data.export",
        entityType: "personal-data",
        changes: {
          format: options.format,
          inquiries: found.inquiries.length,
          references: referencesOf(found.inquiries),
        },
      },
    );
  });
  return found;
}

/** The export as the JSON document handed to the person: every field, dates in ISO 8601 (UTC). */
export function personalDataDocument(data: PersonalData, context: { controller: string; generatedAt: Date }) {
  return {
    format: "long-an-investment-portal/personal-data/1",
    generatedAt: context.generatedAt.toISOString(),
    controller: context.controller,
    email: data.email,
    inquiries: data.inquiries,
  };
}

/** The inquiries not yet anonymised that were sent with the address. */
async function inquiriesOf(tx: Tx, email: string) {
  const rows = await tx.inquiry.findMany({
    where: { email: sameAddress(email), anonymisedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, reference: true, email: true, newsletterConsentAt: true },
  });
  return rows.filter((row) => sameEmail(row.email, email));
}

/**
 * Erases what the portal holds about the person, in one transaction: every
 * inquiry sent with the address is anonymised (server/privacy/
 * anonymise-inquiries.ts), and one audit entry records the references and
 * counts. `confirm` is the address typed a second time. Irreversible.
 */
export async function erasePersonalData(options: {
  actor: StaffActor;
  email: string;
  confirm: string;
  now?: Date;
}): Promise<AnonymisedCounts> {
  const { actor } = options;
  if (!sameEmail(options.confirm, options.email)) {
    throw new AppError("INVALID_INPUT", "The confirmation is not the same address.", {
      fields: { confirmEmail: "confirmEmailDiffers" },
    });
  }
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const inquiries = await inquiriesOf(tx, options.email);
    if (inquiries.length === 0) {
      throw new AppError("NOT_FOUND", "Nothing is held about this address.", { reason: "personNotFound" });
    }
    const counts = await anonymiseInquiries(
      tx,
      inquiries.map((inquiry) => inquiry.id),
      { now, reason: "request", actorId: actor.userId },
    );
    await recordAudit(
      tx,
      { actor },
      {
        action: "personal-data.erase",
        entityType: "personal-data",
        changes: {
          references: counts.references.join(", "),
          inquiries: counts.inquiries,
          events: counts.events,
          outbox: counts.outbox,
          jobs: counts.jobs,
          deliveries: counts.deliveries,
        },
      },
    );
    return counts;
  });
}

export type Withdrawal = { references: string[] };

/**
 * Withdraws the person's consent to news by e-mail: on every inquiry sent
 * with their address that still carries it (so that one "stop" stops every
 * newsletter to them), with a `newsletter-withdrawn` event on each. Given
 * a reference (the link in an e-mail), the address is that inquiry's.
 * Staff doing it on the person's request are recorded in the audit log;
 * the person themselves, through the link, are not (there is no one to
 * name). Withdrawing what is already withdrawn changes nothing.
 */
export async function withdrawNewsletterConsent(
  options: { actor: StaffActor | null; now?: Date } & ({ reference: string } | { email: string }),
): Promise<Withdrawal> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    let email: string;
    if ("reference" in options) {
      const inquiry = await tx.inquiry.findUnique({
        where: { reference: options.reference },
        select: { email: true, anonymisedAt: true },
      });
      if (!inquiry || inquiry.anonymisedAt) return { references: [] };
      email = inquiry.email;
    } else {
      email = options.email;
    }
    const consenting = (await inquiriesOf(tx, email)).filter((inquiry) => inquiry.newsletterConsentAt !== null);
    // Only rows still consenting are changed: two withdrawals at once record one.
    const withdrawn: typeof consenting = [];
    for (const inquiry of consenting) {
      const { count } = await tx.inquiry.updateMany({
        where: { id: inquiry.id, newsletterConsentAt: { not: null } },
        data: { newsletterConsentAt: null },
      });
      if (count === 1) withdrawn.push(inquiry);
    }
    if (withdrawn.length === 0) return { references: [] };
    await tx.inquiryEvent.createMany({
      data: withdrawn.map((inquiry) => ({
        inquiryId: inquiry.id,
        type: "newsletter-withdrawn",
        public: false,
        data: { by: options.actor ? "staff" : "investor" },
        actorId: options.actor?.userId ?? null,
        createdAt: now,
      })),
    });
    const { actor } = options;
    if (actor) {
      for (const inquiry of withdrawn) {
        await recordAudit(
          tx,
          { actor },
          {
            action: "newsletter.withdraw",
            entityType: "inquiry",
            entityId: inquiry.reference,
            changes: { newsletterConsentAt: [inquiry.newsletterConsentAt?.toISOString() ?? null, null] },
          },
        );
      }
    }
    return { references: withdrawn.map((inquiry) => inquiry.reference) };
  });
}
