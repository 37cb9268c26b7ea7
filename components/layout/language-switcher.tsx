"use client";

import { SearchParamsContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { usePathname } from "next/navigation";
import { useContext } from "react";
import { routing } from "@/i18n/routing";
import { publicLandPath } from "@/lib/land-paths";
import { localePath, withoutLocale } from "@/lib/locale-paths";
import { publicNewsPath } from "@/lib/posts/news-paths";

type Props = { label: string; names: Record<string, string>; current: string };

/**
 * Links to the same page in each language, keeping the query string. Pages
 * rendered per request (the comparison) render the links with their query in
 * the server's HTML, and the cached searches of the catalogue and the news
 * name theirs from their path, so switching language keeps a search without
 * JavaScript. A prerendered page has no query: its links carry none.
 */
export function LanguageSwitcher({ label, names, current }: Props) {
  const path = withoutLocale(usePathname(), routing.locales);
  const query = usePageQuery();
  // A filtered news list or a catalogue search is served from an internal path (proxy.ts): its links name the public URL.
  const target = publicNewsPath(path) ?? publicLandPath(path) ?? (query ? `${path}?${query}` : path);
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            {/* A plain link: switching language changes the document (<html lang>), so it is a full load. */}
            <a
              href={localePath(locale, target)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="inline-flex min-h-8 items-center rounded px-2 py-1 underline-offset-4 hover:underline aria-[current]:bg-white/15 aria-[current]:font-semibold"
            >
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The query of the page being rendered, read from the context Next.js's
 * useSearchParams reads (its `.shared-runtime` module is the one instance
 * Next.js itself uses). Not useSearchParams itself: while a page is
 * prerendered (content pages are not force-static, so that draft-mode preview
 * works) it bails out to client-side rendering up to a Suspense boundary, and
 * React may stream such a boundary's content after its fallback on any page,
 * so that without JavaScript the links would lose the query. A prerendered
 * page has no query, and its HTML is the same for every visitor.
 */
function usePageQuery(): string {
  const params = new URLSearchParams(useContext(SearchParamsContext) ?? undefined);
  // Never Next.js's own `_rsc` marker: a prerendered page regenerated (after
  // its tag was revalidated) by a client navigation's request would
  // otherwise keep it in these links for everyone.
  params.delete("_rsc");
  return params.toString();
}
