import { z } from "zod";
import { formId, formLine } from "./form-fields";

// Public holidays (days off), as administrators keep them. Error messages are keys of "Admin.errors".

/** The years the holidays page offers, and the dates a holiday may have. */
export const HOLIDAY_YEARS = { first: 2020, last: 2100 } as const;

const holidayDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .pipe(z.iso.date({ error: "dateInvalid" }))
  .refine(
    (value) => {
      const year = Number(value.slice(0, 4));
      return year >= HOLIDAY_YEARS.first && year <= HOLIDAY_YEARS.last;
    },
    { error: "dateInvalid" },
  );

const holidayFields = { date: holidayDate, nameVi: formLine(120), nameEn: formLine(120) };

export const createHolidaySchema = z.object(holidayFields);
export const updateHolidaySchema = z.object({ id: formId, ...holidayFields });
export const holidayIdSchema = z.object({ id: formId });
export type HolidayInput = z.output<typeof createHolidaySchema>;

/** The year in the holidays page's address; anything else reads as none. */
export const holidayYearSchema = z.coerce
  .number()
  .int()
  .min(HOLIDAY_YEARS.first)
  .max(HOLIDAY_YEARS.last)
  .optional()
  .catch(undefined);
