import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { readBoundary } from "@/lib/parcel-geometry";
import { type ImportFormat, type ImportRow, type ParsedImport, parseImportFile } from "@/lib/parcel-import";
import {
  geometryErrorKey,
  MAX_DESCRIPTION,
  type ParcelFields,
  type ParcelInput,
  parcelFieldsSchema,
} from "@/lib/schemas/parcel-record";
import { recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { type Database, db, type Tx } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import {
  loadWriteContext,
  parcelChanges,
  refusalsOf,
  revalidateParcels,
  type StoredParcel,
  storedParcelInclude,
  type WriteContext,
  writeParcel,
} from "./parcel-writes";

// Bulk import of parcels (docs/decisions/021). An upload is stored as a
// ParcelImport and its dry run runs in the background: every row is checked
// like the form checks a parcel (the shared record schema, then
// `refusalsOf` against the database) and compared with the stored parcel
// (`parcelChanges`), and the report says what each row would do. Nothing is
// written. Applying runs the same plan again inside one transaction, with the
// parcels it reads locked; if its fingerprint (every row's outcome and the
// versions of the parcels read) is not the dry run's, something changed in
// between and nothing is written. Both runs work in chunks and yield to the
// event loop between them, so other requests are served meanwhile, and
// record their progress for the status page.

export const IMPORT_CHUNK = 250;
/** A run whose progress has not moved for this long was interrupted (the process stopped). */
export const STALE_RUN_MS = 2 * 60_000;

export type ImportReason = { field: string; key: string; columns?: string[]; line?: number };

export type RowOutcome =
  | { line: number; code: string; kind: "created" | "updated"; changes: Record<string, [unknown, unknown]> }
  | { line: number; code: string; kind: "unchanged" }
  | { line: number; code: string; kind: "refused"; reasons: ImportReason[] };

export type ImportCounts = { created: number; updated: number; unchanged: number; refused: number };

export type ImportReport = {
  counts: ImportCounts;
  /** The file cannot be read at all: no rows were checked. */
  fileProblem?: { key: string; columns?: string[]; line?: number };
  /** Read-only columns found in the file (and ignored). */
  ignored: string[];
  rows: RowOutcome[];
};

type PlannedRow = { outcome: RowOutcome; input?: ParcelInput; existing: StoredParcel | null };

type Plan = { rows: PlannedRow[]; fingerprint: string; report: ImportReport };

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

const descriptionSchema = z.string().trim().min(1, { error: "required" }).max(MAX_DESCRIPTION, { error: "tooLong" });

/**
 * Checks every row of a parsed file against the database (through `client`:
 * the pool for a dry run, the apply's transaction for the apply), a chunk
 * at a time, calling `progress` after each.
 */
export async function planImport(
  client: Database | Tx,
  context: WriteContext,
  parsed: Extract<ParsedImport, { ok: true }>,
  options: { format: ImportFormat; locale: "vi" | "en"; progress?: (done: number) => Promise<void> },
): Promise<Plan> {
  const schema = parcelFieldsSchema(parsed.numberLocale);
  const firstLineOf = new Map<string, number>();
  const versions: [string, number][] = [];
  const rows: PlannedRow[] = [];
  for (let start = 0; start < parsed.rows.length; start += IMPORT_CHUNK) {
    const chunk = parsed.rows.slice(start, start + IMPORT_CHUNK);
    const codes = [...new Set(chunk.map(codeOf).filter(Boolean))];
    const stored = await client.parcel.findMany({ where: { code: { in: codes } }, include: storedParcelInclude });
    const byCode = new Map(stored.map((parcel) => [parcel.code, parcel]));
    for (const parcel of stored) versions.push([parcel.code, parcel.version]);
    for (const row of chunk) rows.push(planRow(row, { schema, context, byCode, firstLineOf, ...options }));
    await options.progress?.(Math.min(parsed.rows.length, start + chunk.length));
    await yieldToOthers();
  }
  const outcomes = rows.map((row) => row.outcome);
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, refused: 0 };
  for (const outcome of outcomes) counts[outcome.kind] += 1;
  versions.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const fingerprint = createHash("sha256")
    .update(JSON.stringify({ format: options.format, locale: options.locale, outcomes, versions }))
    .digest("hex");
  return { rows, fingerprint, report: { counts, ignored: parsed.ignored, rows: outcomes } };
}

const codeOf = (row: ImportRow) =>
  String(row.values.code ?? "")
    .trim()
    .toUpperCase();

