import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

// ASVS 5.0 V6.2: at least 12 characters, up to 128 (argon2 has no 72-byte
// cut-off, the limit only bounds the work), no composition rules, and not a
// password that lists of breached passwords show to be common.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal";

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(process.cwd(), "server", "auth", "common-passwords.txt"), "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return common;
}

/** Characters, not UTF-16 units: a Vietnamese passphrase counts as it reads. */
const length = (text: string) => [...text.normalize("NFC")].length;

/**
 * What is wrong with a new password, or null. Besides the list itself, a
 * common password padded with digits or symbols ("password2026!") or
 * repeated ("dragondragon") counts as common, and so does one made of the
 * person's own e-mail name or display name (with or without its diacritics).
 */
export function passwordProblem(
  password: string,
  person: { email?: string; name?: string } = {},
): PasswordProblem | null {
  const size = length(password);
  if (size < PASSWORD_MIN) return "tooShort";
  if (size > PASSWORD_MAX) return "tooLong";
  const list = commonPasswords();
  const lower = password.normalize("NFC").toLowerCase();
  // What is left without leading and trailing digits and symbols: not \W, which
  // would count "à" in "Hà" as a symbol (it knows only ASCII letters).
  const core = lower.replace(/^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$/gu, "");
  const unrepeated = core.replace(/^(.+?)\1+$/u, "$1");
  if (list.has(lower) || list.has(core) || list.has(unrepeated)) return "common";
  if (new Set(lower).size <= 2) return "common";
  if (isSequence(lower)) return "common";
  // Letters and digits only, without diacritics: "Trần Thị Bích Ngọc" and "tranthibichngoc" are the same name.
  const squeeze = (text: string) =>
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/đ/g, "d")
      .replace(/[^\p{L}\p{N}]/gu, "");
  // With and without a number at the end, on either side: "hoa1990@…" typed as "hoa1990" or "Hoa2026!".
  const bare = (text: string) => text.replace(/\d+$/u, "");
  const own = [person.email?.split("@")[0] ?? "", person.name ?? ""]
    .map(squeeze)
    .flatMap((part) => [part, bare(part)])
    .filter((part) => part.length >= 4);
  const typed = [squeeze(lower), squeeze(core)];
  if (typed.some((text) => own.includes(text) || own.includes(bare(text)))) return "personal";
  return null;
}

/** "123456789012", "abcdefghijkl": each character one step from the last. */
function isSequence(text: string): boolean {
  const codes = [...text].map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step);
}
