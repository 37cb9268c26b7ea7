import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isConnectionError, reportDatabaseReachable, reportDatabaseUnreachable } from "@/lib/database-status";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

function createPool() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the portal with `npm run dev` or `npm start`.");
  }
  return new pg.Pool({
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
globalForDb.portalPool ??= createPool();
globalForDb.portalDb ??= createClient(globalForDb.portalPool);
export const db: Database = globalForDb.portalDb;

/**
 * The same pool, for the few statements on a hot path that run as plain SQL
 * (see server/sql.ts); everything else goes through `db`.
 */
export const pool: pg.Pool = globalForDb.portalPool;
