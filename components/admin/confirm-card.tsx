import type { ReactNode } from "react";

/**
 * A change that cannot be taken back in one click: first a link to this
 * card in its confirming state (`?confirm=…`), then the button that does it
 * (the children), next to a way out. Works the same without JavaScript.
 */
export function ConfirmCard({
  id,
  heading,
  body,
  start,
  question,
  cancel,
  startHref,
  cancelHref,
  confirming,
  level = 2,
  children,
}: {
  id: string;
  heading: string;
  body: string;
  start: string;
  question: string;
  cancel: string;
  startHref: string;
  cancelHref: string;
  confirming: boolean;
  /** The heading's level where the card sits (a card inside a section of the page: 3). */
  level?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div
      id={id}
      className={`rounded-lg border bg-white p-5 ${confirming ? "border-4 border-red-700" : "border-brand-100"}`}
    >
      <Heading className="text-lg font-semibold text-brand-900">{heading}</Heading>
      <p className="mt-1 mb-4 text-muted">{body}</p>
      {confirming ? (
        <div className="space-y-4">
          <p className="font-semibold text-red-900">{question}</p>
          {children}
          <a
            href={cancelHref}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {cancel}
          </a>
        </div>
      ) : (
        <a
          href={startHref}
          className="inline-flex min-h-11 items-center justify-center rounded-md border-2 border-red-700 bg-white px-5 font-semibold text-red-800 hover:bg-red-50"
        >
          {start}
        </a>
      )}
    </div>
  );
}
