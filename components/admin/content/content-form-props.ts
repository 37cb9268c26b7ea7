import "server-only";
import { CONTENT_KINDS, type ContentKind, textIn } from "@/lib/content/kinds";
import { refOptions } from "@/server/content/admin-content";
import { getFileInfo } from "@/server/files/stored-files";
import { fileSize } from "./content-entry-panels";
import type { FileChoice, RefChoice } from "./content-field";

/** The choices of a kind's ref fields, titled in the page's language (Vietnamese where English is missing). */
export async function refChoicesFor(kind: ContentKind, locale: string): Promise<Record<string, RefChoice[]>> {
  const options = await refOptions(kind);
  return Object.fromEntries(
    Object.entries(options).map(([target, entries]) => [
      target,
      entries.map((entry) => {
        const title = textIn(entry.title, locale);
        return {
          key: entry.key,
          title: title.text || entry.key,
          lang: title.lang === locale ? undefined : title.lang,
          published: entry.published,
        };
      }),
    ]),
  );
}

/**
 * The file field's file: one just uploaded (`?file=` on the page's address,
 * not yet saved) before the saved one.
 */
export async function fileChoiceFor(
  kind: ContentKind,
  locale: string,
  saved: unknown,
  uploaded: string | undefined,
): Promise<FileChoice | undefined> {
  if (!CONTENT_KINDS[kind].fields.some((field) => field.type === "file")) return undefined;
  const fresh = uploaded ? await getFileInfo(uploaded) : null;
  const id = fresh?.id ?? (typeof saved === "string" && saved ? saved : null);
  if (!id) return undefined;
  const info = fresh ?? (await getFileInfo(id));
  if (!info) return { id, missing: true };
  return {
    id: info.id,
    name: info.fileName,
    size: fileSize(info.sizeBytes, locale),
    href: `/api/admin/files/${info.id}`,
    fresh: fresh !== null,
  };
}
