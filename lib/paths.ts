import { localePath } from "./locale-paths";
import { type ParcelSearch, searchToQuery } from "./schemas/parcel-search";

// Re-exported: most of the site imports its paths from here; client components
// import lib/locale-paths.ts itself, which pulls no schema library into the browser.
export { isSitePath, localePath, withoutLocale } from "./locale-paths";

/** The catalogue URL for a search, with some criteria changed. */
export function landUrl(locale: string, search: ParcelSearch, overrides: Partial<ParcelSearch> = {}): string {
  const query = searchToQuery(search, overrides).toString();
  return localePath(locale, query ? `/land?${query}` : "/land");
}
