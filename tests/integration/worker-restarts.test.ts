import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase, migrateDeploy } from "../../scripts/lib/postgres";
import { insertInquiries, type StoredInquiry, seedInquiryContent } from "../fixtures/inquiry-database";
import { type RestartablePostgres, startRestartablePostgres } from "../fixtures/restartable-postgres";
import { createTestSmtp } from "../fixtures/smtp-server";

// PostgreSQL restarts under a running e-mail worker: a PostgreSQL of this
// file's own (a fast shutdown ends every connection with 57P01), the worker
// as `npm run worker` runs it, and a real SMTP server counting what arrives.
const root = path.resolve(import.meta.dirname, "..", "..");
const PG_PORT = 54340;
const SMTP_PORT = 20_000 + Math.floor(Math.random() * 20_000);
const url = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/portal_restarts`;
// For the worker run inside this process (the app's in-process worker).
process.env.DATABASE_URL = url;
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
process.env.EMAIL_RETRY_DELAY_SECONDS = "1";

const smtp = createTestSmtp(SMTP_PORT);
let postgres: RestartablePostgres;
const workers: ChildProcess[] = [];

type Worker = { child: ChildProcess; output: () => string; alive: () => boolean; stop: () => Promise<number | null> };

/** Starts a command in its own process group (with-db starts the worker as a child of its own). */
function startProcess(args: string[]): Worker {
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: url },
  });
  workers.push(child);
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
      return exited;
    },
  };
}
const startWorker = () => startProcess(["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"]);

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const messageIds = (inquiries: StoredInquiry[]) =>
  inquiries.flatMap((i) => [
    `<${i.reference}.investor@longan-hitech.example>`,
    `<${i.reference}.desk@longan-hitech.example>`,
  ]);
const arrivals = (messageId: string) => smtp.accepted.filter((m: ParsedMail) => m.messageId === messageId).length;
const allArrived = (inquiries: StoredInquiry[]) => messageIds(inquiries).every((id) => arrivals(id) > 0);
const someArrived = (inquiries: StoredInquiry[]) => messageIds(inquiries).some((id) => arrivals(id) > 0);

/** Every e-mail of these inquiries arrived, and none twice. */
function expectEachOnce(inquiries: StoredInquiry[]) {
  const counts = Object.fromEntries(messageIds(inquiries).map((id) => [id, arrivals(id)]));
  expect(
    Object.values(counts).every((n) => n === 1),
    JSON.stringify(counts),
  ).toBe(true);
}

let batches = 0;
const store = (count: number) => {
  const batch = ++batches;
  return insertInquiries({ url, count, email: (i) => `investor-${batch}-${i}@example.com` });
};

/**
 * Three restarts in a row, each while e-mails are going out, then one more
 * batch: the worker must be alive after every restart and send everything.
 */
async function restartThreeTimes(alive: () => boolean) {
  const stored: StoredInquiry[] = [];
  for (let restart = 1; restart <= 3; restart++) {
    const batch = await store(15);
    stored.push(...batch);
    await waitFor(`e-mails of batch ${restart} to start arriving`, () => someArrived(batch));
    await postgres.restart();
    expect(alive(), `alive right after restart ${restart}`).toBe(true);
    await waitFor(`every e-mail of batch ${restart}`, () => allArrived(batch));
    expect(alive(), `alive and sending after restart ${restart}`).toBe(true);
  }
  const last = await store(5);
  stored.push(...last);
  await waitFor("the e-mails stored after the last restart", () => allArrived(last));
  return stored;
}

beforeAll(async () => {
  postgres = await startRestartablePostgres(PG_PORT);
  await ensureDatabase(url);
  await migrateDeploy(url);
  await seedInquiryContent(url);
  await smtp.listen();
});

afterAll(async () => {
  for (const child of workers) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }
  }
  const { stopBoss } = await import("@/server/jobs/queue");
  await stopBoss();
  await smtp.close();
  await postgres?.dispose();
});

describe("the e-mail worker across PostgreSQL restarts", () => {
  it("`npm run worker` outlives three restarts in a row and sends every e-mail exactly once", async () => {
    const worker = startWorker();
    try {
      await waitFor("the worker to start", () => worker.output().includes("E-mail worker running"));
      const stored = await restartThreeTimes(worker.alive);
      // A moment for a duplicate, had there been one, to arrive too.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expectEachOnce(stored);
      expect(worker.alive()).toBe(true);
      // SIGTERM stops it cleanly, after the current batch.
      expect(await worker.stop(), worker.output()).toBe(0);
    } finally {
      await worker.stop();
    }
  }, 90_000);

  it("the worker inside the app outlives restarts the same way", async () => {
    const { startEmailWorker } = await import("@/server/jobs/email-worker");
    const stopWorker = await startEmailWorker();
    try {
      // Vitest fails the run on an unhandled error or rejection in this process.
      const stored = await restartThreeTimes(() => true);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expectEachOnce(stored);
    } finally {
      await stopWorker();
    }
  }, 90_000);

  it("a worker started while the database is down keeps trying and sends once it is up", async () => {
    await postgres.stop();
    const worker = startWorker();
    try {
      await waitFor("two attempts", () => /unreachable.*attempt 2/.test(worker.output()));
      expect(worker.alive()).toBe(true);
      await postgres.start();
      await waitFor("the worker to start", () => worker.output().includes("E-mail worker running"));
      const stored = await store(5);
      await waitFor("its e-mails", () => allArrived(stored));
      expectEachOnce(stored);
      expect(await worker.stop(), worker.output()).toBe(0);
    } finally {
      await worker.stop();
    }
  }, 60_000);

  it("`npm run worker`'s launcher waits for the database too, but not for bad credentials", async () => {
    const npmRunWorker = [
      "--import",
      "tsx",
      "scripts/with-db.ts",
      "--no-seed",
      process.execPath,
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/worker.ts",
    ];
    await postgres.stop();
    const launcher = startProcess(npmRunWorker);
    try {
      await waitFor("two attempts", () => /not accepting connections.*attempt 2/.test(launcher.output()));
      await postgres.start();
      await waitFor("the worker to start", () => launcher.output().includes("E-mail worker running"));
      const stored = await store(5);
      await waitFor("its e-mails", () => allArrived(stored));
      expectEachOnce(stored);
    } finally {
      await launcher.stop();
    }

    const refused = spawn(process.execPath, [...npmRunWorker.slice(0, 4), process.execPath, "-e", ""], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.replace("postgres:postgres@", "nobody:wrong@") },
    });
    let output = "";
    refused.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const code = await new Promise<number | null>((resolve) => refused.on("exit", resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/password authentication failed|role "nobody" does not exist/);
  }, 60_000);
});
