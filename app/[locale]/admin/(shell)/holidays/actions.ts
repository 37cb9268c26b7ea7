"use server";

import { createHolidaySchema, holidayIdSchema, updateHolidaySchema } from "@/lib/schemas/holiday";
import { staffAction } from "@/server/auth/staff-action";
import { createHoliday, deleteHoliday, updateHoliday } from "@/server/holidays/holiday-writes";

// Public holidays (administrators: "settings:manage"). Each change ends on
// the list of the holiday's year, with a notice.

const yearPage = (date: string, done: string) => ({
  redirectTo: `/admin/holidays?year=${date.slice(0, 4)}&done=${done}`,
});

export const createHolidayAction = staffAction("settings:manage", createHolidaySchema, async (actor, input) => {
  await createHoliday({ actor, ...input });
  return yearPage(input.date, "created");
});

export const updateHolidayAction = staffAction("settings:manage", updateHolidaySchema, async (actor, input) => {
  await updateHoliday({ actor, ...input });
  return yearPage(input.date, "updated");
});

export const deleteHolidayAction = staffAction("settings:manage", holidayIdSchema, async (actor, { id }) => {
  const { date } = await deleteHoliday({ actor, id });
  return yearPage(date, "deleted");
});
