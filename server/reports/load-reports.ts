import "server-only";
import type pg from "pg";
import { countryName } from "@/lib/countries";
import { OPEN_STATUSES } from "@/lib/inquiry-workflow";
import { officeMonth } from "@/lib/schemas/report-query";
import { localesFor, pickTranslation } from "@/lib/translations";
import { workingDayTable } from "@/lib/working-day-table";
import { officeDay } from "@/lib/working-days";
import { db } from "../db";
import { type InquiryScope, scopeSql } from "../inquiries/inquiry-scope";
import { loadWorkingCalendar } from "../inquiries/working-calendar";
import { transaction } from "../sql";

// The figures of the reports page and its CSV files, for one scope (every
// inquiry, or an officer's desks) and one range of reception dates, all
// aggregated in SQL: raw SQL, measured at 100,000 inquiries (docs/decisions/011;
// `npm run bench:inbox`). Working days are those of lib/working-days.ts: the
// query looks them up in a table of days made with it (lib/working-day-table.ts).
//
// Definitions, shown on the page as well:
// - A lead is an inquiry received in the range that is neither marked as
//   spam nor held by the spam trap (those two are counted apart).
// - The funnel counts the leads that reached each stage at some time: their
//   current status or one they had before (a status change to it), and for
//   "assigned" an officer given to them, as `Inquiry.stagesReached` keeps
//   them. Stages can be skipped (an inquiry may go from new to in progress
//   without being assigned, or be qualified without waiting on the
//   investor), so a stage may count more leads than the one before it. "New"
//   counts every lead: each one starts there.
// - Time to first response: from reception to the first reply e-mailed from
//   the back office, in hours and in working days (weekends and holidays
//   not counted); the median of the leads answered.
// - Answered within target: a first reply no later than the due time, out of
//   the leads answered or whose due time has passed.
// - Overdue now: open (held ones included, as in the inbox), not answered,
//   due time passed — whenever received, so not limited to the range.

