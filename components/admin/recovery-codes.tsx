"use client";

import { type ReactNode, useEffect, useRef } from "react";

/** Recovery codes, shown once: what they are for, the codes, and the way on. Its heading takes focus when it appears. */
export function RecoveryCodes({
  title,
  intro,
  codes,
  children,
}: {
  title: string;
  intro: string;
  codes: readonly string[];
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="recovery-codes" className="space-y-4">
      <h3
        ref={heading}
        id="recovery-codes"
        tabIndex={-1}
        className="text-lg font-semibold text-brand-900 focus:outline-3 focus:outline-gold-400"
      >
        {title}
      </h3>
      <p>{intro}</p>
      <ol className="grid max-w-md grid-cols-1 gap-2 rounded-md border border-brand-100 bg-brand-50/60 p-4 font-mono text-lg sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      {children}
    </section>
  );
}
