import "server-only";
import type pg from "pg";
import PgBoss from "pg-boss";
import { createPool } from "../db";
import { env } from "../env";

/**
 * One job per e-mail: an inquiry's confirmation to the investor and
 * notification to the desk, and a one-time link to a member of staff.
 */
export const EMAIL_QUEUE = "inquiry-email";
export type InquiryEmailJob = { inquiryId: number; kind: (typeof INQUIRY_EMAILS)[number] };
export type StaffLinkEmailJob = { staffLinkId: number; kind: "staff-link" };
export type EmailJob = InquiryEmailJob | StaffLinkEmailJob;

type Running = { boss: PgBoss; pool: pg.Pool };
const holder = globalThis as typeof globalThis & { portalBoss?: Promise<Running> };

/**
 * The process's pg-boss instance (a job queue in PostgreSQL, in its own
 * schema), started once. Failed jobs retry with exponential backoff and stay
 * visible as failed when retries run out.
 */
export async function getBoss(): Promise<PgBoss> {
  holder.portalBoss ??= startBoss().catch((error) => {
    holder.portalBoss = undefined;
    throw error;
  });
  return (await holder.portalBoss).boss;
}

async function startBoss(): Promise<Running> {
  // pg-boss's own pool listens for errors on idle connections only; ours
  // (server/db.ts) covers every connection, so a database restart cannot end
  // the process through the queue either.
  const pool = createPool("job queue", {
    connectionString: env.DATABASE_URL,
    max: 4,
    application_name: "portal-jobs",
    connectionTimeoutMillis: 5_000,
  });
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
    // No cron schedules: the timekeeper would only add a worker of its own,
    // whose results pg-boss settles without awaiting them.
    schedule: false,
  });
  // Maintenance (expiring jobs, archiving) reports its failures here.
  boss.on("error", (error) => console.error(`[portal] job queue: ${error.message}`));
  try {
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
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    await pool.end().catch(() => {});
    throw error;
  }
  return { boss, pool };
}

/** The e-mails every inquiry is owed (held ones excepted). */
export const INQUIRY_EMAILS = ["investor", "desk"] as const;

export async function stopBoss() {
  const running = await holder.portalBoss?.catch(() => undefined);
  holder.portalBoss = undefined;
  if (!running) return;
  await running.boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => {});
  await running.pool.end().catch(() => {});
}
