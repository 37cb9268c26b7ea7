import "server-only";
import { query } from "../sql";

// The delivery ledger: one EmailDelivery row per e-mail an inquiry is owed,
// claimed before the SMTP conversation and settled after it, so that no job
// (a retry, an expired job run again, a second worker) ever starts a second
// conversation for an e-mail the mail server may already have. Each outcome
// and its timeline event are written by one statement. Prisma keeps DateTime
// columns as UTC timestamps without a time zone, hence `now() AT TIME ZONE`.

/**
 * An inquiry's e-mail: its kind, and for a reply or a re-routing notice the
 * timeline event it carries (an inquiry can have many of those). The ledger
 * keeps one row per e-mail: kind "investor", "desk", "reply:<eventId>"...
 */
export type EmailRef = { inquiryId: number; kind: string; eventId?: number };

/** The ledger's kind of an e-mail (unique with the inquiry). */
export const deliveryKind = ({ kind, eventId }: EmailRef) => (eventId === undefined ? kind : `${kind}:${eventId}`);
export type DeliveryState = "SENDING" | "SENT" | "NOT_ACCEPTED" | "UNCERTAIN";
export type Claim = { claimed: true; messageId: string } | { claimed: false; state: DeliveryState; messageId: string };

const NOW = `(now() AT TIME ZONE 'UTC')`;

/**
 * An outcome's event data as the timeline keeps it: without the recipient's
 * address and the mail server's answer (which may quote it) once the
 * inquiry's personal data has been erased — an attempt under way while it
 * was erased must not write the address back (docs/decisions/015).
 */
const KEPT = (parameter: string) =>
  `(CASE WHEN (SELECT "anonymisedAt" FROM "Inquiry" i WHERE i.id = "inquiryId") IS NULL THEN ${parameter}::jsonb
    ELSE ${parameter}::jsonb - 'to' - 'error' END)`;
const KEPT_ERROR = (parameter: string) =>
  `(CASE WHEN (SELECT "anonymisedAt" FROM "Inquiry" i WHERE i.id = "EmailDelivery"."inquiryId") IS NULL
    THEN ${parameter} ELSE NULL END)`;

/**
 * Claims the e-mail for one SMTP conversation: a first attempt, or one after
 * the server certainly did not take it (NOT_ACCEPTED). Otherwise returns the
 * state found. The Message-ID stored by the first claim is the one to send.
 */
export async function claimEmail(email: EmailRef, messageId: string): Promise<Claim> {
  const { inquiryId } = email;
  const kind = deliveryKind(email);
  const [claimed] = await query<{ messageId: string }>(
    `INSERT INTO "EmailDelivery" ("inquiryId", kind, state, "messageId", attempts, "claimedAt", "createdAt", "updatedAt")
     VALUES ($1, $2, 'SENDING', $3, 1, ${NOW}, ${NOW}, ${NOW})
     ON CONFLICT ("inquiryId", kind) DO UPDATE
       SET state = 'SENDING', attempts = "EmailDelivery".attempts + 1, "claimedAt" = ${NOW}, "updatedAt" = ${NOW}
       WHERE "EmailDelivery".state = 'NOT_ACCEPTED'
     RETURNING "messageId"`,
    [inquiryId, kind, messageId],
  );
  if (claimed) return { claimed: true, messageId: claimed.messageId };
  const [found] = await query<{ state: DeliveryState; messageId: string }>(
    `SELECT state, "messageId" FROM "EmailDelivery" WHERE "inquiryId" = $1 AND kind = $2`,
    [inquiryId, kind],
  );
  if (!found) throw new Error(`e-mail ${kind} of inquiry ${inquiryId}: neither claimed nor found`);
  return { claimed: false, ...found };
}

type Outcome = EmailRef & { to: string; messageId: string };
const eventData = ({ kind, eventId, to, messageId }: Outcome, extra: object = {}) =>
  JSON.stringify({ kind, ...(eventId === undefined ? {} : { eventId }), to, messageId, ...extra });

/**
 * The server accepted it: SENT, with an `email-sent` event. Also after an
 * UNCERTAIN flag (an attempt that overran its job's expiry finishing after
 * the next one flagged it). Running it twice records it once.
 */
export async function recordSent(email: Outcome): Promise<void> {
  await query(
    `WITH sent AS (
       UPDATE "EmailDelivery" SET state = 'SENT', "sentAt" = ${NOW}, "lastError" = NULL, "updatedAt" = ${NOW}
       WHERE "inquiryId" = $1 AND kind = $2 AND state IN ('SENDING', 'UNCERTAIN')
       RETURNING "inquiryId"
     )
     INSERT INTO "InquiryEvent" ("inquiryId", type, public, data, "createdAt")
     SELECT "inquiryId", 'email-sent', false, ${KEPT("$3")}, ${NOW} FROM sent`,
    [email.inquiryId, deliveryKind(email), eventData(email)],
  );
}

/**
 * The server certainly does not have it: NOT_ACCEPTED, so the next attempt
 * claims it again. On the job's last attempt also an `email-failed` event:
 * nothing will try again.
 */
export async function recordNotAccepted(email: Outcome, error: string, lastAttempt: boolean): Promise<void> {
  await query(
    `WITH refused AS (
       UPDATE "EmailDelivery" SET state = 'NOT_ACCEPTED', "lastError" = ${KEPT_ERROR("$3")}, "updatedAt" = ${NOW}
       WHERE "inquiryId" = $1 AND kind = $2 AND state = 'SENDING'
       RETURNING "inquiryId"
     )
     INSERT INTO "InquiryEvent" ("inquiryId", type, public, data, "createdAt")
     SELECT "inquiryId", 'email-failed', false, ${KEPT("$4")}, ${NOW} FROM refused WHERE $5::boolean`,
    [email.inquiryId, deliveryKind(email), error, eventData(email, { error }), lastAttempt],
  );
}

/** Keeps the reason of an ambiguous failure on the claim, for staff. */
export async function noteClaimError(email: EmailRef, error: string): Promise<void> {
  await query(
    `UPDATE "EmailDelivery" SET "lastError" = ${KEPT_ERROR("$3")}, "updatedAt" = ${NOW}
     WHERE "inquiryId" = $1 AND kind = $2 AND state = 'SENDING'`,
    [email.inquiryId, deliveryKind(email), error],
  );
}

/**
 * A claim without an outcome (a crash, a lost confirmation, a conversation
 * that ended without an answer after the data): the e-mail may or may not
 * have gone out. Never sent again automatically: UNCERTAIN, with an
 * `email-uncertain` event for staff. Returns whether this call flagged it.
 */
export async function flagUncertain(email: Outcome): Promise<boolean> {
  const rows = await query(
    `WITH flagged AS (
       UPDATE "EmailDelivery" SET state = 'UNCERTAIN', "updatedAt" = ${NOW}
       WHERE "inquiryId" = $1 AND kind = $2 AND state = 'SENDING'
       RETURNING "inquiryId"
     )
     INSERT INTO "InquiryEvent" ("inquiryId", type, public, data, "createdAt")
     SELECT "inquiryId", 'email-uncertain', false, ${KEPT("$3")}, ${NOW} FROM flagged
     RETURNING id`,
    [email.inquiryId, deliveryKind(email), eventData(email)],
  );
  return rows.length > 0;
}
