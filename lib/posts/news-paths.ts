// The news list's URLs, without dependencies: the language switcher (a client
// component on every page) reads them, so nothing here may pull in a schema
// library.

/** The list's query parameters, in the order canonical URLs write them. */
export const NEWS_PARAMS = ["kind", "sector", "hub", "page"] as const;

/** The path segment under /{locale}/news/ of the cached filtered lists (a slug cannot start with "_"). */
export const NEWS_FILTER_SEGMENT = "_filter";

/**
 * The public URL (without locale) of a cached filtered list's internal path
 * ("/news/_filter/kind%3Devent" → "/news?kind=event"), for links rendered on
 * that page from its path, such as the language switcher's; null for any
 * other path. The segment is already canonical (lib/posts/news-rewrite.ts
 * wrote it): only the list's own parameters are kept, in their order.
 */
export function publicNewsPath(path: string): string | null {
  const match = new RegExp(`^/news/${NEWS_FILTER_SEGMENT}/([^/]+)$`).exec(path);
  if (!match?.[1]) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(decodeURIComponent(match[1]));
  } catch {
    return "/news";
  }
  const search = new URLSearchParams();
  for (const name of NEWS_PARAMS) {
    const value = params.get(name);
    if (value) search.set(name, value);
  }
  const query = search.toString();
  return query ? `/news?${query}` : "/news";
}