export const FUNNEL_STAGES = [
  "NEW",
  "ASSIGNED",
  "IN_PROGRESS",
  "WAITING_ON_INVESTOR",
  "QUALIFIED",
  "CLOSED_WON",
  "CLOSED_LOST",
  "SPAM",
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export type SectorCount = { id: number; slug: string; name: string; lang: string; count: number };
/** `id` null: leads that named no hub. */
export type HubCount = { id: number | null; slug: string | null; name: string | null; lang: string; count: number };
export type CountryCount = { code: string; name: string; count: number };
export type MonthCount = { month: string; count: number };
export type FunnelCount = { stage: FunnelStage; count: number };

export type ResponseFigures = {
  /** Leads received in the range. */
  leads: number;
  /** Of which answered (a first reply from the back office). */
  answered: number;
  medianHours: number | null;
  medianWorkingDays: number | null;
  /** Leads answered or whose due time has passed: those the target applies to. */
  due: number;
  /** Of which answered no later than their due time. */
  withinTarget: number;
  /** withinTarget / due (0 to 1), null when nothing is due yet. */
  share: number | null;
  overdueNow: number;
};

/** `deskId` null: inquiries no desk has been given (held, or unrouted). */
export type DeskResponse = ResponseFigures & { deskId: number | null; name: string | null; lang: string };

export type Reports = {
  /** Whose inquiries: every desk's, or those of the desks named (the officer's). */
  scope: { kind: "any" } | { kind: "desks"; names: string[] };
  from: Date;
  to: Date;
  targetDays: number;
  totals: ResponseFigures & { spam: number; held: number };
  sectors: SectorCount[];
  hubs: HubCount[];
  countries: CountryCount[];
  /** Every month of the range, those without leads included. */
  months: MonthCount[];
  funnel: FunnelCount[];
  desks: DeskResponse[];
};

const DAY_MS = 86_400_000;

/**
 * The reports for inquiries received from `from` (included) to `to`
 * (excluded), as `scope` may see them, with names in `locale`. `now` decides
 * which due times have passed.
 */
export async function loadReports(options: {
  scope: InquiryScope;
  from: Date;
  to: Date;
  now: Date;
  locale: string;
}): Promise<Reports> {
  const { scope, from, to, now, locale } = options;
  const range = { scope, from, to };
  const [groups, stages, [targetDays, figures], overdue, names] = await Promise.all([
    breakdowns(range),
    funnelCounts(range),
    // The working days need the holidays first; the other queries do not wait for them.
    calendarCovering(from, now).then((calendar) =>
      Promise.all([calendar.targetDays, deskFigures(range, now, calendar.holidays)]),
    ),
    overdueNow(scope, now),
    loadNames(scope, locale),
  ]);

  const counts = (set: string) => new Map(groups.filter((g) => g.set === set).map((g) => [g.key, g.count]));
  const bySector = counts("sector");
  const byHub = counts("hub");
  const byMonth = counts("month");
  const sectors = names.sectors
    .map((sector) => ({ ...sector, count: bySector.get(String(sector.id)) ?? 0 }))
    .sort((a, b) => b.count - a.count);
  const hubs: HubCount[] = [
    ...names.hubs.map((hub) => ({ ...hub, count: byHub.get(String(hub.id)) ?? 0 })),
    { id: null, slug: null, name: null, lang: locale, count: byHub.get(null) ?? 0 },
  ].sort((a, b) => b.count - a.count);
  const collator = new Intl.Collator(locale);
  const countries = [...counts("country")]
    .map(([code, count]) => ({ code: code ?? "", name: countryName(code ?? "", locale), count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
  const months = monthsBetween(from, to).map((month) => ({ month, count: byMonth.get(month) ?? 0 }));

  const overdueOf = (key: number | null | "total") =>
    overdue.find((row) => (key === "total" ? row.total : !row.total && row.deskId === key))?.count ?? 0;
  const figuresOf = (key: number | null | "total"): ResponseFigures => {
    const row = figures.find((f) => (key === "total" ? f.total : !f.total && f.deskId === key));
    const due = row?.due ?? 0;
    const withinTarget = row?.withinTarget ?? 0;
    return {
      leads: row?.leads ?? 0,
      answered: row?.answered ?? 0,
      medianHours: row?.medianSeconds == null ? null : row.medianSeconds / 3600,
      medianWorkingDays: row?.medianWorkingDays ?? null,
      due,
      withinTarget,
      share: due === 0 ? null : withinTarget / due,
      overdueNow: overdueOf(key),
    };
  };
  const desks: DeskResponse[] = names.desks
    .map((desk) => ({ ...desk, ...figuresOf(desk.deskId) }))
    .filter((desk) => desk.active || desk.leads > 0 || desk.overdueNow > 0)
    .map(({ active: _active, ...desk }) => desk);
  if (scope.kind === "any") {
    const unrouted = figuresOf(null);
    if (unrouted.leads > 0 || unrouted.overdueNow > 0)
      desks.push({ deskId: null, name: null, lang: locale, ...unrouted });
  }

  return {
    scope: scope.kind === "any" ? scope : { kind: "desks", names: names.desks.map((desk) => desk.name) },
    from,
    to,
    targetDays,
    totals: { ...figuresOf("total"), spam: stages.SPAM, held: stages.HELD },
    sectors,
    hubs,
    countries,
    months,
    funnel: FUNNEL_STAGES.map((stage) => ({ stage, count: stages[stage] })),
    desks,
  };
}

type Range = { scope: InquiryScope; from: Date; to: Date };

/**
 * The conditions on an Inquiry row `i` received in the range, in the scope:
 * $1 and $2 are the range, $3 the scope's desks if it has any; further
 * parameters come after `values`.
 */
function inRange({ scope, from, to }: Range) {
  const scoped = scopeSql(scope, "i", 3);
  const received = `i."createdAt" >= $1::timestamp AND i."createdAt" < $2::timestamp AND ${scoped.sql}`;
  return {
    received,
    leads: `${received} AND i.status NOT IN ('SPAM', 'HELD')`,
    values: [from.toISOString(), to.toISOString(), ...scoped.values],
  };
}

// Days and months in Viet Nam: a fixed UTC+7 (lib/working-days.ts).
const MONTH = `date_trunc('month', i."createdAt" + interval '7 hours')`;

/** Leads per sector, hub, country and month, in one pass (GROUPING SETS); `set` says which a row counts. */
function breakdowns(range: Range) {
  const { leads, values } = inRange(range);
  return reportQuery<{ set: "sector" | "hub" | "country" | "month"; key: string | null; count: number }>(
    `SELECT CASE WHEN GROUPING(i."sectorId") = 0 THEN 'sector' WHEN GROUPING(i."hubId") = 0 THEN 'hub'
                 WHEN GROUPING(i.country) = 0 THEN 'country' ELSE 'month' END AS set,
            CASE WHEN GROUPING(i."sectorId") = 0 THEN i."sectorId"::text WHEN GROUPING(i."hubId") = 0 THEN i."hubId"::text
                 WHEN GROUPING(i.country) = 0 THEN i.country::text ELSE to_char(${MONTH}, 'YYYY-MM') END AS key,
            count(*)::int AS count
       FROM "Inquiry" i
      WHERE ${leads}
      GROUP BY GROUPING SETS ((i."sectorId"), (i."hubId"), (i.country), (${MONTH}))`,
    values,
  );
}

/** Stages a timeline can show, as bits (1: an officer assigned). */
/** The stages after "new" a lead can have reached. */
const LATER_STAGES = [
  "ASSIGNED",
  "IN_PROGRESS",
  "WAITING_ON_INVESTOR",
  "QUALIFIED",
  "CLOSED_WON",
  "CLOSED_LOST",
] as const;

/**
 * The leads that reached each stage (see the definitions above), and the
 * spam and held inquiries apart: `stagesReached` keeps every status an
 * inquiry has been in (and "assigned" once an officer had it), written with
 * each change, so the funnel is counted without reading the timeline.
 */
async function funnelCounts(range: Range): Promise<Record<FunnelStage | "HELD", number>> {
  const { received, values } = inRange(range);
  const lead = `i.status NOT IN ('SPAM', 'HELD')`;
  const [row] = await reportQuery<Record<FunnelStage | "HELD", number>>(
    `SELECT count(*) FILTER (WHERE ${lead})::int AS "NEW",
            ${LATER_STAGES.map(
              (stage) =>
                `count(*) FILTER (WHERE ${lead} AND (i.status = '${stage}' OR '${stage}' = ANY(i."stagesReached")))::int AS "${stage}"`,
            ).join(",\n            ")},
            count(*) FILTER (WHERE i.status = 'SPAM')::int AS "SPAM",
            count(*) FILTER (WHERE i.status = 'HELD')::int AS "HELD"
       FROM "Inquiry" i
      WHERE ${received}`,
    values,
  );
  return row as Record<FunnelStage | "HELD", number>;
}

/**
 * Per desk, and (ROLLUP: `total`) for all of them: leads, answers, the
 * median times to the first one, and the answers within target. The
 * working days come from a table of the days the leads' replies can fall
 * on, as arrays indexed by the day's distance from the first one.
 */
function deskFigures(range: Range, now: Date, holidays: ReadonlySet<string>) {
  const { leads, values } = inRange(range);
  const firstDay = officeDay(range.from);
  const lastDay = officeDay(new Date(Math.max(now.getTime(), range.to.getTime())));
  const days = workingDayTable(firstDay, lastDay, holidays);
  const [nowAt, daysFrom, before, working] = [
    values.length + 1,
    values.length + 2,
    values.length + 3,
    values.length + 4,
  ];
  // Working days up to an instant t of day d: before(d), and the part of d gone by if d is a working day.
  const workingAt = (column: string) => {
    const local = `(${column} + interval '7 hours')`;
    const index = `(${local}::date - $${daysFrom}::date + 1)`;
    return `(($${before}::int[])[${index}] + CASE WHEN ($${working}::boolean[])[${index}]
      THEN extract(epoch FROM ${local} - date_trunc('day', ${local}))::float8 / 86400 ELSE 0 END)`;
  };
  return reportQuery<{
    deskId: number | null;
    total: boolean;
    leads: number;
    answered: number;
    medianSeconds: number | null;
    medianWorkingDays: number | null;
    due: number;
    withinTarget: number;
  }>(
    `SELECT i."deskId", GROUPING(i."deskId") = 1 AS total,
            count(*)::int AS leads,
            count(i."firstResponseAt")::int AS answered,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i."firstResponseAt" - i."createdAt")::float8)
              FILTER (WHERE i."firstResponseAt" IS NOT NULL) AS "medianSeconds",
            percentile_cont(0.5) WITHIN GROUP (ORDER BY ${workingAt(`i."firstResponseAt"`)} - ${workingAt(`i."createdAt"`)})
              FILTER (WHERE i."firstResponseAt" IS NOT NULL) AS "medianWorkingDays",
            count(*) FILTER (WHERE i."dueAt" IS NOT NULL
                               AND (i."firstResponseAt" IS NOT NULL OR i."dueAt" <= $${nowAt}::timestamp))::int AS due,
            count(*) FILTER (WHERE i."firstResponseAt" <= i."dueAt")::int AS "withinTarget"
       FROM "Inquiry" i
      WHERE ${leads}
      GROUP BY ROLLUP (i."deskId")`,
    [...values, now.toISOString(), firstDay, days.before, days.working],
  );
}

/** Open (held ones too, as in the inbox), not answered, due time passed: whenever received. */
function overdueNow(scope: InquiryScope, now: Date) {
  const scoped = scopeSql(scope, "i", 3);
  return reportQuery<{ deskId: number | null; total: boolean; count: number }>(
    `SELECT i."deskId", GROUPING(i."deskId") = 1 AS total, count(*)::int AS count
       FROM "Inquiry" i
      WHERE i.status::text = ANY($1::text[]) AND i."firstResponseAt" IS NULL AND i."dueAt" < $2::timestamp
        AND ${scoped.sql}
      GROUP BY ROLLUP (i."deskId")`,
    [[...OPEN_STATUSES], now.toISOString(), ...scoped.values],
  );
}

/**
 * A query of the reports, tuned for them: just-in-time compilation off
 * (PostgreSQL, where it is built with it, judges these scans costly enough
 * to compile, and compiling took longer than running them: 350 ms against
 * 300 ms, measured), enough memory to group and sort 100,000 rows without
 * spilling to disk, and no parallel workers (the report's queries already
 * run side by side; more processes only made them slower).
 */
function reportQuery<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<R[]> {
  return transaction(async (client) => {
    await client.query(
      "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; SET LOCAL max_parallel_workers_per_gather = 0",
    );
    return (await client.query<R>(text, values)).rows;
  });
}

/** Every month (office time) from the one of `from` to the one of the last instant before `to`. */
function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  const last = officeMonth(new Date(to.getTime() - 1));
  for (let month = officeMonth(from); month <= last; ) {
    months.push(month);
    const [year, index] = month.split("-").map(Number) as [number, number];
    month = index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, "0")}`;
  }
  return months;
}

/**
 * The response target and the holidays from `from` to a year after `now`:
 * first replies to leads of the range can come at any time up to now. The
 * shared loader reads a year either side of a day, so it is asked for every
 * second year.
 */
async function calendarCovering(from: Date, now: Date) {
  const arounds: Date[] = [];
  for (
    let around = from.getTime() + 366 * DAY_MS;
    around - 366 * DAY_MS <= now.getTime() + 366 * DAY_MS;
    around += 732 * DAY_MS
  ) {
    arounds.push(new Date(around));
  }
  const calendars = await Promise.all(arounds.map((around) => loadWorkingCalendar(db, around)));
  return {
    targetDays: calendars[0]?.targetDays ?? (await loadWorkingCalendar(db, now)).targetDays,
    holidays: new Set(calendars.flatMap((calendar) => [...calendar.holidays])),
  };
}

/** Sectors, hubs and the desks of the scope, with their names in `locale` (Vietnamese as fallback). */
async function loadNames(scope: InquiryScope, locale: string) {
  const translations = { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } };
  const [sectors, hubs, desks] = await Promise.all([
    db.sector.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, translations },
    }),
    db.hub.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, translations },
    }),
    db.desk.findMany({
      where: scope.kind === "any" ? {} : { id: { in: [...scope.deskIds] } },
      orderBy: [{ active: "desc" }, { id: "asc" }],
      select: { id: true, active: true, translations },
    }),
  ]);
  const named = <T extends { translations: { locale: string; name: string }[] }>({ translations: list, ...row }: T) => {
    const picked = list.length > 0 ? pickTranslation(list, locale) : { name: "", locale };
    return { ...row, name: picked.name, lang: picked.locale };
  };
  return {
    sectors: sectors.map(named),
    hubs: hubs.map(named),
    desks: desks.map(({ id, ...desk }) => ({ deskId: id, ...named(desk) })),
  };
}
