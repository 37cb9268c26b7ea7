"use server";

import { readBoundary } from "@/lib/parcel-geometry";
import { parcelFormActionSchema } from "@/lib/schemas/parcel-admin";
import { geometryErrorKey, parcelRefSchema, parcelStatusSchema } from "@/lib/schemas/parcel-record";
import { staffAction } from "@/server/auth/staff-action";
import { AppError, isAppError } from "@/server/errors";
import {
  changeParcelStatus,
  createParcel,
  setParcelArchived,
  updateParcel,
  verifyParcel,
} from "@/server/parcels/parcel-writes";

// Parcels (editors and administrators: "parcel:manage"). The form has two
// buttons: "Preview boundary" checks the pasted or uploaded GeoJSON and draws
// it, nothing saved; "Save" writes every field. The status, "verified today"
// and archiving are their own small forms on the parcel's page. Each change
// ends on the parcel's page with a notice.

const parcelPage = (code: string, done: string) => ({ redirectTo: `/admin/parcels/${code}?done=${done}` });

/** A form opened before someone else's change is told so (the page then shows the parcel as it is now). */
async function atFormVersion<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isAppError(error, "CONFLICT")) throw new AppError("CONFLICT", error.message, { reason: "parcelChanged" });
    throw error;
  }
}

/** The uploaded boundary file's text (without JavaScript) stands for the pasted one. */
const formOptions = {
  files: { geometryFile: { into: "geometry", maxBytes: 400_000, tooLarge: "geometryTooLarge" } },
  // The parcel's code is not a secret (the wrapper hides fields named like sign-in codes).
  shown: ["code"],
};

export const saveParcelAction = staffAction(
  "parcel:manage",
  parcelFormActionSchema,
  async (actor, input) => {
    if (input.intent === "preview") {
      const read = readBoundary(input.geometry);
      if (!read.ok) {
        throw new AppError("INVALID_INPUT", "The boundary is refused.", {
          fields: { geometry: geometryErrorKey(read.error) },
        });
      }
      return {
        done: "previewed",
        keep: true,
        values: {
          polygon: JSON.stringify(read.polygon),
          areaM2: String(read.areaM2),
          lat: String(read.centroid.lat),
          lng: String(read.centroid.lng),
        },
      };
    }
    const { parcel, version, intent: _intent, ...record } = input;
    if (!parcel) {
      const { code } = await createParcel({ actor, input: record });
      return parcelPage(code, "created");
    }
    if (version === undefined) throw new AppError("INVALID_INPUT", "No version.", { fields: { form: "invalid" } });
    const { code, changed } = await atFormVersion(() => updateParcel({ actor, code: parcel, version, input: record }));
    return parcelPage(code, changed ? "saved" : "unchanged");
  },
  formOptions,
);

export const changeParcelStatusAction = staffAction("parcel:manage", parcelStatusSchema, async (actor, input) => {
  const { changed } = await atFormVersion(() => changeParcelStatus({ actor, ...input }));
  return parcelPage(input.code, changed ? "status" : "unchanged");
});

export const verifyParcelAction = staffAction("parcel:manage", parcelRefSchema, async (actor, input) => {
  await atFormVersion(() => verifyParcel({ actor, ...input }));
  return parcelPage(input.code, "verified");
});

export const archiveParcelAction = staffAction("parcel:manage", parcelRefSchema, async (actor, input, { form }) => {
  const archived = form.archive !== "restore";
  await atFormVersion(() => setParcelArchived({ actor, ...input, archived }));
  return parcelPage(input.code, archived ? "archived" : "restored");
});
