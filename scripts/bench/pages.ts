// `npm run bench`: serves the production build against a throwaway database and
// measures, side by side in one run, a prerendered page, a page rendered per
// request and an endpoint doing one database round-trip per request, then the
// news list and a seeded post, which must be served from the cache as fast as
// the home page. Prints requests/s and latency percentiles, and the ratios.
import { postSeeds } from "../../prisma/seed/posts";
import { buildPortal, exitOf, startPortal, waitUntilServing } from "../lib/portal-process";
import { seed } from "../lib/postgres";
import { createThrowawayDatabase } from "../lib/throwaway-database";
import { type LoadResult, load } from "./load";

const port = Number(process.env.BENCH_PORT ?? 3200);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50);
const origin = `http://127.0.0.1:${port}`;

const targets = [
  { name: "prerendered home page (/vi)", path: "/vi" },
  { name: "per-request page (/vi/unknown → 404 page)", path: "/vi/khong-ton-tai", acceptStatus: 404 },
  { name: "one query per request (/api/health)", path: "/api/health" },
  { name: "news list (/vi/news)", path: "/vi/news" },
  { name: "a post (/vi/news/<seeded slug>)", path: `/vi/news/${postSeeds[0]?.doc.texts.vi?.slug}` },
  { name: "a filtered news list (/vi/news?kind=news)", path: "/vi/news?kind=news" },
];

const database = await createThrowawayDatabase("portal_bench", { embeddedPort: 54334 });
const env = { ...process.env, DATABASE_URL: database.url, NEXT_DIST_DIR: ".next-bench", NEXT_TELEMETRY_DISABLED: "1" };

try {
  await seed(database.url);
  console.log("Building the production bundle (.next-bench)…");
  if ((await buildPortal(env)) !== 0) throw new Error("next build failed");
  const server = startPortal(env, port);
  try {
    await waitUntilServing(`${origin}/api/health`);
    console.log(`Load: ${concurrency} concurrent clients, ${seconds} s per target, after a 1 s warm-up.\n`);
    const results: [string, LoadResult][] = [];
    for (const target of targets) {
      await load(`${origin}${target.path}`, { concurrency, seconds: 1 });
      const result = await load(`${origin}${target.path}`, { concurrency, seconds });
      // The 404 target answers 404 by design; only other statuses are errors there.
      if (target.acceptStatus) result.errors = 0;
      results.push([target.name, result]);
    }
    const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
    console.log(
      `${"target".padEnd(44)} ${"req/s".padStart(8)} ${"p50".padStart(9)} ${"p95".padStart(9)} ${"p99".padStart(9)} errors`,
    );
    for (const [name, r] of results) {
      console.log(
        `${name.padEnd(44)} ${r.perSecond.toFixed(0).padStart(8)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${r.errors}`,
      );
    }
    const [home, dynamic, health, newsList, post, filtered] = results.map(([, r]) => r) as LoadResult[] as [
      LoadResult,
      LoadResult,
      LoadResult,
      LoadResult,
      LoadResult,
      LoadResult,
    ];
    console.log(`\nprerendered / per-request page throughput: ${(home.perSecond / dynamic.perSecond).toFixed(1)}×`);
    console.log(`prerendered / one-query endpoint throughput: ${(home.perSecond / health.perSecond).toFixed(1)}×`);
    console.log(`news list / home page throughput: ${(newsList.perSecond / home.perSecond).toFixed(2)}×`);
    console.log(`post / home page throughput: ${(post.perSecond / home.perSecond).toFixed(2)}×`);
    console.log(`filtered news list / home page throughput: ${(filtered.perSecond / home.perSecond).toFixed(2)}×`);
  } finally {
    server.kill("SIGTERM");
    await exitOf(server);
  }
} finally {
  await database.dispose();
}
