import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { generateTOTP, getTOTPAuthUri } from "@epic-web/totp";
import { renderSVG } from "uqr";
import { sameSecret } from "./tokens";

// Time-based one-time passwords as every authenticator app makes them:
// SHA-1, 6 digits, 30-second steps (RFC 6238). A code is accepted one step
// early or late (clock drift), and never twice: the step it was made in is
// kept, and only later steps count after it.

export const TOTP = { algorithm: "SHA-1", digits: 6, period: 30 } as const;
const WINDOW = 1;

export async function newTotpSecret(): Promise<string> {
  return (await generateTOTP({ ...TOTP })).secret;
}

/** The current code of a secret (tests, and the demo hint on the sign-in page of the embedded demo). */
export async function currentTotp(secret: string): Promise<string> {
  return (await generateTOTP({ ...TOTP, secret })).otp;
}

/**
 * The time step a code belongs to if it is right for the secret within the
 * window around `now` and later than `lastStep`; otherwise null. The clock
 * is read once (`now`): the step checked is the step recorded.
 */
export async function acceptTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now = Date.now(),
): Promise<number | null> {
  const otp = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(otp)) return null;
  const key = base32Bytes(secret);
  if (!key) return null;
  const current = Math.floor(now / 1000 / TOTP.period);
  for (let step = current - WINDOW; step <= current + WINDOW; step++) {
    if (lastStep !== null && step <= lastStep) continue;
    if (sameSecret(hotp(key, step), otp)) return step;
  }
  return null;
}

/** The code of one time step (RFC 4226 with SHA-1, as authenticator apps compute it). */
function hotp(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** TOTP.digits).padStart(TOTP.digits, "0");
}

/** A base32 secret (RFC 4648) as bytes, or null if it is not one. */
function base32Bytes(secret: string): Buffer | null {
  const text = secret.replace(/=+$/, "").toUpperCase();
  if (!/^[A-Z2-7]+$/.test(text)) return null;
  const bytes: number[] = [];
  let value = 0;
  let bits = 0;
  for (const char of text) {
    value = (value << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
      value &= (1 << bits) - 1;
    }
  }
  return Buffer.from(bytes);
}

/** The QR code an authenticator app scans, as an SVG drawn on the server. */
export function totpQrSvg(secret: string, accountName: string, issuer: string): { svg: string; uri: string } {
  const uri = getTOTPAuthUri({ ...TOTP, secret, accountName, issuer });
  return { svg: renderSVG(uri, { border: 2 }), uri };
}

/** Ten recovery codes like "7KQ4-XM2P-9DTA", each usable once; only their hashes are stored. */
export function newRecoveryCodes(): string[] {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function recoveryCodeHash(code: string): string {
  const normalized = code.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return createHash("sha256").update(`recovery:${normalized}`).digest("hex");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[0-9A-Z]{12}$/.test(code.toUpperCase().replace(/[^0-9A-Z]/g, ""));
}
