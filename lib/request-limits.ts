/**
 * The largest form body the portal accepts. The longest inquiry the schema
 * allows (every field at its limit, in Vietnamese) is under 40 KiB.
 */
export const MAX_FORM_BYTES = 128 * 1024;

/**
 * The largest PDF an editor may upload (a legal document's file), checked by
 * the upload route on the file itself.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The one path that takes uploads (app/api/admin/files/route.ts). */
export const UPLOAD_PATH = "/api/admin/files";

/**
 * The largest body the front door lets through to the upload path: the file
 * plus room for the multipart envelope and the form's other fields.
 */
export const MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/** The largest image an editor may upload (a post's cover), checked by its route on the file itself. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

/** The route that takes images (app/api/admin/images/route.ts). */
export const IMAGE_UPLOAD_PATH = "/api/admin/images";

/**
 * The paths that take files, each with the largest body the front door lets
 * through (the file plus room for the multipart envelope and the other
 * fields) and the file limit it names when it refuses one. Every other post
 * keeps MAX_FORM_BYTES.
 */
export type UploadLimits = { bodyBytes: number; fileBytes: number };
export const PDF_UPLOAD_LIMITS: UploadLimits = { bodyBytes: MAX_UPLOAD_BODY_BYTES, fileBytes: MAX_UPLOAD_BYTES };
export const IMAGE_UPLOAD_LIMITS: UploadLimits = { bodyBytes: MAX_IMAGE_BYTES + 64 * 1024, fileBytes: MAX_IMAGE_BYTES };
/** The route that takes parcel imports (app/api/admin/parcel-imports/route.ts): a 10,000-row export is about 4 MB. */
export const PARCEL_IMPORT_PATH = "/api/admin/parcel-imports";
export const MAX_PARCEL_IMPORT_BYTES = 10 * 1024 * 1024;
export const PARCEL_IMPORT_LIMITS: UploadLimits = {
  bodyBytes: MAX_PARCEL_IMPORT_BYTES + 64 * 1024,
  fileBytes: MAX_PARCEL_IMPORT_BYTES,
};
/**
 * The parcel form's pages (new and edit): their server action takes a pasted
 * boundary and an uploaded GeoJSON file, each up to a few hundred KB (the
 * geometry field's own limit is 400,000 characters).
 */
export const PARCEL_FORM_PATH = /^\/[a-z]{2}\/admin\/parcels\/[A-Za-z0-9-]{1,20}$/;
export const PARCEL_FORM_LIMITS: UploadLimits = { bodyBytes: 1024 * 1024 + 64 * 1024, fileBytes: 1024 * 1024 };
export const UPLOAD_LIMITS: Readonly<Record<string, UploadLimits>> = {
  [UPLOAD_PATH]: PDF_UPLOAD_LIMITS,
  [IMAGE_UPLOAD_PATH]: IMAGE_UPLOAD_LIMITS,
  [PARCEL_IMPORT_PATH]: PARCEL_IMPORT_LIMITS,
};

/** The limits of a path that takes more than a plain form, if it is one. */
export function uploadLimitsFor(path: string): UploadLimits | undefined {
  if (Object.hasOwn(UPLOAD_LIMITS, path)) return UPLOAD_LIMITS[path];
  return PARCEL_FORM_PATH.test(path) ? PARCEL_FORM_LIMITS : undefined;
}
