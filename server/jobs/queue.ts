import "server-only";
import PgBoss from "pg-boss";
import { env } from "../env";

/** What a Prisma transaction offers for running pg-boss's own SQL inside it. */
type RawQueryClient = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T> };

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
export async function enqueueInquiryEmails(tx: RawQueryClient, boss: PgBoss, inquiryId: number) {
  const db = {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value) => (value === undefined ? null : value))),
    }),
  };
  for (const kind of ["investor", "desk"] as const) {
    await boss.send(EMAIL_QUEUE, { inquiryId, kind } satisfies EmailJob, { db });
  }
}

export async function stopBoss() {
  const boss = await holder.portalBoss?.catch(() => undefined);
  holder.portalBoss = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
