import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BAR_ROW,
  barLayout,
  type ChartDatum,
  COLUMN_GUTTER,
  COLUMN_PLOT,
  columnLayout,
  shareArcs,
} from "./report-charts";

const datum = (key: string, value: number): ChartDatum => ({ key, label: key.toUpperCase(), value, text: `${value}` });
const values = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 40 });
const data = (list: number[]) => list.map((value, index) => datum(`k${index}`, value));

describe("barLayout", () => {
  it("gives every datum a row with its label and value, in order, one below the other", () => {
    const layout = barLayout([datum("a", 12), datum("b", 0), datum("c", 30)]);
    expect(layout.rows.map((row) => [row.key, row.label, row.text])).toEqual([
      ["a", "A", "12"],
      ["b", "B", "0"],
      ["c", "C", "30"],
    ]);
    const [a, b, c] = layout.rows;
    expect(b?.barY).toBeGreaterThanOrEqual((a?.barY ?? 0) + BAR_ROW.bar);
    expect(c?.barY).toBeGreaterThanOrEqual((b?.barY ?? 0) + BAR_ROW.bar);
    expect(layout.height).toBeGreaterThan((c?.barY ?? 0) + BAR_ROW.bar);
    // The value sits at the end of its bar.
    expect(layout.rows.every((row) => row.valueX === row.barWidth)).toBe(true);
  });

  it("draws lengths in proportion to the values, from zero, with room for the largest value's text", () => {
    const layout = barLayout([datum("a", 10), datum("b", 40), datum("c", 0)]);
    const [a, b, c] = layout.rows;
    expect(c?.barWidth).toBe(0);
    expect((b?.barWidth ?? 0) / (a?.barWidth ?? 1)).toBeCloseTo(4);
    expect(b?.barWidth).toBeLessThanOrEqual(80);
    expect(layout.ticks[0]).toEqual({ value: 0, at: 0 });
  });

  it("has a scale that covers every value, and the marker", () => {
    fc.assert(
      fc.property(values, fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }), (list, marker) => {
        const layout = barLayout(data(list), { marker });
        expect(layout.max).toBeGreaterThanOrEqual(Math.max(...list, marker ?? 0));
        for (const row of layout.rows) {
          expect(row.barWidth).toBeGreaterThanOrEqual(0);
          expect(row.barWidth).toBeLessThanOrEqual(100);
        }
        for (const tick of layout.ticks) expect(tick.value).toBeLessThanOrEqual(layout.max);
        if (marker !== undefined) expect(layout.markerX).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("reaches the floor it is given (percentages up to 100) and draws a chart of zeros", () => {
    expect(barLayout([datum("a", 40)], { atLeast: 100 }).max).toBe(100);
    const zeros = barLayout([datum("a", 0), datum("b", 0)]);
    expect(zeros.rows.every((row) => row.barWidth === 0)).toBe(true);
    expect(zeros.max).toBeGreaterThan(0);
  });
});

describe("columnLayout", () => {
  it("gives every datum a column, in order, side by side without overlapping, right of the gutter", () => {
    fc.assert(
      fc.property(values, (list) => {
        const layout = columnLayout(data(list));
        expect(layout.columns.map((column) => column.key)).toEqual(list.map((_, index) => `k${index}`));
        expect(layout.max).toBeGreaterThanOrEqual(Math.max(...list));
        layout.columns.forEach((column, index) => {
          expect(column.text).toBe(`${list[index]}`);
          expect(column.x).toBeGreaterThanOrEqual(COLUMN_GUTTER);
          expect(column.x + column.width).toBeLessThanOrEqual(100 + 1e-9);
          expect(column.centre).toBeCloseTo(column.x + column.width / 2);
          // From the baseline up, no higher than the plot.
          expect(column.y + column.height).toBeCloseTo(layout.baseline);
          expect(column.y).toBeGreaterThanOrEqual(COLUMN_PLOT.top - 1e-9);
          const next = layout.columns[index + 1];
          if (next) expect(next.x).toBeGreaterThan(column.x + column.width);
        });
      }),
    );
  });

  it("draws heights in proportion to the values", () => {
    const layout = columnLayout([datum("2026-01", 5), datum("2026-02", 20), datum("2026-03", 0)]);
    const [january, february, march] = layout.columns;
    expect((february?.height ?? 0) / (january?.height ?? 1)).toBeCloseTo(4);
    expect(march?.height).toBe(0);
    expect(layout.ticks.map((tick) => tick.value)).toContain(0);
  });
});

describe("shareArcs", () => {
  it("draws one arc per part that is not empty", () => {
    expect(
      shareArcs(
        [
          { key: "within", value: 3 },
          { key: "late", value: 1 },
        ],
        50,
        30,
      ).map((part) => part.key),
    ).toEqual(["within", "late"]);
    const whole = shareArcs(
      [
        { key: "within", value: 4 },
        { key: "late", value: 0 },
      ],
      50,
      30,
    );
    expect(whole.map((part) => part.key)).toEqual(["within"]);
    expect(whole[0]?.path).toMatch(/^M/);
    expect(
      shareArcs(
        [
          { key: "within", value: 0 },
          { key: "late", value: 0 },
        ],
        50,
        30,
      ),
    ).toEqual([]);
  });

  it("starts at twelve o'clock and ends where the share does", () => {
    // A quarter within: from the top (0, -50) clockwise to three o'clock (50, 0).
    const [within] = shareArcs(
      [
        { key: "within", value: 1 },
        { key: "late", value: 3 },
      ],
      50,
      30,
    );
    const numbers = (within?.path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
    // (A pixel off the exact top: the thin gap between the two parts.)
    expect(Math.abs(numbers[0] ?? 99)).toBeLessThan(2);
    expect(Math.abs((numbers[1] ?? 0) + 50)).toBeLessThan(1);
    const end = within?.path.match(/A50,50,0,0,1,(-?[\d.e-]+),(-?[\d.e-]+)/);
    expect(Math.abs(Number(end?.[1]) - 50)).toBeLessThan(1);
    expect(Math.abs(Number(end?.[2]))).toBeLessThan(2);
  });
});
