"use server";

import { parcelImportApplySchema, parcelImportRefSchema } from "@/lib/schemas/parcel-import";
import { staffAction } from "@/server/auth/staff-action";
import { isAppError } from "@/server/errors";
import { applyParcelImport, recheckParcelImport } from "@/server/parcels/parcel-import";

// The buttons of an import's status page ("parcel:manage"). Both start a run
// in the background and come back to the status page, which shows its
// progress; a refusal (the report shown is not the latest, the import is
// already running) comes back to it with a notice saying why.

const statusPage = (id: string, notice: string) => ({ redirectTo: `/admin/parcels/import/${id}?notice=${notice}` });

export const applyParcelImportAction = staffAction("parcel:manage", parcelImportApplySchema, async (actor, input) => {
  try {
    await applyParcelImport({ actor, id: input.id, fingerprint: input.fingerprint });
  } catch (error) {
    if (isAppError(error, "CONFLICT")) return statusPage(input.id, error.reason ?? "changed");
    throw error;
  }
  return statusPage(input.id, "applying");
});

export const recheckParcelImportAction = staffAction("parcel:manage", parcelImportRefSchema, async (_actor, input) => {
  try {
    await recheckParcelImport(input.id);
  } catch (error) {
    if (isAppError(error, "CONFLICT")) return statusPage(input.id, error.reason ?? "running");
    throw error;
  }
  return statusPage(input.id, "rechecking");
});
