// Working-day arithmetic in Viet Nam's time zone: weekends and the public
// holidays kept as data (Holiday rows) are not working days. Pure, so the
// due time of an inquiry is computed the same way everywhere.

export const OFFICE_TIME_ZONE = "Asia/Ho_Chi_Minh";
/** Viet Nam has had no daylight saving time since 1975: a fixed UTC+7. */
const OFFSET_MS = 7 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** The calendar day in Viet Nam of an instant, as YYYY-MM-DD. */
export function officeDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight in Viet Nam at the start of a YYYY-MM-DD day. */
export function startOfOfficeDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * `days` working days after `start`, at the same time of day: received on
 * a Friday at 16:00 with two working days to answer, due on Tuesday at 16:00.
 * Received on a day off, the count starts with the next working day, so the
 * answer is due at the end of the `days`-th working day (midnight after it).
 */
export function addWorkingDays(start: Date, days: number, holidays: ReadonlySet<string>): Date {
  if (days <= 0) return start;
  const startDay = officeDay(start);
  let day = startDay;
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  if (!isWorkingDay(startDay, holidays)) return startOfOfficeDay(addDays(day, 1));
  return new Date(startOfOfficeDay(day).getTime() + (start.getTime() - startOfOfficeDay(startDay).getTime()));
}

/** The working days from `from` to `to` (fractional, counting only the hours of working days). */
export function workingDaysBetween(from: Date, to: Date, holidays: ReadonlySet<string>): number {
  if (to <= from) return 0;
  let total = 0;
  let day = officeDay(from);
  const lastDay = officeDay(to);
  for (;;) {
    const dayStart = startOfOfficeDay(day).getTime();
    const dayEnd = dayStart + DAY_MS;
    if (isWorkingDay(day, holidays)) {
      const overlap = Math.min(dayEnd, to.getTime()) - Math.max(dayStart, from.getTime());
      if (overlap > 0) total += overlap / DAY_MS;
    }
    if (day === lastDay) break;
    day = addDays(day, 1);
  }
  return total;
}
