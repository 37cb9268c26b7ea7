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
export const UPLOAD_LIMITS: Readonly<Record<string, UploadLimits>> = {
  [UPLOAD_PATH]: PDF_UPLOAD_LIMITS,
  [IMAGE_UPLOAD_PATH]: IMAGE_UPLOAD_LIMITS,
};
