import { z } from "zod";
import { formWholeNumber } from "./form-fields";

// The site settings administrators change: the response target, the
// retention period, and whether staff may approve their own posts. Error
// messages are keys of "Admin.errors".

export const SETTING_LIMITS = {
  responseTargetWorkingDays: { min: 1, max: 30 },
  retentionMonths: { min: 6, max: 120 },
} as const;

export const siteSettingsSchema = z.object({
  responseTargetWorkingDays: formWholeNumber(
    SETTING_LIMITS.responseTargetWorkingDays.min,
    SETTING_LIMITS.responseTargetWorkingDays.max,
    "responseTargetRange",
  ),
  retentionMonths: formWholeNumber(
    SETTING_LIMITS.retentionMonths.min,
    SETTING_LIMITS.retentionMonths.max,
    "retentionRange",
  ),
  /** A check box: sent ("on") when ticked, absent when not. Off by default (docs/decisions/018). */
  allowSelfApproval: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});
export type SiteSettingsInput = z.output<typeof siteSettingsSchema>;
