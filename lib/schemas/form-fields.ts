import { z } from "zod";

// Pieces of the back office's form schemas shared by several nouns (desks,
// routing rules, holidays). Error messages are keys of "Admin.errors".

/** A positive database id, as a form posts it. */
export const formId = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

/**
 * A short line of text (a name): Unicode NFC, runs of white space as one
 * space, trimmed, required, at most `max` characters, no control characters
 * (NUL, which PostgreSQL text cannot hold, among them).
 */
export const formLine = (max: number) =>
  z
    .string({ error: "required" })
    .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { error: "required" })
        .max(max, { error: "tooLong" })
        .refine((value) => !/\p{Cc}/u.test(value), { error: "invalid" }),
    );

export const formEmail = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

/** A check box: ticked when posted (with any value), not ticked when absent. */
export const formCheckbox = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => value !== undefined);

/** Check boxes sharing a name: none, one or several values, each one of `values`, without repeats. */
export const formChoices = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(values, { error: "invalid" })).max(values.length * 2, { error: "invalid" }))
    .transform((chosen): Values[number][] => values.filter((value) => (chosen as string[]).includes(value)));

/** Check boxes of ids sharing a name: the ids ticked, each once, in ascending order. */
export const formIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^\d{1,9}$/, { error: "invalid" })
          .transform(Number),
      )
      .max(500, { error: "invalid" }),
  )
  .transform((ids) => [...new Set(ids)].sort((a, b) => a - b));

/** A whole number between `min` and `max`, typed in a text box; anything else gets `error`. */
export const formWholeNumber = (min: number, max: number, error: string) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .regex(/^\d{1,4}$/, { error })
    .transform(Number)
    .pipe(z.number().int().min(min, { error }).max(max, { error }));
