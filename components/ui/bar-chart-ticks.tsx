/**
 * The value axis of a horizontal bar chart: a line per tick from the top to
 * the axis, its value below (lib/report-charts.ts lays them out).
 */
export function BarChartTicks({
  ticks,
  axisY,
  formatTick,
}: {
  ticks: readonly { value: number; at: number }[];
  axisY: number;
  formatTick: (value: number) => string;
}) {
  return ticks.map((tick) => (
    <g key={tick.value}>
      <line
        x1={`${tick.at}%`}
        x2={`${tick.at}%`}
        y1={0}
        y2={axisY}
        className={tick.value === 0 ? "stroke-brand-900" : "stroke-brand-100"}
        strokeWidth={1}
      />
      <text
        x={`${tick.at}%`}
        y={axisY + 16}
        textAnchor={tick.value === 0 ? "start" : "middle"}
        className="fill-muted text-xs tabular-nums"
      >
        {formatTick(tick.value)}
      </text>
    </g>
  ));
}
