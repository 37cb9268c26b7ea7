// The production layout on loopback (README.md, "Production layout"): three
// app instances of one build behind nginx (deploy/nginx.conf), the e-mail
// worker beside them, one throwaway database, Next.js's cache shared in Redis
// under a key prefix of this run's own (deleted at the end).
import { createHmac, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { benchInquiry, renderedForm } from "../../scripts/bench/form-posts";
import { type Cluster, clearRedisPrefix, startCluster } from "../../scripts/lib/cluster";
import { seed } from "../../scripts/lib/postgres";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../scripts/lib/throwaway-database";

const proxyPort = Number(process.env.CLUSTER_TEST_PORT ?? 3250);
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const runId = randomBytes(5).toString("hex");
const redisPrefix = `portal-test-${runId}:`;
/** How long the proxy may keep a public page (the app's s-maxage), and serve it stale once more. */
const PUBLIC_CACHE_SECONDS = 5;
/** When an edit must show everywhere: that, twice, and a margin for a busy machine. */
const VISIBLE_WITHIN_MS = 2 * PUBLIC_CACHE_SECONDS * 1000 + 15_000;

let database: ThrowawayDatabase;
let cluster: Cluster;
let mailDir: string;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** What a page that is not the expected redirect says: its alert or error summary, else its title. */
const alertOf = (html: string) =>
  (/role="alert"[^>]*>([\s\S]{0,400}?)<\/(div|section|p)>/.exec(html)?.[1] ?? /<title>([^<]*)/.exec(html)?.[1] ?? "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const text = async (url: string) => {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return response.text();
};

beforeAll(async () => {
  database = await createThrowawayDatabase("portal_cluster", { embeddedPort: 54335 });
  await seed(database.url);
  mailDir = mkdtempSync(path.join(tmpdir(), "portal-cluster-mail-"));
  cluster = await startCluster({
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: redisPrefix,
      MAIL_DIR: mailDir,
      SMTP_URL: "",
      // The form posts below come from many investors, as an outer proxy
      // would report them (X-Forwarded-For), so no rate limit is reached.
      TRUSTED_PROXIES: "2",
      JOB_SCHEDULES: "on",
      PUBLIC_CACHE_SECONDS: String(PUBLIC_CACHE_SECONDS),
    },
    distDir: process.env.CLUSTER_DIST_DIR || ".next-cluster-test",
    rebuild: process.env.CLUSTER_REUSE_BUILD !== "1",
    proxyPort,
    log: process.env.CLUSTER_LOG === "1" ? (line) => console.log(line) : undefined,
  });
}, 480_000);

afterAll(async () => {
  await cluster?.stop();
  await clearRedisPrefix(redisUrl, redisPrefix).catch((error) => console.error("Redis keys not deleted:", error));
  await database?.dispose();
  if (mailDir) rmSync(mailDir, { recursive: true, force: true });
}, 120_000);

