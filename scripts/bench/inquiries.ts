// `npm run bench:inquiries`: serves the production build (as `npm start` does,
// default settings: e-mail worker in the app process) against a throwaway database and
// sends 2,000 inquiries through the form's server action, 50 at a time, as
// browsers without JavaScript post them (multipart form, one client address per
// inquiry as a reverse proxy reports it, each its own form — a signed token and
// stamp minted as the page mints them — and its own investor). A warm-up of as many inquiries comes
// first (the server's code is compiled as it runs) and is deleted before the
// measured run. Prints accepted/s and latency
// percentiles, checks that the database holds exactly 2,000 inquiries and (once
// the app's worker has moved them from the outbox) 4,000 e-mail jobs, then lets
// `npm run worker` help drain the queue and checks that every investor and desk
// got exactly one e-mail.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildPortal, exitOf, startPortal, waitUntilServing } from "../lib/portal-process";
import { seed } from "../lib/postgres";
import { createThrowawayDatabase } from "../lib/throwaway-database";
import { type Answer, benchInquiry, postForm, renderedForm } from "./form-posts";

const port = Number(process.env.BENCH_PORT ?? 3200);
const total = Number(process.env.BENCH_INQUIRIES ?? 2_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
const warmUpCount = Number(process.env.BENCH_WARMUP ?? 2_000);
const origin = `http://127.0.0.1:${port}`;
const formPath = "/vi/inquire";

const database = await createThrowawayDatabase("portal_bench", { embeddedPort: 54334 });
const mailDir = mkdtempSync(path.join(tmpdir(), "portal-bench-mail-"));
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXT_DIST_DIR: ".next-bench",
  NEXT_TELEMETRY_DISABLED: "1",
  MAIL_DIR: mailDir,
  SMTP_URL: "",
};
// This process mints forms with the portal's own code (and secret, read from the database).
process.env.DATABASE_URL = database.url;
const { issueFormStamp, issueFormToken } = await import("../../server/security/form-token");

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const submit = (fields: Record<string, string>, client: string) =>
  postForm(`${origin}${formPath}`, fields, client, agent);

/** Sends `count` inquiries, `concurrency` at a time, each from its own form, investor and client address. */
async function run(form: Record<string, string>, count: number, addressPrefix: string) {
  const answers: Answer[] = [];
  const tokens: string[] = [];
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < count) {
        const i = sent++;
        const token = await issueFormToken();
        tokens.push(token);
        const filled = {
          ...form,
          ...benchInquiry(`${addressPrefix}-${i}`),
          token,
          stamp: await issueFormStamp(token, Date.now() - 60_000),
        };
        answers.push(await submit(filled, `${addressPrefix}.${i >> 8}.${i & 255}`));
      }
    }),
  );
  return { answers, tokens, seconds: (performance.now() - started) / 1000 };
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
const count = async (text: string) => Number((await sql<{ n: string }>(text))[0]?.n);

