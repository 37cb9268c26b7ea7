import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { DETAIL_SIZE, type HubMapLayout, LABEL_SIZE, type Label, LINE_GAP, type LinkStatus } from "@/lib/hub-map";

/** How a line is drawn for each status of a link (said in words in the legend too). */
export const lineDash: Record<LinkStatus, string | undefined> = {
  open: undefined,
  "partly-open": "12 7",
  planned: "1 8",
};
const LINE = "#0a2e4a";
const STATUSES: LinkStatus[] = ["open", "partly-open", "planned"];

function MapLabel({ label, bold }: { label: Label; bold?: boolean }) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor="middle"
      fill="#061f33"
      stroke="#ffffff"
      strokeWidth="4"
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {label.lines.map((line, i) => (
        <tspan
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, in order
          key={i}
          x={label.x}
          dy={(line.detail ? DETAIL_SIZE : LABEL_SIZE) + (i === 0 ? 0 : LINE_GAP)}
          fontSize={line.detail ? DETAIL_SIZE : LABEL_SIZE}
          fontWeight={line.detail ? 400 : bold ? 700 : 600}
        >
          {line.text}
        </tspan>
      ))}
    </text>
  );
}

type Props = {
  locale: Locale;
  id: string;
  layout: HubMapLayout;
  title: string;
  description: string;
};

/**
 * A hub (or several) and its transport links as one server-rendered picture:
 * the outline where known, a marker, a straight line to the point where each
 * link is reached, drawn solid, dashed or dotted by status. An image with a
 * title and a description; the table beside it is its text alternative.
 */
export async function HubMap({ locale, id, layout, title, description }: Props) {
  const t = await getTranslations({ locale, namespace: "Hubs" });
  return (
    <figure className="space-y-3">
      <div className="overflow-hidden rounded-lg border border-brand-100 bg-brand-50">
        <svg
          viewBox={`0 ${layout.top} ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          className="h-auto w-full"
          fontFamily="inherit"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {layout.links.map((link) => (
            <line
              key={`line-${link.key}`}
              x1={link.from[0]}
              y1={link.from[1]}
              x2={link.to[0]}
              y2={link.to[1]}
              stroke={LINE}
              strokeWidth="3"
              strokeLinecap="round"
              strokeDasharray={lineDash[link.status]}
            />
          ))}
          {layout.hubs.map((hub) =>
            hub.outline ? (
              <polygon
                key={`outline-${hub.key}`}
                points={hub.outline}
                fill="#f5c242"
                fillOpacity="0.5"
                stroke={LINE}
                strokeWidth="2"
              />
            ) : null,
          )}
          {layout.links.map((link) => (
            <circle
              key={`point-${link.key}`}
              cx={link.to[0]}
              cy={link.to[1]}
              r="6"
              fill="#ffffff"
              stroke={LINE}
              strokeWidth="3"
            />
          ))}
          {layout.hubs.map((hub) => (
            <rect
              key={`marker-${hub.key}`}
              x={hub.x - 9}
              y={hub.y - 9}
              width="18"
              height="18"
              transform={`rotate(45 ${hub.x} ${hub.y})`}
              fill="#f5c242"
              stroke={LINE}
              strokeWidth="3"
            />
          ))}
          {layout.links.map((link) => (link.label ? <MapLabel key={`label-${link.key}`} label={link.label} /> : null))}
          {layout.hubs.map((hub) => (
            <MapLabel key={`label-${hub.key}`} label={hub.label} bold />
          ))}
        </svg>
      </div>
      <figcaption className="space-y-2 text-sm">
        <p id={`${id}-legend`} className="sr-only">
          {t("map.legend")}
        </p>
        <ul aria-labelledby={`${id}-legend`} className="flex flex-wrap gap-x-6 gap-y-2">
          <li className="flex items-center gap-2">
            <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
              <rect
                x="4"
                y="4"
                width="12"
                height="12"
                transform="rotate(45 10 10)"
                fill="#f5c242"
                stroke={LINE}
                strokeWidth="2"
              />
            </svg>
            {t("map.hub")}
          </li>
          {STATUSES.map((status) => (
            <li key={status} className="flex items-center gap-2">
              <svg aria-hidden="true" width="44" height="12" viewBox="0 0 44 12">
                <line
                  x1="2"
                  y1="6"
                  x2="42"
                  y2="6"
                  stroke={LINE}
                  strokeWidth="3"
                  strokeLinecap="round"
                  strokeDasharray={lineDash[status]}
                />
              </svg>
              {t(`linkStatus.${status}`)} ({t(`lineStyle.${status}`)})
            </li>
          ))}
        </ul>
        <p className="text-muted">{t("map.note")}</p>
      </figcaption>
    </figure>
  );
}
