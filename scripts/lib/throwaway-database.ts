// A uniquely named, migrated database that disappears after use: for tests and
// benchmarks, which must never touch a shared database.
import { randomBytes } from "node:crypto";
import {
  dropDatabase,
  ensureDatabase,
  migrateDeploy,
  type RunningPostgres,
  startEmbeddedPostgres,
  withDatabaseName,
} from "./postgres";

export type ThrowawayDatabase = { url: string; dispose(): Promise<void> };

export async function createThrowawayDatabase(
  prefix: string,
  options: { embeddedPort: number },
): Promise<ThrowawayDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let embedded: RunningPostgres | undefined;
  let base = serverUrl;
  if (!base) {
    embedded = await startEmbeddedPostgres({
      dir: `.data/postgres-test-${options.embeddedPort}`,
      port: options.embeddedPort,
    });
    base = embedded.urlFor("postgres");
  }
  const url = withDatabaseName(base, `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`);
  await ensureDatabase(url);
  await migrateDeploy(url);
  return {
    url,
    async dispose() {
      await dropDatabase(url);
      await embedded?.stop();
    },
  };
}
