import type { ReactNode } from "react";

/** The top of a back-office page: its one <h1>, an introduction, and what one can do from here. */
export function PageHeader({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{title}</h1>
        {intro ? <p className="mt-2 text-lg text-muted">{intro}</p> : null}
      </div>
      {children ? <div className="flex flex-wrap gap-3">{children}</div> : null}
    </div>
  );
}
