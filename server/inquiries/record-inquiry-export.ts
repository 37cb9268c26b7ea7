import "server-only";
import { type InboxQuery, inboxQueryString } from "@/lib/schemas/inbox-query";
import { recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db } from "../db";
import { countInquiries } from "./list-inquiries";

/**
 * Records that someone exported inquiries (personal data leaves the portal
 * in that file): with which filter, as the URL carries it, and how many
 * inquiries it held when it was made. Written before the file is sent.
 * Returns that number.
 */
export async function recordInquiryExport(options: {
  actor: StaffActor;
  query: InboxQuery;
  now: Date;
}): Promise<number> {
  const { actor, query, now } = options;
  const rows = await countInquiries({ actor, query, now });
  const filter = Object.fromEntries(new URLSearchParams(inboxQueryString(query, { page: 1 })));
  await db.$transaction(async (tx) => {
    await recordAudit(tx, { actor }, { action: "inquiry.export", entityType: "inquiry", changes: { filter, rows } });
  });
  return rows;
}
