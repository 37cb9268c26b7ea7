import "server-only";
import PgBoss from "pg-boss";
import { env } from "../env";
import type { Queryable } from "../sql";

/** One job per e-mail: the investor's confirmation and the desk's notification. */
export const EMAIL_QUEUE = "inquiry-email";
export type EmailJob = { inquiryId: number; kind: "investor" | "desk" };

const holder = globalThis as typeof globalThis & { portalBoss?: Promise<PgBoss> };

/**
 * The process's pg-boss instance (a job queue in PostgreSQL, in its own
 * schema), started once. Failed jobs retry with exponential backoff and stay
 * visible as failed when retries run out.
 */
export function getBoss(): Promise<PgBoss> {
  holder.portalBoss ??= startBoss().catch((error) => {
    holder.portalBoss = undefined;
    throw error;
  });
  return holder.portalBoss;
}

async function startBoss() {
  const boss = new PgBoss({ connectionString: env.DATABASE_URL, max: 4, application_name: "portal-jobs" });
  boss.on("error", (error) => console.error(`[portal] job queue: ${error.message}`));
  await boss.start();
  const options = {
    name: EMAIL_QUEUE,
    retryLimit: 12,
    retryDelay: env.EMAIL_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: 120,
  };
  if (await boss.getQueue(EMAIL_QUEUE)) await boss.updateQueue(EMAIL_QUEUE, options);
  else await boss.createQueue(EMAIL_QUEUE, options).catch(() => boss.updateQueue(EMAIL_QUEUE, options));
  return boss;
}

/** Enqueues both e-mails of an inquiry inside the caller's transaction: they exist if and only if it commits. */
export async function enqueueInquiryEmails(client: Queryable, boss: PgBoss, inquiryId: number) {
  const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
  // Both in one statement; retries and expiry come from the queue's settings.
  const jobs = (["investor", "desk"] as const).map((kind) => ({
    name: EMAIL_QUEUE,
    data: { inquiryId, kind } satisfies EmailJob,
  }));
  await boss.insert(jobs, { db });
}

export async function stopBoss() {
  const boss = await holder.portalBoss?.catch(() => undefined);
  holder.portalBoss = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
