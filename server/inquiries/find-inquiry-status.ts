import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { db } from "../db";
import { REFERENCE_PATTERN } from "./reference";

export type InquiryStatusView = {
  reference: string;
  status: string;
  events: { type: string; at: string; desk?: string }[];
};

/**
 * The public view of an inquiry, for its reference and the e-mail it was sent
 * with; null when either does not match, so a wrong pair says nothing about
 * whether the reference exists.
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
    include: {
      events: { where: { public: true }, orderBy: { id: "asc" } },
      desk: { include: { translations: { where: { locale: { in: localesFor(locale) } } } } },
    },
  });
  if (!inquiry || inquiry.email !== email.trim().toLowerCase()) return null;
  const desk = inquiry.desk ? pickTranslation(inquiry.desk.translations, locale).name : undefined;
  return {
    reference: inquiry.reference,
    status: inquiry.status,
    events: inquiry.events.map((event) => ({
      type: event.type,
      at: event.createdAt.toISOString(),
      ...(event.type === "routed" && desk ? { desk } : {}),
    })),
  };
}
