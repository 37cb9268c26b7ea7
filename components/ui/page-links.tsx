import Link from "next/link";

type Props = {
  current: number;
  totalPages: number;
  /** The URL of a page of the list. */
  hrefFor: (page: number) => string;
  labels: { label: string; previous: string; next: string; page: (page: number) => string };
  className?: string;
  /**
   * Plain `<a>` links (a full load) instead of client navigation: for a list
   * the proxy serves from another path by its query (the news list), which
   * the client router could otherwise answer from the prefetched plain list.
   */
  fullLoad?: boolean;
};

/**
 * Previous / numbered / next links around the current page of a public list
 * (plain links, so they work without JavaScript): the first, the last and
 * the current page's neighbours, gaps shown as "…".
 */
export function PageLinks({ current, totalPages, hrefFor, labels, className = "mt-6", fullLoad = false }: Props) {
  if (totalPages <= 1) return null;
  const Anchor = fullLoad ? "a" : Link;
  const page = Math.min(current, totalPages);
  const pages = [...new Set([1, page - 1, page, page + 1, totalPages])].filter((p) => p >= 1 && p <= totalPages);
  // The look is in the stylesheet (.page-link in app/globals.css): one short class on each of the links.
  const linkClass = "page-link";
  return (
    <nav aria-label={labels.label} className={className}>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Anchor href={hrefFor(page - 1)} className={linkClass} rel="prev">
              {labels.previous}
            </Anchor>
          </li>
        ) : null}
        {pages.map((number, index) => (
          <li key={number} className="flex items-center gap-2">
            {index > 0 && number - (pages[index - 1] ?? number) > 1 ? <span aria-hidden="true">…</span> : null}
            <Anchor
              href={hrefFor(number)}
              aria-label={labels.page(number)}
              aria-current={number === page ? "page" : undefined}
              className={linkClass}
            >
              {number}
            </Anchor>
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <Anchor href={hrefFor(page + 1)} className={linkClass} rel="next">
              {labels.next}
            </Anchor>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
