import "server-only";
import type pg from "pg";
import { isConnectionError, reportDatabaseReachable, reportDatabaseUnreachable } from "@/lib/database-status";
import { pool } from "./db";

/**
 * Plain parameterized SQL on the shared pool, for hot paths where Prisma's
 * per-query compilation is most of the cost (docs/decisions/007). Like `db`,
 * it tells the process whether the database is reachable.
 */
export type Queryable = {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
};

async function reporting<T>(work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    reportDatabaseReachable();
    return result;
  } catch (error) {
    if (isConnectionError(error)) reportDatabaseUnreachable();
    throw error;
  }
}

export async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  return reporting(async () => (await pool.query<R>(text, values)).rows);
}

/** Runs `work` in one transaction on one connection: committed if it returns, rolled back if it throws. */
export async function transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
  return reporting(async () => {
    const client = await pool.connect();
    let lost: Error | undefined;
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // A connection the server dropped goes back to the pool as broken, so
      // the pool discards it instead of handing it to the next caller.
      if (isConnectionError(error)) lost = error as Error;
      else await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release(lost);
    }
  });
}
