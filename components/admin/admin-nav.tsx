"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `exact`: current only on that very page (the start page), not on the pages below it. */
export type AdminNavItem = { href: string; label: string; exact?: boolean };

/** The back office's sections, the current one marked (aria-current). */
export function AdminNav({ label, items }: { label: string; items: readonly AdminNavItem[] }) {
  const pathname = usePathname();
  const current = ({ href, exact }: AdminNavItem) => pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="border-b border-brand-100 bg-white">
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-1 px-2 sm:px-4">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current(item) ? "page" : undefined}
              className="inline-flex min-h-12 items-center border-b-4 border-transparent px-3 font-medium text-brand-800 hover:bg-brand-50 hover:text-brand-950 aria-[current]:border-gold-400 aria-[current]:font-semibold aria-[current]:text-brand-950"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
