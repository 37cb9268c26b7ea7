import "server-only";

/**
 * The file field of an upload route's multipart body, read only after its
 * limits are checked: a declared length above `bodyBytes` is refused before
 * the body is read, and a file above `fileBytes` after. The routes check
 * the content themselves. "missing": no body, no `file` field, or an empty one.
 */
export async function readUploadedFile(
  request: Request,
  limits: { bodyBytes: number; fileBytes: number },
): Promise<{ name: string; bytes: Buffer } | "tooLarge" | "missing"> {
  if (Number(request.headers.get("content-length") ?? Number.POSITIVE_INFINITY) > limits.bodyBytes) return "tooLarge";
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return "missing";
  }
  if (!(file instanceof File) || file.size === 0) return "missing";
  if (file.size > limits.fileBytes) return "tooLarge";
  return { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) };
}
