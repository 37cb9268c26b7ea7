import { z } from "zod";
import { formCheckbox, formChoices, formId } from "./form-fields";
import { capitalRanges } from "./inquiry";

// Routing rules, as administrators create, change and order them, and the
// "which desk would get this?" question. Error messages are keys of "Admin.errors".

/** The capital ranges of the inquiry form, as the database stores them, in the form's order. */
export const CAPITAL_RANGES = Object.values(capitalRanges) as [
  (typeof capitalRanges)[keyof typeof capitalRanges],
  ...(typeof capitalRanges)[keyof typeof capitalRanges][],
];
export type CapitalRangeCode = (typeof CAPITAL_RANGES)[number];

/** A select box whose first option, "any", posts an empty value. */
const anyOrId = z
  .string()
  .optional()
  .transform((value) => value ?? "")
  .pipe(
    z.union([
      z.literal("").transform(() => null),
      z
        .string()
        .regex(/^\d{1,9}$/, { error: "invalid" })
        .transform(Number),
    ]),
  );

const ruleFields = {
  /** null: any sector. */
  sector: anyOrId,
  /** null: any hub (an inquiry that names no hub included). */
  hub: anyOrId,
  /** None ticked: any capital range. */
  capitalRanges: formChoices(CAPITAL_RANGES),
  desk: z
    .string({ error: "required" })
    .regex(/^\d{1,9}$/, { error: "required" })
    .transform(Number),
  active: formCheckbox,
};

export const createRoutingRuleSchema = z.object(ruleFields);
export const updateRoutingRuleSchema = z.object({ id: formId, ...ruleFields });
export type RoutingRuleInput = z.output<typeof createRoutingRuleSchema>;

export const moveRoutingRuleSchema = z.object({ id: formId, direction: z.enum(["up", "down"], { error: "invalid" }) });
export const routingRuleIdSchema = z.object({ id: formId });

/**
 * The "which desk would get this?" form (a GET form: its answer is a page
 * one can link to): the slugs the inquiry form posts. Anything unknown reads
 * as not chosen.
 */
export const whichDeskQuerySchema = z.object({
  sector: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  /** Absent or empty: the investor named no hub. */
  hub: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  capital: z
    .enum(Object.keys(capitalRanges) as [keyof typeof capitalRanges, ...(keyof typeof capitalRanges)[]])
    .optional()
    .catch(undefined),
});
export type WhichDeskQuery = z.output<typeof whichDeskQuerySchema>;
