import { requirePermission } from "@/server/auth/require-permission";
import { isAppError } from "@/server/errors";
import { cleanFileName, readStoredFile } from "@/server/files/stored-files";

export const dynamic = "force-dynamic";

/**
 * An uploaded file as editors see it from the edit page, whether or not a
 * document refers to it yet (the public route, app/api/files/[id], serves
 * only what a published document refers to). Never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission("content:edit");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) return plain(401, "Sign in to the back office first.");
    if (isAppError(error, "FORBIDDEN")) return plain(403, "Your role does not allow this.");
    throw error;
  }
  const file = await readStoredFile((await params).id);
  if (!file) return plain(404, "Not found");
  const name = cleanFileName(file.fileName);
  const ascii =
    name
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/[";\\]/g, "") || "document.pdf";
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Content-Length": String(file.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
