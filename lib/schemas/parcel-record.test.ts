import { describe, expect, it } from "vitest";
import { parcelFormFields } from "@/tests/fixtures/parcels";
import { parcelFieldsSchema, parcelFormSchema, parcelStatusSchema, zoneToday } from "./parcel-record";

// One parcel as staff write it (the back-office form and the import).

const ring = [
  [106.5, 10.65],
  [106.501, 10.65],
  [106.501, 10.651],
  [106.5, 10.651],
  [106.5, 10.65],
];

/** Every field as the Vietnamese form posts it. */
const form = (overrides: Record<string, string | string[]> = {}) => ({
  ...parcelFormFields({ code: "bl-z-01", sectors: ["logistics", "electronics"] }),
  "description.vi": "Lô đất gần cảng",
  "description.en": "A parcel near the port",
  geometry: JSON.stringify({ type: "Polygon", coordinates: [ring] }),
  ...overrides,
});

/** The first issue of each field, as the back office's actions report it. */
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return errors;
};

describe("parcelFormSchema", () => {
  it("reads a whole form: code upper-cased, numbers in the form's language, sectors sorted", () => {
    const parsed = parcelFormSchema("vi").parse(form());
    expect(parsed.fields).toMatchObject({
      code: "BL-Z-01",
      rentUsdPerM2: 150.5,
      managementFeeUsdPerM2PerYear: 0.6,
      floorAreaRatio: 1.5,
      distanceSeaportKm: 12.5,
      sectors: ["electronics", "logistics"],
      isSample: false,
    });
    expect(parsed.texts.vi).toEqual({ description: "Lô đất gần cảng", notes: "" });
    expect(parsed.boundary?.polygon.coordinates[0]).toEqual(ring);
    expect(parsed.version).toBeUndefined();
  });

  it('reads "1,5" and "1.5" as one and a half on the Vietnamese form; "1,500" is fifteen hundred in English', () => {
    expect(parcelFormSchema("vi").parse(form({ floorAreaRatio: "1.5" })).fields.floorAreaRatio).toBe(1.5);
    expect(parcelFormSchema("vi").parse(form({ floorAreaRatio: "1,5" })).fields.floorAreaRatio).toBe(1.5);
    expect(parcelFormSchema("en").parse(form({ floorAreaRatio: "1.5", rentUsdPerM2: "150.5" })).fields).toMatchObject({
      floorAreaRatio: 1.5,
      rentUsdPerM2: 150.5,
    });
    expect(parcelFormSchema("en").parse(form({ areaM2: "1,500", rentUsdPerM2: "1" })).fields.areaM2).toBe(1500);
    expect(parcelFormSchema("vi").parse(form({ areaM2: "1.500" })).fields.areaM2).toBe(1500);
  });

  it("refuses numbers out of range, with too many decimals, or not numbers", () => {
    const result = parcelFormSchema("vi").safeParse(
      form({
        maxBuildingCoveragePct: "120",
        areaM2: "12000,5",
        rentUsdPerM2: "1,234",
        powerKva: "nhiều",
        heightLimitM: "",
      }),
    );
    expect(errorsOf(result)).toEqual({
      maxBuildingCoveragePct: "numberRange",
      areaM2: "wholeNumber",
      rentUsdPerM2: "tooManyDecimals",
      powerKva: "numberRange",
      heightLimitM: "required",
    });
  });

  it("normalises and checks the code", () => {
    expect(parcelFormSchema("vi").parse(form({ code: "  cg-b-02 " })).fields.code).toBe("CG-B-02");
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ code: "BL A 01" })))).toEqual({ code: "parcelCode" });
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ code: "X".repeat(21) })))).toEqual({ code: "parcelCode" });
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ code: "" })))).toEqual({ code: "required" });
  });

  it("refuses a verification date later than today (in the zone), or one that does not exist", () => {
    const tomorrow = new Date(Date.parse(`${zoneToday()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ lastVerifiedOn: tomorrow })))).toEqual({
      lastVerifiedOn: "dateInFuture",
    });
    expect(parcelFormSchema("vi").parse(form({ lastVerifiedOn: zoneToday() })).fields.lastVerifiedOn).toBe(zoneToday());
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ lastVerifiedOn: "2026-02-30" })))).toEqual({
      lastVerifiedOn: "dateInvalid",
    });
  });

  it("reads the sectors as check boxes post them or as a list in one text, and refuses a malformed one", () => {
    const list = (sectors: string | string[]) => parcelFormSchema("vi").parse(form({ sectors })).fields.sectors;
    expect(list("logistics; electronics, logistics")).toEqual(["electronics", "logistics"]);
    expect(list(["logistics"])).toEqual(["logistics"]);
    expect(list("")).toEqual([]);
    const { sectors: _none, ...withoutSectors } = form();
    expect(parcelFormSchema("vi").parse(withoutSectors).fields.sectors).toEqual([]);
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ sectors: "Điện tử" })))).toEqual({
      sectors: "sectorUnknown",
    });
  });

  it("gives the boundary's refusal as the geometry field's message key, and keeps an empty boundary as none", () => {
    const bowTie = JSON.stringify({
      type: "Polygon",
      coordinates: [
        [
          [106.5, 10.65],
          [106.501, 10.651],
          [106.501, 10.65],
          [106.5, 10.651],
          [106.5, 10.65],
        ],
      ],
    });
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ geometry: bowTie })))).toEqual({
      geometry: "geometrySelfIntersects",
    });
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ geometry: "not json" })))).toEqual({
      geometry: "geometryNotJson",
    });
    expect(parcelFormSchema("vi").parse(form({ geometry: "" })).boundary).toBeUndefined();
  });

  it("requires both descriptions and reads the sample flag as a check box posts it", () => {
    expect(errorsOf(parcelFormSchema("vi").safeParse(form({ "description.en": " " })))).toEqual({
      "description.en": "required",
    });
    expect(parcelFormSchema("vi").parse(form({ isSample: "on" })).fields.isSample).toBe(true);
  });
});

describe("parcelFieldsSchema and parcelStatusSchema", () => {
  it("refuse an unknown land use, status or hub", () => {
    const { geometry: _g, "description.vi": _v, "description.en": _e, ...fields } = form();
    const result = parcelFieldsSchema("en").safeParse({ ...fields, landUse: "casino", status: "sold", hub: "Bến Lức" });
    expect(errorsOf(result)).toEqual({ landUse: "invalid", status: "invalid", hub: "hubUnknown" });
  });

  it("requires a reason for a status change", () => {
    expect(
      errorsOf(parcelStatusSchema.safeParse({ code: "bl-a-01", version: "3", status: "leased", reason: "  " })),
    ).toEqual({ reason: "required" });
    expect(parcelStatusSchema.parse({ code: "bl-a-01", version: "3", status: "leased", reason: "Signed" })).toEqual({
      code: "BL-A-01",
      version: 3,
      status: "leased",
      reason: "Signed",
    });
  });
});
