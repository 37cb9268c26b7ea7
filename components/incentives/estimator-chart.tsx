import { BarChartTicks } from "@/components/ui/bar-chart-ticks";
import type { YearRow } from "@/lib/incentives/estimate";
import { BAR_ROW, barLayout } from "@/lib/report-charts";

/**
 * The estimate year by year as horizontal bars, drawn on the server: each
 * bar is the tax at the standard rate, split into the tax paid with the
 * incentive and the tax saved; each row names its year and period above the
 * bar and the amount saved at its end, so nothing is told by length or
 * colour alone. The SVG is an image named by its title and described by its
 * description, which points to the table with the same figures.
 */
export function EstimatorChart({
  id,
  title,
  description,
  rows,
  label,
  value,
  formatTick,
}: {
  id: string;
  title: string;
  description: string;
  rows: readonly YearRow[];
  label: (row: YearRow) => string;
  value: (row: YearRow) => string;
  formatTick: (value: number) => string;
}) {
  const layout = barLayout(
    rows.map((row) => ({ key: String(row.year), label: label(row), value: row.statutoryBn, text: value(row) })),
  );
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width="100%"
      height={layout.height}
      className="block overflow-visible"
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <BarChartTicks ticks={layout.ticks} axisY={layout.axisY} formatTick={formatTick} />
      {layout.rows.map((bar, index) => {
        const row = rows[index] as YearRow;
        const paidShare = row.statutoryBn > 0 ? row.withIncentivesBn / row.statutoryBn : 0;
        const paidWidth = bar.barWidth * paidShare;
        return (
          <g key={bar.key} data-bar={bar.key}>
            <rect x={0} y={bar.barY} width={`${paidWidth}%`} height={BAR_ROW.bar} className="fill-brand-700" />
            <rect
              x={`${paidWidth}%`}
              y={bar.barY}
              width={`${bar.barWidth - paidWidth}%`}
              height={BAR_ROW.bar}
              className="fill-gold-300 stroke-brand-900"
              strokeWidth={row.savedBn > 0 ? 1 : 0}
            />
          </g>
        );
      })}
      {/* The texts last, with a white outline: readable where a grid line runs behind them. */}
      {layout.rows.map((bar) => (
        <g key={bar.key} className="stroke-white" strokeWidth={4} paintOrder="stroke" strokeLinejoin="round">
          <text x={0} y={bar.labelY} className="fill-ink text-sm font-medium">
            {bar.label}
          </text>
          <text
            x={`${bar.valueX}%`}
            dx={6}
            y={bar.valueY}
            dominantBaseline="central"
            className="fill-brand-950 text-sm font-semibold tabular-nums"
            data-value
          >
            {bar.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
