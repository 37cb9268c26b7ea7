import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "../security/client-address";
import { type RateLimitPolicy, takeRateLimit } from "../security/rate-limit";
import { findInquiryStatus, type InquiryStatusView } from "./find-inquiry-status";

/** Ten look-ups per client per ten minutes: enough for typos, too few to guess. */
export const STATUS_RATE_LIMIT: RateLimitPolicy = { name: "status", limit: 10, windowMs: 10 * 60_000 };

export type StatusLookup =
  | { outcome: "found"; view: InquiryStatusView }
  | { outcome: "notFound" }
  | { outcome: "rateLimited"; retryAfterMinutes: number };

/** What the status form's action answers: the look-up, and what was typed, to show again. */
export type StatusFormState = { lookup: StatusLookup; reference: string; email: string } | null;

/** A rate-limited status look-up for the client making the current request. */
export async function lookUpInquiryStatus(reference: string, email: string, locale: string): Promise<StatusLookup> {
  const attempt = await takeRateLimit(STATUS_RATE_LIMIT, clientAddress(await headers()));
  if (!attempt.allowed) {
    return { outcome: "rateLimited", retryAfterMinutes: Math.ceil((attempt.retryAt.getTime() - Date.now()) / 60_000) };
  }
  const view = await findInquiryStatus(reference.slice(0, 40), email.slice(0, 254), locale);
  return view ? { outcome: "found", view } : { outcome: "notFound" };
}
