import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { appSecret } from "./app-secret";

// A rendered inquiry form carries two signed hidden fields. The token names
// that one form: it is the inquiry's idempotency key, and only tokens the
// portal issued are accepted. The stamp records when the form was shown and
// is bound to its token, so it cannot be reused with another one; a person
// needs a few seconds to fill the form in, and a stamp older than a few hours
// is renewed before the form is accepted.

/** People need at least this long to fill in the inquiry form; scripts do not. */
export const MINIMUM_FILL_MS = 3_000;
/** A form open longer than this gets a fresh stamp and is sent again. */
export const MAXIMUM_FORM_AGE_MS = 6 * 60 * 60_000;

const TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;
const STAMP = /^(\d{13})\.([A-Za-z0-9_-]{22})$/;

async function sign(purpose: "token" | "stamp", value: string): Promise<string> {
  const key = await appSecret("form-stamp");
  return createHmac("sha256", key).update(`inquiry-form-${purpose}:${value}`).digest("base64url").slice(0, 22);
}

const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A new form's token: 128 random bits and their signature. */
export async function issueFormToken(): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  return `${id}.${await sign("token", id)}`;
}

/** Whether the portal issued this token. */
export async function isIssuedToken(token: string): Promise<boolean> {
  const match = TOKEN.exec(token);
  return match !== null && equal(await sign("token", match[1] as string), match[2] as string);
}

/** When the form with this token was shown, signed together with the token. */
export async function issueFormStamp(token: string, now = Date.now()): Promise<string> {
  return `${now}.${await sign("stamp", `${token}:${now}`)}`;
}

export type StampCheck = "ok" | "tooFast" | "expired" | "invalid";

/**
 * Whether a form was shown by this portal, with this token, long enough ago
 * for a person to fill it in and not so long ago that it went stale.
 */
export async function checkFormStamp(stamp: unknown, token: string, now = Date.now()): Promise<StampCheck> {
  const match = typeof stamp === "string" ? STAMP.exec(stamp) : null;
  if (!match) return "invalid";
  const issuedAt = Number(match[1]);
  if (!equal(await sign("stamp", `${token}:${issuedAt}`), match[2] as string)) return "invalid";
  // A stamp from the future (clock skew between instances) counts as just issued.
  if (now - issuedAt < MINIMUM_FILL_MS) return "tooFast";
  return now - issuedAt > MAXIMUM_FORM_AGE_MS ? "expired" : "ok";
}
