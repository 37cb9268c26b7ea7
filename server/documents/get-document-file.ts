import "server-only";
import { isPreview } from "../content/read-content";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type DocumentFile = {
  bytes: Uint8Array;
  /** The number of the legal document it is the official text of ("67/2025/QH15"). */
  documentNumber: string;
  /** Whether only a draft refers to it (preview): then it must not be cached publicly. */
  draftOnly: boolean;
};

/**
 * An uploaded file, only while a published legal document refers to it (in
 * preview, a draft too): an upload nobody published, or one replaced since,
 * is not served (docs/decisions/016).
 */
export async function getDocumentFile(id: string): Promise<DocumentFile | null> {
  if (!UUID.test(id)) return null;
  const preview = await isPreview();
  const refersTo = (column: "published" | "draft"): Prisma.ContentEntryWhereInput => ({
    [column]: { path: ["file"], equals: id },
  });
  const entries = await db.contentEntry.findMany({
    where: {
      kind: "legal-document",
      OR: preview ? [refersTo("published"), refersTo("draft")] : [refersTo("published")],
    },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: { published: true, draft: true },
  });
  const numberIn = (doc: unknown) =>
    (doc as { file?: unknown; number?: unknown } | null)?.file === id
      ? String((doc as { number?: unknown }).number ?? "")
      : null;
  const published = entries.map((e) => numberIn(e.published)).find((n) => n !== null);
  const drafted = entries.map((e) => numberIn(e.draft)).find((n) => n !== null);
  const documentNumber = published ?? (preview ? drafted : undefined);
  if (documentNumber === undefined) return null;
  const file = await db.storedFile.findUnique({ where: { id }, select: { bytes: true } });
  if (!file) return null;
  return { bytes: file.bytes, documentNumber, draftOnly: published === undefined };
}

/**
 * The Content-Disposition of a document's file, named from its number:
 * "67/2025/QH15" → 67-2025-QH15.pdf, "320/2025/NĐ-CP" → 320-2025-NĐ-CP.pdf
 * (RFC 6266's filename*, with an ASCII filename for clients without it).
 */
export function contentDisposition(documentNumber: string): string {
  const name = documentNumber
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const ascii = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9._-]+/g, "-");
  return `inline; filename="${ascii || "document"}.pdf"; filename*=UTF-8''${encodeURIComponent(`${name || "document"}.pdf`)}`;
}
