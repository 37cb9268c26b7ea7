// Viet Nam's public holidays (days off) for 2026 and 2027, under the Labour
// Code 2019, Art. 112: New Year's Day (1 day), Tết (5 days), the Hùng Kings'
// Commemoration (10th day of the 3rd lunar month), Victory Day (30 April),
// International Labour Day (1 May) and National Day (2 September and a day
// next to it). A holiday falling on a weekend is taken on the next working
// day (Art. 111(3)). Only weekdays are listed: weekends are not working days
// anyway (lib/working-days.ts). The office checks the list against each
// year's official notice; administrators edit it at /admin/holidays, and the
// seed never overwrites their changes (prisma/seed.ts, seedHolidays).

export type HolidaySeed = { date: string; vi: string; en: string };

const newYear = { vi: "Tết Dương lịch", en: "New Year's Day" };
const tet = { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" };
const tetCompensatory = { vi: "Tết Nguyên đán (nghỉ bù)", en: "Lunar New Year (compensatory day off)" };
const hungKings = { vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration Day" };
const hungKingsCompensatory = {
  vi: "Giỗ Tổ Hùng Vương (nghỉ bù)",
  en: "Hùng Kings' Commemoration Day (compensatory day off)",
};
const victory = { vi: "Ngày Chiến thắng (30/4)", en: "Victory Day (30 April)" };
const labour = { vi: "Ngày Quốc tế Lao động (1/5)", en: "International Labour Day (1 May)" };
const labourCompensatory = {
  vi: "Ngày Quốc tế Lao động (nghỉ bù)",
  en: "International Labour Day (compensatory day off)",
};
const nationalDay = { vi: "Quốc khánh", en: "National Day" };

export const holidays: HolidaySeed[] = [
  // 2026. Tết Bính Ngọ: Lunar New Year's Day is Tuesday 17 February.
  { date: "2026-01-01", ...newYear },
  { date: "2026-02-16", ...tet },
  { date: "2026-02-17", ...tet },
  { date: "2026-02-18", ...tet },
  { date: "2026-02-19", ...tet },
  { date: "2026-02-20", ...tet },
  // 10/3 lunar is Sunday 26 April: taken on Monday.
  { date: "2026-04-27", ...hungKingsCompensatory },
  { date: "2026-04-30", ...victory },
  { date: "2026-05-01", ...labour },
  { date: "2026-09-01", ...nationalDay },
  { date: "2026-09-02", ...nationalDay },

  // 2027. Tết Đinh Mùi: Lunar New Year's Day is Saturday 6 February; the
  // two Tết days on the weekend are taken on Wednesday and Thursday.
  { date: "2027-01-01", ...newYear },
  { date: "2027-02-05", ...tet },
  { date: "2027-02-08", ...tet },
  { date: "2027-02-09", ...tet },
  { date: "2027-02-10", ...tetCompensatory },
  { date: "2027-02-11", ...tetCompensatory },
  { date: "2027-04-16", ...hungKings },
  { date: "2027-04-30", ...victory },
  // 1 May is a Saturday: taken on Monday 3 May.
  { date: "2027-05-03", ...labourCompensatory },
  { date: "2027-09-02", ...nationalDay },
  { date: "2027-09-03", ...nationalDay },
];