describe("several instances behind nginx", () => {
  it("shows an edit revalidated on one instance through the proxy and on every instance", async () => {
    const pages = ["/vi", "/en", "/vi/news"];
    const everywhere = [cluster.proxyUrl, ...cluster.instancePorts.map((_, i) => cluster.instanceUrl(i))];
    // Every instance and the proxy hold the pages in their caches first.
    for (const origin of everywhere) for (const page of pages) await text(`${origin}${page}`);
    await vi.waitFor(
      async () => {
        const { headers } = await fetch(`${cluster.proxyUrl}/vi`);
        expect(headers.get("x-cache"), JSON.stringify(Object.fromEntries(headers))).toBe("HIT");
      },
      { timeout: 15_000, interval: 200 },
    );

    const email = `cluster-${randomBytes(4).toString("hex")}@example.vn`;
    await sql(`UPDATE "SiteSettings" SET email = $1`, [email]);
    // As server/revalidate.ts asks the app outside a request: once, to one instance.
    // The portal's processes share this secret; whichever uses it first creates it (server/security/app-secret.ts).
    await sql(`INSERT INTO "AppSecret" (name, value) VALUES ('revalidate', $1) ON CONFLICT (name) DO NOTHING`, [
      randomBytes(32).toString("base64url"),
    ]);
    const [secret] = await sql<{ value: string }>(`SELECT value FROM "AppSecret" WHERE name = 'revalidate'`);
    expect(secret).toBeDefined();
    const body = JSON.stringify({ tags: ["site-settings"], at: Date.now() });
    const signature = createHmac("sha256", Buffer.from(secret?.value ?? "", "base64url"))
      .update(body)
      .digest("base64url");
    const asked = await fetch(`${cluster.instanceUrl(0)}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-portal-signature": signature },
      body,
    });
    expect(asked.status).toBe(204);

    await vi.waitFor(
      async () => {
        for (const origin of everywhere) {
          for (const page of pages) expect(await text(`${origin}${page}`), `${origin}${page}`).toContain(email);
        }
      },
      { timeout: VISIBLE_WITHIN_MS, interval: 500 },
    );
  });

  it("fails no idempotent request when an instance is killed under load", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const failures: string[] = [];
    let answered = 0;
    let stop = false;
    // Pages the proxy may not hold (a query of their own), the catalogue, and the health check: they reach the instances.
    const paths = (i: number) => [`/vi?load=${i}`, "/vi/land", "/api/health", `/en/news?load=${i}`][i % 4] as string;
    const get = (url: string) =>
      new Promise<void>((resolve) => {
        http
          .get(url, { agent }, (response) => {
            response.resume();
            response.on("end", () => {
              answered++;
              if (response.statusCode !== 200) failures.push(`${response.statusCode} ${url}`);
              resolve();
            });
          })
          .on("error", (error) => {
            failures.push(`${error.message} ${url}`);
            resolve();
          })
          // nginx answers within its own timeouts (deploy/nginx.conf); longer is a failure.
          .setTimeout(20_000, function (this: http.ClientRequest) {
            this.destroy(new Error("no answer within 20 s"));
          });
      });
    let n = 0;
    const clients = Array.from({ length: 16 }, async () => {
      while (!stop) await get(`${cluster.proxyUrl}${paths(n++)}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await cluster.stopInstance(1, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    stop = true;
    await Promise.all(clients);
    agent.destroy();
    await cluster.startInstance(1);
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(50);
  });

  it("loses no form submission during a rolling restart", async () => {
    const formUrl = `${cluster.proxyUrl}/vi/inquire`;
    const answers: { status: number; location: string; said: string }[] = [];
    let restarting = true;
    let sent = 0;
    const submitter = async () => {
      while (restarting) {
        const i = sent++;
        // A form rendered by whichever instance, posted ≥ 3 s later (the
        // portal refuses faster ones) to whichever instance.
        const form = await renderedForm(formUrl);
        await new Promise((resolve) => setTimeout(resolve, 3_300));
        const fields = { ...form, ...benchInquiry(`cluster-${runId}-${i}`) };
        const body = new FormData();
        for (const [name, value] of Object.entries(fields)) body.append(name, value);
        const answer = await fetch(formUrl, {
          method: "POST",
          body,
          redirect: "manual",
          headers: { Origin: cluster.proxyUrl, "X-Forwarded-For": `198.18.${i >> 8}.${i & 255}` },
        }).then(
          async (response) => ({
            status: response.status,
            location: response.headers.get("location") ?? "",
            said: response.status === 303 ? "" : alertOf(await response.text()),
          }),
          (error: Error) => ({ status: 0, location: "", said: error.message }),
        );
        answers.push(answer);
      }
    };
    const submitters = Array.from({ length: 4 }, submitter);
    for (const index of cluster.instancePorts.keys()) {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await cluster.stopInstance(index, "SIGTERM");
      await cluster.startInstance(index);
    }
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    restarting = false;
    await Promise.all(submitters);

    const references = answers.map((answer) => /[?&]ref=(LA-\d{4}-[A-Z0-9]{6})$/.exec(answer.location)?.[1]);
    expect(answers.filter((answer, i) => answer.status !== 303 || !references[i])).toEqual([]);
    expect(answers.length).toBeGreaterThanOrEqual(12);
    const stored = await sql<{ reference: string }>(`SELECT reference FROM "Inquiry" WHERE reference = ANY($1)`, [
      references,
    ]);
    expect(stored.map((row) => row.reference).sort()).toEqual([...new Set(references)].sort());
    expect(new Set(references).size).toBe(answers.length);
  });

  it("creates each scheduled job once, however many instances run", async () => {
    // pg-boss's timekeeper (the worker's; the instances run none with
    // EMAIL_WORKER=off, and several would still queue one job, see
    // docs/decisions/014) queues the scheduled posts' job every minute.
    const duplicates = await sql(
      `SELECT date_trunc('minute', created_on) AS minute, count(*)::int AS n FROM pgboss.job
       WHERE name = 'publish-scheduled-posts' GROUP BY 1 HAVING count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    // The timekeeper has queued at least one by now (it runs every minute; bounded wait).
    await vi.waitFor(
      async () => {
        const [row] = await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'publish-scheduled-posts'`,
        );
        expect(row?.n ?? 0).toBeGreaterThan(0);
      },
      { timeout: 90_000, interval: 2_000 },
    );
  });
});
