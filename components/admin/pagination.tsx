/** Previous / numbered / next links around the current page (plain links, so they work without JavaScript). */
export function Pagination({
  page,
  pages,
  hrefFor,
  texts,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  texts: { label: string; previous: string; next: string; page: (page: number) => string };
}) {
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages);
  const linkClass =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-brand-100 bg-white px-3 text-brand-800 hover:bg-brand-50";
  return (
    <nav aria-label={texts.label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} className={linkClass} rel="prev">
              {texts.previous}
            </a>
          </li>
        ) : null}
        {shown.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && p - (shown[index - 1] ?? p) > 1 ? <span aria-hidden="true">…</span> : null}
            <a
              href={hrefFor(p)}
              aria-label={texts.page(p)}
              aria-current={p === page ? "page" : undefined}
              className={`${linkClass} aria-[current]:bg-brand-700 aria-[current]:text-white`}
            >
              {p}
            </a>
          </li>
        ))}
        {page < pages ? (
          <li>
            <a href={hrefFor(page + 1)} className={linkClass} rel="next">
              {texts.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
