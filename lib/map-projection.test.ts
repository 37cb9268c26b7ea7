import { describe, expect, it } from "vitest";
import { boundsOf, outerRing, projection } from "./map-projection";

const square = {
  type: "Polygon",
  coordinates: [
    [
      [106.0, 10.0],
      [106.01, 10.0],
      [106.01, 10.01],
      [106.0, 10.01],
      [106.0, 10.0],
    ],
  ],
};

describe("map projection", () => {
  it("reads the outer ring of a GeoJSON polygon and rejects anything else", () => {
    expect(outerRing(square)).toHaveLength(5);
    expect(outerRing({ type: "Point", coordinates: [1, 2] })).toEqual([]);
    expect(outerRing(null)).toEqual([]);
    expect(outerRing({ type: "Polygon", coordinates: [[["x", 1]]] })).toEqual([]);
  });

  it("fits the bounds into the canvas, north up, keeping proportions", () => {
    const ring = outerRing(square);
    const bounds = boundsOf([ring]);
    expect(bounds).toEqual({ west: 106, east: 106.01, south: 10, north: 10.01 });
    const p = projection(bounds as NonNullable<typeof bounds>, 200, 0);
    expect(p.point([106, 10.01])).toEqual([0, 0]);
    expect(p.point([106.01, 10.01])[0]).toBeCloseTo(200, 0);
    // One degree of longitude is cos(10°) ≈ 0.985 of a degree of latitude here.
    expect(p.height).toBe(Math.round(200 / Math.cos((10.005 * Math.PI) / 180)));
    expect(p.point([106, 10])[1]).toBeCloseTo(p.height, 0);
  });

  it("has no bounds for no geometry", () => {
    expect(boundsOf([])).toBeNull();
  });
});
