import { PrismaPg } from "@prisma/adapter-pg";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { csvLine, UTF8_BOM } from "@/lib/csv";
import { parcelSearchText } from "@/lib/search-text";
import en from "@/messages/en.json";
import vi_ from "@/messages/vi.json";
import { rectangle } from "@/prisma/seed/geometry";
import { createStaffUser, deleteTestStaff, staffActorOf } from "../fixtures/staff";
import { resetTaggedCache, revalidatedTags } from "../fixtures/tagged-next-cache";

// Bulk import of parcels (server/parcels/parcel-import.ts): the open-data CSV
// as the export writes it comes back unchanged; edited rows are updates with
// exactly their changed fields; every kind of bad row is refused with its
// line; applying writes exactly the dry run's plan in one transaction with
// its audit entries, and refuses (writing nothing) when a parcel changed in
// between; 10,000 rows go through while other queries are answered.

vi.mock("next/cache", async () => (await import("../fixtures/tagged-next-cache")).taggedNextCache);
vi.mock("next-intl/server", () => {
  const messages = { en, vi: vi_ } as const;
  return {
    getTranslations: async ({ locale, namespace }: { locale: "en" | "vi"; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as "Land" }),
  };
});

const { db } = await import("@/server/db");
const { PrismaClient } = await import("@/server/generated/prisma/client");
const { seedContent } = await import("@/prisma/seed");
const openData = await import("@/app/api/parcels.csv/route");
const { openParcelFields } = await import("@/server/parcels/open-data");
const imports = await import("@/server/parcels/parcel-import");
const { changeParcelStatus } = await import("@/server/parcels/parcel-writes");

type Actor = Parameters<typeof imports.createParcelImport>[0]["actor"];
let actor: Actor;
const testStart = new Date();
const PREFIX = "IMP-";

beforeAll(async () => {
  const seedClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  await seedClient.$transaction((tx) => seedContent(tx), { timeout: 60_000 });
  await seedClient.$disconnect();
  const editor = await createStaffUser({ role: "EDITOR", name: "Lê Nhập Liệu" });
  actor = staffActorOf(editor, "test");
});
beforeEach(() => resetTaggedCache());
afterAll(async () => {
  await db.parcel.deleteMany({ where: { code: { startsWith: PREFIX } } });
  await db.parcelImport.deleteMany({ where: { createdAt: { gte: testStart } } });
  await deleteTestStaff();
  await db.$disconnect();
});

/** Parcels of this file, inserted directly (n of them, codes PREFIX + tag + number). */
async function insertParcels(tag: string, n: number) {
  const [benLuc, electronics] = await Promise.all([
    db.hub.findUniqueOrThrow({ where: { slug: "ben-luc" }, select: { id: true } }),
    db.sector.findUniqueOrThrow({ where: { slug: "electronics" }, select: { id: true } }),
  ]);
  const codes = Array.from({ length: n }, (_, i) => `${PREFIX}${tag}-${String(i + 1).padStart(5, "0")}`);
  for (let start = 0; start < n; start += 1_000) {
    const chunk = codes.slice(start, start + 1_000);
    await db.parcel.createMany({
      data: chunk.map((code, i) => ({
        code,
        hubId: benLuc.id,
        landUse: "INDUSTRIAL" as const,
        status: "AVAILABLE" as const,
        areaM2: 10_000 + start + i,
        rentUsdPerM2: 150.5,
        rentBasis: "TERM" as const,
        managementFeeUsdPerM2Year: 0.6,
        landUseTermEndYear: 2068,
        powerKva: 1_000,
        substationKv: 22,
        waterM3PerDay: 100,
        wastewaterM3PerDay: 80,
        dischargeStandard: "QCVN40_A" as const,
        maxCoveragePct: 60,
        floorAreaRatio: 1.5,
        heightLimitM: 30,
        greenRatioPct: 20,
        boundary: rectangle(106.4, 10.6, 106.405, 10.605),
        centroidLat: 10.6025,
        centroidLng: 106.4025,
        distanceSeaportKm: 12.5,
        distanceTanSonNhatKm: 35,
        distanceLongThanhKm: 60,
        distanceExpresswayKm: 2,
        distanceHcmcCentreKm: 30,
        lastVerifiedAt: new Date("2026-06-01T00:00:00Z"),
        searchText: parcelSearchText({ code, hubTexts: [], descriptions: [] }),
      })),
    });
    const ids = await db.parcel.findMany({ where: { code: { in: chunk } }, select: { id: true, code: true } });
    await db.parcelTranslation.createMany({
      data: ids.flatMap(({ id, code }) => [
        { parcelId: id, locale: "vi", description: `Lô ${code}, gần cảng; "kho lạnh"` },
        { parcelId: id, locale: "en", description: `Parcel ${code}, near the port` },
      ]),
    });
    await db.parcelSector.createMany({ data: ids.map(({ id }) => ({ parcelId: id, sectorId: electronics.id })) });
  }
  return codes;
}

