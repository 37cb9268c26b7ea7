import Link from "next/link";

/** Where a page sits: links to the pages above it, then the page itself (aria-current). */
export function Breadcrumbs({
  label,
  trail,
  current,
}: {
  label: string;
  trail: { href: string; text: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="text-sm">
      <ol className="flex flex-wrap gap-2 text-muted">
        {trail.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="inline-flex min-h-6 items-center text-brand-700 underline underline-offset-4"
            >
              {item.text}
            </Link>
            <span aria-hidden="true"> /</span>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
