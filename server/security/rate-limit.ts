import "server-only";
import { createHmac } from "node:crypto";
import { query } from "../sql";
import { appSecret } from "./app-secret";

export type RateLimitPolicy = { name: string; limit: number; windowMs: number };
export type RateLimitResult = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * The counter key of a purpose and a subject (a client address, an e-mail
 * address): the subject is stored only as a keyed hash.
 */
export async function rateLimitKey(purpose: string, subject: string): Promise<string> {
  const salt = await appSecret("rate-limit");
  return `${purpose}:${createHmac("sha256", salt).update(subject).digest("base64url").slice(0, 43)}`;
}

/**
 * Counts one attempt by a client for a purpose, in PostgreSQL so that every
 * app instance shares the count (fixed window, one atomic statement).
 */
export async function takeRateLimit(policy: RateLimitPolicy, client: string): Promise<RateLimitResult> {
  const key = await rateLimitKey(policy.name, client);
  const window = `${policy.windowMs} milliseconds`;
  // One statement on every request (plain SQL: see server/sql.ts).
  const [row] = await query<{ count: number; expiresAt: Date }>(
    `INSERT INTO "RateLimitCounter" AS c ("key", "windowStart", "expiresAt", "count")
    VALUES ($1, clock_timestamp(), clock_timestamp() + $2::interval, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN c."expiresAt" <= clock_timestamp() THEN clock_timestamp() ELSE c."windowStart" END,
      "expiresAt" = CASE WHEN c."expiresAt" <= clock_timestamp()
        THEN clock_timestamp() + $2::interval ELSE c."expiresAt" END,
      "count" = CASE WHEN c."expiresAt" <= clock_timestamp() THEN 1 ELSE c."count" + 1 END
    RETURNING "count", "expiresAt"`,
    [key, window],
  );
  if (!row) throw new Error("rate limit counter not returned");
  // Now and then, forget windows that have ended.
  if (Math.random() < 0.01) await removeExpiredCounters();
  return row.count <= policy.limit ? { allowed: true } : { allowed: false, retryAt: row.expiresAt };
}

export async function removeExpiredCounters(): Promise<number> {
  const removed = await query<{ n: number }>(
    `WITH removed AS (DELETE FROM "RateLimitCounter" WHERE "expiresAt" < clock_timestamp() RETURNING 1)
     SELECT count(*)::int AS n FROM removed`,
  );
  return removed[0]?.n ?? 0;
}
