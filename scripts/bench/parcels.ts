// `npm run bench:parcels`: loads 100,000 parcels into a throwaway database and
// times representative catalogue searches two ways in one run: through the
// portal's own searchParcels() (Prisma) and through equivalent hand-written SQL
// on a plain pg pool. Prints p50/p95 of both, their ratio against the targets
// (p95 ≤ 30 ms, project p95 / raw p95 ≤ 1.5), the EXPLAIN ANALYZE plans, and
// the process memory before and after the searches.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { parseParcelSearch } from "../../lib/schemas/parcel-search";
import { seed } from "../lib/postgres";
import { createThrowawayDatabase } from "../lib/throwaway-database";
import { loadParcels } from "./parcel-data";
import { rawSearch, rawSql } from "./parcel-raw-sql";

const WARM_UP = 5;
const ITERATIONS = 200;
const TARGET_P95_MS = 30;
const TARGET_RATIO = 1.5;

const searches: { name: string; query: string }[] = [
  { name: "default (available, verified)", query: "" },
  { name: "status=all", query: "status=all" },
  { name: "hub only", query: "hub=can-giuoc" },
  { name: "land use only", query: "use=logistics" },
  { name: "area 1–5 ha", query: "areaMin=1&areaMax=5&areaUnit=ha" },
  { name: "rentMax 180 term", query: "rentMax=180&rentBasis=term" },
  { name: "rentMax 5 annual", query: "rentMax=5&rentBasis=annual" },
  { name: "powerMin 8000", query: "powerMin=8000" },
  { name: "water+wastewater min", query: "waterMin=1000&wastewaterMin=800" },
  { name: "sector", query: "sector=high-tech-agriculture" },
  { name: "q=ben luc", query: "q=ben+luc" },
  { name: "q=BX-0001 (code)", query: "q=BX-0001" },
  {
    name: "combined, rent-asc",
    query: "hub=ben-luc&use=industrial&areaMin=2&areaMax=8&areaUnit=ha&powerMin=4000&sort=rent-asc",
  },
  { name: "sort=area-desc", query: "sort=area-desc" },
  { name: "deepest page (100)", query: "page=100" },
  { name: "all, area-asc, page 100", query: "status=all&sort=area-asc&page=100" },
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rss = () => process.memoryUsage().rss;

// ---------------------------------------------------------------------------
// Measurement

function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function time(work: () => Promise<unknown>) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const database = await createThrowawayDatabase("portal_bench_parcels", { embeddedPort: 54335 });
let exitCode = 0;
try {
  // server/db.ts reads DATABASE_URL once, when it is first imported.
  process.env.DATABASE_URL = database.url;
  console.log(`Throwaway database: ${new URL(database.url).pathname.slice(1)}`);
  console.log("Seeding base content (hubs, sectors, settings, 60 sample parcels)…");
  await seed(database.url);

  const loader = new pg.Client({ connectionString: database.url });
  await loader.connect();
  try {
    await loadParcels(loader);
  } finally {
    await loader.end();
  }

  const { db } = await import("../../server/db");
  const { searchParcels } = await import("../../server/parcels/search-parcels");
  // Same pool size as the project's client (server/db.ts).
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // pool.end() resolves before its sockets are closed; dropping the database
  // then terminates them, which an idle client reports as an error event.
  pool.on("error", () => {});
  try {
    const cases = searches.map(({ name, query }) => {
      const { search, issues } = parseParcelSearch(new URLSearchParams(query));
      if (issues.length > 0) throw new Error(`Search "${name}" (${query}) has issues: ${JSON.stringify(issues)}`);
      return { name, query, search, sql: rawSql(search) };
    });

    // Both paths must return the same page, or the comparison means nothing.
    console.log("\nChecking that both paths return the same results…");
    for (const c of cases) {
      const [project, raw] = await Promise.all([searchParcels(c.search), rawSearch(pool, c.sql)]);
      const same =
        project.total === raw.total && project.items.map((i) => i.code).join() === raw.items.map((i) => i.code).join();
      console.log(
        `  ${c.name.padEnd(30)} total ${String(project.total).padStart(6)}  page rows ${String(project.items.length).padStart(2)}  ${same ? "same" : `DIFFERENT (raw total ${raw.total})`}`,
      );
      if (!same) exitCode = 1;
    }

    const rssBefore = rss();
    console.log(`\nRSS before the searches: ${mb(rssBefore)}`);
    console.log(`Timing: ${WARM_UP} warm-up runs per path, then ${ITERATIONS} interleaved timed runs per path.\n`);

    const results: {
      name: string;
      projectP50: number;
      projectP95: number;
      rawP50: number;
      rawP95: number;
      ratio: number;
      ratioP50: number;
    }[] = [];
    for (const c of cases) {
      const project = () => searchParcels(c.search);
      const raw = () => rawSearch(pool, c.sql);
      for (let i = 0; i < WARM_UP; i++) {
        await project();
        await raw();
      }
      const projectTimes: number[] = [];
      const rawTimes: number[] = [];
      for (let i = 0; i < ITERATIONS; i++) {
        // Alternate which path goes first so caches and connection state favour neither.
        if (i % 2 === 0) {
          projectTimes.push(await time(project));
          rawTimes.push(await time(raw));
        } else {
          rawTimes.push(await time(raw));
          projectTimes.push(await time(project));
        }
      }
      const row = {
        name: c.name,
        projectP50: percentile(projectTimes, 50),
        projectP95: percentile(projectTimes, 95),
        rawP50: percentile(rawTimes, 50),
        rawP95: percentile(rawTimes, 95),
        ratio: 0,
        ratioP50: 0,
      };
      row.ratio = row.projectP95 / row.rawP95;
      row.ratioP50 = row.projectP50 / row.rawP50;
      results.push(row);
      process.stdout.write(`  ${c.name} done\n`);
    }
    const rssAfter = rss();

    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the raw statements:`);
    for (const c of cases) {
      console.log(`\n■ ${c.name}  [${c.query || "(no parameters)"}]`);
      for (const [label, statement] of [
        ["page", c.sql.page],
        ["count", c.sql.count],
      ] as const) {
        const plan = await pool.query<{ "QUERY PLAN": string }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) ${statement.text}`,
          statement.values,
        );
        console.log(`  ${label}:`);
        for (const line of plan.rows) console.log(`      ${line["QUERY PLAN"]}`);
      }
    }

    const ms = (n: number) => n.toFixed(2).padStart(8);
    const misses: string[] = [];
    console.log(
      `\n${"search".padEnd(30)} ${"proj p50".padStart(8)} ${"proj p95".padStart(8)} ${"raw p50".padStart(8)} ${"raw p95".padStart(8)} ${"ratio".padStart(6)} ${"(p50)".padStart(6)}  targets (p95 ≤ ${TARGET_P95_MS} ms, ratio ≤ ${TARGET_RATIO})`,
    );
    for (const r of results) {
      const problems: string[] = [];
      if (r.projectP95 > TARGET_P95_MS) problems.push(`project p95 ${r.projectP95.toFixed(1)} ms > ${TARGET_P95_MS}`);
      if (r.rawP95 > TARGET_P95_MS) problems.push(`raw p95 ${r.rawP95.toFixed(1)} ms > ${TARGET_P95_MS}`);
      if (r.ratio > TARGET_RATIO) problems.push(`ratio ${r.ratio.toFixed(2)} > ${TARGET_RATIO}`);
      if (problems.length > 0) misses.push(`${r.name}: ${problems.join("; ")}`);
      console.log(
        `${r.name.padEnd(30)} ${ms(r.projectP50)} ${ms(r.projectP95)} ${ms(r.rawP50)} ${ms(r.rawP95)} ${r.ratio.toFixed(2).padStart(6)} ${r.ratioP50.toFixed(2).padStart(6)}  ${problems.length > 0 ? `MISS: ${problems.join("; ")}` : "ok"}`,
      );
    }
    console.log(
      `\nRSS before the searches ${mb(rssBefore)}, after ${mb(rssAfter)} (${rssAfter >= rssBefore ? "+" : ""}${mb(rssAfter - rssBefore)}).`,
    );
    if (misses.length === 0) {
      console.log("All searches met the targets.");
    } else {
      console.log(`\n${misses.length} of ${results.length} searches missed a target:`);
      for (const miss of misses) console.log(`  - ${miss}`);
    }
  } finally {
    await pool.end();
    await db.$disconnect();
  }
} finally {
  await database.dispose();
}
process.exitCode = exitCode;
