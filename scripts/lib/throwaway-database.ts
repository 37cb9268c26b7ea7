// A uniquely named, migrated database that disappears after use: for tests and
// benchmarks, which must never touch a shared database.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  dropDatabase,
  ensureDatabase,
  migrateDeploy,
  type RunningPostgres,
  startEmbeddedPostgres,
  withDatabaseName,
} from "./postgres";

export type ThrowawayDatabase = { url: string; dispose(): Promise<void> };

/**
 * On the server in TEST_DATABASE_URL or DATABASE_URL; without one, on an
 * embedded PostgreSQL whose whole data folder is temporary.
 */
export async function createThrowawayDatabase(
  prefix: string,
  options: { embeddedPort: number },
): Promise<ThrowawayDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let embedded: { server: RunningPostgres; dir: string } | undefined;
  let base = serverUrl;
  if (!base) {
    const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-pg-`));
    embedded = { server: await startEmbeddedPostgres({ dir, port: options.embeddedPort }), dir };
    base = embedded.server.urlFor("postgres");
  }
  const url = withDatabaseName(base, `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`);
  await ensureDatabase(url);
  await migrateDeploy(url);
  return {
    url,
    async dispose() {
      if (!embedded) {
        await dropDatabase(url);
        return;
      }
      // The embedded server may already be stopping (it stops itself when the
      // process is signalled); its whole folder goes, database included.
      await embedded.server.stop().catch(() => {});
      rmSync(embedded.dir, { recursive: true, force: true });
    },
  };
}
