import "server-only";
import PgBoss from "pg-boss";
import { env } from "../env";

/** One job per e-mail: the investor's confirmation and the desk's notification. */
export const EMAIL_QUEUE = "inquiry-email";
export type EmailJob = { inquiryId: number; kind: (typeof INQUIRY_EMAILS)[number] };

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

/** The e-mails every inquiry is owed (held ones excepted). */
export const INQUIRY_EMAILS = ["investor", "desk"] as const;

export async function stopBoss() {
  const boss = await holder.portalBoss?.catch(() => undefined);
  holder.portalBoss = undefined;
  await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
