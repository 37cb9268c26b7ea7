import { z } from "zod";
import { cleanText, MAX_QUERY_LENGTH } from "./parcel-search";

/**
 * The site search's query (`/{locale}/search?q=…`): cleaned of control
 * characters and limited to the catalogue's query length, since the same text
 * searches the parcels. A longer query is shortened, not refused, and says so.
 */
export const siteSearchSchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => cleanText((Array.isArray(value) ? value[0] : value) ?? "")),
});

export type SiteSearchQuery = { q: string; tooLong: boolean };

export function parseSiteSearch(input: Record<string, string | string[] | undefined>): SiteSearchQuery {
  const parsed = siteSearchSchema.safeParse(input);
  const q = parsed.success ? parsed.data.q : "";
  if (q.length <= MAX_QUERY_LENGTH) return { q, tooLong: false };
  return { q: q.slice(0, MAX_QUERY_LENGTH).trim(), tooLong: true };
}

export { MAX_QUERY_LENGTH };
