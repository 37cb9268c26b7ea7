// The catalogue list's URLs, without dependencies: the language switcher (a
// client component on every page) reads them, so nothing here may pull in a
// schema library.

/** The path segment under /{locale}/land/ of the cached searches (a parcel code cannot start with "_"). */
export const LAND_SEARCH_SEGMENT = "_search";

/** The parameter of a cached search's segment that lists what was ignored ("areaMin:invalid,page:tooDeep"). */
export const LAND_IGNORED_PARAM = "ignored";

/**
 * A canonical query as a path segment: base64url of its UTF-8 bytes. Nothing
 * in it needs percent-encoding (a "%" in a rewritten path is decoded again
 * by Next.js, so "compare=A%2CB" or a Vietnamese keyword would not survive).
 */
export function encodeSearchSegment(query: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(query)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The query a segment of encodeSearchSegment holds; null when it is not one. */
export function decodeSearchSegment(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return null;
  try {
    const binary = atob(segment.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * The public URL (without locale) of a cached search's internal path
 * ("/land/_search/aHViPWJlbi1sdWM" → "/land?hub=ben-luc"), for links rendered
 * on that page from its path, such as the language switcher's; null for any
 * other path. The segment is already canonical (lib/land-rewrite.ts wrote
 * it): only the note of what was ignored is left out.
 */
export function publicLandPath(path: string): string | null {
  const match = new RegExp(`^/land/${LAND_SEARCH_SEGMENT}/([^/]+)$`).exec(path);
  if (!match?.[1]) return null;
  const params = new URLSearchParams(decodeSearchSegment(match[1]) ?? "");
  params.delete(LAND_IGNORED_PARAM);
  const query = params.toString();
  return query ? `/land?${query}` : "/land";
}
