// Runs a command (next dev/build/start, a seed…) against the portal's database:
// the server in DATABASE_URL, or, when it is unset, an embedded PostgreSQL kept
// in EMBEDDED_PG_DIR that is started here and stopped when the command ends.
// Migrations are applied first; a database with no content is seeded, and
// content kinds with no entries yet get the seed's.
import { spawn } from "node:child_process";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/schemas/env";
import { contentEntries } from "../prisma/seed/content/index";
import {
  contentKindsWithoutEntries,
  ensureDatabase,
  migrateDeploy,
  needsSeed,
  postsMissing,
  type RunningPostgres,
  seed,
  startEmbeddedPostgres,
  waitForServer,
} from "./lib/postgres";

const log = (line: string) => console.log(`[portal] ${line}`);

async function main() {
  const argv = process.argv.slice(2);
  const skipSeed = argv[0] === "--no-seed";
  const command = skipSeed ? argv.slice(1) : argv;
  if (command.length === 0) throw new Error("Usage: with-db [--no-seed] <command> [args…]");

  const env = parseEnv(process.env);
  let embedded: RunningPostgres | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, log });
    url = embedded.urlFor("portal");
    log(`DATABASE_URL is not set: using the embedded PostgreSQL on port ${env.EMBEDDED_PG_PORT}.`);
  } else {
    // A server that is down or still starting (a reboot, a restart of both
    // services) is waited for; bad credentials still stop here at once.
    await waitForServer(url, { log });
  }
  await ensureDatabase(url);
  await migrateDeploy(url);
  if (!skipSeed && (await needsSeed(url))) {
    log("The database is empty: loading the seed content.");
    await seed(url);
  } else if (!skipSeed) {
    // A database seeded before a content kind existed (the demo database kept
    // between runs, a production database) has no entries of it, and its
    // pages would be empty: those kinds, and only those, get the seed's
    // entries. A kind with any entry belongs to the officials and is left alone.
    // The same for posts: a database with none gets the seed's.
    const missing = await contentKindsWithoutEntries(url, [...new Set(contentEntries.map((entry) => entry.kind))]);
    if (await postsMissing(url)) missing.push("posts");
    if (missing.length > 0) {
      log(`No content yet for ${missing.join(", ")}: loading it from the seed.`);
      await seed(url, ["--missing-content"]);
    }
  }

  // The embedded database is the demo: it has one account per role, named at start-up and on the sign-in page.
  const demo = embedded !== undefined && !skipSeed;
  if (demo) await demoAccounts(url);

  const [bin, ...args] = command as [string, ...string[]];
  const child = spawn(bin, args, {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", PORTAL_DEMO: demo ? "1" : "0" },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const code = await new Promise<number>((resolve) => child.on("exit", (c, s) => resolve(c ?? (s ? 0 : 1))));
  if (embedded) {
    log("Stopping the embedded PostgreSQL.");
    await embedded.stop();
  }
  process.exit(code);
}

function demoAccounts(url: string) {
  const script = path.join(import.meta.dirname, "demo-accounts.ts");
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`demo accounts: exit code ${code}`))));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : `[portal] ${(error as Error).message ?? error}`);
  process.exit(1);
});
