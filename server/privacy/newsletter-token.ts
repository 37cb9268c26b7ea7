import "server-only";
import { createHmac } from "node:crypto";
import { sameSecret } from "../auth/tokens";
import { appSecret } from "../security/app-secret";

/**
 * The token of an inquiry's "stop receiving news" link: an HMAC-SHA256 of
 * its reference under a key the portal keeps for itself, base64url (43
 * characters). Derived again whenever it is needed, so it is stored nowhere;
 * it proves the link came from one of our e-mails without a sign-in.
 */
export async function newsletterWithdrawToken(reference: string): Promise<string> {
  const key = await appSecret("newsletter-link");
  return createHmac("sha256", key).update(reference).digest("base64url");
}

/** Whether `token` is the link token of `reference` (compared in constant time). */
export async function verifyNewsletterWithdrawToken(reference: string, token: string): Promise<boolean> {
  if (!reference || !token || token.length > 100) return false;
  return sameSecret(await newsletterWithdrawToken(reference), token);
}
