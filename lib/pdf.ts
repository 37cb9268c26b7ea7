// Whether uploaded bytes are a PDF, judged by the bytes themselves: never by
// the file's name or the type the browser claims, which the uploader chooses.

const HEADER = /^%PDF-(?:1\.[0-7]|2\.0)/;
const TAIL_BYTES = 1024;

/**
 * A PDF starts with its header (`%PDF-1.x` or `%PDF-2.0`) and ends with the
 * end-of-file marker `%%EOF`, which readers look for within the last kilobyte
 * (some writers add a line break or a few bytes after it).
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  if (bytes.length < 16) return false;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 16));
  if (!HEADER.test(head)) return false;
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));
  return tail.includes("%%EOF");
}
