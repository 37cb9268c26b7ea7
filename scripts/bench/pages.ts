// `npm run bench`: the public pages, side by side in one run, against one
// throwaway database (seeded), each measured four ways:
//   static   nginx serving a copy of the same HTML bytes (the machine's limit);
//   proxy    three instances of this build behind nginx (deploy/nginx.conf)
//            with Next.js's cache in Redis (README.md, "Production layout");
//   app      one instance of this build alone (`npm start`, no Redis);
//   before   one instance of the previous revision (BENCH_BASELINE, default
//            5dc0cad), built from a git worktree in /tmp/bench-baseline.
// Prints requests/s and p99 for each, the proxy as a share of static, and the
// app against the previous revision; then the older single-app figures
// (prerendered vs per-request pages, news list and post vs home).
// Targets (issue 13): through the proxy ≥ 80 % of static with p99 ≤ 20 ms on
// every page; the default catalogue list from the app alone ≥ 4× before.
//
// BENCH_SECONDS (5), BENCH_CONCURRENCY (50), BENCH_PORT (3200: the app; +1
// the previous revision; +2 static; +3 the proxy, +4… its instances),
// BENCH_BASELINE (a commit; "none" skips it), REDIS_URL
// (redis://127.0.0.1:6379). Uses wrk when installed (apt-get install wrk).
// --lighthouse also runs Lighthouse (scripts/bench/lighthouse.ts) through the proxy.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { postSeeds } from "../../prisma/seed/posts";
import { clearRedisPrefix, startCluster } from "../lib/cluster";
import { buildPortal, exitOf, startPortal, waitUntilServing } from "../lib/portal-process";
import { seed } from "../lib/postgres";
import { createThrowawayDatabase } from "../lib/throwaway-database";
import type { LoadResult } from "./load";
import { hasWrk, measure } from "./wrk";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = Number(process.env.BENCH_PORT ?? 3200);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
const baselineRev = process.env.BENCH_BASELINE ?? "5dc0cad";
const baselineDir = "/tmp/bench-baseline";
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const redisPrefix = `portal-bench-${randomBytes(4).toString("hex")}:`;
const lighthouse = process.argv.includes("--lighthouse");

const origins = {
  app: `http://127.0.0.1:${port}`,
  before: `http://127.0.0.1:${port + 1}`,
  static: `http://127.0.0.1:${port + 2}`,
  proxy: `http://127.0.0.1:${port + 3}`,
};
const distDir = ".next-bench";
const log = (line: string) => console.log(line);

type Page = { name: string; path: string };
type Way = keyof typeof origins;

/** The previous revision, checked out beside this one, sharing this checkout's installed packages. */
async function prepareBaseline(databaseUrl: string): Promise<string> {
  const head = () => execFileSync("git", ["-C", baselineDir, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  const wanted = execFileSync("git", ["-C", root, "rev-parse", `${baselineRev}^{commit}`], { encoding: "utf8" }).trim();
  if (!existsSync(baselineDir)) {
    execFileSync("git", ["-C", root, "worktree", "add", "--detach", baselineDir, wanted], { stdio: "ignore" });
  } else if (head() !== wanted) {
    execFileSync("git", ["-C", baselineDir, "checkout", "--detach", wanted], { stdio: "ignore" });
  }
  // Hard links: no copy of the files, and the build sees a real folder.
  if (!existsSync(path.join(baselineDir, "node_modules"))) {
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(baselineDir, "node_modules")]);
  }
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  // A build of this revision from an earlier run is served again.
  const builtFor = path.join(baselineDir, distDir, "portal-baseline-rev");
  if (existsSync(builtFor) && readFileSync(builtFor, "utf8") === wanted) return wanted;
  execFileSync(process.execPath, ["scripts/prisma.mjs", "generate"], { cwd: baselineDir, env, stdio: "ignore" });
  console.log(`Building the previous revision ${wanted.slice(0, 7)} (${baselineDir}/${distDir})…`);
  const build = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: baselineDir,
    env,
    stdio: "ignore",
  });
  if ((await exitOf(build)) !== 0) throw new Error(`next build of ${baselineRev} failed`);
  writeFileSync(builtFor, wanted);
  return wanted;
}

/** The first parcel the catalogue links to. */
async function parcelPath(origin: string) {
  const html = await (await fetch(`${origin}/vi/land`)).text();
  const code = /href="\/vi\/land\/([A-Z0-9][A-Za-z0-9-]*)"/.exec(html)?.[1];
  if (!code) throw new Error("/vi/land links to no parcel page");
  return `/vi/land/${code}`;
}

const database = await createThrowawayDatabase("portal_bench", { embeddedPort: 54334 });
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: "1",
  JOB_SCHEDULES: "off",
  REDIS_URL: "",
  // The build and every instance of it: the same deployment.
  DEPLOYMENT_ID: "bench",
};
const staticDir = mkdtempSync(path.join(tmpdir(), "portal-bench-static-"));
const stops: (() => Promise<void>)[] = [];
const started = (child: ReturnType<typeof startPortal>) =>
  stops.push(async () => {
    child.kill("SIGTERM");
    await exitOf(child);
  });

