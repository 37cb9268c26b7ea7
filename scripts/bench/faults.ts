// `npm run bench:faults`: the inquiry path under faults, on loopback only and
// bounded in time. 2,000 inquiries (BENCH_INQUIRIES) are sent 40 at a time
// (BENCH_CONCURRENCY), spread over BENCH_FAULT_SECONDS (80), to the production
// server (as `npm start` runs it, with its in-process e-mail worker) and a
// separate worker (`npm run worker`), both on a PostgreSQL and an SMTP server
// of the benchmark's own. Meanwhile the SMTP server goes down for 60 s, then
// answers 451 to a batch; while the backlog goes out, the app is killed with
// SIGKILL and started again, the worker likewise, and PostgreSQL restarts. Every inquiry
// is sent again (same form) until it is acknowledged, as a person would.
// Afterwards it checks that every acknowledged reference is exactly one row,
// that every inquiry's investor and desk e-mail arrived exactly once or is
// flagged "may not have been sent", and that no e-mail arrived twice; it
// prints the figures and exits non-zero if a check fails.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startRestartablePostgres } from "../../tests/fixtures/restartable-postgres";
import { createTestSmtp } from "../../tests/fixtures/smtp-server";
import { buildPortal, exitOf, startPortal, waitUntilServing } from "../lib/portal-process";
import { ensureDatabase, migrateDeploy, seed } from "../lib/postgres";
import { benchInquiry, postForm, renderedForm } from "./form-posts";

