// Small geometry helpers for seed and benchmark data (WGS84, equirectangular
// approximation: accurate enough at the scale of an industrial park).

export type LngLat = [number, number];
export type Polygon = { type: "Polygon"; coordinates: LngLat[][] };

const M_PER_DEG_LAT = 110_574;
const mPerDegLng = (lat: number) => 111_320 * Math.cos((lat * Math.PI) / 180);

export function rectangle(west: number, south: number, east: number, north: number): Polygon {
  const ring: LngLat[] = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return { type: "Polygon", coordinates: [ring.map(([x, y]) => [round6(x), round6(y)])] };
}

export function rectangleAreaM2(west: number, south: number, east: number, north: number): number {
  const lat = (south + north) / 2;
  return Math.round((north - south) * M_PER_DEG_LAT * (east - west) * mPerDegLng(lat));
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Deterministic pseudo-random numbers (mulberry32), so re-running a seed gives the same data. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (min: number, max: number) => min + next() * (max - min),
    int: (min: number, max: number) => Math.floor(min + next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted: <T>(items: readonly [T, number][]): T => {
      let roll = next() * items.reduce((sum, [, w]) => sum + w, 0);
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll <= 0) return item;
      }
      return items[items.length - 1]?.[0] as T;
    },
  };
}
