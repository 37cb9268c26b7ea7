// Next.js's cache (rendered pages, RSC payloads and the data cache of
// server/cache.ts) shared by every app instance in Redis, so a revalidation
// on one instance is seen by all (docs/decisions/020-several-instances.md).
// next.config.ts uses this module only when REDIS_URL is set; without it a
// single instance keeps Next.js's own cache in memory and on disk.
//
// Keys are `REDIS_KEY_PREFIX` + the build's id: instances of one build share
// entries, a new build never reads entries shaped by older code.
// Redis unreachable: every read is a miss (pages are rendered, never served
// stale from one instance's memory) and writes are dropped, until it is back.
// Plain JavaScript: Next.js loads it at run time, and in its build workers.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";

const holder = /** @type {{ portalCacheConfig?: import("@fortedigital/nextjs-cache-handler").CacheHandlerConfig }} */ (
  globalThis
);

CacheHandler.onCreation(({ buildId }) => {
  if (holder.portalCacheConfig) return holder.portalCacheConfig;
  const url = process.env.REDIS_URL;
  if (!url) throw new Error("cache-handler.mjs needs REDIS_URL (next.config.ts only uses it when REDIS_URL is set).");
  const prefix = `${process.env.REDIS_KEY_PREFIX || "portal:"}${buildId ?? "dev"}:`;
  let warnedAt = 0;
  const client = createClient({
    url,
    // Commands fail at once while the connection is down rather than wait
    // in a queue: a read is then a miss, and the page is rendered.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
  });
  client.on("error", (error) => {
    // Logged at most once a minute while Redis is away.
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    console.error(
      `[portal] Shared cache: Redis at ${new URL(url).host} unreachable (${error.message}); rendering without it.`,
    );
  });
  client.on("ready", () => {
    warnedAt = 0;
  });
  client.connect().catch(() => {
    // The error event has said it; the client keeps reconnecting.
  });
  holder.portalCacheConfig = { handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: 1_000 })] };
  return holder.portalCacheConfig;
});

export default CacheHandler;
