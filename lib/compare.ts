/** Which of several values is best: the highest, the lowest, or none (not comparable). */
export type Better = "higher" | "lower" | "none";

/** Indexes of the best values (all of them on a tie); none when fewer than two values differ. */
export function bestIndexes(values: (number | null)[], better: Better): Set<number> {
  const present = values.filter((v): v is number => v !== null);
  if (better === "none" || present.length < 2 || new Set(present).size === 1) return new Set();
  const best = better === "higher" ? Math.max(...present) : Math.min(...present);
  return new Set(values.flatMap((v, i) => (v === best ? [i] : [])));
}
