import "server-only";
import { addWorkingDays, officeDay } from "@/lib/working-days";
import { db, type Tx } from "../db";

export type WorkingCalendar = { targetDays: number; holidays: ReadonlySet<string> };

/** The response target and the holidays (YYYY-MM-DD) from a year before `around` to a year after. */
export async function loadWorkingCalendar(client: Tx = db, around = new Date()): Promise<WorkingCalendar> {
  const from = new Date(around.getTime() - 366 * 86_400_000);
  const to = new Date(around.getTime() + 366 * 86_400_000);
  const [settings, holidays] = await Promise.all([
    client.siteSettings.findUnique({ where: { id: 1 }, select: { responseTargetWorkingDays: true } }),
    client.holiday.findMany({
      where: { date: { gte: new Date(`${officeDay(from)}T00:00:00Z`), lte: new Date(`${officeDay(to)}T00:00:00Z`) } },
      select: { date: true },
    }),
  ]);
  return {
    targetDays: settings?.responseTargetWorkingDays ?? 2,
    holidays: new Set(holidays.map((holiday) => holiday.date.toISOString().slice(0, 10))),
  };
}

/** When the first reply to an inquiry received (or released) at `from` is due. */
export function dueFrom(from: Date, calendar: WorkingCalendar): Date {
  return addWorkingDays(from, calendar.targetDays, calendar.holidays);
}
