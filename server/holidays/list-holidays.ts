import "server-only";
import { db } from "../db";

export type HolidayRow = { id: number; date: string; nameVi: string; nameEn: string };

const rowOf = (holiday: { id: number; date: Date; translations: { locale: string; name: string }[] }): HolidayRow => {
  const nameIn = (locale: string) =>
    holiday.translations.find((t) => t.locale === locale)?.name ?? holiday.translations[0]?.name ?? "";
  return { id: holiday.id, date: holiday.date.toISOString().slice(0, 10), nameVi: nameIn("vi"), nameEn: nameIn("en") };
};

const translations = { select: { locale: true, name: true } } as const;

/** The holidays of one calendar year, by date. */
export async function listHolidays(year: number): Promise<HolidayRow[]> {
  const holidays = await db.holiday.findMany({
    where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
    orderBy: { date: "asc" },
    include: { translations },
  });
  return holidays.map(rowOf);
}

export async function getHoliday(id: number): Promise<HolidayRow | null> {
  const holiday = await db.holiday.findUnique({ where: { id }, include: { translations } });
  return holiday ? rowOf(holiday) : null;
}

/** The years that have holidays, with this year and the next always among them. */
export async function holidayYears(thisYear: number): Promise<number[]> {
  const [first, last] = await Promise.all([
    db.holiday.findFirst({ orderBy: { date: "asc" }, select: { date: true } }),
    db.holiday.findFirst({ orderBy: { date: "desc" }, select: { date: true } }),
  ]);
  const from = Math.min(thisYear, first?.date.getUTCFullYear() ?? thisYear);
  const to = Math.max(thisYear + 1, last?.date.getUTCFullYear() ?? thisYear);
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
