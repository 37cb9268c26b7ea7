/**
 * Folds text for accent-insensitive search: Unicode-normalized (NFC and NFD
 * input give the same result), Vietnamese diacritics and đ removed, control
 * characters dropped, lower-cased, whitespace collapsed. "Bến Lức" → "ben luc".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/\p{C}/gu, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The searchable text of a parcel: its code, its hub's names and aliases, its descriptions in every locale. */
export function parcelSearchText(parts: { code: string; hubTexts: string[]; descriptions: string[] }): string {
  return foldForSearch([parts.code, ...parts.hubTexts, ...parts.descriptions].join(" "));
}
