import { describe, expect, it } from "vitest";
import { COVERED_AREA, MAX_GEOMETRY_CHARS, readBoundary } from "./parcel-geometry";

// A parcel's boundary as staff paste or upload it.

/** A square about 110 m a side near Bến Lức, as a closed GeoJSON ring. */
const square = [
  [106.5, 10.65],
  [106.501, 10.65],
  [106.501, 10.651],
  [106.5, 10.651],
  [106.5, 10.65],
];
const polygon = { type: "Polygon", coordinates: [square] };

describe("readBoundary", () => {
  it("accepts a closed polygon inside the area, with its centroid and area", () => {
    const read = readBoundary(JSON.stringify(polygon));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.polygon).toEqual(polygon);
    expect(read.centroid).toEqual({ lat: 10.6505, lng: 106.5005 });
    // 0.001° × 0.001° at 10.65° N: about 110.6 m × 109.4 m.
    expect(read.areaM2).toBeGreaterThan(12_000);
    expect(read.areaM2).toBeLessThan(12_200);
  });

  it("unwraps a Feature and a FeatureCollection of one polygon feature", () => {
    const feature = { type: "Feature", properties: { code: "BL-A-01" }, geometry: polygon };
    for (const wrapped of [feature, { type: "FeatureCollection", features: [feature] }]) {
      const read = readBoundary(JSON.stringify(wrapped));
      expect(read.ok && read.polygon).toEqual(polygon);
    }
    // An object is read as well as its text.
    expect(readBoundary(feature).ok).toBe(true);
  });

  it("refuses a ring that is not closed", () => {
    const open = { type: "Polygon", coordinates: [square.slice(0, 4)] };
    expect(readBoundary(JSON.stringify(open))).toMatchObject({ ok: false, error: "invalid" });
  });

  it("refuses what is not JSON, and nothing at all", () => {
    expect(readBoundary("{ type: Polygon")).toEqual({ ok: false, error: "notJson" });
    expect(readBoundary("   ")).toEqual({ ok: false, error: "empty" });
    expect(readBoundary("")).toEqual({ ok: false, error: "empty" });
  });

  it("refuses a self-intersecting bow-tie", () => {
    const bowTie = {
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
    };
    expect(readBoundary(JSON.stringify(bowTie))).toEqual({ ok: false, error: "selfIntersects" });
  });

  it("refuses a boundary outside the portal's area, or with latitude and longitude swapped", () => {
    const hanoi = square.map(([lng, lat]) => [(lng as number) - 0.7, (lat as number) + 10.4]);
    expect(readBoundary(JSON.stringify({ type: "Polygon", coordinates: [hanoi] }))).toEqual({
      ok: false,
      error: "outsideArea",
    });
    const swapped = square.map(([lng, lat]) => [lat, lng]);
    expect(readBoundary(JSON.stringify({ type: "Polygon", coordinates: [swapped] }))).toMatchObject({ ok: false });
    expect(COVERED_AREA.west).toBeLessThan(106.5);
  });

  it("refuses what is not one polygon", () => {
    const point = { type: "Point", coordinates: [106.5, 10.65] };
    expect(readBoundary(JSON.stringify(point))).toEqual({ ok: false, error: "notPolygon" });
    const two = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: polygon },
        { type: "Feature", properties: {}, geometry: polygon },
      ],
    };
    expect(readBoundary(JSON.stringify(two))).toEqual({ ok: false, error: "notPolygon" });
  });

  it("refuses coordinates that are not numbers", () => {
    const texts = { type: "Polygon", coordinates: [square.map(([lng, lat]) => [String(lng), String(lat)])] };
    expect(readBoundary(JSON.stringify(texts))).toMatchObject({ ok: false, error: "invalid" });
  });

  it("refuses a text over the size limit before reading it", () => {
    const padded = `${JSON.stringify(polygon)}${" ".repeat(MAX_GEOMETRY_CHARS)}x`;
    expect(readBoundary(padded)).toEqual({ ok: false, error: "tooLarge" });
  });
});
