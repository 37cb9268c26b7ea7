import { z } from "zod";

// The import's buttons on its status page: the import, and for "apply" the
// fingerprint of the report the page showed (server/parcels/parcel-import.ts).

const importId = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: "notFound" });

export const parcelImportRefSchema = z.object({ id: importId });

export const parcelImportApplySchema = z.object({
  id: importId,
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, { error: "conflict" }),
});
