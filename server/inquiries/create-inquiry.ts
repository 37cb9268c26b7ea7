import "server-only";
import { PRIVACY_NOTICE } from "@/lib/privacy";
import {
  capitalRanges,
  type InquiryFieldErrors,
  type InquiryInput,
  inquiryFieldErrors,
  inquirySchema,
} from "@/lib/schemas/inquiry";
import { INQUIRY_EMAILS } from "../jobs/queue";
import { chooseDesk } from "../routing/choose-desk";
import {
  findReferenceByToken,
  type InquiryRow,
  insertInquiry,
  loadSubmissionContext,
  type SubmissionContext,
} from "./inquiry-sql";
import { newInquiryReference } from "./reference";

export type CreateInquiryResult =
  | { ok: true; reference: string; created: boolean }
  | { ok: false; errors: InquiryFieldErrors };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** Whether a form token can be an idempotency key (the form renders a UUID). */
export const isIdempotencyKey = (token: string) => IDEMPOTENCY_KEY.test(token);

/**
 * Stores an inquiry, routes it to a desk, records the timeline and enqueues
 * the investor's and the desk's e-mails, in one statement: either all of it
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
  return storeInquiry({ ...input, form: parsed.data });
}

/**
 * createInquiry for a form the shared schema has already accepted, with the
 * submission context if the caller has loaded it already.
 */
export async function storeInquiry(input: {
  form: InquiryInput;
  idempotencyKey: string;
  locale: string;
  now?: Date;
  hold?: "honeypot";
  context?: SubmissionContext;
}): Promise<CreateInquiryResult> {
  if (!isIdempotencyKey(input.idempotencyKey)) return { ok: false, errors: { form: "invalid" } };
  const { form } = input;
  const now = input.now ?? new Date();
  const context = input.context ?? (await loadSubmissionContext(input.idempotencyKey, form.sector, form.hub ?? null));
  if (context.earlier) return { ok: true, reference: context.earlier, created: false };
  if (context.sectorId === null) return { ok: false, errors: { sector: "required" } };
  if (form.hub && context.hubId === null) return { ok: false, errors: { hub: "invalid" } };

  const capitalRange = capitalRanges[form.capitalRange];
  const decision = input.hold
    ? null
    : chooseDesk(
        context.rules,
        { sectorId: context.sectorId, hubId: context.hubId, capitalRange },
        context.defaultDeskId,
      );
  const row: Omit<InquiryRow, "reference"> = {
    idempotencyKey: input.idempotencyKey,
    locale: input.locale,
    status: input.hold ? "HELD" : decision ? "ASSIGNED" : "NEW",
    fullName: form.fullName,
    organisation: form.organisation,
    position: form.position ?? null,
    country: form.country,
    email: form.email,
    phone: form.phone ?? null,
    sectorId: context.sectorId,
    hubId: context.hubId,
    parcelCodes: form.parcels,
    capitalRange,
    landAreaM2:
      form.landArea === undefined ? null : Math.round(form.landArea * (form.landAreaUnit === "ha" ? 10_000 : 1)),
    expectedJobs: form.expectedJobs ?? null,
    timeline: form.timeline,
    message: form.message,
    consentedAt: now,
    privacyNoticeVersion: PRIVACY_NOTICE.version,
    newsletterConsentAt: form.consentNewsletter ? now : null,
    deskId: decision?.deskId ?? null,
    routingRuleId: decision?.ruleId ?? null,
    createdAt: now,
  };
  const events = [
    { type: "received", public: true, data: {} },
    input.hold
      ? { type: "held", public: false, data: { reason: input.hold } }
      : decision
        ? { type: "routed", public: true, data: decision }
        : { type: "unrouted", public: false, data: {} },
  ];

  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = newInquiryReference(now);
    const stored = await insertInquiry({ ...row, reference }, events, input.hold ? [] : INQUIRY_EMAILS);
    if (stored) return { ok: true, reference: stored.reference, created: true };
    // Nothing was written: the same form was stored before (or concurrently),
    // or, rarely, the reference drawn was taken and another is drawn.
    const earlier = await findReferenceByToken(input.idempotencyKey);
    if (earlier) return { ok: true, reference: earlier, created: false };
  }
  throw new Error("could not draw a free inquiry reference");
}
