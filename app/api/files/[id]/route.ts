import { contentDisposition, getDocumentFile } from "@/server/documents/get-document-file";

export const dynamic = "force-dynamic";

/**
 * The official text of a legal document (a PDF uploaded in the back office),
 * served while a published document refers to it. A file's id never changes
 * its bytes (a new upload is a new id), so it is cached for a year; one only a
 * draft refers to (preview) is never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = await getDocumentFile(id);
  if (!file) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  }
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(file.documentNumber),
      "Content-Length": String(file.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": file.draftOnly ? "private, no-store" : "public, max-age=31536000, immutable",
    },
  });
}
