import "server-only";
import { headers } from "next/headers";
import { createRateLimiter } from "@/lib/rate-limit";
import { findInquiryStatus, type InquiryStatusView } from "./find-inquiry-status";

// Ten look-ups per client per ten minutes: enough for typos, too few to guess.
const limiter = createRateLimiter({ limit: 10, windowMs: 10 * 60_000 });

export type StatusLookup =
  | { outcome: "found"; view: InquiryStatusView }
  | { outcome: "notFound" }
  | { outcome: "rateLimited"; retryAfterMinutes: number };

/** A rate-limited status look-up for the client making the current request. */
export async function lookUpInquiryStatus(reference: string, email: string, locale: string): Promise<StatusLookup> {
  const requestHeaders = await headers();
  const client =
    requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "local";
  const attempt = limiter.take(client);
  if (!attempt.allowed) return { outcome: "rateLimited", retryAfterMinutes: Math.ceil(attempt.retryAfterMs / 60_000) };
  const view = await findInquiryStatus(reference.slice(0, 40), email.slice(0, 254), locale);
  return view ? { outcome: "found", view } : { outcome: "notFound" };
}
