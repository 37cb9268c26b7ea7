"use client";

import { useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import { Suspense } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

type Props = { label: string; names: Record<string, string> };

function Links({ label, names, query }: Props & { query: string }) {
  const pathname = usePathname();
  const current = useLocale();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav aria-label={label}>
      <ul className="flex items-center gap-1">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="inline-flex min-h-8 items-center rounded px-2 py-1 underline-offset-4 hover:underline aria-[current]:bg-white/15 aria-[current]:font-semibold"
            >
              {names[locale]}
            </Link>
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
