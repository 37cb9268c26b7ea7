import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { type IMAGE_FORMATS, IMAGE_WIDTHS, MIN_IMAGE_WIDTH, SHARE_IMAGE_WIDTH } from "@/lib/posts/images";
import { MAX_IMAGE_BYTES } from "@/lib/request-limits";
import type { Database, Tx } from "../db";
import { query } from "../sql";

// A post's images (docs/decisions/018): an upload is checked by its content,
// decoded once per variant by sharp and stored as the WebP widths of
// lib/posts/images.ts plus one share JPEG, in PostgreSQL like every other
// file. The original bytes are never kept nor served: only what sharp wrote,
// so whatever rode along in the file (EXIF with GPS, XMP, comments, a script
// appended after the image data) is gone.

export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Why an upload is refused: a key of Admin.errors. */
export type ImageRefusal =
  | "imageNotAllowed"
  | "imageTooLarge"
  | "imageTooSmall"
  | "imageTooManyPixels"
  | "imageAnimated";

export type ImageVariantData = {
  width: number;
  height: number;
  contentType: "image/webp" | "image/jpeg";
  bytes: Buffer;
};

export type ProcessedImage = {
  /** The upload's own size, upright (after its EXIF orientation). */
  width: number;
  height: number;
  format: ImageFormat;
  /** Of the uploaded bytes. */
  sha256: string;
  sizeBytes: number;
  variants: ImageVariantData[];
};

/**
 * The most pixels an upload may have. A 50-megapixel phone photo passes; a
 * small file that claims 20000 × 20000 (a decompression bomb: 400 million
 * pixels, over a gigabyte decoded) does not, and is refused from its header
 * before anything is decoded.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** The share picture's proportions, Open Graph's 1.91:1 (1200 × 630). */
const SHARE_RATIO = 630 / 1200;
const WEBP_QUALITY = 80;
const JPEG_QUALITY = 82;

// Each upload is decoded a few times (once per variant); the operation cache
// only helps when the same file is processed again, which never happens.
sharp.cache(false);

/** The WebP widths made from an upright image `width` wide: the standard ones it covers, and its own when narrower than the largest. */
export function imageWidths(width: number): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((standard) => standard <= width);
  const largest = Math.max(...IMAGE_WIDTHS);
  if (width >= MIN_IMAGE_WIDTH && width < largest && !widths.includes(width)) widths.push(width);
  return widths;
}

/** The share JPEG's size: 1.91:1, cropped from the middle, never larger than the upload. */
export function shareSize(width: number, height: number): { width: number; height: number } {
  const shareWidth = Math.min(SHARE_IMAGE_WIDTH, width, Math.floor(height / SHARE_RATIO));
  return { width: shareWidth, height: Math.max(1, Math.round(shareWidth * SHARE_RATIO)) };
}

/** The format the bytes start with (the file's signature), or null: never the name or the type the browser claims. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const starts = (signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  // RIFF <size> WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/** Whether a PNG is animated (APNG): its `acTL` chunk comes before the image data. libvips would keep only the first frame. */
function isAnimatedPng(bytes: Buffer): boolean {
  const data = bytes.indexOf("IDAT", 8, "latin1");
  const control = bytes.indexOf("acTL", 8, "latin1");
  return control !== -1 && (data === -1 || control < data);
}

// Two uploads decoded at once at most: each can hold tens of megabytes of
// pixels, and the machine has two cores. Staff upload one image at a time,
// so the queue is almost always empty.
const MAX_AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * Checks an upload and makes its variants, or says why it is refused. The
 * signature must be JPEG, PNG or WebP and sharp must read the same format
 * from it; HEIF/AVIF, GIF, SVG, TIFF and anything else are refused, as are
 * files sharp cannot decode to the end (truncated, or a signature followed by
 * something else), animations, images over MAX_IMAGE_PIXELS and narrower
 * than MIN_IMAGE_WIDTH.
 */
