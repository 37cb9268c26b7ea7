// `npm run bench:auth`: signing in to the back office, measured in this
// process against a throwaway database. The sign-in form's server action
// (app/[locale]/admin/sign-in/actions.ts) is called directly, as Next.js
// calls it, with the request's headers and cookies supplied here: next/headers
// is swapped (a module resolve hook) for a stand-in that reads them from an
// AsyncLocalStorage, one fake request per sign-in. In-process rather than
// against a built server because the question is about this process's event
// loop while argon2 runs: HTTP and React rendering would add their own loop
// work and hide what the hashing does, and a production build takes minutes.
//
// Prints: the time of one hashPassword and one verification (p50), sign-in
// latency p50/p95 at concurrency 20 (a known user, the right password, no
// second factor), and the event loop's delay during that run
// (perf_hooks.monitorEventLoopDelay, p50/p99/max), next to the delay the same
// load causes when argon2 runs on the loop (verifySync), for comparison.
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire, register } from "node:module";
import { availableParallelism } from "node:os";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createThrowawayDatabase } from "../lib/throwaway-database";

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 20);
const total = Number(process.env.BENCH_SIGN_INS ?? 400);
const warmUpCount = Number(process.env.BENCH_WARMUP ?? 40);
const hashSamples = Number(process.env.BENCH_HASHES ?? 30);
const PASSWORD = "bench orchard lantern velvet";

// ---------------------------------------------------------------------------
// The request context server code reads through next/headers.

