// `npm run bench:lighthouse`: Lighthouse (mobile profile, simulated throttling,
// as PageSpeed Insights runs it) on Debian's Chromium against the home page,
// the catalogue, a parcel page and the inquiry form. Prints the four category
// scores and the main metrics per page (the median of several runs, by
// performance score). A benchmark, so it exits non-zero on a missed target only
// with --check. Targets: performance ≥ 95, accessibility and best practices 100.
//
//   npm run bench:lighthouse                          builds and serves the portal on a throwaway database
//   npm run bench:lighthouse -- --url http://host:port  measures a portal that is already running
//   options: --runs N (default 5), --check, --out DIR (writes every run's report as JSON)
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import lighthouse, { type Result } from "lighthouse";
import { buildPortal, exitOf, startPortal, waitUntilServing } from "../lib/portal-process";
import { seed } from "../lib/postgres";
import { createThrowawayDatabase } from "../lib/throwaway-database";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof categories)[number];

/** The lowest score each category may have (0–100); SEO is reported but has no target. */
export const lighthouseTargets: Partial<Record<Category, number>> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
};

// The flags the end-to-end tests use (docs: TOOLCHAIN): without the background
// ones Chromium keeps trying to reach the network.
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type LighthousePage = { name: string; path: string };

export type LighthouseScore = {
  page: LighthousePage;
  scores: Record<Category, number>;
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Bytes over the wire. */
  jsTransferred: number;
  jsUnused: number;
  runs: number[];
  report: Result;
};

/** The four pages the targets are set for; the parcel is the first the catalogue links to. */
export async function lighthousePages(origin: string, locale = "vi"): Promise<LighthousePage[]> {
  const catalogue = await fetch(`${origin}/${locale}/land`).then((response) => response.text());
  const code = new RegExp(`href="/${locale}/land/([A-Z0-9][A-Za-z0-9-]*)"`).exec(catalogue)?.[1];
  if (!code) throw new Error(`/${locale}/land links to no parcel page`);
  return [
    { name: "home", path: `/${locale}` },
    { name: "catalogue", path: `/${locale}/land` },
    { name: `parcel ${code}`, path: `/${locale}/land/${code}` },
    { name: "inquiry form", path: `/${locale}/inquire` },
  ];
}

function launchChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), "portal-lighthouse-"));
  const chromium: ChildProcess = spawn(
    process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    [...chromiumFlags, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const close = async () => {
    chromium.kill("SIGTERM");
    await exitOf(chromium);
    // Chromium's helper processes may go on writing to the profile for a moment after it exits.
    for (let attempt = 0; ; attempt++) {
      try {
        rmSync(profile, { recursive: true, force: true });
        return;
      } catch (error) {
        if (attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };
  return new Promise((resolve, reject) => {
    let output = "";
    chromium.once("error", reject);
    chromium.once("exit", () => reject(new Error(`Chromium exited before it listened:\n${output}`)));
    chromium.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) {
        chromium.stderr?.removeAllListeners("data");
        chromium.stderr?.resume();
        resolve({ port: Number(port), close });
      }
    });
  });
}

/** One Lighthouse run in a fresh Chromium (the default config is the mobile profile). */
async function audit(url: string): Promise<Result> {
  const chromium = await launchChromium();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chromium.close();
  }
}

function summarize(page: LighthousePage, reports: Result[]): LighthouseScore {
  const score = (report: Result, category: Category) => Math.round((report.categories[category]?.score ?? 0) * 100);
  const performance = reports.map((report) => score(report, "performance"));
  // The median run by performance score, reported whole so that its metrics and scores agree.
  const report = [...reports].sort((a, b) => score(a, "performance") - score(b, "performance"))[
    Math.floor(reports.length / 2)
  ] as Result;
  const value = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  type Request = { resourceType?: string; transferSize?: number };
  const requests = ((report.audits["network-requests"]?.details as { items?: Request[] } | undefined)?.items ??
    []) as Request[];
  const unused = report.audits["unused-javascript"]?.details as { overallSavingsBytes?: number } | undefined;
  return {
    page,
    scores: Object.fromEntries(categories.map((category) => [category, score(report, category)])) as Record<
      Category,
      number
    >,
    metrics: {
      fcp: value("first-contentful-paint"),
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      si: value("speed-index"),
    },
    jsTransferred: requests
      .filter((request) => request.resourceType === "Script")
      .reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
    jsUnused: unused?.overallSavingsBytes ?? 0,
    runs: performance,
    report,
  };
}

