/** One CSV line (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvLine(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return `${fields
    .map((field) => {
      const text = field === null || field === undefined ? "" : String(field);
      // A leading =, +, - or @ would run as a formula in a spreadsheet, and so
      // would one after a leading tab or carriage return (OWASP's list).
      const safe = /^[=+\-@\t\r]/.test(text) && typeof field === "string" ? `'${text}` : text;
      return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(",")}\r\n`;
}

/** Byte order mark: makes Excel read the file as UTF-8 (Vietnamese names intact). */
export const UTF8_BOM = "\uFEFF";
