import "server-only";
import { isConnectionError } from "@/lib/database-status";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs `work` until it succeeds or `withinMs` has passed, waiting 250 ms,
 * 500 ms, 1 s… between attempts, then throws the last error. For the
 * statements that record what the mail server already did: a database
 * restart takes a second or two, and giving up at once would leave an e-mail
 * that went out looking as if it might not have.
 */
export async function retryFor<T>(work: () => Promise<T>, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 4_000)) {
    try {
      return await work();
    } catch (error) {
      const left = deadline - Date.now();
      if (left <= 0) throw error;
      await sleep(Math.min(delay, left));
    }
  }
}

/**
 * Starts something that needs the database, waiting for it when it cannot be
 * reached (down, restarting) with capped exponential backoff, 1 s up to
 * `maxDelayMs`, and logging every attempt with the reason. Any other error
 * (bad credentials, a broken schema) is thrown at once: waiting would not
 * fix it.
 */
export async function startWhenReachable<T>(
  what: string,
  start: () => Promise<T>,
  options: { maxDelayMs?: number } = {},
): Promise<T> {
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  for (let attempt = 1, delay = 1_000; ; attempt++, delay = Math.min(delay * 2, maxDelayMs)) {
    try {
      return await start();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      console.error(
        `[portal] ${what} not started: the database is unreachable (${reason(error)}); attempt ${attempt}, next in ${delay / 1000} s.`,
      );
      await sleep(delay);
    }
  }
}
