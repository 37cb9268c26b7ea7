import { describe, expect, it } from "vitest";
import { csvLine, UTF8_BOM } from "./csv";
import { DERIVED_COLUMNS, delimiterOf, IMPORT_COLUMNS, parseImportFile, unprotect } from "./parcel-import";

// The open-data export's header, and a row in its format, as lib/csv.ts writes them.
const header = ["code", "url", "hub", "hubName", ...IMPORT_COLUMNS.filter((c) => c !== "code" && c !== "hub")];
const row = (values: Record<string, string> = {}) =>
  header.map((name) => values[name] ?? (name === "code" ? "BL-A-01" : name === "description" ? "Lô đất" : "x"));
const csv = (rows: string[][], options: { bom?: boolean; eol?: string } = {}) => {
  const text = [header, ...rows].map((cells) => csvLine(cells)).join("");
  const eol = options.eol ? text.replaceAll("\r\n", options.eol) : text;
  return (options.bom ? UTF8_BOM : "") + eol;
};

describe("parseImportFile: CSV", () => {
  it("reads the export's format, with the byte order mark Excel writes, Vietnamese text intact", async () => {
    const parsed = await parseImportFile(
      csv([row({ description: "Kho lạnh gần cảng Bến Lức" })], { bom: true }),
      "csv",
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]?.line).toBe(2);
    expect(parsed.rows[0]?.values.code).toBe("BL-A-01");
    expect(parsed.rows[0]?.values.description).toBe("Kho lạnh gần cảng Bến Lức");
    expect(parsed.numberLocale).toBe("en");
    // Derived columns are named once, and never read as values.
    expect(parsed.ignored).toEqual(["url", "hubName"]);
    expect(parsed.rows[0]?.values).not.toHaveProperty("url");
  });

  it('reads ";" between cells (Excel in a Vietnamese locale), whose numbers have decimal commas', async () => {
    const text = [header, row({ floorAreaRatio: "1,5", sectors: "a;b" })]
      .map((cells) => `${cells.map((cell) => (cell.includes(";") ? `"${cell}"` : cell)).join(";")}\r\n`)
      .join("");
    expect(delimiterOf(text)).toBe(";");
    const parsed = await parseImportFile(text, "csv");
    expect(parsed.ok && parsed.numberLocale).toBe("vi");
    expect(parsed.ok && parsed.rows[0]?.values.floorAreaRatio).toBe("1,5");
    expect(parsed.ok && parsed.rows[0]?.values.sectors).toBe("a;b");
  });

  it("keeps quoted cells with line breaks and numbers every row by the line it starts on", async () => {
    const text = csv([row({ description: "Dòng một\r\nDòng hai\r\nDòng ba" }), row({ code: "BL-A-02" })]);
    const parsed = await parseImportFile(text, "csv");
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.rows.map((r) => [r.line, r.values.code])).toEqual([
      [2, "BL-A-01"],
      [5, "BL-A-02"],
    ]);
    expect(parsed.rows[0]?.values.description).toBe("Dòng một\nDòng hai\nDòng ba");
  });

  it("counts empty lines in the line numbers (LF files too)", async () => {
    const text = csv([row(), row({ code: "BL-A-02" })], { eol: "\n" }).replace("\nBL-A-02", "\n\n\nBL-A-02");
    const parsed = await parseImportFile(text, "csv");
    expect(parsed.ok && parsed.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it("gives back what the export protected with a leading ' (a cell a spreadsheet would run as a formula)", async () => {
    const line = csvLine(["=1+1", "-5", "@x", "+y", "'plain", "o'clock"]);
    expect(line).toContain("'=1+1");
    expect(unprotect("'=1+1")).toBe("=1+1");
    expect(unprotect("'-5")).toBe("-5");
    expect(unprotect("'@x")).toBe("@x");
    expect(unprotect("'plain")).toBe("'plain");
    expect(unprotect("o'clock")).toBe("o'clock");
    const parsed = await parseImportFile(csv([row({ description: "=SUM(A1)" })]), "csv");
    expect(parsed.ok && parsed.rows[0]?.values.description).toBe("=SUM(A1)");
  });

  it("refuses a header with unknown, missing or repeated columns, naming them", async () => {
    const renamed = csv([row()]).replace("status", "statsu");
    expect(await parseImportFile(renamed, "csv")).toEqual({
      ok: false,
      problem: "unknownColumns",
      columns: ["statsu"],
    });
    const withoutStatus = [header.filter((c) => c !== "status"), row().slice(0, -1)]
      .map((cells) => csvLine(cells))
      .join("");
    expect(await parseImportFile(withoutStatus, "csv")).toEqual({
      ok: false,
      problem: "missingColumns",
      columns: ["status"],
    });
    const twice = [[...header, "code"], row()].map((cells) => csvLine(cells)).join("");
    expect(await parseImportFile(twice, "csv")).toEqual({ ok: false, problem: "duplicateColumns", columns: ["code"] });
  });

  it("accepts the columns in any order, and without the derived ones", async () => {
    const own = [...IMPORT_COLUMNS].reverse();
    const text = [own, own.map((c) => (c === "code" ? "BL-A-09" : "v"))].map((cells) => csvLine(cells)).join("");
    const parsed = await parseImportFile(text, "csv");
    expect(parsed.ok && parsed.rows[0]?.values.code).toBe("BL-A-09");
    expect(parsed.ok && parsed.ignored).toEqual([]);
    expect(DERIVED_COLUMNS).toContain("centroidLat");
  });

  it("marks a row with too few or too many cells, and refuses an unclosed quotation mark with its line", async () => {
    const short = `${csv([row()])}BL-A-02,x\r\n`;
    const parsed = await parseImportFile(short, "csv");
    expect(parsed.ok && parsed.rows.map((r) => [r.line, r.problem?.key])).toEqual([
      [2, undefined],
      [3, "columnCount"],
    ]);
    const unclosed = `${csv([row()])}"BL-A-02,x\r\n`;
    expect(await parseImportFile(unclosed, "csv")).toMatchObject({ ok: false, problem: "csvMalformed" });
  });

  it("refuses an empty file and text that was not UTF-8", async () => {
    expect(await parseImportFile(`${UTF8_BOM}  \r\n`, "csv")).toEqual({ ok: false, problem: "empty" });
    expect(await parseImportFile("code\uFFFD", "csv")).toEqual({ ok: false, problem: "notUtf8" });
  });
});

describe("parseImportFile: GeoJSON", () => {
  const properties = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, c === "sectors" ? ["a", "b"] : 1]));
  const polygon = {
    type: "Polygon",
    coordinates: [
      [
        [106.4, 10.6],
        [106.41, 10.6],
        [106.41, 10.61],
        [106.4, 10.6],
      ],
    ],
  };

  it("reads each feature's properties as text and keeps its geometry, numbered from 1", async () => {
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { ...properties, areaHa: 2 }, geometry: polygon },
        { type: "Feature", properties, geometry: null },
      ],
    });
    const parsed = await parseImportFile(text, "geojson");
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.rows.map((r) => r.line)).toEqual([1, 2]);
    expect(parsed.rows[0]?.values.areaM2).toBe("1");
    expect(parsed.rows[0]?.values.sectors).toEqual(["a", "b"]);
    expect(parsed.rows[0]?.geometry).toEqual(polygon);
    expect(parsed.rows[1]?.geometry).toBeNull();
    expect(parsed.ignored).toEqual(["areaHa"]);
  });

  it("marks a feature without some properties, and refuses what is not a FeatureCollection", async () => {
    const { status: _status, ...partial } = properties;
    const parsed = await parseImportFile(
      JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: partial }] }),
      "geojson",
    );
    expect(parsed.ok && parsed.rows[0]?.problem).toEqual({ key: "missingProperties", columns: ["status"] });
    expect(await parseImportFile('{"type":"Feature"}', "geojson")).toEqual({
      ok: false,
      problem: "notFeatureCollection",
    });
    expect(await parseImportFile("{nope", "geojson")).toEqual({ ok: false, problem: "notJson" });
  });
});
