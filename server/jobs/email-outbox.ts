import "server-only";
import type PgBoss from "pg-boss";
import { transaction } from "../sql";
import { EMAIL_QUEUE, type EmailJob, type InquiryEmailJob, TRIAGE_EMAILS, type TriageEmailJob } from "./queue";

type OutboxRow = { inquiryId: number | null; staffLinkId: number | null; eventId: number | null; kind: string };

function jobOf({ inquiryId, staffLinkId, eventId, kind }: OutboxRow): EmailJob {
  if (staffLinkId !== null) return { staffLinkId, kind: "staff-link" };
  if (eventId !== null && (TRIAGE_EMAILS as readonly string[]).includes(kind)) {
    return { inquiryId: inquiryId as number, kind: kind as TriageEmailJob["kind"], eventId };
  }
  return { inquiryId: inquiryId as number, kind: kind as InquiryEmailJob["kind"] };
}

/**
 * Moves up to `limit` e-mails from the outbox into the pg-boss queue in one
 * transaction: the outbox rows are deleted and their jobs created together,
 * so each becomes exactly one job even with several workers relaying at once
 * (rows another transaction holds are skipped). Returns how many moved.
 */
export async function relayEmailOutbox(boss: PgBoss, limit = 500): Promise<number> {
  return transaction(async (client) => {
    const { rows } = await client.query<OutboxRow>(
      `DELETE FROM "EmailOutbox" WHERE id IN (
        SELECT id FROM "EmailOutbox" ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
      ) RETURNING "inquiryId", "staffLinkId", "eventId", kind`,
      [limit],
    );
    if (rows.length === 0) return 0;
    const jobs = rows.map((row) => ({ name: EMAIL_QUEUE, data: jobOf(row) }));
    // Retries, backoff and expiry come from the queue's settings.
    await boss.insert(jobs, { db: { executeSql: (text: string, values: unknown[]) => client.query(text, values) } });
    return rows.length;
  });
}

/**
 * Relays the outbox every `intervalMs` until the returned function is called
 * (draining it in full each time). A failure is retried next time; it is
 * logged once, and again when relaying works again, rather than every
 * second of an outage.
 */
export function startOutboxRelay(boss: PgBoss, intervalMs: number): () => void {
  let stopped = false;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      while (!stopped && (await relayEmailOutbox(boss)) === 500) {}
      if (failing) console.log("[portal] e-mail outbox: relaying again.");
      failing = false;
    } catch (error) {
      if (!failing) {
        console.error(
          `[portal] e-mail outbox: ${error instanceof Error ? error.message : error}; retrying every ${intervalMs / 1000} s.`,
        );
      }
      failing = true;
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
