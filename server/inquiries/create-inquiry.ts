import "server-only";
import { PRIVACY_NOTICE } from "@/lib/privacy";
import { capitalRanges, type InquiryFieldErrors, inquiryFieldErrors, inquirySchema } from "@/lib/schemas/inquiry";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { enqueueInquiryEmails, getBoss } from "../jobs/queue";
import { chooseDesk } from "../routing/choose-desk";
import { newInquiryReference } from "./reference";

export type CreateInquiryResult =
  | { ok: true; reference: string; created: boolean }
  | { ok: false; errors: InquiryFieldErrors };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Stores an inquiry, routes it to a desk, records the timeline and enqueues
 * the investor's and the desk's e-mails, in one transaction: either all of it
 * is written or none of it. Submitting the same
 * form again (same idempotency key) returns the first inquiry's reference and
 * writes nothing. An inquiry caught by the spam trap is stored too (nothing
 * is ever dropped), but held: staff release it or delete it.
 */
export async function createInquiry(input: {
  form: Record<string, unknown>;
  idempotencyKey: string;
  locale: string;
  now?: Date;
  /** Store it, but hold it for staff to review: no routing, no e-mails. */
  hold?: "honeypot";
}): Promise<CreateInquiryResult> {
  const parsed = inquirySchema.safeParse(input.form);
  if (!parsed.success) return { ok: false, errors: inquiryFieldErrors(parsed.error.issues) };
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) return { ok: false, errors: { form: "invalid" } };
  const form = parsed.data;
  const now = input.now ?? new Date();
  const boss = await getBoss();

  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const existing = await tx.inquiry.findUnique({
          where: { idempotencyKey: input.idempotencyKey },
          select: { reference: true },
        });
        if (existing) return { ok: true as const, reference: existing.reference, created: false };

        const [sector, hub] = await Promise.all([
          tx.sector.findUnique({ where: { slug: form.sector }, select: { id: true } }),
          form.hub ? tx.hub.findUnique({ where: { slug: form.hub }, select: { id: true } }) : null,
        ]);
        if (!sector) return { ok: false as const, errors: { sector: "required" as const } };
        if (form.hub && !hub) return { ok: false as const, errors: { hub: "invalid" as const } };

        const capitalRange = capitalRanges[form.capitalRange];
        const [rules, defaultDesk] = await Promise.all([
          tx.routingRule.findMany({ include: { desk: { select: { active: true } } } }),
          tx.desk.findFirst({ where: { isDefault: true, active: true }, select: { id: true } }),
        ]);
        const decision = input.hold
          ? null
          : chooseDesk(
              rules.map((rule) => ({ ...rule, deskActive: rule.desk.active })),
              { sectorId: sector.id, hubId: hub?.id ?? null, capitalRange },
              defaultDesk?.id ?? null,
            );

        const inquiry = await tx.inquiry.create({
          data: {
            reference: newInquiryReference(now),
            idempotencyKey: input.idempotencyKey,
            locale: input.locale,
            fullName: form.fullName,
            organisation: form.organisation,
            position: form.position,
            country: form.country,
            email: form.email,
            phone: form.phone,
            sectorId: sector.id,
            hubId: hub?.id,
            parcelCodes: form.parcels,
            capitalRange,
            landAreaM2:
              form.landArea === undefined
                ? undefined
                : Math.round(form.landArea * (form.landAreaUnit === "ha" ? 10_000 : 1)),
            expectedJobs: form.expectedJobs,
            timeline: form.timeline,
            message: form.message,
            consentedAt: now,
            privacyNoticeVersion: PRIVACY_NOTICE.version,
            newsletterConsentAt: form.consentNewsletter ? now : null,
            deskId: decision?.deskId,
            routingRuleId: decision?.ruleId,
            status: input.hold ? "HELD" : decision ? "ASSIGNED" : "NEW",
            events: {
              create: [
                { type: "received", public: true, createdAt: now },
                input.hold
                  ? { type: "held", public: false, data: { reason: input.hold }, createdAt: now }
                  : decision
                    ? { type: "routed", public: true, data: decision, createdAt: now }
                    : { type: "unrouted", public: false, createdAt: now },
              ],
            },
          },
          select: { id: true, reference: true },
        });
        if (!input.hold) await enqueueInquiryEmails(tx, boss, inquiry.id);
        return { ok: true as const, reference: inquiry.reference, created: true };
      });
    } catch (error) {
      // A reference drawn twice (rare) is drawn again; a concurrent submission
      // of the same form finds the inquiry the other one stored.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002" || attempt >= 3)
        throw error;
    }
  }
}
