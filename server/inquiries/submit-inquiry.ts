import "server-only";
import { isConnectionError } from "@/lib/database-status";
import { type InquiryFieldErrors, inquiryFieldErrors, inquirySchemaFor } from "@/lib/schemas/inquiry";
import { checkFormStamp, isIssuedToken, issueFormStamp, issueFormToken } from "../security/form-token";
import { type RateLimitPolicy, takeRateLimit } from "../security/rate-limit";
import { inquiryFingerprint, settledBy, storeInquiry } from "./create-inquiry";
import { loadSubmissionContext } from "./inquiry-sql";

/** Ten inquiries per client per hour: more than any investor sends, few enough to stop a flood. */
export const INQUIRY_RATE_LIMIT: RateLimitPolicy = { name: "inquiry", limit: 10, windowMs: 60 * 60_000 };

/** The name of the form's hidden spam-trap field: people never see it, scripts fill it in. */
export const HONEYPOT_FIELD = "website";

export type SubmissionOutcome =
  /** Stored; or found, when it had been sent before ("form": this form; "content": the same inquiry from another). */
  | { kind: "accepted"; reference: string; repeated?: "form" | "content"; confirmationCapped?: boolean }
  | { kind: "invalid"; errors: InquiryFieldErrors; details?: Record<string, string> }
  /** Sent sooner after the form was shown than a person can fill it in. */
  | { kind: "tooFast" }
  /** The form's token or time stamp is missing, not the portal's, or too old: here are new ones. */
  | { kind: "expired"; token: string; stamp: string }
  /** This form was stored before with other content: refused, with a new form for the changed version. */
  | { kind: "changed"; reference: string; token: string; stamp: string }
  | { kind: "rateLimited"; retryAt: Date }
  /** The database could not be reached: nothing was stored, sending again later is safe. */
  | { kind: "unavailable" };

/**
 * Everything the inquiry form's server action decides, for one submission by
 * one client: validation, the form's signed token and stamp, what the portal
 * already has, the per-client rate limit, then storage. Nothing is dropped
 * silently: a submission is either stored (held for review if it fell into
 * the spam trap), found to be stored already, or answered with a reason.
 */
export async function submitInquiryForm(input: {
  form: Record<string, string>;
  locale: string;
  client: string;
  now?: Date;
}): Promise<SubmissionOutcome> {
  try {
    return await decide(input);
  } catch (error) {
    if (isConnectionError(error)) return { kind: "unavailable" };
    throw error;
  }
}

async function decide(input: {
  form: Record<string, string>;
  locale: string;
  client: string;
  now?: Date;
}): Promise<SubmissionOutcome> {
  const { form } = input;
  const now = input.now ?? new Date();
  const parsed = inquirySchemaFor(input.locale).safeParse(form);
  if (!parsed.success) return { kind: "invalid", errors: inquiryFieldErrors(parsed.error.issues) };

  // Only forms the portal rendered, recently enough, and not in a hurry.
  const token = form.token ?? "";
  if (!(await isIssuedToken(token))) {
    const fresh = await issueFormToken();
    return { kind: "expired", token: fresh, stamp: await issueFormStamp(fresh, now.getTime()) };
  }
  const stamp = await checkFormStamp(form.stamp, token, now.getTime());
  if (stamp === "invalid" || stamp === "expired") {
    return { kind: "expired", token, stamp: await issueFormStamp(token, now.getTime()) };
  }
  if (stamp === "tooFast") return { kind: "tooFast" };

  // What the portal already has answers without counting against the limit.
  const fingerprint = inquiryFingerprint(parsed.data);
  const context = await loadSubmissionContext({
    idempotencyKey: token,
    fingerprint,
    sector: parsed.data.sector,
    hub: parsed.data.hub ?? null,
    parcels: parsed.data.parcels,
    now,
  });
  const settled = settledBy(context, parsed.data, fingerprint);
  if (!settled) {
    const limit = await takeRateLimit(INQUIRY_RATE_LIMIT, input.client);
    if (!limit.allowed) return { kind: "rateLimited", retryAt: limit.retryAt };
  }

  const result =
    settled ??
    (await storeInquiry({
      form: parsed.data,
      idempotencyKey: token,
      locale: input.locale,
      now,
      hold: (form[HONEYPOT_FIELD] ?? "") !== "" ? "honeypot" : undefined,
      context,
      fingerprint,
    }));
  if (result.ok) {
    return result.created
      ? { kind: "accepted", reference: result.reference, confirmationCapped: result.confirmationCapped }
      : { kind: "accepted", reference: result.reference, repeated: result.repeated };
  }
  if ("changed" in result) {
    const fresh = await issueFormToken();
    return {
      kind: "changed",
      reference: result.changed.reference,
      token: fresh,
      stamp: await issueFormStamp(fresh, now.getTime()),
    };
  }
  return { kind: "invalid", errors: result.errors, details: result.details };
}