const port = Number(process.env.BENCH_PORT ?? 3210);
const total = Number(process.env.BENCH_INQUIRIES ?? 2_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 40);
const spreadSeconds = Number(process.env.BENCH_FAULT_SECONDS ?? 80);
const pgPort = Number(process.env.BENCH_PG_PORT ?? 54336);
const smtpPort = 20_000 + Math.floor(Math.random() * 20_000);
const origin = `http://127.0.0.1:${port}`;
const formUrl = `${origin}/vi/inquire`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => console.log(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${line}`);
let t0 = performance.now();

const logs = mkdtempSync(path.join(tmpdir(), "portal-faults-"));
const postgres = await startRestartablePostgres(pgPort);
const databaseUrl = postgres.urlFor("portal");
const smtp = createTestSmtp(smtpPort);
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NEXT_DIST_DIR: ".next-bench",
  SITE_URL: origin,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  EMAIL_RETRY_DELAY_SECONDS: "2",
};

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

let app: ChildProcess | undefined;
let worker: ChildProcess | undefined;
const output = (name: string) => createWriteStream(path.join(logs, `${name}.log`), { flags: "a" });
function startApp() {
  app = startPortal(env, port, ["ignore", "pipe", "pipe"]);
  const out = output("app");
  app.stdout?.pipe(out);
  app.stderr?.pipe(out);
}
function startWorker() {
  worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = output("worker");
  worker.stdout?.pipe(out);
  worker.stderr?.pipe(out);
}
async function kill(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return;
  child.kill("SIGKILL");
  await exitOf(child);
}

let failed = true;
try {
  await ensureDatabase(databaseUrl);
  await migrateDeploy(databaseUrl);
  await seed(databaseUrl);
  await smtp.listen();
  console.log("Building the production bundle (.next-bench)…");
  if ((await buildPortal(env)) !== 0) throw new Error("next build failed");
  if (await fetch(`${origin}/api/health`).catch(() => null)) throw new Error(`port ${port} is in use (set BENCH_PORT)`);
  startApp();
  await waitUntilServing(`${origin}/api/health`);
  startWorker();

  // Every inquiry its own form (minted with the portal's own code and secret),
  // investor and client address.
  process.env.DATABASE_URL = databaseUrl;
  const { issueFormStamp, issueFormToken } = await import("../../server/security/form-token");
  const hidden = await renderedForm(formUrl);
  const forms: Record<string, string>[] = [];
  for (let i = 0; i < total; i++) {
    const token = await issueFormToken();
    forms.push({
      ...hidden,
      ...benchInquiry(`faults-${i}`),
      token,
      stamp: await issueFormStamp(token, Date.now() - 60_000),
    });
  }

  const counts = { posts: 0, refused: 0, byStatus: new Map<string, number>() };
  const acknowledged = new Map<number, string>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  /** Sends inquiry `i` until it is acknowledged, as a person would press "Send" again. */
  async function sendUntilAcknowledged(i: number) {
    const form = forms[i] as Record<string, string>;
    for (let attempt = 0; ; attempt++) {
      counts.posts++;
      const answer = await postForm(formUrl, form, `198.18.${i >> 8}.${i & 255}`, agent).catch(() => null);
      const status = answer ? String(answer.status) : "no connection";
      counts.byStatus.set(status, (counts.byStatus.get(status) ?? 0) + 1);
      const reference = answer?.status === 303 ? /[?&]ref=(LA-\d{4}-[A-Z0-9]{6})/.exec(answer.location)?.[1] : null;
      if (reference) {
        acknowledged.set(i, reference);
        return;
      }
      counts.refused++;
      await sleep(Math.min(2_000, 200 * 2 ** attempt));
    }
  }

  // The faults, on a schedule over the load.
  const faults = { smtpDownSeconds: 60, appKills: 0, workerKills: 0, databaseRestarts: 0, smtp451: 0 };
  const schedule = (async () => {
    // The mail server away for a minute while inquiries keep coming…
    await sleep(5_000);
    log("SMTP server down");
    await smtp.close();
    await sleep(60_000);
    smtp.refuseNext(50, 451);
    faults.smtp451 = 50;
    await smtp.listen();
    log("SMTP server back (answering 451 to the next 50 messages)");
    // …then, while the backlog goes out, every process and the database fail once.
    await sleep(3_000);
    log("app killed (SIGKILL), starting it again");
    await kill(app);
    faults.appKills++;
    startApp();
    await waitUntilServing(`${origin}/api/health`, 120_000).catch(() => {});
    await sleep(2_000);
    log("worker killed (SIGKILL), starting it again in 1 s");
    await kill(worker);
    faults.workerKills++;
    await sleep(1_000);
    startWorker();
    await sleep(2_000);
    log("PostgreSQL restarting");
    await postgres.restart();
    faults.databaseRestarts++;
    log("PostgreSQL back");
  })();

  t0 = performance.now();
  log(`load: ${total} inquiries, ${concurrency} at a time, over about ${spreadSeconds} s`);
  let next = 0;
  const perClientGapMs = (spreadSeconds * 1000 * concurrency) / total;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const started = performance.now();
        await sendUntilAcknowledged(next++);
        await sleep(Math.max(0, perClientGapMs - (performance.now() - started)));
      }
    }),
  );
  log(`all ${total} acknowledged after ${counts.posts} posts`);
  await schedule;
  agent.destroy();

  // Until every e-mail is sent or flagged (bounded: a job taken by a killed
  // process waits for its expiry before it is retried).
  const deadline = performance.now() + 8 * 60_000;
  let open = Number.POSITIVE_INFINITY;
  while (performance.now() < deadline) {
    const [row] = await sql<{ owed: string; settled: string }>(
      `SELECT (SELECT count(*) FROM "Inquiry") * 2 AS owed,
        (SELECT count(*) FROM "EmailDelivery" WHERE state IN ('SENT', 'UNCERTAIN')) AS settled`,
    ).catch(() => [undefined]);
    open = Number(row?.owed ?? 1) - Number(row?.settled ?? 0);
    if (open === 0) break;
    await sleep(1_000);
  }
  log(open === 0 ? "every e-mail sent or flagged" : `${open} e-mails neither sent nor flagged at the deadline`);

  // What the database holds and what the mail server received.
  const inquiries = await sql<{ reference: string; idempotencyKey: string }>(
    `SELECT reference, "idempotencyKey" FROM "Inquiry"`,
  );
  const byReference = new Map(inquiries.map((row) => [row.reference, row.idempotencyKey]));
  const deliveries = await sql<{ reference: string; kind: string; state: string; messageId: string }>(
    `SELECT i.reference, d.kind, d.state, d."messageId" FROM "EmailDelivery" d JOIN "Inquiry" i ON i.id = d."inquiryId"`,
  );
  const flaggedEvents = Number(
    (await sql<{ n: string }>(`SELECT count(*) AS n FROM "InquiryEvent" WHERE type = 'email-uncertain'`))[0]?.n,
  );
  const received = new Map<string, number>();
  for (const mail of smtp.accepted) {
    const id = mail.messageId ?? "";
    received.set(id, (received.get(id) ?? 0) + 1);
  }
  const duplicates = [...received.values()].filter((n) => n > 1).length;
  const normalize = (id: string) => (id.startsWith("<") ? id : `<${id}>`);
  let sentNotReceived = 0;
  let uncertainReceived = 0;
  const states = new Map<string, number>();
  for (const delivery of deliveries) {
    states.set(delivery.state, (states.get(delivery.state) ?? 0) + 1);
    const arrived = received.get(normalize(delivery.messageId)) ?? 0;
    if (delivery.state === "SENT" && arrived !== 1) sentNotReceived++;
    if (delivery.state === "UNCERTAIN" && arrived === 1) uncertainReceived++;
  }
  const references = new Set(acknowledged.values());
  const tokensStored = new Set(inquiries.map((row) => row.idempotencyKey));

  console.log("");
  console.log(`inquiries acknowledged   ${acknowledged.size} of ${total} (${references.size} distinct references)`);
  console.log(`posts                    ${counts.posts} (${counts.refused} not acknowledged and sent again)`);
  console.log(`answers                  ${[...counts.byStatus].map(([status, n]) => `${status}: ${n}`).join(", ")}`);
  console.log(
    `faults                   SMTP down ${faults.smtpDownSeconds} s, 451 to ${faults.smtp451} messages, app SIGKILL ×${faults.appKills}, worker SIGKILL ×${faults.workerKills}, PostgreSQL restart ×${faults.databaseRestarts}`,
  );
  console.log(`inquiries stored         ${inquiries.length}`);
  console.log(`e-mails owed             ${2 * inquiries.length}`);
  console.log(`e-mail states            ${[...states].map(([state, n]) => `${state}: ${n}`).join(", ")}`);
  console.log(`e-mails received         ${smtp.accepted.length} (${smtp.refused.length} answered 451)`);
  console.log(
    `flagged "may not have been sent"  ${states.get("UNCERTAIN") ?? 0} (${uncertainReceived} of them did arrive)`,
  );
  console.log(`duplicates received      ${duplicates}`);
  console.log(`settled after the load   ${((performance.now() - t0) / 1000).toFixed(0)} s after it started`);

  const checks: [string, boolean][] = [
    [`every inquiry acknowledged (${acknowledged.size}/${total})`, acknowledged.size === total],
    [
      `every acknowledged reference is exactly one stored inquiry (${references.size} references, ${inquiries.length} rows)`,
      references.size === total &&
        inquiries.length === total &&
        [...references].every((reference) => byReference.has(reference)) &&
        tokensStored.size === total,
    ],
    [
      `every inquiry's investor and desk e-mail sent or flagged (${deliveries.length}/${2 * total})`,
      deliveries.length === 2 * total && deliveries.every((d) => d.state === "SENT" || d.state === "UNCERTAIN"),
    ],
    [`every e-mail recorded as sent arrived exactly once (${sentNotReceived} did not)`, sentNotReceived === 0],
    [`no e-mail arrived twice (${duplicates})`, duplicates === 0],
    [
      `every flag is on the inquiry's timeline (${flaggedEvents} events, ${states.get("UNCERTAIN") ?? 0} flagged)`,
      flaggedEvents >= (states.get("UNCERTAIN") ?? 0),
    ],
    [`the worker process survived PostgreSQL's restart`, worker?.exitCode === null],
  ];
  console.log("");
  for (const [name, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
  failed = checks.some(([, ok]) => !ok);
  if (failed) {
    for (const name of ["app", "worker"]) {
      console.log(`\n--- last lines of the ${name} log ---`);
      console.log(
        readFileSync(path.join(logs, `${name}.log`), "utf8")
          .split("\n")
          .slice(-30)
          .join("\n"),
      );
    }
  }
} finally {
  await kill(app);
  await kill(worker);
  await smtp.close().catch(() => {});
  await postgres.dispose();
  rmSync(logs, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
