import { NEWS_PARAMS, newsQueryString, parseNewsQuery } from "../schemas/news-query";
import { NEWS_FILTER_SEGMENT } from "./news-paths";

/**
 * Where the proxy sends a filtered or later page of the news list: the
 * prerendered list cannot read its query (it would be rendered per request),
 * so `/{locale}/news?kind=event&page=2` is served by a page whose path holds
 * the canonical query (known parameters in a fixed order, invalid values
 * dropped) and is cached like any static page. Null for every other URL,
 * including the list with no filter (parameters it does not know are ignored).
 */
export function newsListRewrite(pathname: string, params: URLSearchParams, locales: readonly string[]): string | null {
  const match = /^\/([a-z]{2})\/news\/?$/.exec(pathname);
  if (!match?.[1] || !locales.includes(match[1])) return null;
  if (!NEWS_PARAMS.some((name) => params.has(name))) return null;
  const { query, invalid } = parseNewsQuery(params);
  const search = new URLSearchParams(newsQueryString(query));
  if (invalid.length > 0) search.set("ignored", "1");
  const segment = search.toString();
  return segment ? `/${match[1]}/news/${NEWS_FILTER_SEGMENT}/${encodeURIComponent(segment)}` : null;
}
