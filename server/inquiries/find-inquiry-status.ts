import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { db } from "../db";
import { REFERENCE_PATTERN } from "./reference";

/** The steps of an inquiry its investor sees, in the status page's words (Inquiry.status.events). */
export const PUBLIC_EVENTS = ["received", "routed", "inProgress", "answered", "closed", "reopened"] as const;
export type PublicEventType = (typeof PUBLIC_EVENTS)[number];

export type InquiryStatusView = {
  reference: string;
  /**
   * The status whose public words describe it (Inquiry.status.statuses):
   * the internal one, except that a new inquiry already at its desk reads as
   * "passed to the desk in charge" (ASSIGNED's words); held reads "received",
   * spam "closed".
   */
  status: string;
  /** When the office first answered by e-mail. */
  answeredAt?: string;
  events: { type: PublicEventType; at: string; desk?: string }[];
};

const isPublicEvent = (type: string): type is PublicEventType => (PUBLIC_EVENTS as readonly string[]).includes(type);

/**
 * The public view of an inquiry, for its reference and the e-mail it was sent
 * with; null when either does not match, so a wrong pair says nothing about
 * whether the reference exists. Only public events are shown, and of the
 * desks only the one each routing named.
 */
export async function findInquiryStatus(
  reference: string,
  email: string,
  locale: string,
): Promise<InquiryStatusView | null> {
  const normalizedReference = reference.trim().toUpperCase();
  if (!REFERENCE_PATTERN.test(normalizedReference)) return null;
  const inquiry = await db.inquiry.findUnique({
    where: { reference: normalizedReference },
    include: { events: { where: { public: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!inquiry || inquiry.anonymisedAt || inquiry.email !== email.trim().toLowerCase()) return null;
  const events = inquiry.events.filter((event) => isPublicEvent(event.type));
  const deskIds = events
    .map((event) => (event.data as { deskId?: unknown } | null)?.deskId)
    .filter((id): id is number => typeof id === "number");
  const desks = await db.desk.findMany({
    where: { id: { in: [...new Set(deskIds)] } },
    select: { id: true, translations: { where: { locale: { in: localesFor(locale) } } } },
  });
  const deskName = new Map(desks.map((desk) => [desk.id, pickTranslation(desk.translations, locale).name]));
  const answered = events.find((event) => event.type === "answered");
  return {
    reference: inquiry.reference,
    status: inquiry.status === "NEW" && inquiry.deskId !== null ? "ASSIGNED" : inquiry.status,
    ...(answered ? { answeredAt: answered.createdAt.toISOString() } : {}),
    events: events.map((event) => {
      const deskId = (event.data as { deskId?: unknown } | null)?.deskId;
      const desk = event.type === "routed" && typeof deskId === "number" ? deskName.get(deskId) : undefined;
      return {
        type: event.type as PublicEventType,
        at: event.createdAt.toISOString(),
        ...(desk ? { desk } : {}),
      };
    }),
  };
}
