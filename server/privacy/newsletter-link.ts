import "server-only";
import { headers } from "next/headers";
import { newsletterLinkSchema } from "@/lib/schemas/personal-data";
import { clientAddress } from "../security/client-address";
import { type RateLimitPolicy, takeRateLimit } from "../security/rate-limit";
import { verifyNewsletterWithdrawToken } from "./newsletter-token";
import { withdrawNewsletterConsent } from "./personal-data";

// The "stop receiving news" link of an e-mail, followed by the investor
// without an account: the token proves the link came from one of our
// e-mails (server/privacy/newsletter-token.ts).

/** Twenty withdrawals per client per ten minutes: more than anyone needs, too few to try tokens. */
export const NEWSLETTER_WITHDRAW_LIMIT: RateLimitPolicy = {
  name: "newsletter-withdraw",
  limit: 20,
  windowMs: 10 * 60_000,
};

export type NewsletterLinkOutcome =
  | { outcome: "withdrawn" }
  | { outcome: "invalid" }
  | { outcome: "rateLimited"; retryAfterMinutes: number };

/** The reference of a well-formed link whose token is right, or null. */
export async function checkNewsletterLink(fields: { ref?: unknown; token?: unknown }): Promise<string | null> {
  const parsed = newsletterLinkSchema.safeParse(fields);
  if (!parsed.success) return null;
  return (await verifyNewsletterWithdrawToken(parsed.data.ref, parsed.data.token)) ? parsed.data.ref : null;
}

/**
 * Withdraws the consent the link stands for, rate-limited per client. An
 * already withdrawn consent (or an erased inquiry) answers "withdrawn" too:
 * what the person asked for is the case. A wrong token changes nothing.
 */
export async function withdrawByLink(fields: { ref?: unknown; token?: unknown }): Promise<NewsletterLinkOutcome> {
  const attempt = await takeRateLimit(NEWSLETTER_WITHDRAW_LIMIT, clientAddress(await headers()));
  if (!attempt.allowed) {
    return { outcome: "rateLimited", retryAfterMinutes: Math.ceil((attempt.retryAt.getTime() - Date.now()) / 60_000) };
  }
  const reference = await checkNewsletterLink(fields);
  if (!reference) return { outcome: "invalid" };
  await withdrawNewsletterConsent({ actor: null, reference });
  return { outcome: "withdrawn" };
}
