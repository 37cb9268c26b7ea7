"use server";

import { assignSchema, heldSchema, noteSchema, replySchema, rerouteSchema, statusSchema } from "@/lib/schemas/triage";
import { staffAction } from "@/server/auth/staff-action";
import { inScope, readScopeOf } from "@/server/inquiries/inquiry-scope";
import {
  addInquiryNote,
  assignInquiry,
  changeInquiryStatus,
  releaseHeldInquiry,
  replyToInquiry,
  rerouteInquiry,
} from "@/server/inquiries/triage-writes";

// The changes to one inquiry from its page (officers of its desk and
// administrators: "inquiry:manage:own-desk"; the write functions check the
// desk). Each ends on the inquiry's page with a notice (`done`), read again
// from the database; a refusal stays on the form with its reason.

const inquiryPage = (reference: string, done: string) => ({
  redirectTo: `/admin/inquiries/${encodeURIComponent(reference)}?done=${done}`,
});

export const assignInquiryAction = staffAction("inquiry:manage:own-desk", assignSchema, async (actor, input) => {
  const assigneeId = input.assigneeId === "me" ? actor.userId : input.assigneeId;
  await assignInquiry({ actor, reference: input.reference, version: input.version, assigneeId });
  return inquiryPage(
    input.reference,
    assigneeId === null ? "unassigned" : assigneeId === actor.userId ? "taken" : "assigned",
  );
});

export const changeInquiryStatusAction = staffAction("inquiry:manage:own-desk", statusSchema, async (actor, input) => {
  await changeInquiryStatus({
    actor,
    reference: input.reference,
    version: input.version,
    to: input.to,
    reason: input.reason,
    comment: input.comment,
  });
  return inquiryPage(input.reference, input.to === "SPAM" ? "spam" : "status");
});

export const rerouteInquiryAction = staffAction("inquiry:manage:own-desk", rerouteSchema, async (actor, input) => {
  await rerouteInquiry({
    actor,
    reference: input.reference,
    version: input.version,
    deskId: input.deskId,
    comment: input.comment,
  });
  // Sent to a desk that is not theirs, the inquiry is no longer the officer's to see.
  if (!inScope(readScopeOf(actor), input.deskId)) return { redirectTo: "/admin/inquiries?done=rerouted" };
  return inquiryPage(input.reference, "rerouted");
});

export const addInquiryNoteAction = staffAction("inquiry:manage:own-desk", noteSchema, async (actor, input) => {
  await addInquiryNote({ actor, reference: input.reference, text: input.text });
  return inquiryPage(input.reference, "noted");
});

export const replyToInquiryAction = staffAction("inquiry:manage:own-desk", replySchema, async (actor, input) => {
  await replyToInquiry({
    actor,
    reference: input.reference,
    version: input.version,
    subject: input.subject,
    text: input.text,
  });
  return inquiryPage(input.reference, "replied");
});

export const releaseHeldInquiryAction = staffAction("inquiry:manage:own-desk", heldSchema, async (actor, input) => {
  await releaseHeldInquiry({ actor, reference: input.reference, version: input.version });
  return inquiryPage(input.reference, "released");
});

/** A held inquiry confirmed as spam: the spam check was right. */
export const confirmSpamAction = staffAction("inquiry:manage:own-desk", heldSchema, async (actor, input) => {
  await changeInquiryStatus({ actor, reference: input.reference, version: input.version, to: "SPAM" });
  return inquiryPage(input.reference, "spam");
});
