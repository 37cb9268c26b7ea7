"use server";

import { contentEntrySchema, contentFormSchema } from "@/lib/schemas/content";
import { staffAction } from "@/server/auth/staff-action";
import { discardDraft, publishDraft, saveContent, unpublishContent } from "@/server/content/content-writes";

// Content entries (editors and administrators: "content:edit"). One set of
// actions serves every kind: the kind is a hidden field of the form, checked
// by the schema (lib/schemas/content.ts). Each change ends on the entry's
// page (or, when a draft never published is discarded, the kind's list)
// with a notice.

const entryPage = (kind: string, id: number, done: string) => ({
  redirectTo: `/admin/content/${kind}/${id}?done=${done}`,
});

export const saveContentAction = staffAction("content:edit", contentFormSchema, async (actor, input) => {
  const { id } = await saveContent({
    actor,
    kind: input.kind,
    id: input.id,
    key: input.key,
    version: input.version,
    sortOrder: input.sortOrder,
    doc: input.doc as Record<string, unknown>,
    intent: input.intent,
  });
  return entryPage(input.kind, id, input.intent === "publish" ? "published" : "saved");
});

export const publishDraftAction = staffAction("content:edit", contentEntrySchema, async (actor, input) => {
  await publishDraft({ actor, ...input });
  return entryPage(input.kind, input.id, "published");
});

export const discardDraftAction = staffAction("content:edit", contentEntrySchema, async (actor, input) => {
  const { deleted } = await discardDraft({ actor, ...input });
  return deleted
    ? { redirectTo: `/admin/content/${input.kind}?done=deleted` }
    : entryPage(input.kind, input.id, "discarded");
});

export const unpublishContentAction = staffAction("content:edit", contentEntrySchema, async (actor, input) => {
  await unpublishContent({ actor, ...input });
  return entryPage(input.kind, input.id, "unpublished");
});