/** The open-data CSV as the public route serves it (every parcel, in `locale`). */
async function exportCsv(locale = "vi"): Promise<string> {
  const response = await openData.GET(new Request(`http://localhost/api/parcels.csv?status=all&locale=${locale}`));
  expect(response.status).toBe(200);
  return new TextDecoder().decode(await response.arrayBuffer());
}

/** Only the rows of the given codes (and the header), each edited by `edit`. */
function csvOf(records: Record<string, string>[], edit: (record: Record<string, string>) => void = () => {}) {
  return (
    UTF8_BOM +
    csvLine(openParcelFields) +
    records
      .map((record) => {
        const copy = { ...record };
        edit(copy);
        return csvLine(openParcelFields.map((field) => copy[field] ?? ""));
      })
      .join("")
  );
}

/** The export's records by code (read back with a plain CSV reader). */
async function exportedRecords(codes: string[]): Promise<Record<string, string>[]> {
  const { parse } = await import("csv-parse/sync");
  const rows = parse(await exportCsv(), { bom: true, columns: true }) as Record<string, string>[];
  const wanted = new Set(codes);
  return rows.filter((row) => wanted.has(row.code as string));
}

async function dryRun(text: string, options: { format?: "csv" | "geojson"; locale?: "vi" | "en"; name?: string } = {}) {
  const { id } = await imports.createParcelImport({
    actor,
    fileName: options.name ?? "parcels.csv",
    format: options.format ?? "csv",
    locale: options.locale ?? "vi",
    text,
    background: false,
  });
  await imports.runDryRun(id);
  const stored = await imports.getParcelImport(id);
  if (!stored?.report) throw new Error("no report");
  return { id, stored, report: stored.report };
}

const byCode = (report: { rows: { code: string }[] }) => new Map(report.rows.map((row) => [row.code, row]));

