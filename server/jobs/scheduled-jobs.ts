import "server-only";
import type PgBoss from "pg-boss";
import { sendOverdueDigests } from "../inquiries/overdue-digest";
import { publishDuePosts } from "../posts/post-writes";
import { anonymiseExpiredInquiries } from "../privacy/retention";
import { SCHEDULED_QUEUES, type ScheduledQueue } from "./queue";
import { retryFor } from "./retry";

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What each scheduled job does (docs/decisions/014); each is safe to run twice. An empty summary is not logged. */
const HANDLERS: Record<ScheduledQueue, (now: Date) => Promise<string>> = {
  "overdue-digest": async (now) => {
    const run = await sendOverdueDigests({ now });
    if (!run.workingDay) return `${run.day} is not a working day: nothing sent`;
    return `${run.day}: sent to ${run.sent.length} desk(s), ${run.alreadyClaimed.length} already sent`;
  },
  retention: async (now) => {
    const run = await anonymiseExpiredInquiries({ now });
    return `${run.anonymised} inquiry(ies) closed before ${run.cutoff.toISOString()} anonymised`;
  },
  "publish-scheduled-posts": async (now) => {
    const published = await publishDuePosts({ now });
    return published.length === 0 ? "" : `published post(s) ${published.join(", ")}`;
  },
};

/** Runs one scheduled job now, as the worker does when pg-boss hands it over; returns what it did. */
export function runScheduledJob(name: ScheduledQueue, now = new Date()): Promise<string> {
  return HANDLERS[name](now);
}

/**
 * Takes the next job of each scheduled queue, runs it and completes it, or
 * fails it so pg-boss retries it later. Completing and failing are awaited
 * and retried for a while, like the e-mail worker's (a job left active
 * expires and runs again, which its handler allows). Returns how many jobs
 * it ran.
 */
export async function workScheduledJobs(boss: PgBoss): Promise<number> {
  let ran = 0;
  for (const name of SCHEDULED_QUEUES) {
    // pg-boss answers [] rather than throw when the database is away.
    const [job] = await boss.fetch(name, { batchSize: 1 });
    if (!job) continue;
    ran++;
    const settle = (what: string, work: () => Promise<unknown>) =>
      retryFor(work, 10_000).catch((error: unknown) =>
        console.error(
          `[portal] ${name}: could not ${what} job ${job.id} (${reason(error)}); it will expire and run again.`,
        ),
      );
    try {
      const summary = await runScheduledJob(name);
      if (summary) console.log(`[portal] ${name}: ${summary}.`);
      await settle("complete", () => boss.complete(name, job.id));
    } catch (error) {
      console.error(`[portal] ${name} failed (${reason(error)}); pg-boss retries it.`);
      await settle("fail", () => boss.fail(name, job.id, { message: reason(error) }));
    }
  }
  return ran;
}

/**
 * Works the scheduled queues every `intervalMs` until the returned function
 * is called (which waits for a job under way to finish).
 */
export function startScheduledJobs(boss: PgBoss, intervalMs = 5_000): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    current = workScheduledJobs(boss)
      .catch((error: unknown) => console.error(`[portal] scheduled jobs: ${reason(error)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
