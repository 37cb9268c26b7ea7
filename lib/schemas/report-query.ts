import { z } from "zod";
import { officeDay, startOfOfficeDay } from "../working-days";

// The reports' date range is its URL: `from` and `to` are months (YYYY-MM,
// office time), both included. Without them: the last twelve months, this
// one included. A range that makes no sense (a malformed month, `from`
// after `to`, longer than three years) is replaced by the default, and the
// page says so rather than showing an error. The page, its CSV files and
// the benchmark parse it the same way.

/** A calendar month in Viet Nam, YYYY-MM. */
export type ReportMonth = string;
export type ReportRange = { from: ReportMonth; to: ReportMonth };
export type ReportRangeNotice = "invalidMonth" | "fromAfterTo" | "tooLong";

export const REPORT_DEFAULT_MONTHS = 12;
export const REPORT_MAX_MONTHS = 36;

const MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;

/** The month `months` after (or, negative, before) `month`. */
export function addMonths(month: ReportMonth, months: number): ReportMonth {
  const [year, index] = month.split("-").map(Number) as [number, number];
  const total = year * 12 + (index - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** How many months from `from` to `to`, both counted (0 if `to` is before `from`). */
export function monthCount(range: ReportRange): number {
  const [fromYear, fromMonth] = range.from.split("-").map(Number) as [number, number];
  const [toYear, toMonth] = range.to.split("-").map(Number) as [number, number];
  return Math.max(0, (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1);
}

/** Every month of the range, in order. */
export function monthsOf(range: ReportRange): ReportMonth[] {
  return Array.from({ length: monthCount(range) }, (_, index) => addMonths(range.from, index));
}

/** The month in Viet Nam of an instant. */
export const officeMonth = (instant: Date): ReportMonth => officeDay(instant).slice(0, 7);

/** Midnight in Viet Nam at the start of a month. */
export const monthStart = (month: ReportMonth): Date => startOfOfficeDay(`${month}-01`);

/** The range as instants: from the start of `from` (included) to the start of the month after `to` (excluded). */
export function rangeInstants(range: ReportRange): { from: Date; to: Date } {
  return { from: monthStart(range.from), to: monthStart(addMonths(range.to, 1)) };
}

/** The last twelve months, this one (in Viet Nam) included. */
export function defaultReportRange(now: Date): ReportRange {
  const to = officeMonth(now);
  return { from: addMonths(to, 1 - REPORT_DEFAULT_MONTHS), to };
}

const month = z.string().regex(MONTH, "invalidMonth" satisfies ReportRangeNotice);

/** The range in the URL; the message of each issue names the notice to show. */
export const reportQuerySchema = z
  .object({ from: month.optional(), to: month.optional() })
  .refine(({ from, to }) => !from || !to || from <= to, {
    message: "fromAfterTo" satisfies ReportRangeNotice,
  })
  .refine(({ from, to }) => !from || !to || monthCount({ from, to }) <= REPORT_MAX_MONTHS, {
    message: "tooLong" satisfies ReportRangeNotice,
  });

type Query = Record<string, string | string[] | undefined> | URLSearchParams;

const first = (query: Query, name: string): string | undefined => {
  const value = query instanceof URLSearchParams ? (query.get(name) ?? undefined) : query[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
};

/**
 * The range a query asks for. Only `to`: the twelve months up to it; only
 * `from`: from it to this month. `notice` says why the default was shown
 * instead of what was asked for; `asked` whether the URL named a range.
 */
export function parseReportQuery(
  query: Query,
  now: Date,
): { range: ReportRange; notice: ReportRangeNotice | null; asked: boolean } {
  const fallback = defaultReportRange(now);
  const given = { from: first(query, "from"), to: first(query, "to") };
  const asked = given.from !== undefined || given.to !== undefined;
  const to = given.to ?? fallback.to;
  const from = given.from ?? (MONTH.test(to) ? addMonths(to, 1 - REPORT_DEFAULT_MONTHS) : fallback.from);
  const parsed = reportQuerySchema.safeParse({ from, to });
  if (parsed.success) return { range: { from, to }, notice: null, asked };
  return { range: fallback, notice: parsed.error.issues[0]?.message as ReportRangeNotice, asked };
}

/** The query string of a range, for links that must show the same months whatever the day they are followed. */
export const reportRangeQuery = (range: ReportRange): string =>
  `?${new URLSearchParams({ from: range.from, to: range.to }).toString()}`;
