import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db } from "../db";

// Uploaded files (a legal document's PDF), kept in PostgreSQL so that every
// app instance has the same bytes (docs/decisions/016). The upload route
// checks the file (lib/pdf.ts, lib/request-limits.ts) before it gets here.

export type StoredFileInfo = { id: string; fileName: string; sizeBytes: number; sha256: string; createdAt: Date };

const INFO = { id: true, fileName: true, sizeBytes: true, sha256: true, createdAt: true } as const;

/** A file name as shown and offered for download: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .normalize("NFC")
    .replace(/[\p{Cc}"]/gu, "")
    .trim()
    .slice(0, 200);
  return clean || "document.pdf";
}

/** Stores a checked PDF and records its upload; answers its id. */
export async function storePdf(options: { actor: StaffActor; fileName: string; bytes: Uint8Array }) {
  const { actor, bytes } = options;
  const fileName = cleanFileName(options.fileName);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const file = await tx.storedFile.create({
      data: {
        sha256,
        fileName,
        contentType: "application/pdf",
        sizeBytes: bytes.length,
        bytes: Buffer.from(bytes),
        uploadedById: actor.userId,
      },
      select: INFO,
    });
    await recordAudit(
      tx,
      { actor },
      {
        action: "file.upload",
        entityType: "file",
        entityId: file.id,
        changes: { fileName: [null, fileName], sizeBytes: [null, bytes.length], sha256: [null, sha256] },
      },
    );
    return file;
  });
}

/** What the back office shows of a stored file (not its bytes), or null. */
export async function getFileInfo(id: string): Promise<StoredFileInfo | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.storedFile.findUnique({ where: { id }, select: INFO });
}

/** A stored file with its bytes, or null. */
export async function readStoredFile(id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return db.storedFile.findUnique({
    where: { id },
    select: { ...INFO, contentType: true, bytes: true },
  });
}