describe("the dry run", () => {
  it("reads the open-data CSV back as it was exported: every row unchanged, nothing written", async () => {
    await insertParcels("RT", 3);
    const text = await exportCsv();
    const { report, stored } = await dryRun(text);
    expect(stored.state).toBe("CHECKED");
    expect(report.fileProblem).toBeUndefined();
    expect(report.counts).toMatchObject({ created: 0, updated: 0, refused: 0 });
    expect(report.counts.unchanged).toBe(report.rows.length);
    expect(report.rows.length).toBe(await db.parcel.count({ where: { archivedAt: null } }));
    expect(report.ignored).toEqual(["url", "hubName", "areaHa", "centroidLat", "centroidLng"]);
    // The English export against the English descriptions: unchanged too.
    const english = await dryRun(await exportCsv("en"), { locale: "en" });
    expect(english.report.counts.unchanged).toBe(english.report.rows.length);
  });

  it('reads the export as Excel saves it in a Vietnamese locale (";", decimal commas) unchanged too', async () => {
    const codes = await insertParcels("XL", 2);
    const records = await exportedRecords(codes);
    const cells = (record: Record<string, string>) =>
      openParcelFields.map((field) => {
        const value = record[field] ?? "";
        const local = /^\d+\.\d+$/.test(value) ? value.replace(".", ",") : value;
        return /[;"\n]/.test(local) ? `"${local.replaceAll('"', '""')}"` : local;
      });
    const text = `${UTF8_BOM}${[openParcelFields, ...records.map(cells)].map((row) => row.join(";")).join("\r\n")}\r\n`;
    expect(text).toContain(";150,5;");
    const { report } = await dryRun(text);
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 2, refused: 0 });
  });

  it("reports edited rows as updates with exactly the changed fields, before and after", async () => {
    const codes = await insertParcels("ED", 3);
    const records = await exportedRecords(codes);
    const text = csvOf(records, (record) => {
      if (record.code === codes[0]) {
        record.status = "reserved";
        record.rentUsdPerM2 = "99.5";
        record.description = "Lô đất đã chỉnh sửa, gần cảng Bến Lức";
        record.areaHa = "999"; // read-only: ignored
      }
    });
    const { report } = await dryRun(text);
    expect(report.counts).toEqual({ created: 0, updated: 1, unchanged: 2, refused: 0 });
    expect(byCode(report).get(codes[0] as string)).toEqual({
      line: 2,
      code: codes[0],
      kind: "updated",
      changes: {
        status: ["available", "reserved"],
        rentUsdPerM2: [150.5, 99.5],
        "description.vi": [`Lô ${codes[0]}, gần cảng; "kho lạnh"`, "Lô đất đã chỉnh sửa, gần cảng Bến Lức"],
      },
    });
    // Nothing was written.
    const stored = await db.parcel.findUniqueOrThrow({ where: { code: codes[0] } });
    expect([stored.status, stored.version]).toEqual(["AVAILABLE", 1]);
  });

  it("refuses every kind of bad row with its line and why", async () => {
    const codes = await insertParcels("BAD", 6);
    const records = await exportedRecords(codes);
    const edits: Record<string, (record: Record<string, string>) => void> = {
      [codes[0] as string]: (r) => {
        r.areaM2 = "mười nghìn";
      },
      [codes[1] as string]: (r) => {
        r.hub = "no-such-hub";
      },
      [codes[2] as string]: (r) => {
        r.sectors = "electronics;no-such-sector";
      },
      [codes[3] as string]: (r) => {
        r.status = "sold";
      },
      [codes[4] as string]: (r) => {
        r.floorAreaRatio = "1.234";
      },
    };
    const edited = records.map((record) => {
      const copy = { ...record };
      edits[copy.code as string]?.(copy);
      return copy;
    });
    const duplicate = { ...(records[5] as Record<string, string>) };
    const unknown = { ...(records[5] as Record<string, string>), code: `${PREFIX}BAD-NEW` };
    const text = csvOf([...edited, duplicate, unknown]);
    const { report } = await dryRun(text);
    const refused = report.rows.filter((row) => row.kind === "refused");
    expect(refused.map((row) => [row.line, row.code, row.kind === "refused" ? row.reasons : []])).toEqual([
      [2, codes[0], [{ field: "areaM2", key: "numberRange" }]],
      [3, codes[1], [{ field: "hub", key: "hubUnknown" }]],
      [4, codes[2], [{ field: "sectors", key: "sectorUnknown" }]],
      [5, codes[3], [{ field: "status", key: "invalid" }]],
      [6, codes[4], [{ field: "floorAreaRatio", key: "tooManyDecimals" }]],
      [8, codes[5], [{ field: "code", key: "duplicateCode", line: 7 }]],
      [9, `${PREFIX}BAD-NEW`, [{ field: "code", key: "newCodeInCsv" }]],
    ]);
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 1, refused: 7 });
    await expect(
      imports.applyParcelImport({ actor, id: (await dryRun(text)).id, fingerprint: "0".repeat(64) }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "notApplicable" });
  });

  it("refuses a GeoJSON feature whose polygon is invalid, and creates one whose polygon is good", async () => {
    const [template] = await exportedRecords(await insertParcels("GJ", 1));
    const properties = { ...template, sectors: ["electronics"], areaM2: 12_000, isSample: false };
    const feature = (code: string, geometry: unknown) => ({
      type: "Feature",
      properties: { ...properties, code },
      geometry,
    });
    const bowTie = {
      type: "Polygon",
      coordinates: [
        [
          [106.4, 10.6],
          [106.41, 10.61],
          [106.41, 10.6],
          [106.4, 10.61],
          [106.4, 10.6],
        ],
      ],
    };
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        feature(`${PREFIX}GJ-NEW`, rectangle(106.42, 10.62, 106.425, 10.625)),
        feature(`${PREFIX}GJ-BOW`, bowTie),
        feature(`${PREFIX}GJ-FAR`, rectangle(2.3, 48.8, 2.31, 48.81)),
        feature(`${PREFIX}GJ-NONE`, null),
      ],
    });
    const { report, id, stored } = await dryRun(text, { format: "geojson", name: "parcels.geojson" });
    expect(report.rows.map((row) => [row.line, row.code, row.kind === "refused" ? row.reasons : row.kind])).toEqual([
      [1, `${PREFIX}GJ-NEW`, "created"],
      [2, `${PREFIX}GJ-BOW`, [{ field: "geometry", key: "geometrySelfIntersects" }]],
      [3, `${PREFIX}GJ-FAR`, [{ field: "geometry", key: "geometryOutsideArea" }]],
      [4, `${PREFIX}GJ-NONE`, [{ field: "geometry", key: "geometryRequired" }]],
    ]);
    expect(stored.format).toBe("geojson");
    // Refused rows: it cannot be applied.
    await expect(
      imports.applyParcelImport({ actor, id, fingerprint: stored.fingerprint as string, background: false }),
    ).rejects.toMatchObject({ reason: "notApplicable" });
    expect(await db.parcel.count({ where: { code: `${PREFIX}GJ-NEW` } })).toBe(0);
  });

  it("reports a file it cannot read, with what is wrong", async () => {
    const { report } = await dryRun("code;statsu\r\nX;y\r\n");
    expect(report.fileProblem).toEqual({ key: "unknownColumns", columns: ["statsu"] });
    expect(report.rows).toEqual([]);
  });
});

