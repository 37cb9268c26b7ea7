// Locale paths without dependencies: the header's client components (navigation,
// language switcher) and the error page read them on every page, so nothing
// here may pull in a schema library.

/**
 * The URL of a page in a locale. Every page lives under /{locale}/ and paths
 * are the same in every language, so this is all the routing links need.
 * `path` starts with "/" and may carry a query or hash ("/#sectors").
 */
export function localePath(locale: string, path: string): string {
  if (path === "/" || path.startsWith("/#") || path.startsWith("/?")) return `/${locale}${path.slice(1)}`;
  return `/${locale}${path}`;
}

/** The path of a pathname without its leading locale segment ("/en/land" → "/land"). */
export function withoutLocale(pathname: string, locales: readonly string[]): string {
  const [, first, ...rest] = pathname.split("/");
  if (first !== undefined && locales.includes(first)) return `/${rest.join("/")}`;
  return pathname;
}

/**
 * Whether a redirect target is a path of this site: one leading "/" (not
 * "//" or "/\", which browsers read as another host), no control characters.
 */
export function isSitePath(path: string): boolean {
  return /^\/(?![/\\])/.test(path) && !/[\p{Cc}\\]/u.test(path);
}