try {
  await seed(database.url);
  console.log(`Building the production bundle (${distDir})…`);
  if ((await buildPortal(env)) !== 0) throw new Error("next build failed");
  const baseline = baselineRev === "none" ? undefined : await prepareBaseline(database.url);

  started(startPortal(env, port));
  if (baseline) {
    started(
      spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
        cwd: baselineDir,
        env: { ...env, PORT: String(port + 1), HOSTNAME: "127.0.0.1" },
        stdio: "ignore",
      }),
    );
  }
  await waitUntilServing(`${origins.app}/api/health`);
  if (baseline) await waitUntilServing(`${origins.before}/api/health`);

  const post = postSeeds[0]?.doc.texts.vi?.slug;
  const pages: Page[] = [
    { name: "home", path: "/vi" },
    { name: "catalogue, default list", path: "/vi/land" },
    { name: "catalogue (en)", path: "/en/land" },
    { name: "a parcel", path: await parcelPath(origins.app) },
    { name: "news list", path: "/vi/news" },
    { name: "a post", path: `/vi/news/${post}` },
    { name: "open data (CSV)", path: "/api/parcels.csv" },
  ];

  // The static copy: each page's bytes as the app serves them now.
  for (const page of pages) {
    const response = await fetch(`${origins.app}${page.path}`);
    if (!response.ok) throw new Error(`${page.path} answered ${response.status}`);
    const file = path.join(staticDir, page.path, "index.html");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  }
  const cluster = await startCluster({
    env: { ...env, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: redisPrefix, TRUSTED_PROXIES: "1" },
    distDir,
    proxyPort: port + 3,
    extraServers: `
    server {
        listen 127.0.0.1:${port + 2};
        access_log off;
        root ${staticDir};
        default_type text/html;
        location / { try_files $uri/index.html =404; }
    }`,
  });
  stops.push(() => cluster.stop());

  const ways: Way[] = ["static", "proxy", "app", ...(baseline ? (["before"] as const) : [])];
  console.log(
    `\nLoad: ${concurrency} connections, ${seconds} s per page and way, after a 1 s warm-up (${hasWrk() ? "wrk" : "Node.js client; install wrk for the static figures"}).\n`,
  );
  // The single-app figures of earlier issues, first: the open data (last
  // below) leaves the app busy for a while after its load ends.
  const app = async (p: string) => {
    await measure(`${origins.app}${p}`, { concurrency, seconds: 1 });
    return measure(`${origins.app}${p}`, { concurrency, seconds });
  };
  // The 404 page answers 404 by design: only the rate matters there.
  const notFound = await app("/vi/khong-ton-tai");
  const health = await app("/api/health");
  const filtered = await app("/vi/news?kind=news");
  const results = new Map<string, LoadResult>();
  for (const page of pages) {
    for (const way of ways) {
      const url = `${origins[way]}${page.path}`;
      await measure(url, { concurrency, seconds: 1 });
      results.set(`${page.path} ${way}`, await measure(url, { concurrency, seconds }));
    }
  }

  const cell = (r: LoadResult | undefined) =>
    r
      ? `${r.perSecond.toFixed(0).padStart(7)} ${`${r.p99.toFixed(1)}`.padStart(7)}${r.errors ? ` E${r.errors}` : ""}`
      : "";
  const head = ways.map((way) => `${way.padStart(7)} ${"p99 ms".padStart(7)}`).join("  ");
  console.log(`${"page".padEnd(26)} ${head}  proxy/static  app/before`);
  const missed: string[] = [];
  for (const page of pages) {
    const r = (way: Way) => results.get(`${page.path} ${way}`);
    const share = (r("proxy")?.perSecond ?? 0) / (r("static")?.perSecond ?? 1);
    const gain = r("before") ? (r("app")?.perSecond ?? 0) / (r("before")?.perSecond ?? 1) : Number.NaN;
    console.log(
      `${page.name.padEnd(26)} ${ways.map((way) => cell(r(way))).join("  ")}  ${`${(share * 100).toFixed(0)} %`.padStart(12)}  ${Number.isNaN(gain) ? "" : `${gain.toFixed(1)}×`.padStart(10)}`,
    );
    if (share < 0.8) missed.push(`${page.name}: proxy ${(share * 100).toFixed(0)} % of static (target ≥ 80 %)`);
    if ((r("proxy")?.p99 ?? Number.POSITIVE_INFINITY) > 20) {
      missed.push(`${page.name}: proxy p99 ${r("proxy")?.p99.toFixed(1)} ms (target ≤ 20 ms)`);
    }
    if (page.path === "/vi/land" && !Number.isNaN(gain) && gain < 4) {
      missed.push(`${page.name}: app ${gain.toFixed(1)}× the previous revision (target ≥ 4×)`);
    }
  }
  console.log(missed.length === 0 ? "\nEvery target met." : `\nTargets missed:\n  ${missed.join("\n  ")}`);

  const home = results.get("/vi app") as LoadResult;
  const ratio = (a: LoadResult, b: LoadResult) => (a.perSecond / b.perSecond).toFixed(2);
  console.log(`\nprerendered home / per-request 404 page (app alone): ${ratio(home, notFound)}×`);
  console.log(`prerendered home / one-query endpoint: ${ratio(home, health)}×`);
  console.log(`news list / home: ${ratio(results.get("/vi/news app") as LoadResult, home)}×`);
  console.log(`post / home: ${ratio(results.get(`/vi/news/${post} app`) as LoadResult, home)}×`);
  console.log(`filtered news list / home: ${ratio(filtered, home)}×`);

  if (lighthouse) {
    // Lighthouse through the proxy, as visitors reach the portal (scripts/bench/lighthouse.ts).
    const { formatLighthouse, runLighthouse } = await import("./lighthouse");
    console.log(`\n${formatLighthouse(await runLighthouse(origins.proxy, { log }))}`);
  }
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  await clearRedisPrefix(redisUrl, redisPrefix).catch(() => {});
  rmSync(staticDir, { recursive: true, force: true });
  await database.dispose();
}
