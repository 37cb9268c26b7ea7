/**
 * Reads a number as people type it in a language: "1,5" in Vietnamese and
 * "1.5" in English are one and a half; "1.500" (Vietnamese) and "1,500"
 * (English) are fifteen hundred. A single separator that cannot be a
 * thousands separator where it stands ("1.5" on the Vietnamese page) is read
 * as the decimal point, so people used to the other convention are
 * understood. Spaces between digit groups are ignored. Anything else — signs,
 * exponents, hexadecimal, two decimal points, letters — is not a number
 * (null); an empty text is "not given" (undefined).
 */
export function parseLocaleNumber(text: string, locale: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return undefined;
  if (!/^[0-9.,]+$/.test(compact) || !/[0-9]/.test(compact)) return null;
  const { decimal, group } = separatorsOf(locale);

  const decimals = count(compact, decimal);
  const groups = count(compact, group);
  let whole = compact;
  let fraction = "";
  if (decimals > 1) return null;
  if (decimals === 1) {
    [whole, fraction] = compact.split(decimal) as [string, string];
    if (fraction.includes(group)) return null;
  } else if (groups === 1 && !isGrouped(compact, group)) {
    // "1.5" on a page whose decimal sign is a comma: the other convention.
    [whole, fraction] = compact.split(group) as [string, string];
  }
  if (whole.includes(group)) {
    if (!isGrouped(whole, group)) return null;
    whole = whole.replaceAll(group, "");
  }
  if (whole === "" && fraction === "") return null;
  const value = Number(`${whole || "0"}.${fraction || "0"}`);
  return Number.isFinite(value) ? value : null;
}

/** "12.345.678" with "." as the thousands separator: 1–3 digits, then groups of exactly 3. */
function isGrouped(text: string, group: string) {
  const parts = text.split(group);
  return /^[0-9]{1,3}$/.test(parts[0] ?? "") && parts.slice(1).every((part) => /^[0-9]{3}$/.test(part));
}

const count = (text: string, char: string) => text.split(char).length - 1;

const separators = new Map<string, { decimal: string; group: string }>();

function separatorsOf(locale: string) {
  let found = separators.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
    const decimal = parts.find((part) => part.type === "decimal")?.value ?? ".";
    found = { decimal, group: decimal === "," ? "." : "," };
    separators.set(locale, found);
  }
  return found;
}

/** The decimal sign of a language, for hints and for showing typed numbers back. */
export function decimalSeparator(locale: string): string {
  return separatorsOf(locale).decimal;
}

const inputFormats = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it in a form field: no grouping, the language's decimal sign. */
export function formatForInput(value: number | undefined, locale: string): string {
  if (value === undefined) return "";
  let format = inputFormats.get(locale);
  if (!format) {
    // Every catalogue link writes its numbers through here: one formatter per language.
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
    inputFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * A number as URLs carry it: a decimal point, no grouping, and never exactly
 * three decimals ("12.3450", not "12.345"), so that no language can read the
 * point as a thousands separator.
 */
export function canonicalNumber(value: number): string {
  const text = formatForInput(value, "en");
  return /\.\d{3}$/.test(text) ? `${text}0` : text;
}
