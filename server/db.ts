import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

function createClient() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the portal with `npm run dev` or `npm start`.");
  }
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    // Fail fast when the database is down so pages and /api/health answer quickly.
    connectionTimeoutMillis: 2_000,
    max: 10,
  });
  return new PrismaClient({ adapter });
}

// One client per process, also across hot reloads in development.
const globalForDb = globalThis as unknown as { db?: PrismaClient };
export const db = globalForDb.db ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.db = db;
