// The catalogue is served from cache (docs/decisions/019-cacheable-catalogue.md):
// public answers say a shared cache may keep them briefly and carry nothing
// personal; the back office and anything asked with a cookie are never kept;
// a search lives at its canonical URL; the default list stays within its
// byte budget; and a parcel change shows on the cached pages once revalidated.
import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { e2eDatabaseUrl } from "./staff-login";

// The e2e server runs with the default PUBLIC_CACHE_SECONDS.
const PUBLIC = "public, s-maxage=30, stale-while-revalidate=30";
/**
 * Half of the default list's HTML before it was made cacheable and lighter
 * (166 KB), with the sample catalogue. Every further available parcel is drawn
 * on the list's map (its outline, its label and its record for the map's
 * script, ≈ 400 bytes): other tests add parcels of their own while this one
 * runs, so each of those may add this much.
 */
const HTML_BUDGET_BYTES = 83_000;
const BYTES_PER_ADDED_PARCEL = 700;
/** The seed's parcel codes (prisma/seed/parcels.ts). */
const SEEDED_CODE = "^(BL|CG)-[A-Z]-[0-9]{2}$";

const publicAnswers = [
  "/vi/land",
  "/en/land",
  "/vi/land?hub=ben-luc&sort=area-desc",
  "/en/land?areaMin=-5",
  "/vi/land?q=c%E1%BA%A3ng&compare=BL-A-01%2CCG-B-02",
  "/vi/land/BL-A-01",
  "/en/land/compare?codes=BL-A-01,CG-B-02",
  "/api/parcels?locale=en&hub=ben-luc",
  "/api/parcels.csv?locale=vi",
];

test.describe("public catalogue answers", () => {
  for (const path of publicAnswers) {
    test(`${path} may be kept by a shared cache, varies only on what changes it, sets no cookie`, async ({
      request,
    }) => {
      // A client navigation's request too (Next.js first sends it to the same URL with its `_rsc` marker).
      for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
        const response = await request.get(path, { headers, maxRedirects: headers.RSC ? 1 : 0 });
        expect(response.status()).toBe(200);
        const answer = response.headers();
        expect(answer["cache-control"]).toBe(PUBLIC);
        expect(answer["set-cookie"]).toBeUndefined();
        const vary = (answer.vary ?? "").toLowerCase().split(/,\s*/);
        expect(vary).toEqual(expect.arrayContaining(["rsc", "accept-encoding"]));
        expect(vary).not.toContain("cookie");
        if (path.startsWith("/api/")) break;
      }
    });
  }

  test("a request with a cookie (a staff session) is answered private and never stored", async ({ request }) => {
    for (const path of [
      "/vi/land",
      "/vi/land?hub=ben-luc",
      "/vi/land/BL-A-01",
      "/en/land/compare?codes=BL-A-01,CG-B-02",
      "/api/parcels",
    ]) {
      const response = await request.get(path, { headers: { Cookie: "portal-staff=not-a-session" } });
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toBe("private, no-store");
    }
  });

  test("the back office is private and never stored", async ({ request }) => {
    const response = await request.get("/vi/admin/sign-in");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("private, no-store");
  });
});

test.describe("searches of the catalogue", () => {
  test("a search as the form sends it moves to its canonical URL", async ({ request }) => {
    const response = await request.get(
      "/vi/land?q=&hub=ben-luc&use=&status=available&areaMin=1%2C5&areaMax=&areaUnit=ha&sort=verified",
      { maxRedirects: 0 },
    );
    expect(response.status()).toBe(307);
    expect(
      new URL(response.headers().location ?? "", "http://x").pathname +
        new URL(response.headers().location ?? "", "http://x").search,
    ).toBe("/vi/land?hub=ben-luc&areaMin=1.5&areaUnit=ha");
    // The canonical URL itself is served, not moved again.
    expect((await request.get("/vi/land?hub=ben-luc&areaMin=1.5&areaUnit=ha", { maxRedirects: 0 })).status()).toBe(200);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the language links of a cached search keep its query, twice in a row", async ({ page }) => {
      for (let visit = 0; visit < 2; visit++) {
        await page.goto("/en/land?hub=can-giuoc&sort=area-asc&compare=CG-A-01");
        await expect(
          page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Tiếng Việt" }),
        ).toHaveAttribute("href", "/vi/land?hub=can-giuoc&sort=area-asc&compare=CG-A-01");
      }
      await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Tiếng Việt" }).click();
      await expect(page).toHaveURL(/\/vi\/land\?hub=can-giuoc&sort=area-asc&compare=CG-A-01$/);
      await expect(page.getByLabel("Khu vực", { exact: true })).toHaveValue("can-giuoc");
      await expect(page.getByRole("region", { name: "So sánh" })).toContainText("CG-A-01");
    });

    test("a search with ignored values says so however often it is asked", async ({ page }) => {
      for (let visit = 0; visit < 2; visit++) {
        await page.goto("/en/land?hub=ben-luc&powerMin=abc");
        await expect(page.getByRole("status").filter({ hasText: "Some criteria were not applied" })).toContainText(
          "The value of “Power (kVA)” is not valid, so it was ignored.",
        );
        await expect(page.getByLabel("Hub")).toHaveValue("ben-luc");
      }
    });
  });
});

