"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { routing } from "@/i18n/routing";
import { localePath, withoutLocale } from "@/lib/paths";

type Props = { label: string; names: Record<string, string>; current: string };

function Links({ label, names, current, query }: Props & { query: string }) {
  const path = withoutLocale(usePathname(), routing.locales);
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

function LinksWithQuery(props: Props) {
  return <Links {...props} query={useSearchParams().toString()} />;
}

/**
 * Links to the same page in each language, keeping the query string. Static
 * pages render without the query first; the browser adds it on hydration.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<Links {...props} query="" />}>
      <LinksWithQuery {...props} />
    </Suspense>
  );
}
