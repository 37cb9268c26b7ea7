import "server-only";
import type { SiteSettingsInput } from "@/lib/schemas/site-settings";
import { changesOf, recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { cacheTags } from "../cache";
import { db } from "../db";
import { AppError } from "../errors";
import { revalidateEverywhere } from "../revalidate";

/**
 * Changes the response target, the retention period and whether staff may
 * approve and publish their own posts, with its audit entry; the permission ("settings:manage") was checked by the action that
 * calls it. Public pages show both (the inquiry pages, the privacy notice),
 * so their cached copy of the settings expires at once. New inquiries are due
 * by the new target; those already received keep their due time.
 */
export async function updateSiteSettings(options: { actor: StaffActor } & SiteSettingsInput): Promise<void> {
  const { actor, responseTargetWorkingDays, retentionMonths, allowSelfApproval } = options;
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.siteSettings.findUnique({
      where: { id: 1 },
      select: { responseTargetWorkingDays: true, retentionMonths: true, allowSelfApproval: true },
    });
    if (!before) throw new AppError("NOT_CONFIGURED", "Site settings are missing: run the seed.");
    const after = { responseTargetWorkingDays, retentionMonths, allowSelfApproval };
    const changes = changesOf(before, after);
    if (Object.keys(changes).length === 0) return false;
    await tx.siteSettings.update({ where: { id: 1 }, data: after });
    await recordAudit(tx, { actor }, { action: "settings.update", entityType: "site-settings", entityId: 1, changes });
    return true;
  });
  // Expired now rather than refreshed in the background: the next page shows the new values.
  if (changed) await revalidateEverywhere([cacheTags.siteSettings]);
}

/** The values the settings page edits, read afresh. */
export async function getEditableSiteSettings(): Promise<SiteSettingsInput> {
  const settings = await db.siteSettings.findUnique({
    where: { id: 1 },
    select: { responseTargetWorkingDays: true, retentionMonths: true, allowSelfApproval: true },
  });
  if (!settings) throw new AppError("NOT_CONFIGURED", "Site settings are missing: run the seed.");
  return settings;
}
