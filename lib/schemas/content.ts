import { z } from "zod";
import { type ContentKind, type DocOf, isContentKind } from "../content/kinds";
import { contentDocSchema, contentEntryFieldsSchema } from "../content/schema";
import { formId } from "./form-fields";

// What the back office's content forms post (app/[locale]/admin/(shell)/
// content/actions.ts). One action serves every kind: the kind comes from a
// hidden field, and the document is parsed with that kind's shared schema
// (lib/content/schema.ts). Error messages are keys of "Admin.errors".

const kindField = z.string({ error: "invalid" }).refine(isContentKind, { error: "invalid" });
const optionalId = z.preprocess((value) => (value === "" ? undefined : value), formId.optional());

export type ContentFormInput = {
  kind: ContentKind;
  /** Absent: a new entry. */
  id?: number;
  key?: string;
  sortOrder: number;
  version?: number;
  intent: "draft" | "publish";
  doc: DocOf<ContentKind>;
};

/** The whole edit form: the entry's fields and the document of its kind. */
export const contentFormSchema = z
  .looseObject({ kind: kindField, id: optionalId })
  .transform((input, ctx): ContentFormInput => {
    const kind = input.kind as ContentKind;
    const entry = contentEntryFieldsSchema.safeParse(input);
    const doc = contentDocSchema(kind).safeParse(input);
    for (const issue of [...(entry.error?.issues ?? []), ...(doc.error?.issues ?? [])]) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path, input: undefined });
    }
    if (!entry.success || !doc.success) return z.NEVER;
    return { kind, id: input.id, ...entry.data, doc: doc.data };
  });

/** A change to a saved entry as it stands (publish its draft, discard it, unpublish). */
export const contentEntrySchema = z.object({
  kind: kindField.transform((kind) => kind as ContentKind),
  id: formId,
  version: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).positive({ error: "invalid" }),
});
