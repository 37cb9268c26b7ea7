import { check, HintError } from "@placemarkio/check-geojson";
import { kinks } from "@turf/kinks";

// A parcel's boundary as staff paste or upload it (GeoJSON, WGS84): checked
// by a maintained validator (structure, closed rings, numbers where numbers
// belong), then for self-intersection, then against the area the portal
// covers. A boundary is one Polygon; a Feature or a FeatureCollection of one
// polygon feature is unwrapped (what GIS tools export).

export type Position = [number, number];
export type ParcelPolygon = { type: "Polygon"; coordinates: Position[][] };

/** Why a boundary is refused: message keys of `Admin.parcels.geometryErrors`. */
export type GeometryError =
  | "empty"
  | "tooLarge"
  | "notJson"
  | "invalid"
  | "notPolygon"
  | "selfIntersects"
  | "outsideArea"
  | "tooManyPoints";

export type GeometryResult =
  | { ok: true; polygon: ParcelPolygon; centroid: { lat: number; lng: number }; areaM2: number }
  | { ok: false; error: GeometryError; detail?: string };

/** The former Long An province and its surroundings, with a margin: a boundary elsewhere is a mistake. */
export const COVERED_AREA = { west: 105.4, south: 10.2, east: 107.2, north: 11.9 } as const;
export const MAX_GEOMETRY_CHARS = 200_000;
export const MAX_POLYGON_POINTS = 2_000;

const M_PER_DEG_LAT = 110_574;
const mPerDegLng = (lat: number) => 111_320 * Math.cos((lat * Math.PI) / 180);

/** Reads a pasted or uploaded boundary (text or an already parsed object) and checks it. */
export function readBoundary(input: string | unknown): GeometryResult {
  const text = typeof input === "string" ? input.trim() : JSON.stringify(input ?? "");
  if (!text || text === '""') return { ok: false, error: "empty" };
  if (text.length > MAX_GEOMETRY_CHARS) return { ok: false, error: "tooLarge" };
  try {
    JSON.parse(text);
  } catch {
    return { ok: false, error: "notJson" };
  }
  let geojson: unknown;
  try {
    geojson = check(text);
  } catch (error) {
    const detail = error instanceof HintError ? error.issues.map((issue) => issue.message).join(" ") : undefined;
    return { ok: false, error: "invalid", detail };
  }
  const polygon = polygonOf(geojson);
  if (!polygon) return { ok: false, error: "notPolygon" };
  const points = polygon.coordinates.reduce((n, ring) => n + ring.length, 0);
  if (points > MAX_POLYGON_POINTS) return { ok: false, error: "tooManyPoints" };
  const rounded: ParcelPolygon = {
    type: "Polygon",
    coordinates: polygon.coordinates.map((ring) => ring.map(([lng, lat]) => [round6(lng), round6(lat)] as Position)),
  };
  if (kinks(rounded).features.length > 0) return { ok: false, error: "selfIntersects" };
  const inside = rounded.coordinates.every((ring) =>
    ring.every(
      ([lng, lat]) =>
        lng >= COVERED_AREA.west && lng <= COVERED_AREA.east && lat >= COVERED_AREA.south && lat <= COVERED_AREA.north,
    ),
  );
  if (!inside) return { ok: false, error: "outsideArea" };
  const outer = rounded.coordinates[0] as Position[];
  const centre = ringCentroid(outer);
  const areaM2 = Math.round(
    Math.max(
      0,
      ringArea(outer, centre.lat) - rounded.coordinates.slice(1).reduce((a, r) => a + ringArea(r, centre.lat), 0),
    ),
  );
  return { ok: true, polygon: rounded, centroid: { lat: round6(centre.lat), lng: round6(centre.lng) }, areaM2 };
}

function polygonOf(geojson: unknown): { coordinates: Position[][] } | null {
  const value = geojson as { type?: string; geometry?: unknown; features?: unknown[]; coordinates?: Position[][] };
  if (value?.type === "Polygon" && Array.isArray(value.coordinates)) return { coordinates: value.coordinates };
  if (value?.type === "Feature") return polygonOf(value.geometry);
  if (value?.type === "FeatureCollection" && value.features?.length === 1) return polygonOf(value.features[0]);
  return null;
}

/** Signed area (shoelace) in square metres, equirectangular at the parcel's latitude: exact enough for a parcel. */
function ringArea(ring: Position[], lat: number): number {
  const [x0, y0] = ring[0] as Position;
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  }
  return Math.abs(sum / 2) * M_PER_DEG_LAT * mPerDegLng(lat);
}

/**
 * The area-weighted centroid of a ring (falls back to the mean of its points
 * for a degenerate ring). Computed from the first point: products of whole
 * coordinates (≈ 106 × 10) would cancel away the digits a parcel's size is in.
 */
function ringCentroid(ring: Position[]): { lat: number; lng: number } {
  const [x0, y0] = ring[0] as Position;
  let twiceArea = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    const cross = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    twiceArea += cross;
    x += (x1 - x0 + x2 - x0) * cross;
    y += (y1 - y0 + y2 - y0) * cross;
  }
  if (Math.abs(twiceArea) < 1e-18) {
    const points = ring.slice(0, -1);
    return {
      lng: points.reduce((a, p) => a + p[0], 0) / points.length,
      lat: points.reduce((a, p) => a + p[1], 0) / points.length,
    };
  }
  return { lng: x0 + x / (3 * twiceArea), lat: y0 + y / (3 * twiceArea) };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
