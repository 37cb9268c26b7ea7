import type { ReactNode } from "react";

const tones = {
  on: "border-green-700 bg-green-50 text-green-900",
  off: "border-red-700 bg-red-50 text-red-900",
  wait: "border-gold-400 bg-amber-50 text-amber-950",
} as const;

/** A state in words, with a border colour as a second cue (the words carry the meaning, not the colour). */
export function StatusBadge({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return (
    <span className={`inline-block rounded border-l-4 px-2 py-0.5 text-sm font-medium ${tones[tone]}`}>{children}</span>
  );
}
