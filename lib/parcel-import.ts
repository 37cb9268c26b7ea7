import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parcelFieldNames } from "./schemas/parcel-record";

// Reading an import file into rows, before anything is checked against the
// database (server/parcels/parcel-import.ts). A CSV is the open-data
// export's own format (app/api/parcels.csv/route.ts), as it comes back from
// a spreadsheet: with or without the UTF-8 byte order mark, with "," or with
// ";" between cells (Excel in a Vietnamese locale, which also writes decimal
// commas), cells that lib/csv.ts protected with a leading ' given back as
// typed. A GeoJSON file is a FeatureCollection whose features carry the same
// properties and a Polygon.

export type ImportFormat = "csv" | "geojson";

/** The columns an import writes: the record's own fields and the description (in the language the form names). */
export const IMPORT_COLUMNS: readonly string[] = [...parcelFieldNames, "description"];

/** Columns the export derives from others (or from the boundary): read-only, ignored when imported. */
export const DERIVED_COLUMNS: readonly string[] = ["url", "hubName", "areaHa", "centroidLat", "centroidLng"];

export type ImportRow = {
  /** The line the row starts on (CSV), or the feature's number (GeoJSON), from 1. */
  line: number;
  values: Record<string, string | string[]>;
  /** GeoJSON only: the feature's geometry (null when it has none). */
  geometry?: unknown;
  /** A problem found while reading the row, as a message key of `Admin.parcelImport.reasons`. */
  problem?: { key: "columnCount" | "missingProperties"; columns?: string[] };
};

export type FileProblem =
  | "empty"
  | "notUtf8"
  | "csvMalformed"
  | "missingColumns"
  | "unknownColumns"
  | "duplicateColumns"
  | "notJson"
  | "notFeatureCollection"
  | "tooManyRows";

export type ParsedImport =
  | {
      ok: true;
      rows: ImportRow[];
      /** How the file writes numbers: "vi" reads "1,5" as one and a half. */
      numberLocale: "en" | "vi";
      /** Derived columns found (and ignored). */
      ignored: string[];
    }
  | { ok: false; problem: FileProblem; columns?: string[]; line?: number };

export const MAX_IMPORT_ROWS = 20_000;

const PROTECTED = /^'[=+\-@\t\r]/;
/** lib/csv.ts puts a ' before a cell that a spreadsheet would run as a formula: taken off again. */
export const unprotect = (cell: string) => (PROTECTED.test(cell) ? cell.slice(1) : cell);

/** The delimiter of a CSV: the one its header line uses more (no column name contains either). */
export function delimiterOf(text: string): "," | ";" {
  const header = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const count = (char: string) => header.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

export function parseImportFile(text: string, format: ImportFormat): Promise<ParsedImport> {
  const body = text.replace(/^\uFEFF/, "");
  if (body.includes("\uFFFD")) return Promise.resolve({ ok: false, problem: "notUtf8" });
  if (!body.trim()) return Promise.resolve({ ok: false, problem: "empty" });
  return format === "csv" ? parseCsv(body) : Promise.resolve(parseGeoJson(body));
}

async function parseCsv(text: string): Promise<ParsedImport> {
  const delimiter = delimiterOf(text);
  // Line breaks as "\n" everywhere: csv-parse counts a "\r\n" inside a
  // quoted cell as two lines, which would shift every later line number.
  const normalised = text.replace(/\r\n?/g, "\n");
  const parser = parse({ delimiter, info: true, relax_column_count: true, skip_empty_lines: true });
  // Fed in slices, so a large file is read between other requests' work.
  const slices = function* () {
    for (let at = 0; at < normalised.length; at += 64 * 1024) yield normalised.slice(at, at + 64 * 1024);
  };
  Readable.from(slices()).pipe(parser);

  let header: string[] | null = null;
  const rows: ImportRow[] = [];
  const ignored: string[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((name) => name.trim());
        const problem = headerProblem(header);
        if (problem) {
          parser.destroy();
          return problem;
        }
        ignored.push(...header.filter((name) => DERIVED_COLUMNS.includes(name)));
        continue;
      }
      if (rows.length >= MAX_IMPORT_ROWS) {
        parser.destroy();
        return { ok: false, problem: "tooManyRows" };
      }
      // info.lines is the line the record ends on; its quoted cells hold the others.
      const breaks = record.reduce((n, cell) => n + cell.split("\n").length - 1, 0);
      const line = info.lines - breaks;
      const values: Record<string, string> = {};
      header.forEach((name, index) => {
        if (IMPORT_COLUMNS.includes(name)) values[name] = unprotect(record[index] ?? "");
      });
      rows.push({
        line,
        values,
        ...(record.length !== header.length ? { problem: { key: "columnCount" as const } } : {}),
      });
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, problem: "csvMalformed", ...(typeof line === "number" ? { line } : {}) };
  }
  if (!header) return { ok: false, problem: "empty" };
  return { ok: true, rows, numberLocale: delimiter === ";" ? "vi" : "en", ignored };
}

function headerProblem(header: string[]): ParsedImport | null {
  const duplicates = header.filter((name, index) => header.indexOf(name) !== index);
  if (duplicates.length > 0) return { ok: false, problem: "duplicateColumns", columns: [...new Set(duplicates)] };
  const unknown = header.filter((name) => !IMPORT_COLUMNS.includes(name) && !DERIVED_COLUMNS.includes(name));
  if (unknown.length > 0) return { ok: false, problem: "unknownColumns", columns: unknown };
  // Every column is needed: one left out would otherwise empty that field of every parcel.
  const missing = IMPORT_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) return { ok: false, problem: "missingColumns", columns: missing };
  return null;
}

function parseGeoJson(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: "notJson" };
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== "FeatureCollection" || !Array.isArray(collection.features)) {
    return { ok: false, problem: "notFeatureCollection" };
  }
  if (collection.features.length > MAX_IMPORT_ROWS) return { ok: false, problem: "tooManyRows" };
  const ignored = new Set<string>();
  const rows = collection.features.map((feature: unknown, index): ImportRow => {
    const { properties, geometry } = (feature ?? {}) as { properties?: unknown; geometry?: unknown };
    const props = (properties && typeof properties === "object" ? properties : {}) as Record<string, unknown>;
    const values: Record<string, string | string[]> = {};
    for (const name of IMPORT_COLUMNS) values[name] = textOf(props[name]);
    for (const name of DERIVED_COLUMNS) if (name in props) ignored.add(name);
    const missing = IMPORT_COLUMNS.filter((name) => !(name in props));
    return {
      line: index + 1,
      values,
      geometry: geometry ?? null,
      ...(missing.length > 0 ? { problem: { key: "missingProperties" as const, columns: missing } } : {}),
    };
  });
  return { ok: true, rows, numberLocale: "en", ignored: [...ignored] };
}

function textOf(value: unknown): string | string[] {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => String(item));
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
