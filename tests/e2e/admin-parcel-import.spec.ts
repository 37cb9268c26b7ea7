import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { csvLine, UTF8_BOM } from "@/lib/csv";
import { expectNoAxeViolations } from "./axe";
import { actAsOwnClient } from "./client-address";
import { e2eDatabaseUrl, expect, test } from "./staff-login";

// Importing parcels from the back office, with JavaScript and without: an
// editor downloads the open data, keeps the rows of two parcels this test
// created itself (the database is shared with other tests), edits them in
// "a spreadsheet" with a mistake, reads the dry run's report (the bad row
// refused with its line and why), fixes the file, runs the dry run again,
// applies it, and the public parcel page shows the change. Axe on the upload
// page and on the report.

test.beforeEach(actAsOwnClient);

async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Two parcels of this test's own, available, with a Vietnamese and an English description. */
async function createParcels(prefix: string): Promise<string[]> {
  const codes = [`${prefix}-1`, `${prefix}-2`];
  for (const [index, code] of codes.entries()) {
    const west = 106.41 + index * 0.002;
    const boundary = {
      type: "Polygon",
      coordinates: [
        [
          [west, 10.6],
          [west + 0.001, 10.6],
          [west + 0.001, 10.601],
          [west, 10.601],
          [west, 10.6],
        ],
      ],
    };
    const [row] = await query<{ id: number }>(
      `INSERT INTO "Parcel" (code, "hubId", "landUse", status, "areaM2", "rentUsdPerM2", "rentBasis",
         "managementFeeUsdPerM2Year", "landUseTermEndYear", "powerKva", "substationKv", "waterM3PerDay",
         "wastewaterM3PerDay", "dischargeStandard", "maxCoveragePct", "floorAreaRatio", "heightLimitM",
         "greenRatioPct", boundary, "centroidLat", "centroidLng", "distanceSeaportKm", "distanceTanSonNhatKm",
         "distanceLongThanhKm", "distanceExpresswayKm", "distanceHcmcCentreKm", "lastVerifiedAt", "searchText", "updatedAt")
       SELECT $1::text, id, 'INDUSTRIAL', 'AVAILABLE', 12000, 150, 'TERM', 0.6, 2068, 1000, 22, 100, 80, 'QCVN40_A',
         60, 1.5, 30, 20, $2::jsonb, 10.6005, $3, 12.5, 35, 60, 2, 30, DATE '2026-06-01', lower($1::text), now()
       FROM "Hub" WHERE slug = 'ben-luc' RETURNING id`,
      [code, JSON.stringify(boundary), west + 0.0005],
    );
    await query(
      `INSERT INTO "ParcelTranslation" ("parcelId", locale, description) VALUES ($1, 'vi', $2), ($1, 'en', $3)`,
      [row?.id, `Lô thử nghiệm ${code}, gần cảng Bến Lức`, `Test parcel ${code}, near the port`],
    );
  }
  return codes;
}

/** The open-data CSV's records of these parcels, as a spreadsheet reads them. */
async function exportedRows(page: Page, codes: string[]): Promise<Record<string, string>[]> {
  const response = await page.request.get("/api/parcels.csv?status=all&locale=vi");
  expect(response.status()).toBe(200);
  const rows = parse(await response.body(), { bom: true, columns: true }) as Record<string, string>[];
  return codes.map((code) => rows.find((row) => row.code === code) as Record<string, string>);
}

