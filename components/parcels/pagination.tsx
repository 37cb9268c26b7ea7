import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { landUrl } from "@/lib/paths";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";

/** Previous / numbered / next links around the current page (plain links). */
export async function Pagination({
  locale,
  search,
  totalPages,
}: {
  locale: string;
  search: ParcelSearch;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const t = await getTranslations("Land.pagination");
  const current = Math.min(search.page, totalPages);
  const pages = [...new Set([1, current - 1, current, current + 1, totalPages])].filter(
    (p) => p >= 1 && p <= totalPages,
  );
  const linkClass =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-brand-100 px-3 hover:bg-brand-50";
  return (
    <nav aria-label={t("label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <Link href={landUrl(locale, search, { page: current - 1 })} className={linkClass} rel="prev">
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {pages.map((page, index) => (
          <li key={page} className="flex items-center gap-2">
            {index > 0 && page - (pages[index - 1] ?? page) > 1 ? <span aria-hidden="true">…</span> : null}
            <Link
              href={landUrl(locale, search, { page })}
              aria-label={t("page", { page })}
              aria-current={page === current ? "page" : undefined}
              className={`${linkClass} aria-[current]:bg-brand-700 aria-[current]:text-white`}
            >
              {page}
            </Link>
          </li>
        ))}
        {current < totalPages ? (
          <li>
            <Link href={landUrl(locale, search, { page: current + 1 })} className={linkClass} rel="next">
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