export async function processImage(bytes: Buffer): Promise<ImageRefusal | ProcessedImage> {
  if (bytes.length > MAX_IMAGE_BYTES) return "imageTooLarge";
  const format = sniffImageFormat(bytes);
  if (!format) return "imageNotAllowed";
  if (format === "png" && isAnimatedPng(bytes)) return "imageAnimated";

  let metadata: Metadata;
  try {
    // Reads the header only; `limitInputPixels: false` so that an oversized
    // one is told apart (imageTooManyPixels) from one sharp cannot read.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return "imageNotAllowed";
  }
  if (metadata.format !== format) return "imageNotAllowed";
  if ((metadata.pages ?? 1) > 1) return "imageAnimated";
  if (metadata.width * metadata.height > MAX_IMAGE_PIXELS) return "imageTooManyPixels";
  const { width, height } = metadata.autoOrient;
  if (width < MIN_IMAGE_WIDTH) return "imageTooSmall";

  const share = shareSize(width, height);
  // `failOn: "error"` refuses what a decoder reports as an error, truncation
  // included, but not the harmless warnings some cameras' files raise.
  const input = () =>
    sharp(bytes, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS, autoOrient: true }).toColourspace("srgb");
  try {
    const variants = await oneAtATime(() =>
      Promise.all([
        ...imageWidths(width).map(async (target): Promise<ImageVariantData> => {
          const { data, info } = await input()
            .resize({ width: target, withoutEnlargement: true })
            .webp({ quality: WEBP_QUALITY })
            .toBuffer({ resolveWithObject: true });
          return { width: info.width, height: info.height, contentType: "image/webp", bytes: data };
        }),
        (async (): Promise<ImageVariantData> => {
          const { data, info } = await input()
            .resize({ width: share.width, height: share.height, fit: "cover", position: "centre" })
            .flatten({ background: "#ffffff" })
            .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
            .toBuffer({ resolveWithObject: true });
          return { width: info.width, height: info.height, contentType: "image/jpeg", bytes: data };
        })(),
      ]),
    );
    return {
      width,
      height,
      format,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      sizeBytes: bytes.length,
      variants,
    };
  } catch {
    return "imageNotAllowed";
  }
}

/** Stores a processed image and its variants; answers its id and its WebP widths. */
export async function storeImage(
  tx: Tx | Database,
  processed: ProcessedImage,
  uploadedById: number | null,
): Promise<{ id: string; widths: number[] }> {
  const image = await tx.image.create({
    data: {
      sha256: processed.sha256,
      width: processed.width,
      height: processed.height,
      format: processed.format,
      uploadedById,
    },
    select: { id: true },
  });
  await tx.imageVariant.createMany({
    data: processed.variants.map((variant) => ({
      imageId: image.id,
      width: variant.width,
      height: variant.height,
      contentType: variant.contentType,
      sizeBytes: variant.bytes.length,
      // sharp hands out Node buffers, which Prisma takes as they are.
      bytes: variant.bytes as Uint8Array<ArrayBuffer>,
    })),
  });
  return { id: image.id, widths: webpWidths(processed.variants) };
}

/** The WebP widths among an image's variants, narrowest first (an image's `srcset`). */
export const webpWidths = (variants: readonly { width: number; contentType: string }[]) =>
  variants
    .filter((variant) => variant.contentType === "image/webp")
    .map((variant) => variant.width)
    .sort((a, b) => a - b);

export type ServedVariant = {
  bytes: Buffer;
  width: number;
  contentType: "image/webp" | "image/jpeg";
  /** The upload's digest, which with the width and type names these bytes for ever (the ETag). */
  sha256: string;
  /** The image is a live post's cover or appears in a live post's text: anyone may see it. */
  isPublic: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One variant of an image, with whether it is public, in one query. `variant`
 * is "share" (the JPEG) or a width: one of IMAGE_WIDTHS, or the upload's own
 * width when that was stored. A standard width larger than the upload (which
 * is never enlarged) answers the largest WebP stored, so that a `srcset`
 * written from IMAGE_WIDTHS never breaks; any other width is null, as is an
 * unknown image.
 */
export async function readImageVariant(id: string, variant: string): Promise<ServedVariant | null> {
  if (!UUID.test(id)) return null;
  const share = variant === "share";
  const width = share ? Number.MAX_SAFE_INTEGER : /^[1-9]\d{0,4}$/.test(variant) ? Number(variant) : null;
  if (width === null) return null;
  const standard = share || (IMAGE_WIDTHS as readonly number[]).includes(width);
  const rows = await query<{ bytes: Buffer; width: number; contentType: string; sha256: string; isPublic: boolean }>(
    `SELECT v.bytes, v.width, v."contentType", i.sha256,
            EXISTS (SELECT 1 FROM "Post" p WHERE p.live AND p."coverImageId" = i.id)
            OR EXISTS (
              SELECT 1 FROM "PostTranslation" t JOIN "Post" p ON p.id = t."postId"
              WHERE p.live AND strpos(t."bodyHtml", $5) > 0
            ) AS "isPublic"
       FROM "Image" i JOIN "ImageVariant" v ON v."imageId" = i.id
      WHERE i.id = $1::uuid AND v."contentType" = $2 AND v.width <= $3 AND (v.width = $3 OR $4)
      ORDER BY v.width DESC
      LIMIT 1`,
    [
      id,
      share ? "image/jpeg" : "image/webp",
      Math.min(width, 2_147_483_647),
      standard,
      `/api/images/${id.toLowerCase()}/`,
    ],
  );
  const row = rows[0];
  if (!row) return null;
  return { ...row, contentType: row.contentType as ServedVariant["contentType"] };
}
