import "server-only";
import type pg from "pg";
import PgBoss from "pg-boss";
import { createPool } from "../db";
import { env } from "../env";

/**
 * One job per e-mail: an inquiry's confirmation to the investor and
 * notification to the desk, a reply from the back office to the investor
 * and the notice to the desk an inquiry was re-routed to (each carrying its
 * timeline event), and a one-time link to a member of staff.
 */
export const EMAIL_QUEUE = "inquiry-email";
export type InquiryEmailJob = { inquiryId: number; kind: (typeof INQUIRY_EMAILS)[number] };
export type TriageEmailJob = { inquiryId: number; kind: (typeof TRIAGE_EMAILS)[number]; eventId: number };
export type StaffLinkEmailJob = { staffLinkId: number; kind: "staff-link" };
export type EmailJob = InquiryEmailJob | TriageEmailJob | StaffLinkEmailJob;

/** The e-mails of the back office's work on an inquiry, one per timeline event. */
export const TRIAGE_EMAILS = ["reply", "rerouted"] as const;

/**
 * Jobs pg-boss's timekeeper creates on a schedule (docs/decisions/014), in
 * the office's time zone: the overdue digest to each desk at 07:30 on
 * weekdays (the job itself skips public holidays), the anonymisation of
 * inquiries past their retention at 02:30 every night, and every minute the
 * publication of scheduled posts whose time has come. The timekeeper of
 * one instance creates each job (it takes a lock); the jobs are safe to run
 * twice all the same.
 */
export const SCHEDULES = {
  "overdue-digest": { cron: "30 7 * * 1-5", tz: "Asia/Ho_Chi_Minh" },
  retention: { cron: "30 2 * * *", tz: "Asia/Ho_Chi_Minh" },
  /** Scheduled posts whose time has come go live (docs/decisions/018). */
  "publish-scheduled-posts": { cron: "* * * * *", tz: "Asia/Ho_Chi_Minh" },
} as const;
export type ScheduledQueue = keyof typeof SCHEDULES;
export const SCHEDULED_QUEUES = Object.keys(SCHEDULES) as ScheduledQueue[];

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
    // The timekeeper works its own queue with pg-boss's `work()`, which
    // settles jobs without awaiting; patches/pg-boss+10.4.2.patch turns a
    // failure to settle into an `error` event (logged below) rather than an
    // unhandled rejection that would end the process.
    schedule: env.JOB_SCHEDULES === "on",
  });
  // Maintenance (expiring jobs, archiving) and the timekeeper report their failures here.
  boss.on("error", (error) => console.error(`[portal] job queue: ${error.message}`));
  try {
    await boss.start();
    await ensureQueue(boss, EMAIL_QUEUE, {
      retryLimit: 12,
      retryDelay: env.EMAIL_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: 120,
    });
    for (const name of SCHEDULED_QUEUES) {
      // A digest or a retention run that fails (the database or the mail
      // server away) is tried again for about an hour.
      await ensureQueue(boss, name, { retryLimit: 6, retryDelay: 60, retryBackoff: true, expireInSeconds: 900 });
    }
    if (env.JOB_SCHEDULES === "on") await registerSchedules(boss);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    await pool.end().catch(() => {});
    throw error;
  }
  return { boss, pool };
}

/** Upserts the schedules (on every start: a changed time or time zone takes effect). */
export async function registerSchedules(boss: PgBoss) {
  for (const name of SCHEDULED_QUEUES) {
    await boss.schedule(name, SCHEDULES[name].cron, {}, { tz: SCHEDULES[name].tz });
  }
}

/** Creates a queue, or brings an existing one's settings up to date (another instance may create it at the same time). */
async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, "name">) {
  const queue = { name, ...options };
  if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
  else await boss.createQueue(name, queue).catch(() => boss.updateQueue(name, queue));
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
