import { z } from "zod";

// Restoring an old revision as a new draft (the revision page's button):
// which post, the version the page read, which revision. Error messages are
// keys of "Admin.errors".

const whole = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" });

export const postRestoreSchema = z.object({ id: whole, version: whole, number: whole });
export type PostRestoreInput = z.output<typeof postRestoreSchema>;

/** A post's id as the pages and forms carry it ("12"); null for anything else. */
export const postIdOf = (raw: string | undefined): number | null =>
  raw !== undefined && /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
