// The back office's parcel form as the e2e specs fill it, and parcels of
// their own to work on (each test its own code: the phone and desktop
// projects share one database).
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import pg from "pg";

/** A square about 110 m a side, its south-west corner at (west, south). */
export const square = (west: number, south: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [west, south],
      [west + 0.001, south],
      [west + 0.001, south + 0.001],
      [west, south + 0.001],
      [west, south],
    ],
  ],
});

/** A code no other test or run uses. */
export const uniqueParcelCode = (label: string) =>
  `E2E-${label.slice(0, 3).toUpperCase()}-${randomUUID().slice(0, 6).toUpperCase()}`;

/** Every field of the new-parcel form, in English (numbers as English writes them), the boundary left out. */
export async function fillParcelForm(page: Page, code: string) {
  await page.getByLabel("Parcel code").fill(code);
  await page.getByLabel("Hub", { exact: true }).selectOption("ben-luc");
  await page.getByLabel("Land use").selectOption("logistics");
  await page.getByLabel("Location type").selectOption("industrial-park");
  await page.getByLabel("Status", { exact: true }).selectOption("available");
  const figures: [string, string][] = [
    ["Area (m²)", "12000"],
    ["Rent (USD/m²)", "150.5"],
    ["Management fee (USD/m²/year)", "0.6"],
    ["Land-use term ends (year)", "2068"],
    ["Power supply (kVA)", "2000"],
    ["Substation voltage (kV)", "22"],
    ["Water supply (m³/day)", "300"],
    ["Wastewater treatment (m³/day)", "240"],
    ["Version of the standard (year)", "2025"],
    ["Maximum building coverage (%)", "60"],
    ["Floor area ratio (times the land area)", "1.5"],
    ["Height limit (m)", "30"],
    ["Minimum green area (%)", "20"],
    ["Distance to the seaport (km)", "12.5"],
    ["Distance to Tân Sơn Nhất airport (km)", "30"],
    ["Distance to Long Thành airport (km)", "70"],
    ["Distance to the expressway (km)", "2"],
    ["Distance to Hồ Chí Minh City centre (km)", "32"],
  ];
  for (const [label, value] of figures) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel("Rent quoted").selectOption("term");
  await page.getByLabel("Discharge standard").selectOption("qcvn40-b");
  await page.getByRole("group", { name: "Suitable sectors" }).getByRole("checkbox").first().check();
  await page.getByLabel("Description (Vietnamese)").fill(`Lô kho vận thử nghiệm ${code}`);
  await page.getByLabel("Description (English)").fill(`A test logistics parcel ${code}`);
  await page.getByLabel("Notes (English)").fill("Near the ring road.");
  await page.getByLabel("Last verified on").fill("2026-01-15");
  await page.getByLabel("Sample data").check();
}

/** A copy of the first parcel on the site under a new code (its figures, texts and sectors), written to the database. */
export async function copyParcel(url: string, code: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = `"hubId", "landUse", "locationType", status, "areaM2", "rentUsdPerM2", "rentBasis",
      "managementFeeUsdPerM2Year", "landUseTermEndYear", "powerKva", "substationKv", "waterM3PerDay",
      "wastewaterM3PerDay", "dischargeStandard", "dischargeStandardVersion", "maxCoveragePct", "floorAreaRatio",
      "heightLimitM", "greenRatioPct", boundary, "centroidLat", "centroidLng", "distanceSeaportKm",
      "distanceTanSonNhatKm", "distanceLongThanhKm", "distanceExpresswayKm", "distanceHcmcCentreKm", "isSample",
      "lastVerifiedAt"`;
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: number; source: number }>(
      `WITH source AS (SELECT id, ${columns} FROM "Parcel" WHERE "archivedAt" IS NULL ORDER BY id LIMIT 1)
       INSERT INTO "Parcel" (code, ${columns}, "searchText", "updatedAt")
       SELECT $1::text, ${columns}, lower($1::text), now() FROM source
       RETURNING id, (SELECT id FROM source) AS source`,
      [code],
    );
    const copy = rows[0];
    if (!copy) throw new Error("no parcel to copy");
    await client.query(
      `INSERT INTO "ParcelTranslation" ("parcelId", locale, description, notes)
       SELECT $1, locale, description, notes FROM "ParcelTranslation" WHERE "parcelId" = $2`,
      [copy.id, copy.source],
    );
    await client.query(
      `INSERT INTO "ParcelSector" ("parcelId", "sectorId") SELECT $1, "sectorId" FROM "ParcelSector" WHERE "parcelId" = $2`,
      [copy.id, copy.source],
    );
    await client.query("COMMIT");
    return code;
  } finally {
    await client.end();
  }
}
