import { describe, expect, it } from "vitest";
import { looksLikePdf } from "./pdf";

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = (body = "1 0 obj << >> endobj\n") => `%PDF-1.7\n${body}trailer << /Root 1 0 R >>\n%%EOF\n`;

describe("looksLikePdf", () => {
  it("accepts a PDF's header and end-of-file marker, also with bytes after the marker", () => {
    expect(looksLikePdf(bytes(pdf()))).toBe(true);
    expect(looksLikePdf(bytes(`${pdf()}\r\n\0\0`))).toBe(true);
    expect(looksLikePdf(bytes(pdf().replace("1.7", "2.0")))).toBe(true);
  });

  it("refuses other files, whatever they are called", () => {
    // An executable renamed to .pdf, a PNG, a text that mentions %PDF- later on.
    expect(looksLikePdf(bytes("MZ\x90\0\x03\0\0\0 This program cannot be run in DOS mode %%EOF"))).toBe(false);
    expect(
      looksLikePdf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...bytes("IHDR%%EOF....")])),
    ).toBe(false);
    expect(looksLikePdf(bytes(` ${pdf()}`))).toBe(false);
    expect(looksLikePdf(bytes("%PDF-9.9\n%%EOF\n........"))).toBe(false);
  });

  it("refuses a PDF cut short (no end-of-file marker in its last kilobyte)", () => {
    expect(looksLikePdf(bytes(pdf().replace("%%EOF", "")))).toBe(false);
    expect(looksLikePdf(bytes(`${pdf()}${"x".repeat(2048)}`))).toBe(false);
    expect(looksLikePdf(bytes("%PDF-1.4"))).toBe(false);
  });
});
