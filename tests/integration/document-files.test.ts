import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// The legal documents' files through their route, against a real PostgreSQL:
// a file is served only while a published legal document refers to it (in
// preview, a draft too), as a PDF named after the document's number.
const preview = { enabled: false };
vi.mock("next/headers", async () => ({
  ...(await import("../fixtures/next-request")).nextHeaders,
  draftMode: async () => ({ isEnabled: preview.enabled, enable() {}, disable() {} }),
}));

const { db } = await import("@/server/db");
const { GET } = await import("@/app/api/files/[id]/route");

const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const KEY = "test-files-320-2025-nd-cp";
const doc = (file: string | null) => ({
  number: "320/2025/NĐ-CP",
  type: "decree",
  title: { vi: "Nghị định thử", en: "Test decree" },
  issuer: { vi: "Chính phủ", en: "Government" },
  issuedOn: "2025-12-15",
  effectiveOn: null,
  status: "in-force",
  file,
  sourceUrl: "",
  summary: { vi: "", en: "" },
});

const get = (id: string) => GET(new Request(`http://localhost/api/files/${id}`), { params: Promise.resolve({ id }) });
const createFile = () =>
  db.storedFile.create({
    data: {
      sha256: "0".repeat(64),
      fileName: "upload.pdf",
      contentType: "application/pdf",
      sizeBytes: PDF.byteLength,
      bytes: PDF,
    },
  });
const fileIds: string[] = [];

async function cleanUp() {
  await db.contentEntry.deleteMany({ where: { kind: "legal-document", key: { startsWith: "test-files-" } } });
}

beforeAll(cleanUp);
afterEach(() => {
  preview.enabled = false;
});
afterAll(async () => {
  await cleanUp();
  await db.storedFile.deleteMany({ where: { id: { in: fileIds } } });
  await db.$disconnect();
});

describe("GET /api/files/[id]", () => {
  it("serves a file a published legal document refers to, inline, named after its number, cached for long", async () => {
    const file = await createFile();
    fileIds.push(file.id);
    await db.contentEntry.create({
      data: { kind: "legal-document", key: KEY, published: doc(file.id), publishedAt: new Date() },
    });

    const response = await get(file.id);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="320-2025-ND-CP.pdf"; filename*=UTF-8''${encodeURIComponent("320-2025-NĐ-CP.pdf")}`,
    );
  });

  it("does not serve a file no legal document refers to", async () => {
    const file = await createFile();
    fileIds.push(file.id);
    expect((await get(file.id)).status).toBe(404);
  });

  it("serves a file only a draft refers to in preview only, never cached publicly", async () => {
    const file = await createFile();
    fileIds.push(file.id);
    await db.contentEntry.create({
      data: { kind: "legal-document", key: `${KEY}-draft`, published: doc(null), draft: doc(file.id) },
    });
    expect((await get(file.id)).status).toBe(404);

    preview.enabled = true;
    const response = await get(file.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("stops serving a file once the document refers to another one", async () => {
    const [old, replacement] = [await createFile(), await createFile()];
    fileIds.push(old.id, replacement.id);
    await db.contentEntry.create({
      data: { kind: "legal-document", key: `${KEY}-replaced`, published: doc(replacement.id), publishedAt: new Date() },
    });
    expect((await get(old.id)).status).toBe(404);
    expect((await get(replacement.id)).status).toBe(200);
  });

  it("answers 404 for an id that is not a file's", async () => {
    for (const id of ["not-a-uuid", "../../etc/passwd", randomUUID(), `${randomUUID()}x`]) {
      const response = await get(id);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).not.toContain("pdf");
    }
  });
});