function planRow(
  row: ImportRow,
  options: {
    schema: ReturnType<typeof parcelFieldsSchema>;
    context: WriteContext;
    byCode: Map<string, StoredParcel>;
    firstLineOf: Map<string, number>;
    format: ImportFormat;
    locale: "vi" | "en";
  },
): PlannedRow {
  const code = codeOf(row);
  const existing = options.byCode.get(code) ?? null;
  const refused = (reasons: ImportReason[]): PlannedRow => ({
    outcome: { line: row.line, code, kind: "refused", reasons },
    existing,
  });
  if (row.problem) return refused([{ field: "row", key: row.problem.key, columns: row.problem.columns }]);

  const reasons: ImportReason[] = [];
  const first = code ? options.firstLineOf.get(code) : undefined;
  if (first !== undefined) reasons.push({ field: "code", key: "duplicateCode", line: first });
  else if (code) options.firstLineOf.set(code, row.line);

  const { description, ...values } = row.values;
  const fields = options.schema.safeParse(values);
  if (!fields.success) {
    const seen = new Set<string>();
    for (const issue of fields.error.issues) {
      const field = String(issue.path[0] ?? "row");
      if (seen.has(field)) continue;
      seen.add(field);
      reasons.push({ field, key: /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid" });
    }
  }
  const text = descriptionSchema.safeParse(Array.isArray(description) ? description.join(" ") : (description ?? ""));
  if (!text.success) reasons.push({ field: "description", key: text.error.issues[0]?.message ?? "invalid" });

  let boundary: ParcelInput["boundary"];
  if (options.format === "geojson" && row.geometry !== null && row.geometry !== undefined) {
    const read = readBoundary(row.geometry);
    if (read.ok) boundary = { polygon: read.polygon, centroid: read.centroid };
    else reasons.push({ field: "geometry", key: geometryErrorKey(read.error) });
  }
  const newInCsv = options.format === "csv" && !existing && code !== "";
  if (newInCsv) reasons.push({ field: "code", key: "newCodeInCsv" });

  if (!fields.success || !text.success) return refused(reasons);
  const input: ParcelInput = {
    fields: fields.data as ParcelFields,
    texts: { [options.locale]: { description: text.data } },
    ...(boundary ? { boundary } : {}),
  };
  for (const [field, key] of Object.entries(refusalsOf(options.context, existing, input))) {
    // A boundary already refused, or a CSV (which has none), is said once.
    if (field === "geometry" && (newInCsv || reasons.some((reason) => reason.field === "geometry"))) continue;
    reasons.push({ field, key });
  }
  if (reasons.length > 0) return refused(reasons);

  const changes = parcelChanges(existing, input);
  if (!existing) return { outcome: { line: row.line, code, kind: "created", changes }, input, existing };
  if (Object.keys(changes).length === 0) return { outcome: { line: row.line, code, kind: "unchanged" }, existing };
  return { outcome: { line: row.line, code, kind: "updated", changes }, input, existing };
}

/** A parsed file's report when the file itself cannot be read. */
function fileReport(parsed: Extract<ParsedImport, { ok: false }>): ImportReport {
  return {
    counts: { created: 0, updated: 0, unchanged: 0, refused: 0 },
    fileProblem: { key: parsed.problem, columns: parsed.columns, line: parsed.line },
    ignored: [],
    rows: [],
  };
}

type StoredImport = { id: string; fileText: string; format: "CSV" | "GEOJSON"; locale: string };

const formatOf = (stored: StoredImport): ImportFormat => (stored.format === "CSV" ? "csv" : "geojson");
const localeOf = (stored: StoredImport): "vi" | "en" => (stored.locale === "en" ? "en" : "vi");

/**
 * Runs `work` in the background, outside the request that started it: its
 * revalidations then go through the app's internal route (server/revalidate.ts)
 * instead of into a request that has already been answered. (Outside the
 * Next.js server, in tests and scripts, there is no request to leave.)
 */
function inBackground(work: () => Promise<void>) {
  const start = () =>
    setImmediate(() => {
      work().catch((error: unknown) => {
        console.error(`[portal] Parcel import failed: ${error instanceof Error ? error.message : error}`);
      });
    });
  import("next/dist/server/app-render/work-async-storage.external")
    .then(({ workAsyncStorage }) => workAsyncStorage.exit(start))
    .catch(start);
}

/** Stores an uploaded file and starts its dry run; answers its id for the status page. */
export async function createParcelImport(options: {
  actor: StaffActor;
  fileName: string;
  format: ImportFormat;
  locale: "vi" | "en";
  text: string;
  background?: boolean;
}): Promise<{ id: string }> {
  const { id } = await db.parcelImport.create({
    data: {
      fileName: options.fileName.slice(0, 255) || "import",
      format: options.format === "csv" ? "CSV" : "GEOJSON",
      locale: options.locale,
      fileText: options.text,
      createdById: options.actor.userId,
    },
    select: { id: true },
  });
  if (options.background !== false) inBackground(() => runDryRun(id));
  return { id };
}

/** Starts the dry run again on the stored file (after an apply was refused, or a run was interrupted). */
export async function recheckParcelImport(id: string, options: { background?: boolean } = {}): Promise<void> {
  const claimed = await db.parcelImport.updateMany({
    where: {
      id,
      OR: [
        { state: { in: ["QUEUED", "CHECKED", "FAILED"] } },
        { state: { in: ["CHECKING", "APPLYING"] }, updatedAt: { lt: new Date(Date.now() - STALE_RUN_MS) } },
      ],
    },
    data: { state: "QUEUED", problem: null },
  });
  if (claimed.count === 0) throw new AppError("CONFLICT", "The import is running or applied.", { reason: "running" });
  if (options.background !== false) inBackground(() => runDryRun(id));
}

/** The dry run: parse, check every row, store the report and its fingerprint. Nothing else is written. */
export async function runDryRun(id: string): Promise<void> {
  const claimed = await db.parcelImport.updateMany({
    where: { id, state: "QUEUED" },
    data: { state: "CHECKING", processed: 0, total: 0, problem: null },
  });
  if (claimed.count === 0) return;
  const stored = await db.parcelImport.findUniqueOrThrow({ where: { id } });
  try {
    const parsed = await parseImportFile(stored.fileText, formatOf(stored));
    if (!parsed.ok) {
      await db.parcelImport.update({
        where: { id },
        data: { state: "CHECKED", report: fileReport(parsed) as Prisma.InputJsonValue, fingerprint: null },
      });
      return;
    }
    await db.parcelImport.updateMany({ where: { id }, data: { total: parsed.rows.length } });
    const plan = await planImport(db, await loadWriteContext(db as unknown as Tx), parsed, {
      format: formatOf(stored),
      locale: localeOf(stored),
      progress: async (done) => {
        await db.parcelImport.updateMany({ where: { id }, data: { processed: done } });
      },
    });
    await db.parcelImport.update({
      where: { id },
      data: {
        state: "CHECKED",
        processed: parsed.rows.length,
        report: plan.report as unknown as Prisma.InputJsonValue,
        fingerprint: plan.fingerprint,
      },
    });
  } catch (error) {
    await db.parcelImport.update({ where: { id }, data: { state: "FAILED", problem: "failed" } });
    throw error;
  }
}

/**
 * Applies a checked import whose dry run the page showed (`fingerprint`):
 * refused when it has refused rows, nothing to write, or was checked again
 * meanwhile. The writing itself runs in the background.
 */
export async function applyParcelImport(options: {
  actor: StaffActor;
  id: string;
  fingerprint: string;
  background?: boolean;
}): Promise<void> {
  const stored = await db.parcelImport.findUnique({
    where: { id: options.id },
    select: { state: true, fingerprint: true, report: true, problem: true },
  });
  if (!stored) throw new AppError("NOT_FOUND", "No such import.", { reason: "notFound" });
  const counts = (stored.report as ImportReport | null)?.counts;
  if (!counts || counts.refused > 0 || counts.created + counts.updated === 0) {
    throw new AppError("CONFLICT", "Nothing to apply.", { reason: "notApplicable" });
  }
  const claimed = await db.parcelImport.updateMany({
    where: { id: options.id, state: "CHECKED", fingerprint: options.fingerprint, problem: null },
    data: { state: "APPLYING", processed: 0, total: 0 },
  });
  if (claimed.count === 0) {
    throw new AppError("CONFLICT", "The import changed.", { reason: "changed" });
  }
  const work = () => runApply(options.id, options.actor);
  if (options.background === false) await work();
  else inBackground(work);
}

class PlanChanged extends Error {}

export async function runApply(id: string, actor: StaffActor): Promise<void> {
  const stored = await db.parcelImport.findUniqueOrThrow({ where: { id } });
  // updateMany: answers a count, not the row (which holds the whole file).
  const progress = (done: number, total: number) =>
    db.parcelImport.updateMany({ where: { id }, data: { processed: done, total } });
  let written: string[];
  try {
    const parsed = await parseImportFile(stored.fileText, formatOf(stored));
    if (!parsed.ok) throw new PlanChanged();
    const steps = parsed.rows.length * 2;
    written = await db.$transaction(
      async (tx) => {
        // The parcels the file names stay as read until the end (in code order, so imports never deadlock).
        const codes = [...new Set(parsed.rows.map(codeOf).filter(Boolean))].sort();
        await tx.$queryRaw`SELECT id FROM "Parcel" WHERE code = ANY(${codes}) ORDER BY code FOR UPDATE`;
        const context = await loadWriteContext(tx);
        const plan = await planImport(tx, context, parsed, {
          format: formatOf(stored),
          locale: localeOf(stored),
          progress: async (done) => {
            await progress(done, steps);
          },
        });
        if (plan.fingerprint !== stored.fingerprint) throw new PlanChanged();
        const toWrite = plan.rows.filter((row) => row.input);
        const done: string[] = [];
        let entries: Prisma.AuditEntryCreateManyInput[] = [];
        for (const [index, row] of toWrite.entries()) {
          const result = await writeParcel(tx, context, row.existing, row.input as ParcelInput);
          // One entry per parcel, as recordAudit writes it, inserted a chunk at a time.
          entries.push({
            actorId: actor.userId,
            actorLabel: actor.email,
            clientKey: actor.clientKey,
            action: row.existing ? "parcel.update" : "parcel.create",
            entityType: "parcel",
            entityId: result.code,
            changes: { ...result.changes, import: [null, id] } as Prisma.InputJsonValue,
          });
          done.push(result.code);
          if (entries.length === IMPORT_CHUNK || index === toWrite.length - 1) {
            await tx.auditEntry.createMany({ data: entries });
            entries = [];
            await progress(parsed.rows.length + Math.round(((index + 1) / toWrite.length) * parsed.rows.length), steps);
            await yieldToOthers();
          }
        }
        const { counts } = plan.report;
        await recordAudit(
          tx,
          { actor },
          {
            action: "parcel.import",
            entityType: "parcelImport",
            entityId: id,
            changes: {
              fileName: [null, stored.fileName],
              format: [null, formatOf(stored)],
              created: [null, counts.created],
              updated: [null, counts.updated],
              unchanged: [null, counts.unchanged],
            },
          },
        );
        await tx.parcelImport.update({
          where: { id },
          data: { state: "APPLIED", appliedById: actor.userId, appliedAt: new Date(), processed: steps, total: steps },
        });
        return done;
      },
      { maxWait: 10_000, timeout: 30 * 60_000 },
    );
  } catch (error) {
    const stale = error instanceof PlanChanged || (error instanceof AppError && error.code === "INVALID_INPUT");
    await db.parcelImport.update({
      where: { id },
      data: { state: stale ? "CHECKED" : "FAILED", problem: stale ? "stale" : "failed" },
    });
    if (stale) return;
    throw error;
  }
  // The catalogue, the parcel pages, the figures and the open data are all
  // read with the `parcels` tag; the per-parcel tags are added while few
  // enough for one revalidation request (server/revalidate.ts).
  await revalidateParcels(written.length <= 50 ? written : []);
}

export type ImportSummary = {
  id: string;
  fileName: string;
  format: ImportFormat;
  locale: "vi" | "en";
  state: "QUEUED" | "CHECKING" | "CHECKED" | "APPLYING" | "APPLIED" | "FAILED";
  /** Running, but its progress stopped moving: the process that ran it stopped. */
  interrupted: boolean;
  processed: number;
  total: number;
  problem: string | null;
  fingerprint: string | null;
  createdAt: Date;
  appliedAt: Date | null;
};

const summarySelect = {
  id: true,
  fileName: true,
  format: true,
  locale: true,
  state: true,
  processed: true,
  total: true,
  problem: true,
  fingerprint: true,
  createdAt: true,
  updatedAt: true,
  appliedAt: true,
} satisfies Prisma.ParcelImportSelect;

function summaryOf(row: Prisma.ParcelImportGetPayload<{ select: typeof summarySelect }>): ImportSummary {
  const running = row.state === "QUEUED" || row.state === "CHECKING" || row.state === "APPLYING";
  return {
    ...row,
    format: row.format === "CSV" ? "csv" : "geojson",
    locale: row.locale === "en" ? "en" : "vi",
    interrupted: running && Date.now() - row.updatedAt.getTime() > STALE_RUN_MS,
  };
}

/** An import's state and, once checked, its report. */
export async function getParcelImport(id: string): Promise<(ImportSummary & { report: ImportReport | null }) | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db.parcelImport.findUnique({ where: { id }, select: { ...summarySelect, report: true } });
  if (!row) return null;
  return { ...summaryOf(row), report: row.report as ImportReport | null };
}

/** The latest imports, newest first. */
export async function listParcelImports(take = 10): Promise<ImportSummary[]> {
  const rows = await db.parcelImport.findMany({ orderBy: { createdAt: "desc" }, take, select: summarySelect });
  return rows.map(summaryOf);
}
