import { isWorkingDay } from "./working-days";

/**
 * The office days from `first` to `last` (YYYY-MM-DD, both included), each
 * with whether it is a working day and how many working days come before it
 * in the table. With it, the working time up to an instant t on day d is
 * `before(d) + (working(d) ? the fraction of d gone by t : 0)`, and the
 * working days between two instants are the difference of the two: the same
 * figure as `workingDaysBetween`, looked up instead of counted, so a query
 * can work it out for many inquiries at once (server/reports/load-reports.ts).
 */
export function workingDayTable(
  first: string,
  last: string,
  holidays: ReadonlySet<string>,
): { days: string[]; before: number[]; working: boolean[] } {
  const table = { days: [] as string[], before: [] as number[], working: [] as boolean[] };
  let before = 0;
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= Date.parse(`${last}T00:00:00Z`); time += 86_400_000) {
    const day = new Date(time).toISOString().slice(0, 10);
    const working = isWorkingDay(day, holidays);
    table.days.push(day);
    table.before.push(before);
    table.working.push(working);
    if (working) before += 1;
  }
  return table;
}
