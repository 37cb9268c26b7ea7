import "server-only";
import { type InquiryFieldErrors, inquiryFieldErrors, inquirySchema } from "@/lib/schemas/inquiry";
import { checkFormStamp, issueFormStamp } from "../security/form-stamp";
import { type RateLimitPolicy, takeRateLimit } from "../security/rate-limit";
import { isIdempotencyKey, storeInquiry } from "./create-inquiry";
import { loadSubmissionContext } from "./inquiry-sql";

/** Ten inquiries per client per hour: more than any investor sends, few enough to stop a flood. */
export const INQUIRY_RATE_LIMIT: RateLimitPolicy = { name: "inquiry", limit: 10, windowMs: 60 * 60_000 };

/** The name of the form's hidden spam-trap field: people never see it, scripts fill it in. */
export const HONEYPOT_FIELD = "website";

export type SubmissionOutcome =
  | { kind: "accepted"; reference: string }
  | { kind: "invalid"; errors: InquiryFieldErrors }
  /** Sent sooner after the form was shown than a person can fill it in. */
  | { kind: "tooFast" }
  /** The form's time stamp is missing or was not issued by the portal: here is a new one. */
  | { kind: "expired"; stamp: string }
  | { kind: "rateLimited"; retryAt: Date };

/**
 * Everything the inquiry form's server action decides, for one submission by
 * one client: validation, the spam checks, the per-client rate limit, then
 * storage. Nothing is dropped silently: a submission is either stored (held
 * for review if it fell into the spam trap) or answered with a reason.
 */
export async function submitInquiryForm(input: {
  form: Record<string, string>;
  locale: string;
  client: string;
  now?: Date;
}): Promise<SubmissionOutcome> {
  const { form } = input;
  const now = input.now ?? new Date();
  const parsed = inquirySchema.safeParse(form);
  if (!parsed.success) return { kind: "invalid", errors: inquiryFieldErrors(parsed.error.issues) };
  const stamp = await checkFormStamp(form.stamp, now.getTime());
  if (stamp.outcome === "invalid") return { kind: "expired", stamp: await issueFormStamp(now.getTime()) };
  if (stamp.outcome === "tooFast") return { kind: "tooFast" };

  // A form sent again (double click, refresh, network retry) is answered
  // without counting against the limit; storeInquiry settles concurrent ones.
  const token = form.token ?? "";
  if (!isIdempotencyKey(token)) return { kind: "invalid", errors: { form: "invalid" } };
  const context = await loadSubmissionContext(token, parsed.data.sector, parsed.data.hub ?? null);
  if (context.earlier) return { kind: "accepted", reference: context.earlier };

  const limit = await takeRateLimit(INQUIRY_RATE_LIMIT, input.client);
  if (!limit.allowed) return { kind: "rateLimited", retryAt: limit.retryAt };

  const trapped = (form[HONEYPOT_FIELD] ?? "") !== "";
  const result = await storeInquiry({
    form: parsed.data,
    idempotencyKey: token,
    locale: input.locale,
    now,
    hold: trapped ? "honeypot" : undefined,
    context,
  });
  return result.ok ? { kind: "accepted", reference: result.reference } : { kind: "invalid", errors: result.errors };
}