test("the default list's HTML stays within its budget", async ({ request }) => {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  // Available parcels other tests added (the default list's map draws them all).
  const added = async () => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Parcel"
        WHERE status = 'AVAILABLE' AND "archivedAt" IS NULL AND code !~ $1`,
      [SEEDED_CODE],
    );
    return rows[0]?.n ?? 0;
  };
  try {
    for (const path of ["/vi/land", "/en/land"]) {
      const before = await added();
      const body = await (await request.get(path)).body();
      const budget = HTML_BUDGET_BYTES + BYTES_PER_ADDED_PARCEL * Math.max(before, await added());
      expect(body.byteLength, path).toBeLessThanOrEqual(budget);
      // Still the whole list: twenty cards, the map and the filters.
      const html = body.toString("utf8");
      const cards = /<ul class="parcel-cards">(.*?)<\/ul>/s.exec(html)?.[1] ?? "";
      expect(cards.match(/<li>/g)?.length, path).toBe(20);
      expect(html).toContain('role="group"');
      expect(html).toContain('id="filters-heading"');
    }
  } finally {
    await client.end();
  }
});

test.describe("a parcel change on the cached pages", () => {
  let client: pg.Client;
  let code: string;
  let area: number;

  test.beforeAll(async ({ browserName: _ }, testInfo) => {
    client = new pg.Client({ connectionString: e2eDatabaseUrl() });
    await client.connect();
    const project = testInfo.project.name === "phone" ? 2 : 1;
    code = `E2E-CACHE-${project}`;
    // An area no other parcel has: the search below finds this parcel alone.
    area = 88_880 + project;
    await client.query(`DELETE FROM "Parcel" WHERE code = $1`, [code]);
    await client.query(
      `INSERT INTO "Parcel" (code, "hubId", "landUse", status, "areaM2", "rentUsdPerM2", "rentBasis",
        "managementFeeUsdPerM2Year", "landUseTermEndYear", "powerKva", "substationKv", "waterM3PerDay",
        "wastewaterM3PerDay", "dischargeStandard", "maxCoveragePct", "floorAreaRatio", "heightLimitM",
        "greenRatioPct", boundary, "centroidLat", "centroidLng", "distanceSeaportKm", "distanceTanSonNhatKm",
        "distanceLongThanhKm", "distanceExpresswayKm", "distanceHcmcCentreKm", "lastVerifiedAt", "searchText", "updatedAt")
       SELECT $1, h.id, 'INDUSTRIAL', 'UNDER_PREPARATION', $2, 150, 'TERM', 0.6, 2068, 1000, 22, 100, 80,
        'QCVN40_A', 60, 1.5, 30, 20, $3::jsonb, 10.6025, 106.4025, 12.5, 35, 60, 2, 30, '2026-06-01', $4, now()
       FROM "Hub" h WHERE h.slug = 'ben-luc'`,
      [
        code,
        area,
        JSON.stringify({
          type: "Polygon",
          coordinates: [
            [
              [106.4, 10.6],
              [106.405, 10.6],
              [106.405, 10.605],
              [106.4, 10.605],
              [106.4, 10.6],
            ],
          ],
        }),
        code.toLowerCase(),
      ],
    );
    await client.query(
      `INSERT INTO "ParcelTranslation" ("parcelId", locale, description)
       SELECT id, 'vi', 'Lô thử bộ nhớ đệm' FROM "Parcel" WHERE code = $1`,
      [code],
    );
  });

  test.afterAll(async () => {
    await client.query(`DELETE FROM "Parcel" WHERE code = $1`, [code]);
    await client.end();
  });

  /** Asks the app to refresh what shows parcels, as the write module does (server/revalidate.ts). */
  async function revalidate(request: import("@playwright/test").APIRequestContext) {
    await client.query(
      `INSERT INTO "AppSecret" (name, value) VALUES ('revalidate', $1) ON CONFLICT (name) DO NOTHING`,
      [Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url")],
    );
    const { rows } = await client.query(`SELECT value FROM "AppSecret" WHERE name = 'revalidate'`);
    const body = JSON.stringify({ tags: ["parcels", `parcel:${code}`], at: Date.now() });
    const signature = createHmac("sha256", Buffer.from(rows[0].value, "base64url")).update(body).digest("base64url");
    const response = await request.post("/api/internal/revalidate", {
      data: body,
      headers: { "content-type": "application/json", "x-portal-signature": signature },
    });
    expect(response.status()).toBe(204);
  }

  test("shows on the cached search and parcel page after revalidation, and not before", async ({ page, request }) => {
    const search = `/en/land?status=all&areaMin=${area}&areaMax=${area}`;
    const card = () => page.locator("#results-list").getByRole("listitem").filter({ hasText: code });
    await revalidate(request);
    await page.goto(search);
    await expect(card()).toContainText("Under preparation");
    await page.goto(`/en/land/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Parcel ${code}`);

    // Changed behind the app's back: the cached pages still show what they showed.
    await client.query(`UPDATE "Parcel" SET status = 'RESERVED', version = version + 1 WHERE code = $1`, [code]);
    await page.goto(search);
    await expect(card()).toContainText("Under preparation");

    await revalidate(request);
    await expect(async () => {
      await page.goto(search);
      await expect(card()).toContainText("Reserved", { timeout: 1_000 });
    }).toPass();
    await expect(async () => {
      await page.goto(`/en/land/${code}`);
      await expect(page.getByText("Reserved", { exact: true }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass();
  });
});
