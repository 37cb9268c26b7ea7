import type { ReactNode } from "react";

/**
 * One report: its heading, what it counts, the chart, the same figures as a
 * table, and a link to them as CSV. Printed, each report starts a page; the
 * link is left out.
 */
export function ReportSection({
  id,
  heading,
  intro,
  csv,
  beside = false,
  children,
}: {
  id: string;
  heading: string;
  intro?: ReactNode;
  /** `name`: the link's accessible name, the visible label and which report it downloads. */
  csv: { href: string; label: string; name: string };
  /** Chart and table side by side on a wide screen (short tables); one above the other otherwise. */
  beside?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mt-10 rounded-lg border border-brand-100 bg-white p-4 sm:p-6 print:mt-0 print:break-before-page print:border-0 print:p-0"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="max-w-3xl">
          <h2 id={`${id}-heading`} className="text-2xl font-bold tracking-tight text-brand-900">
            {heading}
          </h2>
          {intro ? <p className="mt-2 text-muted">{intro}</p> : null}
        </div>
        <a
          href={csv.href}
          download
          aria-label={csv.name}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50 print:hidden"
        >
          {csv.label}
        </a>
      </div>
      <div
        className={`mt-6 grid gap-8 ${beside ? "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start print:grid-cols-1" : ""}`}
      >
        {children}
      </div>
    </section>
  );
}
