"use client";

import Link from "next/link";
import type { ParcelStatusSlug } from "@/lib/parcels";
import { fill } from "./fill";
import { statusFill } from "./status-colors";

/** One hub's map, worked out on the server (parcel-map.tsx): [code, index of its status in the legend, outline as an SVG path, label x, label y, area in ha]. */
export type MapPanel = {
  id: string;
  title: string;
  caption: string;
  size: [number, number];
  outline: string;
  parcels: (readonly [string, number, string, number, number, string])[];
};

/**
 * The SVG of each hub's parcels: every parcel a link named by its code,
 * status and area. Rendered on the server like the rest of the page (it works
 * without JavaScript); a client component only so that the page's data holds
 * the figures above instead of every SVG element a second time. Colours and
 * strokes are in the stylesheet (.parcel-map in app/globals.css); the legend's
 * swatches are coloured inline, which print keeps (app/globals.css).
 */
export function MapPanels({
  panels,
  detailPath,
  highlight,
  labels,
  name,
  legend,
}: {
  panels: MapPanel[];
  /** "/vi/land/": a parcel's page is this and its code. */
  detailPath: string;
  highlight?: string;
  labels: boolean;
  /** A parcel's accessible name, with "{code}", "{status}" and "{area}" (fill.ts). */
  name: string;
  legend: { heading: string; statuses: [ParcelStatusSlug, string][]; outline: string };
}) {
  return (
    <div className="space-y-4">
      <div className={`grid gap-4 ${panels.length > 1 ? "lg:grid-cols-2" : ""}`}>
        {panels.map((panel) => (
          <figure key={panel.id} className="rounded-lg border border-brand-100 bg-brand-50 p-2">
            <svg
              viewBox={`0 0 ${panel.size[0]} ${panel.size[1]}`}
              role="group"
              aria-labelledby={panel.id}
              className={highlight ? "parcel-map inset" : "parcel-map"}
            >
              <title id={panel.id}>{panel.title}</title>
              {panel.outline ? <path d={panel.outline} className="hub-outline" /> : null}
              {/* One group per status, coloured by the stylesheet. */}
              {legend.statuses.map(([status, statusName], index) => {
                const shapes = panel.parcels.filter((parcel) => parcel[1] === index);
                if (shapes.length === 0) return null;
                return (
                  <g key={status} className={status}>
                    {shapes.map(([code, , d, , , area]) => (
                      <Link
                        key={code}
                        href={`${detailPath}${code}`}
                        aria-label={fill(name, { code, status: statusName, area })}
                        {...(code === highlight ? { "aria-current": "true" as const } : {})}
                      >
                        <path d={d} />
                      </Link>
                    ))}
                  </g>
                );
              })}
              {/* The codes on the map, over the parcels: hidden from assistive technology (each link is named), and
                clicks go through them to the parcel (.parcel-map .labels). */}
              {labels ? (
                <g className="labels" aria-hidden="true">
                  {panel.parcels.map(([code, , , x, y]) => (
                    <text key={code} x={x} y={y}>
                      {code.split("-").slice(1).join("-")}
                    </text>
                  ))}
                </g>
              ) : null}
            </svg>
            <figcaption className="px-1 pt-2 font-semibold text-brand-900">{panel.caption}</figcaption>
          </figure>
        ))}
      </div>
      <div>
        <h3 className="sr-only">{legend.heading}</h3>
        <ul className="map-legend">
          {legend.statuses.map(([status, name]) => (
            <li key={status}>
              <span aria-hidden="true" style={{ background: statusFill[status] }} />
              {name}
            </li>
          ))}
          <li>
            <span aria-hidden="true" className="border-2 border-dashed border-brand-900 bg-white" />
            {legend.outline}
          </li>
        </ul>
      </div>
    </div>
  );
}