describe("applying", () => {
  it("writes exactly the plan in one go, audited as one import entry and one entry per parcel", async () => {
    const codes = await insertParcels("AP", 3);
    const records = await exportedRecords(codes);
    const text = csvOf(records, (record) => {
      if (record.code === codes[1]) record.status = "leased";
      if (record.code === codes[2]) record.powerKva = "2500";
    });
    const { id, stored } = await dryRun(text, { name: "bảng-lô-đất.csv" });
    expect(stored.state).toBe("CHECKED");
    await imports.applyParcelImport({ actor, id, fingerprint: stored.fingerprint as string, background: false });

    const after = await imports.getParcelImport(id);
    expect(after?.state).toBe("APPLIED");
    const parcels = await db.parcel.findMany({ where: { code: { in: codes } }, orderBy: { code: "asc" } });
    expect(parcels.map((p) => [p.code, p.status, p.powerKva, p.version])).toEqual([
      [codes[0], "AVAILABLE", 1_000, 1],
      [codes[1], "LEASED", 1_000, 2],
      [codes[2], "AVAILABLE", 2_500, 2],
    ]);
    const audit = await db.auditEntry.findMany({ where: { at: { gte: testStart }, actorId: actor.userId } });
    const own = audit.filter(
      (entry) => entry.entityId === id || (codes.includes(entry.entityId ?? "") && entry.action.startsWith("parcel.")),
    );
    expect(own.map((entry) => [entry.action, entry.entityId]).sort()).toEqual(
      [
        ["parcel.import", id],
        ["parcel.update", codes[1]],
        ["parcel.update", codes[2]],
      ].sort(),
    );
    expect(own.find((entry) => entry.action === "parcel.import")?.changes).toMatchObject({
      fileName: [null, "bảng-lô-đất.csv"],
      created: [null, 0],
      updated: [null, 2],
      unchanged: [null, 1],
    });
    expect(own.find((entry) => entry.entityId === codes[1])?.changes).toEqual({
      status: ["available", "leased"],
      import: [null, id],
    });
    expect(revalidatedTags).toEqual(expect.arrayContaining(["parcels", `parcel:${codes[1]}`, `parcel:${codes[2]}`]));

    // Applying twice is refused: the import is applied.
    await expect(
      imports.applyParcelImport({ actor, id, fingerprint: stored.fingerprint as string, background: false }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("creates the parcels of a GeoJSON import with their boundary", async () => {
    const [template] = await exportedRecords(await insertParcels("GC", 1));
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { ...template, code: `${PREFIX}GC-NEW`, sectors: ["electronics"], description: "Lô mới" },
          geometry: rectangle(106.42, 10.62, 106.425, 10.625),
        },
      ],
    });
    const { id, stored } = await dryRun(text, { format: "geojson" });
    expect(stored.report?.counts).toEqual({ created: 1, updated: 0, unchanged: 0, refused: 0 });
    await imports.applyParcelImport({ actor, id, fingerprint: stored.fingerprint as string, background: false });
    const created = await db.parcel.findUniqueOrThrow({
      where: { code: `${PREFIX}GC-NEW` },
      include: { translations: true },
    });
    expect(created.boundary).toEqual(rectangle(106.42, 10.62, 106.425, 10.625));
    expect(created.translations.map((t) => [t.locale, t.description])).toEqual([["vi", "Lô mới"]]);
    expect(await db.auditEntry.count({ where: { action: "parcel.create", entityId: `${PREFIX}GC-NEW` } })).toBe(1);
  });

  it("refuses, writing nothing, when a parcel changed after the dry run; the new dry run can then be applied", async () => {
    const codes = await insertParcels("CH", 2);
    const records = await exportedRecords(codes);
    const text = csvOf(records, (record) => {
      record.rentUsdPerM2 = "175";
    });
    const { id, stored } = await dryRun(text);
    expect(stored.report?.counts.updated).toBe(2);
    // Someone changes one of the parcels meanwhile.
    await changeParcelStatus({ actor, code: codes[1] as string, version: 1, status: "reserved", reason: "Giữ chỗ" });

    await imports.applyParcelImport({ actor, id, fingerprint: stored.fingerprint as string, background: false });
    const refused = await imports.getParcelImport(id);
    expect([refused?.state, refused?.problem]).toEqual(["CHECKED", "stale"]);
    const parcels = await db.parcel.findMany({ where: { code: { in: codes } }, orderBy: { code: "asc" } });
    expect(parcels.map((p) => [p.rentUsdPerM2.toNumber(), p.status])).toEqual([
      [150.5, "AVAILABLE"],
      [150.5, "RESERVED"],
    ]);
    expect(await db.auditEntry.count({ where: { action: "parcel.import", entityId: id } })).toBe(0);
    // The stale report cannot be applied again…
    await expect(
      imports.applyParcelImport({ actor, id, fingerprint: stored.fingerprint as string, background: false }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "changed" });

    // …but a new dry run of the same file can: it now also says the status goes back.
    await imports.recheckParcelImport(id, { background: false });
    await imports.runDryRun(id);
    const again = await imports.getParcelImport(id);
    expect(again?.fingerprint).not.toBe(stored.fingerprint);
    const row = again?.report?.rows.find((r) => r.code === codes[1]);
    expect(row?.kind === "updated" && row.changes.status).toEqual(["reserved", "available"]);
    await imports.applyParcelImport({ actor, id, fingerprint: again?.fingerprint as string, background: false });
    expect((await imports.getParcelImport(id))?.state).toBe("APPLIED");
  });
});

