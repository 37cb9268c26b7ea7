"use server";

import { postIdOf, postRestoreSchema } from "@/lib/posts/restore-schema";
import { postFormSchema, postTransitionSchema } from "@/lib/posts/schema";
import { staffAction } from "@/server/auth/staff-action";
import { AppError } from "@/server/errors";
import { createPost, restoreRevision, savePost, transitionPost } from "@/server/posts/post-writes";

// Posts (editors and administrators: "post:write"). Saving creates a new
// revision; "Save and preview" then opens the preview of it. The
// transitions are one action: the transition table (lib/posts/workflow.ts)
// is checked again inside transitionPost with the person's permissions, so
// approving and publishing need "post:publish" there, and the author's own
// approval is refused unless the site settings allow it. Each change ends on
// the post's page with a notice.

const postPage = (id: number, done: string) => ({ redirectTo: `/admin/posts/${id}?done=${done}` });

/** The post a form names; a missing or malformed id is refused like a post that does not exist. */
function postId(form: Record<string, string>): number {
  const id = postIdOf(form.id);
  if (id === null) throw new AppError("NOT_FOUND", "No such post.", { reason: "notFound" });
  return id;
}

export const savePostAction = staffAction("post:write", postFormSchema, async (actor, input, { form }) => {
  const preview = form.intent === "preview";
  if (!form.id) {
    const { id } = await createPost({ actor, doc: input.doc });
    return preview ? { redirectTo: `/admin/posts/${id}/preview` } : postPage(id, "created");
  }
  const id = postId(form);
  if (input.version === undefined) throw new AppError("INVALID_INPUT", "No version.", { fields: { form: "invalid" } });
  const { changed } = await savePost({ actor, id, version: input.version, doc: input.doc });
  if (preview) return { redirectTo: `/admin/posts/${id}/preview` };
  return postPage(id, changed ? "saved" : "unchanged");
});

export const transitionPostAction = staffAction("post:write", postTransitionSchema, async (actor, input, { form }) => {
  const id = postId(form);
  await transitionPost({
    actor,
    id,
    version: input.version,
    action: input.action,
    comment: input.comment || undefined,
    scheduledFor: input.scheduledFor,
  });
  return postPage(id, input.action);
});

export const restoreRevisionAction = staffAction("post:write", postRestoreSchema, async (actor, input) => {
  await restoreRevision({ actor, id: input.id, version: input.version, number: input.number });
  return postPage(input.id, "restored");
});
