import { getFormatter, getTranslations } from "next-intl/server";
import { boundsOf, type LngLat, outerRing, projection } from "@/lib/map-projection";
import { M2_PER_HECTARE, parcelStatusSlugs } from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { ParcelShape } from "@/server/parcels/list-parcel-shapes";
import { type MapPanel, MapPanels } from "./map-panels";

type Props = {
  locale: string;
  hubs: HubSummary[];
  shapes: ParcelShape[];
  /** Draw this parcel highlighted (detail page inset). */
  highlight?: string;
  /** Show parcel codes on the map (readable when parcels are few). */
  labels?: boolean;
};

/**
 * A ring as an SVG path in whole canvas units (a 600-wide canvas needs no
 * finer): horizontal and vertical edges, most of a parcel's, as H and V.
 */
function pathOf(ring: LngLat[], point: (p: LngLat) => [number, number]): string {
  const points = ring.map((q) => point(q).map(Math.round) as [number, number]);
  const [first] = points;
  if (!first) return "";
  let d = `M${first[0]} ${first[1]}`;
  let [x, y] = first;
  for (const [px, py] of points.slice(1)) {
    if (px === x && py === y) continue;
    d += py === y ? `H${px}` : px === x ? `V${py}` : `L${px} ${py}`;
    [x, y] = [px, py];
  }
  return `${d}Z`;
}

/**
 * Server-rendered SVG of hub outlines and parcels coloured by status, one panel
 * per hub. Every parcel is a link with an accessible name; no tiles. The
 * drawing is worked out here and handed to MapPanels as plain figures, so the
 * page's data carries each parcel once, not the whole SVG a second time.
 */
export async function ParcelMap({ locale, hubs, shapes, highlight, labels = true }: Props) {
  const [t, ts, format] = await Promise.all([getTranslations("Land.map"), getTranslations("Parcels"), getFormatter()]);
  const panels: MapPanel[] = hubs.flatMap((hub) => {
    const rings = shapes.filter((s) => s.hubId === hub.id).map((shape) => ({ shape, ring: outerRing(shape.boundary) }));
    if (rings.length === 0) return [];
    const outline = outerRing(hub.boundary);
    const bounds = boundsOf([outline, ...rings.map((r) => r.ring)]);
    if (!bounds) return [];
    const p = projection(bounds, 600);
    return [
      {
        id: `map-${hub.slug}${highlight ? "-inset" : ""}`,
        title: t("hubMap", { hub: hub.name }),
        caption: hub.name,
        size: [p.width, p.height],
        outline: outline.length > 0 ? pathOf(outline, p.point) : "",
        parcels: rings.map(({ shape, ring }) => {
          const [cx, cy] = p.point([
            ring.reduce((sum, q) => sum + q[0], 0) / ring.length,
            ring.reduce((sum, q) => sum + q[1], 0) / ring.length,
          ]);
          const area = format.number(shape.areaM2 / M2_PER_HECTARE, { maximumFractionDigits: 2 });
          return [
            shape.code,
            parcelStatusSlugs.indexOf(shape.status),
            pathOf(ring, p.point),
            Math.round(cx),
            Math.round(cy),
            area,
          ] as const;
        }),
      },
    ];
  });

  return (
    <MapPanels
      panels={panels}
      detailPath={localePath(locale, "/land/")}
      highlight={highlight}
      labels={labels}
      name={t("parcel", { code: "{code}", status: "{status}", area: ts("units.ha", { value: "{area}" }) })}
      legend={{
        heading: t("legend"),
        statuses: parcelStatusSlugs.map((status) => [status, ts(`status.${status}`)]),
        outline: t("outline"),
      }}
    />
  );
}
