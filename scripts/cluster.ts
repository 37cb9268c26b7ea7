// `npm run cluster`: the production layout on this machine for a trial —
// CLUSTER_INSTANCES app instances (default 3) behind nginx, the e-mail worker
// beside them, one database (DATABASE_URL, or the embedded PostgreSQL that
// scripts/with-db.ts starts) and Next.js's cache shared in Redis (REDIS_URL,
// default redis://127.0.0.1:6379). Builds into NEXT_DIST_DIR (default
// .next-cluster) when it holds no build yet, or with --build. Prints the
// address; Ctrl-C stops everything and deletes the trial's Redis keys.
import { randomBytes } from "node:crypto";
import { clearRedisPrefix, startCluster } from "./lib/cluster";

const proxyPort = Number(process.env.CLUSTER_PORT ?? 3240);
const instances = Number(process.env.CLUSTER_INSTANCES ?? 3);
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const redisPrefix = process.env.REDIS_KEY_PREFIX || `portal-trial-${randomBytes(4).toString("hex")}:`;
const log = (line: string) => console.log(line);

const cluster = await startCluster({
  env: { ...process.env, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: redisPrefix },
  distDir: process.env.NEXT_DIST_DIR || ".next-cluster",
  rebuild: process.argv.includes("--build"),
  instances,
  proxyPort,
  log,
}).catch((error: unknown) => {
  console.error(`[cluster] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

console.log(
  `[cluster] ${instances} instance(s) on ports ${cluster.instancePorts.join(", ")}, the worker, and nginx: ${cluster.proxyUrl}/vi (Ctrl-C stops them).`,
);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log("[cluster] Stopping nginx, the instances and the worker…");
    await cluster.stop();
    if (!process.env.REDIS_KEY_PREFIX) await clearRedisPrefix(redisUrl, redisPrefix).catch(() => {});
    process.exit(0);
  });
}
