import "server-only";
import { createHash } from "node:crypto";
import { privacyNoticeVersion } from "@/lib/privacy";
import {
  capitalRanges,
  type InquiryFieldErrors,
  type InquiryInput,
  inquiryFieldErrors,
  inquirySchemaFor,
} from "@/lib/schemas/inquiry";
import { addWorkingDays } from "@/lib/working-days";
import { INQUIRY_EMAILS } from "../jobs/queue";
import { chooseDesk } from "../routing/choose-desk";
import { rateLimitKey } from "../security/rate-limit";
import {
  findByToken,
  type InquiryRow,
  insertInquiry,
  loadSubmissionContext,
  type SubmissionContext,
} from "./inquiry-sql";
import { newInquiryReference } from "./reference";
import { inquirySearchText } from "./search-text";

/**
 * At most this many confirmation e-mails go to one address a day, however the
 * inquiries reach the portal: the form cannot be used to mail someone else.
 * The inquiries themselves are stored and reach their desk as usual.
 */
export const CONFIRMATION_CAP = { limit: 3, windowMs: 24 * 60 * 60_000 };

export type CreateInquiryResult =
  /** Stored now, or found: the same form sent again ("form"), or the same content from a new form within a day ("content"). */
  | { ok: true; reference: string; created: true; confirmationCapped: boolean }
  | { ok: true; reference: string; created: false; repeated: "form" | "content" }
  /** This form (its token) was stored before with other content: refused, nothing written. */
  | { ok: false; changed: { reference: string } }
  | { ok: false; errors: InquiryFieldErrors; details?: Record<string, string> };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._-]{16,64}$/;

/**
 * Stores an inquiry typed on a page in `locale`: validates it with the shared
 * schema, then routes it to a desk and records it, its timeline and the
 * e-mails it is owed in one statement (storeInquiry).
 */
export async function createInquiry(input: {
  form: Record<string, unknown>;
  idempotencyKey: string;
  locale: string;
  now?: Date;
  /** Store it, but hold it for staff to review: no routing, no e-mails. */
  hold?: "honeypot";
}): Promise<CreateInquiryResult> {
  const parsed = inquirySchemaFor(input.locale).safeParse(input.form);
  if (!parsed.success) return { ok: false, errors: inquiryFieldErrors(parsed.error.issues) };
  return storeInquiry({ ...input, form: parsed.data });
}

/** What an inquiry says, as a hash: the same fields typed the same way give the same fingerprint. */
export function inquiryFingerprint(form: InquiryInput): string {
  const fields = Object.entries(form)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash("sha256").update(JSON.stringify(fields)).digest("base64url");
}

/**
 * createInquiry for a form the shared schema has already accepted, with the
 * submission context if the caller has loaded it already. Nothing is written
 * when the form was stored before (same token), when the same content came
 * from another form within a day, or when something in it is not known (a
 * sector, hub or parcel code the portal does not have). An inquiry caught by
 * the spam trap is stored too (nothing is ever dropped), but held: staff
 * release it or delete it.
 */
export async function storeInquiry(input: {
  form: InquiryInput;
  idempotencyKey: string;
  locale: string;
  now?: Date;
  hold?: "honeypot";
  context?: SubmissionContext;
  fingerprint?: string;
}): Promise<CreateInquiryResult> {
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) return { ok: false, errors: { form: "invalid" } };
  const { form } = input;
  const now = input.now ?? new Date();
  const fingerprint = input.fingerprint ?? inquiryFingerprint(form);
  const context =
    input.context ??
    (await loadSubmissionContext({
      idempotencyKey: input.idempotencyKey,
      fingerprint,
      sector: form.sector,
      hub: form.hub ?? null,
      parcels: form.parcels,
      now,
    }));
  const settled = settledBy(context, form, fingerprint);
  if (settled) return settled;
  if (context.sectorId === null) throw new Error("unreachable: sector checked");

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
    fingerprint,
    locale: input.locale,
    // Routed to a desk, it waits there for an officer: assigned is a person's step.
    status: input.hold ? "HELD" : "NEW",
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
    privacyNoticeVersion: privacyNoticeVersion(context.retentionMonths),
    newsletterConsentAt: form.consentNewsletter ? now : null,
    deskId: decision?.deskId ?? null,
    routingRuleId: decision?.ruleId ?? null,
    dueAt: addWorkingDays(now, context.targetDays, new Set(context.holidays)),
    searchText: "",
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
  const cap = input.hold ? null : { key: await rateLimitKey("confirmation", form.email), ...CONFIRMATION_CAP };

  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = newInquiryReference(now);
    const searchText = inquirySearchText({ ...row, reference });
    const stored = await insertInquiry(
      { ...row, reference, searchText },
      events,
      input.hold ? [] : INQUIRY_EMAILS,
      cap,
    );
    if (stored) {
      return { ok: true, reference: stored.reference, created: true, confirmationCapped: stored.confirmationCapped };
    }
    // Nothing was written: the same form was stored concurrently, or, rarely,
    // the reference drawn was taken and another is drawn.
    const earlier = await findByToken(input.idempotencyKey);
    if (earlier) return knownOutcome({ ...context, earlier, duplicate: null }, fingerprint) as CreateInquiryResult;
  }
  throw new Error("could not draw a free inquiry reference");
}

/**
 * The answer a submission gets from its context alone, before anything is
 * counted or written: the portal has it already, or it names a sector, hub or
 * parcel the portal does not have. Null: it is to be stored.
 */
export function settledBy(
  context: SubmissionContext,
  form: InquiryInput,
  fingerprint: string,
): CreateInquiryResult | null {
  const known = knownOutcome(context, fingerprint);
  if (known) return known;
  if (context.sectorId === null) return { ok: false, errors: { sector: "required" } };
  if (form.hub && context.hubId === null) return { ok: false, errors: { hub: "invalid" } };
  if (context.unknownParcels.length > 0) {
    return {
      ok: false,
      errors: { parcels: "parcelsUnknown" },
      details: { parcels: context.unknownParcels.join(", ") },
    };
  }
  return null;
}

/**
 * The answer when the portal already has this inquiry: the same form sent
 * again with the same content is the same inquiry, with other content it is
 * refused (an idempotency key names one request, Stripe's rule); the same
 * content from another form within a day is the same inquiry too.
 */
function knownOutcome(
  context: Pick<SubmissionContext, "earlier" | "duplicate">,
  fingerprint: string,
): CreateInquiryResult | null {
  const { earlier, duplicate } = context;
  if (earlier) {
    // Inquiries stored before fingerprints were kept compare as equal.
    if (earlier.fingerprint !== null && earlier.fingerprint !== fingerprint) {
      return { ok: false, changed: { reference: earlier.reference } };
    }
    return { ok: true, reference: earlier.reference, created: false, repeated: "form" };
  }
  if (duplicate) return { ok: true, reference: duplicate, created: false, repeated: "content" };
  return null;
}
