import { decodeSearchSegment, encodeSearchSegment, LAND_IGNORED_PARAM, LAND_SEARCH_SEGMENT } from "./land-paths";
import { type ParcelSearch, parseParcelSearch, type SearchIssue, searchToQuery } from "./schemas/parcel-search";

/** What the proxy does with a request for the catalogue list. */
export type LandListRoute = { rewrite: string } | { redirect: string } | null;

const FIELDS = new Set<string>([
  "q",
  "hub",
  "use",
  "status",
  "areaMin",
  "areaMax",
  "areaUnit",
  "rentMax",
  "rentBasis",
  "powerMin",
  "waterMin",
  "wastewaterMin",
  "sector",
  "sort",
  "page",
  "compare",
] satisfies SearchIssue["field"][]);
const ISSUE = /^([a-zA-Z]{1,20}):(invalid|minAboveMax|tooLong|tooDeep)$/;

/**
 * Where the proxy sends a request for `/{locale}/land` with a query. The list
 * itself is prerendered and cannot read its query, so:
 * - a search whose values all apply but are not written canonically (the
 *   filter form sends every field, "1,5" as typed) moves to its short,
 *   canonical URL, which reads the same in every language (a redirect);
 * - a canonical search is served by a page whose path holds the query, cached
 *   like any static page until the `parcels` tag is revalidated (a rewrite);
 * - a search with ignored values is served the same way, its path saying what
 *   was ignored so that the page can explain it;
 * - the list with no search is left to the prerendered page (null), as is
 *   every other path.
 */
export function landListRoute(pathname: string, params: URLSearchParams, locales: readonly string[]): LandListRoute {
  const match = /^\/([a-z]{2})\/land\/?$/.exec(pathname);
  const locale = match?.[1];
  if (!locale || !locales.includes(locale)) return null;
  const given = new URLSearchParams(params);
  // Next.js's cache-busting marker of client navigations is not part of the search.
  given.delete("_rsc");
  if (given.size === 0) return null;
  const { search, issues } = parseParcelSearch(given, { locale });
  const canonical = searchToQuery(search);
  if (issues.length === 0) {
    if (canonical.toString() !== given.toString()) {
      const query = canonical.toString();
      return { redirect: query ? `/${locale}/land?${query}` : `/${locale}/land` };
    }
  } else {
    canonical.set(LAND_IGNORED_PARAM, issues.map((issue) => `${issue.field}:${issue.code}`).join(","));
  }
  return { rewrite: `/${locale}/land/${LAND_SEARCH_SEGMENT}/${encodeSearchSegment(canonical.toString())}` };
}

/** The search (and what was ignored) a cached search's path segment carries. */
export function searchOfSegment(segment: string, locale: string): { search: ParcelSearch; issues: SearchIssue[] } {
  const params = new URLSearchParams(decodeSearchSegment(segment) ?? "");
  const noted = (params.get(LAND_IGNORED_PARAM) ?? "").split(",").flatMap((item) => {
    const [, field, code] = ISSUE.exec(item) ?? [];
    return field && code && FIELDS.has(field) ? [{ field, code } as SearchIssue] : [];
  });
  params.delete(LAND_IGNORED_PARAM);
  const { search, issues } = parseParcelSearch(params, { locale });
  const all = [...noted, ...issues];
  return { search, issues: all.filter((a, i) => all.findIndex((b) => b.field === a.field && b.code === a.code) === i) };
}
