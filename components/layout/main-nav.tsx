"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { routing } from "@/i18n/routing";
import { localePath, withoutLocale } from "@/lib/locale-paths";

export type NavItem = { href: string; label: string };

/**
 * The section a path belongs to: the item whose path is the path itself or
 * one of its parents ("/incentives/estimate" is in "/incentives"); home only
 * for itself.
 */
export function currentSection(path: string, items: readonly NavItem[]): string | undefined {
  const matches = items
    .map((item) => item.href)
    .filter((href) => (href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`)));
  return matches.sort((a, b) => b.length - a.length)[0];
}

/**
 * The main navigation's links, the current section marked with aria-current
 * (in the server-rendered HTML: the path is known while rendering). `layout`
 * sets a row (wide screens) or a column (the small-screen menu).
 */
export function MainNav({
  items,
  locale,
  label,
  layout,
}: {
  items: readonly NavItem[];
  locale: string;
  label: string;
  layout: "row" | "column";
}) {
  const path = withoutLocale(usePathname(), routing.locales);
  const current = currentSection(path, items);
  return (
    <nav aria-label={label}>
      <ul className={layout === "row" ? "-mx-2 flex flex-wrap gap-x-1" : "flex flex-col"}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={localePath(locale, item.href)}
              aria-current={item.href === current ? (item.href === path ? "page" : "true") : undefined}
              className={`inline-flex min-h-11 items-center rounded px-2 font-medium text-brand-800 hover:bg-brand-50 hover:text-brand-950 aria-[current]:text-brand-950 aria-[current]:underline aria-[current]:decoration-gold-400 aria-[current]:decoration-[3px] aria-[current]:underline-offset-8 ${layout === "column" ? "w-full" : ""}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