/** The CSV a spreadsheet writes back: the export's header, the byte order mark, the rows as edited. */
function csvFile(rows: Record<string, string>[]) {
  const header = Object.keys(rows[0] as Record<string, string>);
  const text = UTF8_BOM + csvLine(header) + rows.map((row) => csvLine(header.map((name) => row[name]))).join("");
  return { name: "lo-dat.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

async function upload(page: Page, file: ReturnType<typeof csvFile>) {
  await page.goto("/vi/admin/parcels/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập dữ liệu lô đất");
  await page.getByLabel(/^Tệp \(CSV hoặc GeoJSON/).setInputFiles(file);
  await expect(page.getByRole("radio", { name: "Tiếng Việt" })).toBeChecked();
  await page.getByRole("button", { name: "Tải lên và chạy thử" }).click();
  await expect(page).toHaveURL(/\/vi\/admin\/parcels\/import\/[0-9a-f-]{36}/);
  // The page refreshes itself (no JavaScript needed) until the dry run is done.
  await expect(page.getByRole("heading", { name: "Báo cáo chạy thử" })).toBeVisible({ timeout: 30_000 });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    // axe runs in the page: the pages are checked once, with JavaScript on.
    const axe = (page: Page) => (javaScriptEnabled ? expectNoAxeViolations(page) : Promise.resolve());

    test("an editor imports a CSV with a mistake, reads the report, fixes it and applies it", async ({
      page,
      login,
    }, testInfo) => {
      test.setTimeout(120_000);
      const prefix = `E2E-${randomUUID().slice(0, 6).toUpperCase()}`;
      const codes = await createParcels(prefix);
      await login({ role: "EDITOR" });

      await page.goto("/vi/admin/parcels/import");
      await axe(page);
      await page.screenshot({ path: testInfo.outputPath("upload.png"), fullPage: true });

      const [first, second] = await exportedRows(page, codes);
      const description = `Lô đã cập nhật qua nhập dữ liệu ${prefix}: gần nút giao cao tốc`;
      const edited = [
        { ...first, status: "reserved", description } as Record<string, string>,
        { ...second, areaM2: "mười hai nghìn" } as Record<string, string>,
      ];
      await upload(page, csvFile(edited));
      await expect(page.getByText(/1 lô cập nhật/)).toBeVisible();
      await expect(page.getByText(/1 dòng bị từ chối/)).toBeVisible();
      const refused = page.getByRole("table", { name: /^Bị từ chối/ });
      const row = refused.getByRole("row", { name: new RegExp(codes[1] as string) });
      await expect(row.getByRole("cell").first()).toHaveText("3");
      await expect(row).toContainText("areaM2: Số liệu nằm ngoài khoảng cho phép");
      await expect(page.getByText(/Có dòng bị từ chối: vui lòng sửa trong tệp/)).toBeVisible();
      await expect(page.getByRole("button", { name: "Áp dụng lần nhập" })).toHaveCount(0);
      await axe(page);
      await page.screenshot({ path: testInfo.outputPath("report-refused.png"), fullPage: true });

      // Fixed in the spreadsheet and uploaded again.
      edited[1] = { ...second } as Record<string, string>;
      await upload(page, csvFile(edited));
      await expect(page.getByText(/1 lô cập nhật, 1 lô giữ nguyên, không có dòng bị từ chối/)).toBeVisible();
      const changed = page.getByRole("table", { name: /^Mới và cập nhật/ });
      await expect(changed).toContainText("status: available → reserved");
      await expect(changed).toContainText(
        `description.vi: Lô thử nghiệm ${codes[0]}, gần cảng Bến Lức → ${description}`,
      );
      await axe(page);

      await page.getByRole("button", { name: "Áp dụng lần nhập" }).click();
      await expect(page.getByRole("heading", { name: "Đã áp dụng", exact: true })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole("heading", { name: "Những gì lần nhập đã ghi" })).toBeVisible();
      await axe(page);

      // The public parcel page shows the change.
      await expect(async () => {
        await page.goto(`/vi/land/${codes[0]}`);
        await expect(page.getByText(description)).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await expect(page.getByText("Đã giữ chỗ", { exact: true }).first()).toBeVisible();
      const [stored] = await query<{ status: string; version: number }>(
        `SELECT status, version FROM "Parcel" WHERE code = $1`,
        [codes[0]],
      );
      expect(stored).toEqual({ status: "RESERVED", version: 2 });
    });
  });
}
