import { BarChartTicks } from "@/components/ui/bar-chart-ticks";
import { BAR_ROW, barLayout, type ChartDatum } from "@/lib/report-charts";

/**
 * Horizontal bars, drawn on the server: each row has its name above the
 * bar and its value as text at the bar's end, so nothing is told by length
 * or colour alone. The SVG is an image named by its title and described by
 * the list of values (the table beside it has the same figures).
 * `marker`: a reference value drawn as a dashed line with its label (e.g.
 * the response target); `muted`: keys of rows drawn in the second colour
 * (their names say what they are).
 */
export function BarChart({
  id,
  title,
  description,
  data,
  formatTick,
  marker,
  atLeast,
  muted = [],
  className = "",
}: {
  id: string;
  title: string;
  description: string;
  data: readonly ChartDatum[];
  formatTick: (value: number) => string;
  marker?: { value: number; label: string };
  /** The scale reaches at least this far (100 for percentages). */
  atLeast?: number;
  muted?: readonly string[];
  className?: string;
}) {
  const layout = barLayout(data, { marker: marker?.value, atLeast });
  const markerTop = -8;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width="100%"
      height={layout.height + (marker ? 20 : 0)}
      className={`block overflow-visible ${className}`}
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g transform={marker ? "translate(0 20)" : undefined}>
        <BarChartTicks ticks={layout.ticks} axisY={layout.axisY} formatTick={formatTick} />
        {layout.rows.map((row) => (
          <rect
            key={row.key}
            x={0}
            y={row.barY}
            width={`${row.barWidth}%`}
            height={BAR_ROW.bar}
            rx={2}
            className={muted.includes(row.key) ? "fill-muted" : "fill-brand-700"}
          />
        ))}
        {marker && layout.markerX !== undefined ? (
          <g>
            <text
              x={`${layout.markerX}%`}
              y={markerTop - 6}
              textAnchor="middle"
              className="fill-brand-950 text-xs font-semibold"
            >
              {marker.label}
            </text>
            {/* Across each bar, never through a name. */}
            {[
              { key: "top", y1: markerTop, y2: 0 },
              ...layout.rows.map((row) => ({ key: row.key, y1: row.barY - 4, y2: row.barY + BAR_ROW.bar + 4 })),
            ].map((segment) => (
              <line
                key={segment.key}
                x1={`${layout.markerX}%`}
                x2={`${layout.markerX}%`}
                y1={segment.y1}
                y2={segment.y2}
                className="stroke-brand-950"
                strokeWidth={2}
                strokeDasharray="4 3"
              />
            ))}
          </g>
        ) : null}
        {/* The texts last, with a white outline: readable where a grid or target line runs behind them. */}
        {layout.rows.map((row) => (
          <g
            key={row.key}
            data-bar={row.key}
            className="stroke-white"
            strokeWidth={4}
            paintOrder="stroke"
            strokeLinejoin="round"
          >
            <text x={0} y={row.labelY} className="fill-ink text-sm font-medium" lang={row.lang}>
              {row.label}
            </text>
            <text
              x={`${row.valueX}%`}
              dx={6}
              y={row.valueY}
              dominantBaseline="central"
              className="fill-brand-950 text-sm font-semibold tabular-nums"
              data-value
            >
              {row.text}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