let failed = false;
try {
  await seed(database.url);
  console.log("Building the production bundle (.next-bench)…");
  if ((await buildPortal(env)) !== 0) throw new Error("next build failed");
  if (await fetch(`${origin}/api/health`).catch(() => null)) throw new Error(`port ${port} is in use (set BENCH_PORT)`);
  const server = startPortal(env, port);
  try {
    await waitUntilServing(`${origin}/api/health`);
    const hidden = await renderedForm(`${origin}${formPath}`);
    const form = { ...hidden, ...benchInquiry("template") };

    // Warm-up (the server compiles its code as it runs), then its inquiries
    // are deleted (with the e-mails they are owed) and so are their jobs.
    const warmUp = await run(form, warmUpCount, "198.19");
    await sql(`DELETE FROM "Inquiry" WHERE "idempotencyKey" = ANY($1)`, [warmUp.tokens]);
    await sql(
      `DELETE FROM pgboss.job j WHERE name = 'inquiry-email'
       AND NOT EXISTS (SELECT 1 FROM "Inquiry" i WHERE i.id = (j.data->>'inquiryId')::int)`,
    );

    console.log(`Load: ${total} inquiries, ${concurrency} at a time, each from its own client address.\n`);
    const { answers, seconds } = await run(form, total, "198.18");
    const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
    const references = new Set<string>();
    const unexpected: string[] = [];
    for (const answer of answers) {
      const reference = /[?&]ref=(LA-\d{4}-[A-Z0-9]{6})$/.exec(answer.location)?.[1];
      if (answer.status === 303 && reference) references.add(reference);
      else unexpected.push(`${answer.status} ${answer.location}`);
    }
    const accepted = total - unexpected.length;

    // The app's worker moves the e-mails each inquiry is owed from the outbox
    // (written with the inquiry) into the queue.
    const relayStarted = performance.now();
    while (performance.now() - relayStarted < 120_000 && (await count(`SELECT count(*) AS n FROM "EmailOutbox"`)) > 0) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const relaySeconds = (performance.now() - relayStarted) / 1000;

    const inquiries = await count(`SELECT count(*) AS n FROM "Inquiry"`);
    const stored = new Set(
      (await sql<{ reference: string }>(`SELECT reference FROM "Inquiry"`)).map((r) => r.reference),
    );
    const jobs = await count(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'inquiry-email'`);
    const distinctJobs = await count(
      `SELECT count(DISTINCT (j.data->>'inquiryId', j.data->>'kind')) AS n
       FROM pgboss.job j JOIN "Inquiry" i ON i.id = (j.data->>'inquiryId')::int WHERE j.name = 'inquiry-email'`,
    );

    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(`accepted            ${accepted} of ${total} in ${seconds.toFixed(1)} s`);
    console.log(`accepted/s          ${(accepted / seconds).toFixed(0)}   (target ≥ 200)`);
    console.log(`latency p50         ${ms(at(0.5))}`);
    console.log(`latency p95         ${ms(at(0.95))}   (target ≤ 150 ms)`);
    console.log(`latency p99         ${ms(at(0.99))}`);
    console.log(`inquiries stored    ${inquiries}`);
    console.log(
      `e-mail jobs         ${jobs} (${distinctJobs} distinct inquiry × recipient), queued from the outbox ${relaySeconds.toFixed(1)} s after the load`,
    );
    if (unexpected.length > 0) console.log(`unexpected answers  ${unexpected.slice(0, 5).join("; ")}`);

    const checks: [string, boolean][] = [
      [`every submission accepted (${accepted}/${total})`, accepted === total],
      [`exactly ${total} inquiries stored (${inquiries})`, inquiries === total],
      [`each answer names a stored inquiry`, references.size === total && [...references].every((r) => stored.has(r))],
      [`exactly ${2 * total} e-mail jobs, two per inquiry (${jobs})`, jobs === 2 * total && distinctJobs === 2 * total],
    ];

    // Then a standalone worker (`npm run worker`) helps the in-process one
    // drain the queue; every investor and desk must get exactly one e-mail.
    const drainStarted = performance.now();
    const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
      env,
      stdio: "ignore",
    });
    let pending = jobs;
    while (pending > 0 && performance.now() - drainStarted < 300_000) {
      await new Promise((r) => setTimeout(r, 500));
      pending = await count(
        `SELECT count(*) AS n FROM pgboss.job WHERE name = 'inquiry-email' AND state <> 'completed'`,
      );
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    worker.kill("SIGTERM");
    await exitOf(worker);
    const perReference = new Map<string, number>();
    for (const file of readdirSync(mailDir)) {
      const reference = /LA-\d{4}-[A-Z0-9]{6}/.exec(readFileSync(path.join(mailDir, file), "utf8"))?.[0];
      if (reference && references.has(reference)) perReference.set(reference, (perReference.get(reference) ?? 0) + 1);
    }
    const sent = [...perReference.values()].reduce((a, b) => a + b, 0);
    console.log(`e-mails sent        ${sent} in ${drainSeconds.toFixed(1)} s after the load`);
    checks.push([
      `one e-mail to each investor and one to each desk (${sent})`,
      perReference.size === total && [...perReference.values()].every((n) => n === 2),
    ]);

    // Side by side: the same work without HTTP and the framework.
    const handler = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/bench/inquiry-handler.ts"],
      { env: { ...env, EMAIL_WORKER: "off", BENCH_FORM: JSON.stringify(form) }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let output = "";
    handler.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    if ((await exitOf(handler)) !== 0) throw new Error("the handler benchmark failed");
    const direct = JSON.parse(output.trim().split("\n").pop() ?? "{}") as { perSecond: number; cpuMs: number };
    const perRequestMs = 1000 / (accepted / seconds);
    console.log(
      `handler alone       ${direct.perSecond.toFixed(0)}/s, ${direct.cpuMs.toFixed(2)} ms CPU per inquiry ` +
        `(${((100 * direct.cpuMs) / perRequestMs).toFixed(0)} % of the ${perRequestMs.toFixed(2)} ms per submission the server needs at full load)`,
    );
    console.log(`HTTP / handler      ${(accepted / seconds / direct.perSecond).toFixed(2)}× the throughput`);

    console.log("");
    for (const [name, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
    failed = checks.some(([, ok]) => !ok);
  } finally {
    agent.destroy();
    server.kill("SIGTERM");
    await exitOf(server);
  }
} finally {
  await database.dispose();
  rmSync(mailDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
