import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecret } from "./app-secret";

/** People need at least this long to fill in the inquiry form; scripts do not. */
export const MINIMUM_FILL_MS = 3_000;

const STAMP = /^(\d{13})\.([A-Za-z0-9_-]{22})$/;

async function sign(issuedAtMs: number): Promise<string> {
  const key = await appSecret("form-stamp");
  return createHmac("sha256", key).update(`inquiry-form:${issuedAtMs}`).digest("base64url").slice(0, 22);
}

/** A signed record of when a form was shown, carried in a hidden field. */
export async function issueFormStamp(now = Date.now()): Promise<string> {
  return `${now}.${await sign(now)}`;
}

export type StampCheck = { outcome: "ok" } | { outcome: "tooFast" } | { outcome: "invalid" };

/** Whether a form was shown by this portal long enough before it was sent. */
export async function checkFormStamp(stamp: unknown, now = Date.now()): Promise<StampCheck> {
  const match = typeof stamp === "string" ? STAMP.exec(stamp) : null;
  if (!match) return { outcome: "invalid" };
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(await sign(issuedAt));
  const given = Buffer.from(match[2] as string);
  if (!timingSafeEqual(expected, given)) return { outcome: "invalid" };
  // A stamp from the future (clock skew between instances) counts as just issued.
  return now - issuedAt < MINIMUM_FILL_MS ? { outcome: "tooFast" } : { outcome: "ok" };
}
