import { requirePermission } from "@/server/auth/require-permission";
import { isAppError } from "@/server/errors";
import { readImageVariant } from "@/server/posts/images";

export const dynamic = "force-dynamic";

/**
 * One stored size of a post's image: `/api/images/{id}/{width}` (WebP) or
 * `/api/images/{id}/share` (the JPEG for feeds and share previews). An
 * image's bytes never change (a new upload is a new id), so once a live post
 * shows it, it is cached for a year by anyone. Until then only staff who
 * write posts see it (the preview of a draft), never cached; to anyone else
 * it does not exist (404, as an unknown one), so drafts' images cannot be
 * found by guessing. A standard width larger than the upload answers the
 * largest one stored (server/posts/images.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; variant: string }> }) {
  const { id, variant } = await params;
  const image = await readImageVariant(id, variant);
  if (!image) return notFound();
  if (!image.isPublic && !(await maySeeDrafts())) return notFound();

  const etag = `"${image.sha256.slice(0, 32)}-${image.width}-${image.contentType === "image/jpeg" ? "jpg" : "webp"}"`;
  const headers: Record<string, string> = {
    "Content-Type": image.contentType,
    "Content-Disposition": "inline",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": image.isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
  };
  if (image.isPublic) {
    headers.ETag = etag;
    if (request.headers.get("if-none-match")?.includes(etag)) return new Response(null, { status: 304, headers });
  }
  headers["Content-Length"] = String(image.bytes.byteLength);
  return new Response(image.bytes as Uint8Array<ArrayBuffer>, { headers });
}

async function maySeeDrafts(): Promise<boolean> {
  try {
    await requirePermission("post:write");
    return true;
  } catch (error) {
    if (isAppError(error)) return false;
    throw error;
  }
}

function notFound() {
  return new Response("Not found", {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
