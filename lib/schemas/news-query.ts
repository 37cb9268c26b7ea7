import { z } from "zod";
import { NEWS_PARAMS } from "../posts/news-paths";
import { POST_KIND_SLUGS, type PostKindSlug } from "../posts/workflow";

// The news list's filters, as the URL carries them (`?kind=event&sector=…&hub=…&page=2`).
// A value that is not valid is dropped (the list shows without it and says so),
// never an error page: these URLs are typed, shared and crawled.

export const NEWS_PAGE_SIZE = 10;
/** Deepest page a URL can ask for; the list never has this many posts. */
export const NEWS_MAX_PAGE = 1000;
/** The parameters the list reads, in the order the canonical query writes them. */
export { NEWS_PARAMS };

export type NewsQuery = { kind?: PostKindSlug; sector?: string; hub?: string; page: number };

const kindSlugs = Object.values(POST_KIND_SLUGS) as [PostKindSlug, ...PostKindSlug[]];
const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const fieldSchemas = {
  kind: z.enum(kindSlugs),
  sector: slug,
  hub: slug,
  page: z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(NEWS_MAX_PAGE)),
} as const;

/**
 * Reads the filters from a query string. Empty values are absent (the form's
 * "all" choices send them); `invalid` lists the parameters whose value was
 * dropped. Only the first value of a repeated parameter counts.
 */
export function parseNewsQuery(params: URLSearchParams): { query: NewsQuery; invalid: string[] } {
  const query: NewsQuery = { page: 1 };
  const invalid: string[] = [];
  for (const name of NEWS_PARAMS) {
    const raw = params.get(name)?.trim();
    if (!raw) continue;
    const result = fieldSchemas[name].safeParse(raw);
    if (!result.success) invalid.push(name);
    else Object.assign(query, { [name]: result.data });
  }
  return { query, invalid };
}

/** The query string of a list (its canonical form: known parameters, fixed order, page 1 left out). */
export function newsQueryString(query: Partial<NewsQuery>): string {
  const params = new URLSearchParams();
  for (const name of NEWS_PARAMS) {
    const value = query[name];
    if (value === undefined || (name === "page" && value === 1)) continue;
    params.set(name, String(value));
  }
  return params.toString();
}
