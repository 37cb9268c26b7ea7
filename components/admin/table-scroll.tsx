import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen: scrolls sideways inside its own box,
 * which can take keyboard focus (so it can be scrolled without a mouse) and
 * is named by the table's caption.
 */
export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // Focusable: a box that scrolls must be reachable by keyboard (WCAG 2.1.1).
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      // relative: screen-reader-only text inside (absolutely placed) stays within the box, not the page's width.
      className="relative overflow-x-auto rounded-lg border border-brand-100 bg-white"
    >
      {children}
    </div>
  );
}

/** The look of the back office's tables, shared so that they read alike. */
export const tableClass = {
  table: "w-full border-collapse text-left text-[0.95rem]",
  caption: "px-4 pt-4 pb-2 text-left text-lg font-semibold text-brand-900",
  th: "border-b-2 border-brand-100 bg-brand-50 px-3 py-2 font-semibold whitespace-nowrap text-brand-900",
  rowTh: "border-b border-brand-100 px-3 py-2 text-left align-top font-medium",
  td: "border-b border-brand-100 px-3 py-2 align-top",
};
