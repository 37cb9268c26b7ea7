"use server";

import { siteSettingsSchema } from "@/lib/schemas/site-settings";
import { staffAction } from "@/server/auth/staff-action";
import { updateSiteSettings } from "@/server/site/update-site-settings";

// The site settings administrators change ("settings:manage").

export const updateSiteSettingsAction = staffAction("settings:manage", siteSettingsSchema, async (actor, input) => {
  await updateSiteSettings({ actor, ...input });
  return { redirectTo: "/admin/settings?done=updated" };
});