/** Runs Lighthouse `runs` times on each page of `origin` (sequentially: runs in parallel disturb each other). */
export async function runLighthouse(
  origin: string,
  options: { runs?: number; pages?: LighthousePage[]; out?: string; log?: (line: string) => void } = {},
): Promise<LighthouseScore[]> {
  const runs = options.runs ?? 5;
  const pages = options.pages ?? (await lighthousePages(origin));
  // A first visit compiles nothing in production, but fills the server's caches as a visitor would find them.
  for (const page of pages) await fetch(`${origin}${page.path}`).then((response) => response.arrayBuffer());
  const results: LighthouseScore[] = [];
  for (const page of pages) {
    const reports: Result[] = [];
    for (let run = 0; run < runs; run++) {
      options.log?.(`Lighthouse ${page.path} (run ${run + 1}/${runs})…`);
      reports.push(await audit(`${origin}${page.path}`));
    }
    const result = summarize(page, reports);
    if (options.out) writeReports(options.out, page, reports);
    results.push(result);
  }
  return results;
}

function writeReports(dir: string, page: LighthousePage, reports: Result[]) {
  mkdirSync(dir, { recursive: true });
  const slug = page.path.replace(/^\//, "").replace(/[^A-Za-z0-9-]+/g, "_");
  reports.forEach((report, index) => {
    writeFileSync(path.join(dir, `${slug}-${index + 1}.json`), JSON.stringify(report));
  });
}

/** The table: one row per page, the four categories, then FCP, LCP, TBT, CLS, speed index and JavaScript. */
export function formatLighthouse(results: LighthouseScore[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const columns = [
    ["page", 28],
    ["perf", 5],
    ["a11y", 5],
    ["best", 5],
    ["seo", 5],
    ["FCP", 7],
    ["LCP", 7],
    ["TBT", 7],
    ["CLS", 6],
    ["SI", 7],
    ["JS", 7],
    ["unused", 7],
    ["perf runs", 12],
  ] as const;
  const row = (cells: string[]) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(columns[0][1]) : cell.padStart(columns[index]?.[1] ?? 0)))
      .join(" ");
  const lines = [row(columns.map(([name]) => name))];
  for (const r of results) {
    lines.push(
      row([
        `${r.page.name} (${r.page.path.split("/").slice(0, 3).join("/")})`.slice(0, columns[0][1]),
        String(r.scores.performance),
        String(r.scores.accessibility),
        String(r.scores["best-practices"]),
        String(r.scores.seo),
        s(r.metrics.fcp),
        s(r.metrics.lcp),
        `${r.metrics.tbt.toFixed(0)} ms`,
        r.metrics.cls.toFixed(3),
        s(r.metrics.si),
        kb(r.jsTransferred),
        kb(r.jsUnused),
        r.runs.join(","),
      ]),
    );
  }
  return lines.join("\n");
}

/** One sentence per score below its target. */
export function missedLighthouseTargets(results: LighthouseScore[]): string[] {
  return results.flatMap((r) =>
    Object.entries(lighthouseTargets)
      .filter(([category, target]) => r.scores[category as Category] < (target ?? 0))
      .map(([category, target]) => `${r.page.path}: ${category} ${r.scores[category as Category]} < ${target}`),
  );
}

async function main(): Promise<boolean> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      runs: { type: "string", default: process.env.BENCH_LIGHTHOUSE_RUNS ?? "5" },
      check: { type: "boolean", default: false },
      out: { type: "string" },
    },
  });
  const runs = Number(values.runs);
  const measure = async (origin: string) => {
    const results = await runLighthouse(origin, { runs, out: values.out, log: console.log });
    console.log(`\nLighthouse ${runs === 1 ? "(1 run)" : `(median of ${runs} runs)`}, mobile, simulated throttling:`);
    console.log(formatLighthouse(results));
    const missed = missedLighthouseTargets(results);
    console.log(missed.length ? `\nMissed targets:\n  ${missed.join("\n  ")}` : "\nEvery target met.");
    return values.check && missed.length > 0;
  };
  if (values.url) return measure(values.url.replace(/\/$/, ""));

  const port = Number(process.env.BENCH_PORT ?? 3200);
  const origin = `http://127.0.0.1:${port}`;
  const database = await createThrowawayDatabase("portal_bench", { embeddedPort: 54334 });
  const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";
  const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  try {
    await seed(database.url);
    console.log(`Building the production bundle (${distDir})…`);
    if ((await buildPortal(env)) !== 0) throw new Error("next build failed");
    const server = startPortal(env, port);
    try {
      await waitUntilServing(`${origin}/api/health`);
      return await measure(origin);
    } finally {
      server.kill("SIGTERM");
      await exitOf(server);
    }
  } finally {
    await database.dispose();
  }
}

// Exits explicitly: a missed target under --check must fail the command whatever the libraries left behind.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exit((await main()) ? 1 : 0);
}
