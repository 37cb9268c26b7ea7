// `npm run bench:inbox`: 100,000 inquiries in a throwaway database (made by
// the demo generator, prisma/seed/demo-inquiries.ts: three years of them,
// most closed, with their timelines), then the inquiry inbox's list
// (server/inquiries/list-inquiries.ts, as the page calls it) timed for the
// default view and each filter and the text search, as an administrator
// (every desk) and as an officer (one desk): p50/p95 against the target
// (p95 ≤ 50 ms), side by side with the same list through Prisma's model API
// (scripts/bench/inbox-prisma.ts, docs/decisions/011), both checked to give
// the same page. Then the start page's counts, a whole CSV export read in
// batches, and the reports page's figures (server/reports/load-reports.ts,
// target ≤ 200 ms). Prints the EXPLAIN (ANALYZE, BUFFERS) of every statement
// the list sends (captured from the pool as sent) and, in the table, the
// indexes each one used.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { seed } from "../lib/postgres";
import { createThrowawayDatabase } from "../lib/throwaway-database";
import { loadInboxData } from "./inbox-data";

const TOTAL = Number(process.env.BENCH_INBOX_INQUIRIES ?? 100_000);
const WARM_UP = 5;
const RUNS = Number(process.env.BENCH_INBOX_RUNS ?? 40);
const TARGET_LIST_MS = 50;
const TARGET_REPORTS_MS = 200;
const DAY = 86_400_000;

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
async function timeRuns(work: () => Promise<unknown>, runs = RUNS) {
  for (let i = 0; i < WARM_UP; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}
const ms = (n: number) => n.toFixed(1).padStart(8);

const database = await createThrowawayDatabase("portal_bench_inbox", { embeddedPort: 54337 });
let exitCode = 0;
try {
  process.env.DATABASE_URL = database.url;
  console.log(`Throwaway database: ${new URL(database.url).pathname.slice(1)}`);
  console.log("Seeding base content (hubs, sectors, desks, routing rules, sample parcels)…");
  await seed(database.url);

  // server/db.ts reads DATABASE_URL once, when it is first imported.
  const { db, pool } = await import("../../server/db");
  const { listInquiries, inquiryBatches, SEARCH_COUNT_CAP } = await import("../../server/inquiries/list-inquiries");
  const { inquiryCounts } = await import("../../server/admin/inquiry-counts");
  const { permissionsOf } = await import("../../lib/permissions");
  const { parseInboxQuery } = await import("../../lib/schemas/inbox-query");
  const { loadReports } = await import("../../server/reports/load-reports");
  const { listInquiriesPrisma } = await import("./inbox-prisma");
  const { addMonths, monthStart, officeMonth } = await import("../../lib/schemas/report-query");

  // Every statement the pool sends while `capturing`, as sent: for EXPLAIN.
  let captured: { text: string; values: unknown[] }[] | null = null;
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [config, values] = args as [{ text?: string; values?: unknown[] } | string, unknown[] | undefined];
      const text = typeof config === "string" ? config : config.text;
      if (captured && text) {
        captured.push({
          text,
          values:
            (Array.isArray(values) ? values : undefined) ??
            (typeof config === "object" ? config.values : undefined) ??
            [],
        });
      }
      return original(...args);
    };
  });

  const loader = new pg.Client({ connectionString: database.url });
  await loader.connect();
  try {
    const now = new Date();
    console.log(`Generating ${TOTAL.toLocaleString("en")} inquiries over three years…`);
    const started = performance.now();
    const { desks, officers, adminId, events } = await loadInboxData({ client: loader, db, total: TOTAL, now });
    const { rows: shape } = await loader.query<{ status: string; count: string }>(
      `SELECT status::text, count(*) FROM "Inquiry" GROUP BY status ORDER BY count(*) DESC`,
    );
    console.log(
      `Loaded ${TOTAL.toLocaleString("en")} inquiries and ${events.toLocaleString("en")} timeline events in ${((performance.now() - started) / 1000).toFixed(1)} s: ${shape.map((r) => `${r.status} ${Number(r.count).toLocaleString("en")}`).join(", ")}.`,
    );

    const actorOf = (userId: number, role: "ADMINISTRATOR" | "INVESTMENT_OFFICER", deskIds: number[]) => ({
      userId,
      sessionId: 0,
      email: "bench@bench.example",
      name: "Bench",
      role,
      locale: "vi",
      deskIds,
      permissions: permissionsOf(role),
      clientKey: "bench",
    });
    const admin = actorOf(adminId, "ADMINISTRATOR", []);
    const general = desks.find((desk) => desk.slug === "general") as { id: number };
    const highTech = desks.find((desk) => desk.slug === "high-tech") as { id: number };
    // An officer of the desk that gets the most inquiries (every sector has a rule: the default desk gets few).
    const officerRow = officers.find((o) => o.deskIds[0] === highTech.id) as { id: number };
    const officer = actorOf(officerRow.id, "INVESTMENT_OFFICER", [highTech.id]);
    const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    const monthAgo = new Date(now.getTime() + 7 * 3_600_000 - 30 * DAY).toISOString().slice(0, 10);
    const yearAgo = new Date(now.getTime() + 7 * 3_600_000 - 365 * DAY).toISOString().slice(0, 10);
    const { rows: sample } = await loader.query<{ reference: string; fullName: string }>(
      `SELECT reference, "fullName" FROM "Inquiry" WHERE id = 4242`,
    );
    const reference = sample[0]?.reference ?? "LA-2026-XXXXXX";

    const cases: { name: string; who: "admin" | "officer"; query: string }[] = [
      { name: "default view", who: "admin", query: "" },
      { name: "default view", who: "officer", query: "" },
      { name: "status=all", who: "admin", query: "status=all" },
      { name: "status=new", who: "admin", query: "status=new" },
      { name: "status=closed-lost", who: "admin", query: "status=closed-lost" },
      { name: "status=held", who: "admin", query: "status=held" },
      { name: "desk", who: "admin", query: `desk=${general.id}` },
      { name: "desk=none", who: "admin", query: "desk=none" },
      { name: "assignee=me", who: "officer", query: "assignee=me" },
      { name: "assignee=unassigned", who: "admin", query: "assignee=unassigned" },
      { name: "assignee=<id>", who: "admin", query: `assignee=${officerRow.id}&status=all` },
      { name: "sector", who: "admin", query: "sector=electronics" },
      { name: "hub", who: "admin", query: "hub=ben-luc" },
      { name: "country", who: "admin", query: "country=KR" },
      { name: "capital", who: "admin", query: "capital=over-200m" },
      { name: "received last 30 days", who: "admin", query: `from=${monthAgo}&to=${today}` },
      { name: "received last 30 d, all", who: "admin", query: `from=${monthAgo}&to=${today}&status=all` },
      { name: "received until a year ago", who: "admin", query: `to=${yearAgo}&status=all&sort=activity-desc` },
      { name: "overdue", who: "admin", query: "overdue=1" },
      { name: "overdue", who: "officer", query: "overdue=1" },
      { name: "q=nguyen (common)", who: "admin", query: "q=nguyen" },
      { name: "q=nguyen, all", who: "admin", query: "q=nguyen&status=all" },
      { name: "q=min-jun", who: "admin", query: "q=min-jun&status=all" },
      { name: "q=reference", who: "admin", query: `q=${reference}&status=all` },
      { name: "q=sample.example (broad)", who: "admin", query: "q=sample.example&status=all" },
      { name: "q=zzqx (no match)", who: "admin", query: "q=zzqx&status=all" },
      { name: "q=nguyen", who: "officer", query: "q=nguyen&status=all" },
      { name: "country, all statuses", who: "admin", query: "country=JP&status=all" },
      { name: "sector+capital, all", who: "admin", query: "sector=logistics&capital=under-10m&status=all" },
      { name: "sort=received-desc, all", who: "admin", query: "status=all&sort=received-desc" },
      { name: "sort=activity-desc", who: "admin", query: "sort=activity-desc" },
      { name: "sort=activity-asc, all", who: "officer", query: "status=all&sort=activity-asc" },
      { name: "page 20, all", who: "admin", query: "status=all&page=20" },
      { name: "last page, all", who: "admin", query: "status=all&page=10000" },
    ];

    const explainer = new pg.Client({ connectionString: database.url });
    await explainer.connect();
    const indexesOf = (plan: string[]) => {
      const used = new Set<string>();
      for (const line of plan) {
        for (const match of line.matchAll(
          /(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) "?(\w+)"?/g,
        )) {
          used.add((match[1] as string).replace(/^Inquiry_/, "").replace(/_idx$/, ""));
        }
        if (/Seq Scan on "?Inquiry"?/.test(line)) used.add("SEQ SCAN");
      }
      return [...used].join("+") || "-";
    };

    type Timing = { p50: number; p95: number };
    type Row = {
      name: string;
      who: string;
      total: number;
      capped: boolean;
      sql: Timing;
      prisma: Timing;
      plans: string;
    };
    const results: Row[] = [];
    const plansText: string[] = [];
    try {
      for (const c of cases) {
        const actor = c.who === "admin" ? admin : officer;
        const query = parseInboxQuery(new URLSearchParams(c.query));
        const sql = () => listInquiries({ actor, query, locale: "vi", now });
        const prisma = () => listInquiriesPrisma({ actor, query, locale: "vi", now });
        captured = [];
        const once = await sql();
        const statements = captured.filter((s) => /(FROM|JOIN) "Inquiry" i\b/.test(s.text));
        captured = null;
        // Both ways must give the same page, or the comparison means nothing.
        const other = await prisma();
        const same =
          once.rows.map((r) => r.reference).join() === other.rows.map((r) => r.reference).join() &&
          (once.capped || (once.total === other.total && JSON.stringify(once.counts) === JSON.stringify(other.counts)));
        if (!same) {
          exitCode = 1;
          console.log(`  ${c.name} (${c.who}): SQL and Prisma DIFFER (totals ${once.total} / ${other.total})`);
        }
        const usage: string[] = [];
        plansText.push(`\n■ ${c.name} (${c.who}) [${c.query || "no parameters"}] — ${once.total} matches`);
        for (const statement of statements) {
          const plan = (
            await explainer.query<{ "QUERY PLAN": string }>(
              `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
              statement.values,
            )
          ).rows.map((r) => r["QUERY PLAN"]);
          const kind = /GROUP BY/.test(statement.text)
            ? "counts"
            : /count\(\*\)/.test(statement.text)
              ? "total"
              : "page";
          usage.push(`${kind}:${indexesOf(plan)}`);
          plansText.push(`  ${kind}: ${statement.text.replace(/\s+/g, " ").slice(0, 600)}`);
          for (const line of plan) plansText.push(`      ${line}`);
        }
        // Interleaved, so that neither way gets the quieter moments.
        for (let i = 0; i < WARM_UP; i++) {
          await sql();
          await prisma();
        }
        const samples = { sql: [] as number[], prisma: [] as number[] };
        for (let i = 0; i < RUNS; i++) {
          for (const [way, work] of i % 2 === 0
            ? ([
                ["sql", sql],
                ["prisma", prisma],
              ] as const)
            : ([
                ["prisma", prisma],
                ["sql", sql],
              ] as const)) {
            const start = performance.now();
            await work();
            samples[way].push(performance.now() - start);
          }
        }
        const timing = (list: number[]) => ({ p50: percentile(list, 50), p95: percentile(list, 95) });
        results.push({
          name: c.name,
          who: c.who,
          total: once.total,
          capped: once.capped,
          sql: timing(samples.sql),
          prisma: timing(samples.prisma),
          plans: usage.join(" "),
        });
        process.stdout.write(
          `  ${c.name} (${c.who}): SQL p95 ${timing(samples.sql).p95.toFixed(1)} ms, Prisma p95 ${timing(samples.prisma).p95.toFixed(1)} ms\n`,
        );
      }
    } finally {
      await explainer.end();
    }

    console.log("\nEXPLAIN (ANALYZE, BUFFERS) of the list's statements (server/inquiries/inbox-sql.ts), as sent:");
    for (const line of plansText) console.log(line);

    // The start page, the whole export, the reports.
    const counts = {
      admin: await timeRuns(() => inquiryCounts({ actor: admin, locale: "vi", now })),
      officer: await timeRuns(() => inquiryCounts({ actor: officer, locale: "vi", now })),
    };
    const exportStart = performance.now();
    const rssBefore = process.memoryUsage().rss;
    let exported = 0;
    let peak = rssBefore;
    for await (const batch of inquiryBatches({
      actor: admin,
      query: parseInboxQuery(new URLSearchParams("status=all")),
      locale: "vi",
      now,
    })) {
      exported += batch.length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const exportMs = performance.now() - exportStart;
    const reportRange = {
      from: monthStart(addMonths(officeMonth(now), -11)),
      to: monthStart(addMonths(officeMonth(now), 1)),
    };
    const reports = {
      admin: await timeRuns(() => loadReports({ scope: { kind: "any" }, ...reportRange, now, locale: "vi" }), 30),
      officer: await timeRuns(
        () => loadReports({ scope: { kind: "desks", deskIds: [highTech.id] }, ...reportRange, now, locale: "vi" }),
        30,
      ),
    };

    console.log(
      `\nInbox list, ${TOTAL.toLocaleString("en")} inquiries, ${RUNS} runs each after ${WARM_UP} warm-up runs (target p95 ≤ ${TARGET_LIST_MS} ms):\n`,
    );
    console.log(
      `${"case".padEnd(28)} ${"who".padEnd(8)} ${"matches".padStart(8)} ${"SQL p50".padStart(8)} ${"SQL p95".padStart(8)} ${"Prisma50".padStart(8)} ${"Prisma95".padStart(8)}  indexes used (SQL)`,
    );
    const misses: string[] = [];
    for (const r of results) {
      const miss = r.sql.p95 > TARGET_LIST_MS;
      if (miss) misses.push(`${r.name} (${r.who}): p95 ${r.sql.p95.toFixed(1)} ms`);
      console.log(
        `${r.name.padEnd(28)} ${r.who.padEnd(8)} ${`${r.total}${r.capped && r.total > SEARCH_COUNT_CAP ? "+" : ""}`.padStart(8)} ${ms(r.sql.p50)} ${ms(r.sql.p95)} ${ms(r.prisma.p50)} ${ms(r.prisma.p95)}  ${r.plans}${miss ? "  MISS" : ""}`,
      );
    }
    console.log(
      `\nStart page counts: administrator p50 ${ms(counts.admin.p50)} p95 ${ms(counts.admin.p95)} ms; officer p50 ${ms(counts.officer.p50)} p95 ${ms(counts.officer.p95)} ms`,
    );
    console.log(
      `CSV export, every inquiry: ${exported.toLocaleString("en")} rows read in batches in ${(exportMs / 1000).toFixed(2)} s; RSS ${(rssBefore / 2 ** 20).toFixed(0)} MB before, ${(peak / 2 ** 20).toFixed(0)} MB at most`,
    );
    for (const [who, timing] of Object.entries(reports)) {
      const miss = timing.p95 > TARGET_REPORTS_MS;
      if (miss) misses.push(`reports (${who}): p95 ${timing.p95.toFixed(1)} ms`);
      console.log(
        `Reports, last 12 months (${who}): p50 ${ms(timing.p50)} p95 ${ms(timing.p95)} ms (target ≤ ${TARGET_REPORTS_MS} ms)${miss ? "  MISS" : ""}`,
      );
    }
    const seqScans = results.filter((r) => r.plans.includes("SEQ SCAN"));
    console.log(
      "\n(matches with +: a text search counted to its cap, server/inquiries/list-inquiries.ts SEARCH_COUNT_CAP.)",
    );
    if (seqScans.length > 0) {
      console.log(`\nSequential scans of Inquiry: ${seqScans.map((r) => `${r.name} (${r.who})`).join("; ")}`);
    }
    if (misses.length === 0) console.log("\nEvery case met its target.");
    else {
      exitCode = 1;
      console.log(`\n${misses.length} case(s) missed the target:\n${misses.map((m) => `  - ${m}`).join("\n")}`);
    }
  } finally {
    await loader.end();
    await db.$disconnect();
  }
} finally {
  await database.dispose();
}
process.exitCode = exitCode;
