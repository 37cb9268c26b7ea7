// How a post's images are stored and addressed (docs/decisions/018). An
// upload is resized once to these widths (never enlarged) as WebP, plus one
// JPEG for feeds and share previews (Open Graph), and each is served from
// `/api/images/{id}/{width}` (WebP) or `/api/images/{id}/share` (JPEG).

/** The WebP widths made from each upload (smaller ones only if the original is narrower). */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
/** The share picture's width (Open Graph recommends 1200 × 630). */
export const SHARE_IMAGE_WIDTH = 1200;
/** The narrowest image accepted. */
export const MIN_IMAGE_WIDTH = 480;
/** The formats accepted (HEIF, AVIF, GIF and SVG are refused). */
export const IMAGE_FORMATS = ["jpeg", "png", "webp"] as const;

export const imagePath = (id: string, width: number | "share") => `/api/images/${id}/${width}`;

/** A `srcset` over the widths an image has. */
export const imageSrcSet = (id: string, widths: readonly number[]) =>
  widths.map((width) => `${imagePath(id, width)} ${width}w`).join(", ");
