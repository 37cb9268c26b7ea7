import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { boundsOf, outerRing, projection } from "@/lib/map-projection";
import { M2_PER_HECTARE, parcelStatusSlugs } from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { ParcelShape } from "@/server/parcels/list-parcel-shapes";
import { statusFill } from "./status-colors";

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
 * Server-rendered SVG of hub outlines and parcels coloured by status, one panel
 * per hub. Every parcel is a link with an accessible name; no tiles, no script.
 */
export async function ParcelMap({ locale, hubs, shapes, highlight, labels = true }: Props) {
  const [t, ts, format] = await Promise.all([getTranslations("Land.map"), getTranslations("Parcels"), getFormatter()]);
  const panels = hubs
    .map((hub) => ({ hub, shapes: shapes.filter((s) => s.hubId === hub.id) }))
    .filter((panel) => panel.shapes.length > 0);

  return (
    <div className="space-y-4">
      <div className={`grid gap-4 ${panels.length > 1 ? "lg:grid-cols-2" : ""}`}>
        {panels.map(({ hub, shapes: hubShapes }) => {
          const outline = outerRing(hub.boundary);
          const rings = hubShapes.map((s) => ({ shape: s, ring: outerRing(s.boundary) }));
          const bounds = boundsOf([outline, ...rings.map((r) => r.ring)]);
          if (!bounds) return null;
          const p = projection(bounds, 600);
          const titleId = `map-${hub.slug}${highlight ? "-inset" : ""}`;
          return (
            <figure key={hub.slug} className="rounded-lg border border-brand-100 bg-brand-50 p-2">
              <svg
                viewBox={`0 0 ${p.width} ${p.height}`}
                role="group"
                aria-labelledby={titleId}
                className="h-auto w-full"
              >
                <title id={titleId}>{t("hubMap", { hub: hub.name })}</title>
                {outline.length > 0 ? (
                  <polygon
                    points={p.points(outline)}
                    fill="#ffffff"
                    stroke="#0a2e4a"
                    strokeWidth="2"
                    strokeDasharray="8 4"
                  />
                ) : null}
                {rings.map(({ shape, ring }) => {
                  const [cx, cy] = p.point([
                    ring.reduce((sum, q) => sum + q[0], 0) / ring.length,
                    ring.reduce((sum, q) => sum + q[1], 0) / ring.length,
                  ]);
                  const selected = shape.code === highlight;
                  const name = t("parcel", {
                    code: shape.code,
                    status: ts(`status.${shape.status}`),
                    area: ts("units.ha", {
                      value: format.number(shape.areaM2 / M2_PER_HECTARE, { maximumFractionDigits: 2 }),
                    }),
                  });
                  return (
                    <Link
                      key={shape.code}
                      href={localePath(locale, `/land/${shape.code}`)}
                      aria-label={name}
                      aria-current={selected ? "true" : undefined}
                      className="parcel-link"
                    >
                      <polygon
                        points={p.points(ring)}
                        fill={statusFill[shape.status]}
                        fillOpacity={highlight && !selected ? 0.35 : 0.9}
                        stroke={selected ? "#f5c242" : "#ffffff"}
                        strokeWidth={selected ? 6 : 1.5}
                      />
                      {labels ? (
                        <text
                          x={cx}
                          y={cy}
                          textAnchor="middle"
                          dominantBaseline="middle"
                          fontSize="13"
                          fontWeight="600"
                          fill="#ffffff"
                          aria-hidden="true"
                        >
                          {shape.code.split("-").slice(1).join("-")}
                        </text>
                      ) : null}
                    </Link>
                  );
                })}
              </svg>
              <figcaption className="px-1 pt-2 font-semibold text-brand-900">{hub.name}</figcaption>
            </figure>
          );
        })}
      </div>
      <div>
        <h3 className="sr-only">{t("legend")}</h3>
        <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {parcelStatusSlugs.map((status) => (
            <li key={status} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block size-4 rounded-sm"
                style={{ background: statusFill[status] }}
              />
              {ts(`status.${status}`)}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4 rounded-sm border-2 border-dashed border-brand-900 bg-white"
            />
            {t("outline")}
          </li>
        </ul>
      </div>
    </div>
  );
}