type FakeRequest = { headers: Headers; cookies: Map<string, { value: string; options: Record<string, unknown> }> };
const requests = new AsyncLocalStorage<FakeRequest>();
(globalThis as Record<symbol, unknown>)[Symbol.for("portal.bench.request")] = requests;
const nextHeaders = `
const requests = globalThis[Symbol.for("portal.bench.request")];
const current = () => {
  const request = requests.getStore();
  if (!request) throw new Error("next/headers called outside a benchmark request");
  return request;
};
export async function headers() { return current().headers; }
export async function cookies() {
  const jar = current().cookies;
  return {
    get: (name) => (jar.has(name) ? { name, value: jar.get(name).value } : undefined),
    getAll: () => [...jar].map(([name, cookie]) => ({ name, value: cookie.value })),
    has: (name) => jar.has(name),
    set: (name, value, options = {}) => { jar.set(name, { value, options }); },
    delete: (name) => { jar.delete(name); },
  };
}`;
// next/navigation as Next.js bundles it for server code (the react-server
// build of React has no createContext, which the client build needs).
const navigation = pathToFileURL(
  createRequire(import.meta.url).resolve("next/dist/client/components/navigation.react-server.js"),
).href;
const hooks = `
const swapped = {
  "next/headers": ${JSON.stringify(`data:text/javascript,${encodeURIComponent(nextHeaders)}`)},
  "next/navigation": ${JSON.stringify(navigation)},
};
export async function resolve(specifier, context, next) {
  const url = swapped[specifier.replace(/.js$/, "")];
  return url ? { url, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

// ---------------------------------------------------------------------------
// Measurement

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);

/** Runs `count` calls of `work`, `concurrency` at a time; their latencies, the time taken and the loop's delay meanwhile. */
async function load(count: number, work: (i: number, worker: number) => Promise<void>) {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const latencies: number[] = [];
  let next = 0;
  loop.enable();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        await work(i, worker);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  loop.disable();
  const delay = { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
  return { latencies, seconds, delay };
}

const database = await createThrowawayDatabase("portal_bench_auth", { embeddedPort: 54336 });
let failed = false;
try {
  // server/db.ts reads DATABASE_URL once, when it is first imported.
  process.env.DATABASE_URL = database.url;
  const { db, pool } = await import("../../server/db");
  const { hashPassword, verifyPassword } = await import("../../server/auth/password");
  const { SESSION_COOKIE } = await import("../../server/auth/session");
  const { signInAction } = await import("../../app/[locale]/admin/sign-in/actions");
  const { verifySync } = await import("@node-rs/argon2");
  // Dropping the database at the end ends the pool's idle connections: nothing to report then.
  pool.removeAllListeners("error");
  pool.on("error", () => {});

  try {
    // One account per concurrent client, so that the run measures signing in, not 20 transactions
    // queueing for the lock of one account's row (each sign-in records its time on the account).
    const stored = await hashPassword(PASSWORD);
    const emails = Array.from({ length: concurrency }, (_, i) => `bench.editor.${i}@example.vn`);
    await db.staffUser.createMany({
      data: emails.map((email, i) => ({
        email,
        emailKey: email,
        name: `Bench Editor ${i}`,
        role: "EDITOR" as const,
        passwordHash: stored,
        passwordChangedAt: new Date(),
      })),
    });

    // One at a time: the cost of argon2id itself.
    const hashTimes: number[] = [];
    const verifyTimes: number[] = [];
    for (let i = 0; i < hashSamples; i++) {
      let t = performance.now();
      await hashPassword(`${PASSWORD} ${i}`);
      hashTimes.push(performance.now() - t);
      t = performance.now();
      if (!(await verifyPassword(PASSWORD, stored))) throw new Error("verifyPassword refused the right password");
      verifyTimes.push(performance.now() - t);
    }

    /** One sign-in as a browser without JavaScript posts it, from its own client address. */
    const problems: string[] = [];
    const signInOnce = (prefix: string) => async (i: number, worker: number) => {
      const request: FakeRequest = {
        headers: new Headers({ "x-portal-client-address": `${prefix}.${i >> 8}.${i & 255}`, "user-agent": "bench" }),
        cookies: new Map(),
      };
      const data = new FormData();
      data.append("locale", "vi");
      data.append("email", emails[worker] as string);
      data.append("password", PASSWORD);
      await requests.run(request, async () => {
        try {
          const state = await signInAction(null, data);
          problems.push(`no redirect: ${JSON.stringify(state?.errors)}`);
        } catch (error) {
          const digest = String((error as { digest?: unknown }).digest ?? "");
          if (!digest.startsWith("NEXT_REDIRECT;") || digest.split(";")[2] !== "/vi/admin")
            problems.push(String(error));
          else if (!request.cookies.get(SESSION_COOKIE)?.value) problems.push("no session cookie");
        }
      });
    };

    await load(warmUpCount, signInOnce("198.19"));
    const run = await load(total, signInOnce("198.18"));
    const sessions = await db.staffSession.count({ where: { stage: "ACTIVE", revokedAt: null } });

    // Verifications alone at the same concurrency, no database: as the
    // portal runs them (the asynchronous binding, on libuv's thread pool),
    // and on the event loop (verifySync), for comparison.
    const offLoop = await load(Math.min(total, 200), async () => {
      await verifyPassword(PASSWORD, stored);
    });
    const onLoop = await load(Math.min(total, 100), async () => {
      await new Promise((resolve) => setImmediate(resolve));
      verifySync(stored, PASSWORD);
    });

    console.log(`\nSign-in benchmark: ${total} sign-ins, ${concurrency} at a time (after ${warmUpCount} to warm up),`);
    console.log(
      `${concurrency} known users (one per client), right password, no second factor; ${availableParallelism()} CPUs, libuv pool ${process.env.UV_THREADPOOL_SIZE ?? 4} threads.\n`,
    );
    console.log("                                        p50        p95        p99        max");
    console.log(`hashPassword (one at a time)     ${ms(percentile(hashTimes, 50))} ${ms(percentile(hashTimes, 95))}`);
    console.log(
      `verifyPassword (one at a time)   ${ms(percentile(verifyTimes, 50))} ${ms(percentile(verifyTimes, 95))}`,
    );
    console.log(
      `sign-in latency (×${concurrency})           ${ms(percentile(run.latencies, 50))} ${ms(percentile(run.latencies, 95))} ${ms(percentile(run.latencies, 99))} ${ms(Math.max(...run.latencies))}`,
    );
    console.log(
      `event-loop delay, sign-ins       ${ms(run.delay.p50)}            ${ms(run.delay.p99)} ${ms(run.delay.max)}`,
    );
    console.log(
      `event-loop delay, verify ×${concurrency}      ${ms(offLoop.delay.p50)}            ${ms(offLoop.delay.p99)} ${ms(offLoop.delay.max)}   (verifyPassword only)`,
    );
    console.log(
      `event-loop delay, verifySync ×${concurrency}  ${ms(onLoop.delay.p50)}            ${ms(onLoop.delay.p99)} ${ms(onLoop.delay.max)}   (argon2 on the loop, for comparison)`,
    );
    console.log(`\nsign-ins/s                       ${(total / run.seconds).toFixed(0)}`);

    const verifyP50 = percentile(verifyTimes, 50);
    const checks: [string, boolean][] = [
      [
        `every sign-in redirected to /vi/admin with a session cookie (${total + warmUpCount - problems.length}/${total + warmUpCount})`,
        problems.length === 0,
      ],
      [`one active session per sign-in (${sessions})`, sessions === total + warmUpCount],
      // On a busy machine the loop also waits for a CPU (argon2's threads
      // compete with it), so the sign-in run's delay is reported, not judged.
      [
        `argon2 runs off the event loop: ${concurrency} verifications at once delay it less than one verification (p50 ${offLoop.delay.p50.toFixed(1)} ms < ${verifyP50.toFixed(1)} ms)`,
        offLoop.delay.p50 < verifyP50,
      ],
      [
        `on the loop, the same verifications would stall it ${(onLoop.delay.p99 / Math.max(offLoop.delay.p99, 0.001)).toFixed(0)}× longer (p99 ${onLoop.delay.p99.toFixed(1)} vs ${offLoop.delay.p99.toFixed(1)} ms)`,
        onLoop.delay.p99 > 4 * offLoop.delay.p99,
      ],
    ];
    if (problems.length > 0) console.log(`\nproblems: ${[...new Set(problems)].slice(0, 5).join("; ")}`);
    console.log("");
    for (const [name, ok] of checks) console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
    failed = checks.some(([, ok]) => !ok);
  } finally {
    await db.$disconnect();
    await pool.end();
  }
} finally {
  await database.dispose();
}
process.exit(failed ? 1 : 0);
