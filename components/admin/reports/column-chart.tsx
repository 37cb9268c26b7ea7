import { type ChartDatum, COLUMN_GUTTER, columnLayout } from "@/lib/report-charts";

/**
 * Vertical columns in order (months), drawn on the server: each with its
 * value as text above it and its name below, horizontal grid lines with
 * their values. `axis` gives each column's name in two lines (month, and
 * the year where it changes); the values and names are also in the title,
 * description and the table beside it.
 */
export function ColumnChart({
  id,
  title,
  description,
  data,
  axis,
  formatTick,
  className = "",
}: {
  id: string;
  title: string;
  description: string;
  data: readonly ChartDatum[];
  axis: (datum: ChartDatum, index: number) => { first: string; second?: string };
  formatTick: (value: number) => string;
  className?: string;
}) {
  const layout = columnLayout(data);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width="100%"
      height={layout.height}
      className={`block overflow-visible ${className}`}
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={`${COLUMN_GUTTER}%`}
            x2="100%"
            y1={tick.at}
            y2={tick.at}
            className={tick.value === 0 ? "stroke-brand-900" : "stroke-brand-100"}
            strokeWidth={1}
          />
          <text x={0} y={tick.at} dominantBaseline="central" className="fill-muted text-xs tabular-nums">
            {formatTick(tick.value)}
          </text>
        </g>
      ))}
      {layout.columns.map((column, index) => {
        const names = axis(column, index);
        return (
          <g key={column.key} data-bar={column.key}>
            <rect
              x={`${column.x}%`}
              y={column.y}
              width={`${column.width}%`}
              height={column.height}
              rx={2}
              className="fill-brand-700"
            />
            <text
              x={`${column.centre}%`}
              y={column.y - 6}
              textAnchor="middle"
              className="fill-brand-950 text-xs font-semibold tabular-nums"
              data-value
            >
              {column.text}
            </text>
            <text
              x={`${column.centre}%`}
              y={layout.baseline + 18}
              textAnchor="middle"
              className="fill-ink text-xs font-medium"
            >
              {names.first}
            </text>
            {names.second ? (
              <text x={`${column.centre}%`} y={layout.baseline + 34} textAnchor="middle" className="fill-muted text-xs">
                {names.second}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
