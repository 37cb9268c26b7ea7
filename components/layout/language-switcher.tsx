"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { routing } from "@/i18n/routing";
import { localePath, withoutLocale } from "@/lib/paths";

type Props = { label: string; names: Record<string, string>; current: string };

/**
 * Links to the same page in each language, keeping the query string, in the
 * server-rendered HTML: pages rendered per request (the catalogue with its
 * filters) render the links with their query, so switching language keeps a
 * search without JavaScript. Prerendered pages read no query; they are marked
 * `dynamic = "force-static"`, where the query is empty (the build fails on a
 * static page without it, rather than rendering these links in the browser).
 */
export function LanguageSwitcher({ label, names, current }: Props) {
  const path = withoutLocale(usePathname(), routing.locales);
  // Never Next.js's own `_rsc` marker: a prerendered page regenerated (after
  // its tag was revalidated) by a client navigation's request would
  // otherwise keep it in these links for everyone.
  const params = new URLSearchParams(useSearchParams());
  params.delete("_rsc");
  const query = params.toString();
  const target = query ? `${path}?${query}` : path;
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
