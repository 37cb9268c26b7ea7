import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isConnectionError, reportDatabaseReachable, reportDatabaseUnreachable } from "@/lib/database-status";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

/**
 * A connection pool that outlives the database going away. A restart ends
 * every connection with an `error` event (57P01, "terminating connection due
 * to administrator command"), and an `error` event nobody listens to ends the
 * process. pg's pool listens on idle connections only and re-emits on itself;
 * a checked-out connection (a transaction, Prisma's adapter) has no listener
 * at all, so every connection gets one when it is made. The statement that
 * was running still fails for its caller, and the pool replaces the
 * connection on the next checkout.
 */
export function createPool(name: string, config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  let lastLogged = 0;
  pool.on("error", (error) => {
    // One line per outage is enough: a restart drops every idle connection at once.
    if (Date.now() - lastLogged < 5_000) return;
    lastLogged = Date.now();
    console.error(`[portal] ${name}: connection lost (${error.message}); reconnecting on next use.`);
  });
  pool.on("connect", (client) => {
    // The error also reaches the running query or the pool's own listener,
    // which report it; this one only keeps the process alive.
    client.on("error", () => {});
  });
  return pool;
}

function createAppPool() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the portal with `npm run dev` or `npm start`.");
  }
  return createPool("database", {
    connectionString: env.DATABASE_URL,
    // Fail fast when the database is down so pages and /api/health answer quickly.
    connectionTimeoutMillis: 2_000,
    max: 10,
  });
}

function createClient(pool: pg.Pool) {
  return new PrismaClient({ adapter: new PrismaPg(pool) }).$extends({
    name: "database-status",
    query: {
      // Every query tells the process whether the database is reachable, so the
      // proxy can answer with a 503 page during an outage (lib/database-status.ts).
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          reportDatabaseReachable();
          return result;
        } catch (error) {
          if (isConnectionError(error)) reportDatabaseUnreachable();
          throw error;
        }
      },
    },
  });
}

export type Database = ReturnType<typeof createClient>;

// One connection pool and one client per process, shared by the proxy, pages
// and route handlers, and kept across hot reloads in development.
const globalForDb = globalThis as unknown as { portalPool?: pg.Pool; portalDb?: Database };
globalForDb.portalPool ??= createAppPool();
globalForDb.portalDb ??= createClient(globalForDb.portalPool);
export const db: Database = globalForDb.portalDb;

/**
 * The same pool, for the few statements on a hot path that run as plain SQL
 * (see server/sql.ts); everything else goes through `db`.
 */
export const pool: pg.Pool = globalForDb.portalPool;

/** The client inside `db.$transaction(async (tx) => …)`, for write functions that take part in a caller's transaction. */
export type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];
