import "server-only";
import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L or U: easy to read aloud and to type back from an e-mail. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_PATTERN = /^LA-\d{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/;

/**
 * A short inquiry reference such as LA-2026-7K3QX9: six characters from a
 * cryptographic random source (30⁶ ≈ 729 million per year), so that a
 * reference alone cannot be guessed; the status page also asks for the e-mail.
 */
export function newInquiryReference(now = new Date()): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `LA-${now.getUTCFullYear()}-${code}`;
}
