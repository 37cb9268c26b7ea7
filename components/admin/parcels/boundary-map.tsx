import { boundsOf, outerRing, projection } from "@/lib/map-projection";

/**
 * A parcel's boundary drawn as SVG on its hub's outline, with the projection
 * of the public map (lib/map-projection.ts): no tiles, no script, the same
 * markup whether the server or the browser renders it.
 */
export function BoundaryMap({
  polygon,
  outline,
  title,
  description,
}: {
  polygon: unknown;
  /** The hub's outline (a GeoJSON Polygon), drawn dashed when known. */
  outline?: unknown;
  title: string;
  /** What the map shows, in words (area, centre). */
  description: string;
}) {
  const ring = outerRing(polygon);
  const hub = outerRing(outline);
  const parcel = boundsOf([ring]);
  if (!parcel) return null;
  // The parcel at a readable size, with its surroundings: the hub's outline shows where it lies.
  const margin = Math.max(parcel.east - parcel.west, parcel.north - parcel.south) * 0.75;
  const bounds = {
    west: parcel.west - margin,
    east: parcel.east + margin,
    south: parcel.south - margin,
    north: parcel.north + margin,
  };
  const p = projection(bounds, 600);
  return (
    <figure className="max-w-xl rounded-lg border border-brand-100 bg-brand-50 p-2">
      <svg
        viewBox={`0 0 ${p.width} ${p.height}`}
        role="img"
        aria-labelledby="boundary-map-title boundary-map-desc"
        className="h-auto max-h-96 w-full"
      >
        <title id="boundary-map-title">{title}</title>
        <desc id="boundary-map-desc">{description}</desc>
        <rect width={p.width} height={p.height} fill="#eef4f8" />
        {hub.length > 0 ? (
          <polygon points={p.points(hub)} fill="#ffffff" stroke="#0a2e4a" strokeWidth="2" strokeDasharray="8 4" />
        ) : null}
        <polygon points={p.points(ring)} fill="#1d6fa5" fillOpacity="0.75" stroke="#f5c242" strokeWidth="4" />
      </svg>
      <figcaption className="px-1 pt-2 text-sm text-brand-900">{description}</figcaption>
    </figure>
  );
}
