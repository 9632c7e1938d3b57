/**
 * Geometry of a small vertical bar chart (mentions per year), computed here so
 * that the component only draws rectangles and the rules are unit-tested.
 */
export interface Bar {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChart {
  width: number;
  height: number;
  bars: Bar[];
  max: number;
}

export interface BarChartOptions {
  /** Height of the bar area, in SVG units. */
  height?: number;
  barWidth?: number;
  gap?: number;
}

export function barChart(
  values: readonly { label: string; value: number }[],
  options: BarChartOptions = {},
): BarChart {
  const { height = 80, barWidth = 14, gap = 4 } = options;
  const max = Math.max(1, ...values.map((entry) => entry.value));
  const bars = values.map((entry, index) => {
    // A non-zero year gets at least one unit, so it never looks like an empty one.
    const barHeight = entry.value === 0 ? 0 : Math.max(1, Math.round((entry.value / max) * height));
    return {
      label: entry.label,
      value: entry.value,
      x: index * (barWidth + gap),
      y: height - barHeight,
      width: barWidth,
      height: barHeight,
    };
  });
  return { width: Math.max(barWidth, values.length * (barWidth + gap) - gap), height, bars, max };
}
