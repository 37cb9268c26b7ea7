// Projects WGS84 polygons onto an SVG canvas (equirectangular, scaled by the
// cosine of the latitude: faithful at the scale of a hub).

export type LngLat = [number, number];
export type Bounds = { west: number; south: number; east: number; north: number };

/** The outer ring of a GeoJSON Polygon, or an empty list for anything else. */
export function outerRing(geometry: unknown): LngLat[] {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (g?.type !== "Polygon" || !Array.isArray(g.coordinates) || !Array.isArray(g.coordinates[0])) return [];
  return (g.coordinates[0] as unknown[]).filter(
    (p): p is LngLat => Array.isArray(p) && typeof p[0] === "number" && typeof p[1] === "number",
  );
}

export function boundsOf(rings: LngLat[][]): Bounds | null {
  const points = rings.flat();
  if (points.length === 0) return null;
  return {
    west: Math.min(...points.map((p) => p[0])),
    east: Math.max(...points.map((p) => p[0])),
    south: Math.min(...points.map((p) => p[1])),
    north: Math.max(...points.map((p) => p[1])),
  };
}

/** A projection of `bounds` into a canvas `width` wide (plus padding), keeping proportions. */
export function projection(bounds: Bounds, width = 600, padding = 12) {
  const midLat = ((bounds.south + bounds.north) / 2) * (Math.PI / 180);
  const spanX = Math.max((bounds.east - bounds.west) * Math.cos(midLat), 1e-9);
  const spanY = Math.max(bounds.north - bounds.south, 1e-9);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const point = ([lng, lat]: LngLat): [number, number] => [
    round((lng - bounds.west) * Math.cos(midLat) * scale + padding),
    round((bounds.north - lat) * scale + padding),
  ];
  return {
    width,
    height,
    point,
    points: (ring: LngLat[]) => ring.map((p) => point(p).join(",")).join(" "),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
