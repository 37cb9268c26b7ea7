import { expect, test } from "@playwright/test";
import fc from "fast-check";

test.describe("open data API", () => {
  test("GET /api/parcels pages the catalogue with documented fields and units", async ({ request }) => {
    const response = await request.get("/api/parcels?hub=can-giuoc&pageSize=5&locale=en");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.meta).toMatchObject({ page: 1, pageSize: 5, locale: "en" });
    expect(body.data).toHaveLength(5);
    expect(Object.keys(body.data[0])).toEqual(
      expect.arrayContaining([
        "code",
        "hub",
        "areaM2",
        "areaHa",
        "rentUsdPerM2",
        "rentBasis",
        "powerKva",
        "lastVerifiedOn",
        "isSample",
        "locationType",
        "dischargeStandard",
        "dischargeStandardVersion",
      ]),
    );
    // The sample parcels lie in industrial parks; discharge figures against QCVN 40:2025.
    expect(body.data[0]).toMatchObject({ locationType: "industrial-park", dischargeStandardVersion: 2025 });
    expect(body.data.every((p: { hub: string }) => p.hub === "can-giuoc")).toBe(true);
    expect(body.links.next).toContain("page=2");
  });

  test("answers bad values with localized notices, never an error", async ({ request }) => {
    const body = await (await request.get("/api/parcels?areaMin=-1&locale=vi")).json();
    expect(body.notices).toEqual([
      { field: "areaMin", code: "invalid", message: "Giá trị của “areaMin” không hợp lệ nên đã được bỏ qua." },
    ]);
  });

  test("never fails, whatever the query (1,000 generated queries)", async ({ request }) => {
    test.setTimeout(180_000);
    const names = [
      "q",
      "hub",
      "use",
      "status",
      "areaMin",
      "areaMax",
      "areaUnit",
      "rentMax",
      "rentBasis",
      "powerMin",
      "waterMin",
      "wastewaterMin",
      "sector",
      "sort",
      "page",
      "pageSize",
      "locale",
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.integer({ min: -5, max: 1e7 }).map(String),
      fc.double({ min: 0, max: 1e5, noNaN: true }).map(String),
      fc.constantFrom("ben-luc", "all", "ha", "1e308", "NaN", "%", "'", "\u0000", "x".repeat(5_000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 6 }), async (params) => {
        const response = await request.get(`/api/parcels?${new URLSearchParams(params)}`);
        expect(response.status()).toBe(200);
        const body = await response.json();
        expect(Array.isArray(body.data)).toBe(true);
        expect(body.data.length).toBeLessThanOrEqual(body.meta.pageSize);
      }),
      { numRuns: 1_000 },
    );
  });
});
