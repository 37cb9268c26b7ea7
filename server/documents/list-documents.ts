import "server-only";
import { DOCUMENT_TYPES } from "@/lib/content/kinds";
import { type ContentItem, listContent } from "../content/read-content";
import { db } from "../db";

export type LegalDocument = ContentItem<"legal-document"> & {
  /** The uploaded official text, when there is one. */
  file: { id: string; sizeBytes: number } | null;
};

export type DocumentGroup = { type: (typeof DOCUMENT_TYPES)[number]; documents: LegalDocument[] };

/**
 * The legal documents by type (laws first, then resolutions, decrees,
 * circulars and decisions), the most recently issued first within a type,
 * each with its uploaded file's size.
 */
export async function listDocumentGroups(): Promise<DocumentGroup[]> {
  const entries = await listContent("legal-document");
  const fileIds = entries.map((entry) => entry.doc.file).filter((id): id is string => Boolean(id));
  const files =
    fileIds.length > 0
      ? await db.storedFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, sizeBytes: true } })
      : [];
  const fileById = new Map(files.map((file) => [file.id, file]));
  const documents = entries.map((entry) => ({
    ...entry,
    file: (entry.doc.file && fileById.get(entry.doc.file)) || null,
  }));
  return DOCUMENT_TYPES.map((type) => ({
    type,
    documents: documents
      .filter((d) => d.doc.type === type)
      .sort((a, b) => (b.doc.issuedOn ?? "").localeCompare(a.doc.issuedOn ?? "") || a.key.localeCompare(b.key)),
  })).filter((group) => group.documents.length > 0);
}

/** Each legal document's number by key: what a legal basis links to (`/documents#<key>`). */
export async function documentNumbers(): Promise<Map<string, string>> {
  return new Map((await listContent("legal-document")).map((entry) => [entry.key, entry.doc.number]));
}
