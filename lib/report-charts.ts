import { scaleBand, scaleLinear } from "d3-scale";
import { arc, pie } from "d3-shape";

// The geometry of the reports' charts, from d3's scales and shapes: pure, so
// it is tested without rendering. Horizontal positions are percentages of
// the chart's width and vertical ones pixels: the SVG fills whatever width
// it is given (a phone, a desktop, a printed page) while its text keeps its
// size, instead of shrinking with the drawing as a scaled viewBox would.

/** One bar: `text` is its value as shown (formatted), `lang` the language of its label if not the page's. */
export type ChartDatum = { key: string; label: string; value: number; text: string; lang?: string };

/** Rows of a horizontal bar chart: the label above its bar, the value at the bar's end. */
export const BAR_ROW = { label: 16, gap: 4, bar: 20, after: 14 } as const;
const BAR_ROW_HEIGHT = BAR_ROW.label + BAR_ROW.gap + BAR_ROW.bar + BAR_ROW.after;
/** The axis under the bars: tick labels. */
const BAR_AXIS = 24;
/** Width (percent) kept free right of the longest bar for its value. */
const VALUE_ROOM = 22;

export type BarRow = ChartDatum & {
  labelY: number;
  barY: number;
  /** Percent of the width. */
  barWidth: number;
  valueX: number;
  valueY: number;
};
export type Tick = { value: number; at: number };

export type BarLayout = {
  height: number;
  rows: BarRow[];
  ticks: Tick[];
  /** The scale's upper end, at least the largest value (and the marker). */
  max: number;
  /** Where a marker value (e.g. a target) falls, in percent of the width. */
  markerX?: number;
  axisY: number;
};

/**
 * Lays out horizontal bars, one row each, on a linear scale from zero that
 * covers every value, `marker` and `atLeast` (e.g. 100 for percentages).
 */
export function barLayout(data: readonly ChartDatum[], options: { marker?: number; atLeast?: number } = {}): BarLayout {
  const largest = Math.max(0, options.marker ?? 0, options.atLeast ?? 0, ...data.map((datum) => datum.value));
  const x = scaleLinear()
    .domain([0, largest > 0 ? largest : 1])
    .nice(4)
    .range([0, 100 - VALUE_ROOM]);
  const rows = data.map((datum, index) => {
    const top = index * BAR_ROW_HEIGHT;
    const barY = top + BAR_ROW.label + BAR_ROW.gap;
    const barWidth = x(datum.value);
    return {
      ...datum,
      labelY: top + BAR_ROW.label - 3,
      barY,
      barWidth,
      valueX: barWidth,
      valueY: barY + BAR_ROW.bar / 2,
    };
  });
  const axisY = rows.length * BAR_ROW_HEIGHT;
  return {
    height: axisY + BAR_AXIS,
    rows,
    ticks: x.ticks(4).map((value) => ({ value, at: x(value) })),
    max: x.domain()[1] as number,
    markerX: options.marker === undefined ? undefined : x(options.marker),
    axisY,
  };
}

/** Vertical columns (months): the plot's height and the room above it for the values, below for the names. */
export const COLUMN_PLOT = { top: 24, height: 200, axis: 44 } as const;
/** Width (percent) left of the columns, for the values of the grid lines. */
export const COLUMN_GUTTER = 7;

export type Column = ChartDatum & {
  /** Percent of the width: left edge, width and centre. */
  x: number;
  width: number;
  centre: number;
  y: number;
  height: number;
};

export type ColumnLayout = {
  height: number;
  baseline: number;
  columns: Column[];
  ticks: Tick[];
  max: number;
};

/** Lays out one column per datum, in order, on bands across the width and a linear scale from zero. */
export function columnLayout(data: readonly ChartDatum[]): ColumnLayout {
  const baseline = COLUMN_PLOT.top + COLUMN_PLOT.height;
  const x = scaleBand()
    .domain(data.map((datum) => datum.key))
    .range([COLUMN_GUTTER, 100])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const largest = Math.max(0, ...data.map((datum) => datum.value));
  const y = scaleLinear()
    .domain([0, largest > 0 ? largest : 1])
    .nice(4)
    .range([baseline, COLUMN_PLOT.top]);
  const width = x.bandwidth();
  const columns = data.map((datum) => {
    const left = x(datum.key) ?? 0;
    const top = y(datum.value);
    return { ...datum, x: left, width, centre: left + width / 2, y: top, height: baseline - top };
  });
  return {
    height: baseline + COLUMN_PLOT.axis,
    baseline,
    columns,
    ticks: y.ticks(4).map((value) => ({ value, at: y(value) })),
    max: y.domain()[1] as number,
  };
}

export type ShareArc = { key: string; path: string; value: number };

/**
 * The ring of a share (answered within the target, and the rest): one arc
 * per part, starting at twelve o'clock, for a ring of `outer` radius
 * centred on (0, 0). Parts of zero draw nothing.
 */
export function shareArcs(parts: readonly { key: string; value: number }[], outer: number, inner: number): ShareArc[] {
  const slices = pie<{ key: string; value: number }>()
    .value((part) => part.value)
    .sort(null)(parts.filter((part) => part.value > 0));
  // A thin gap between two parts, so the ring reads as two even in black and white.
  const ring = arc<{ startAngle: number; endAngle: number; padAngle: number }>()
    .outerRadius(outer)
    .innerRadius(inner)
    .padAngle(slices.length > 1 ? 0.03 : 0);
  return slices.map((slice) => ({ key: slice.data.key, value: slice.data.value, path: ring(slice) ?? "" }));
}