describe("10,000 rows", () => {
  it("are checked and applied in the background, with progress, while other queries are answered", async () => {
    const codes = await insertParcels("BIG", 10_000);
    const records = await exportedRecords(codes);
    expect(records).toHaveLength(10_000);
    // An export with one parcel in five edited: every row is checked twice (dry run, apply), 2,000 are written.
    const edited = new Set(codes.filter((_, i) => i % 5 === 0));
    const text = csvOf(records, (record) => {
      if (edited.has(record.code as string)) record.waterM3PerDay = "150";
    });
    expect(Buffer.byteLength(text)).toBeGreaterThan(3_000_000);

    const { id } = await imports.createParcelImport({
      actor,
      fileName: "10000.csv",
      format: "csv",
      locale: "vi",
      text,
    });
    const seen = new Set<string>();
    /** Reads the catalogue, and notes whether the run was going on both before and after it was answered. */
    const readMeanwhile = async (running: string) => {
      const before = (await imports.getParcelImport(id))?.state;
      await db.parcel.findFirstOrThrow({ where: { code: codes[0] }, include: { translations: true } });
      const after = await imports.getParcelImport(id);
      if (before === running && after?.state === running) seen.add(`answered while ${running}`);
      if (after?.state === running && after.processed > 0 && after.processed < after.total) seen.add(running);
      return after;
    };
    await vi.waitFor(
      async () => {
        expect((await readMeanwhile("CHECKING"))?.state).toBe("CHECKED");
      },
      { timeout: 120_000, interval: 20 },
    );
    const checked = await imports.getParcelImport(id);
    expect(checked?.report?.counts).toEqual({ created: 0, updated: 2_000, unchanged: 8_000, refused: 0 });
    expect([checked?.processed, checked?.total]).toEqual([10_000, 10_000]);

    await imports.applyParcelImport({ actor, id, fingerprint: checked?.fingerprint as string });
    await vi.waitFor(
      async () => {
        expect((await readMeanwhile("APPLYING"))?.state).toBe("APPLIED");
      },
      { timeout: 300_000, interval: 20 },
    );
    // The status page had progress to show, and the catalogue was read while both runs went on.
    expect([...seen].sort()).toEqual(
      expect.arrayContaining(["APPLYING", "answered while APPLYING", "answered while CHECKING"]),
    );
    expect(await db.parcel.count({ where: { code: { in: codes }, waterM3PerDay: 150 } })).toBe(2_000);
    expect(revalidatedTags).toContain("parcels");
  }, 600_000);
});
