import { describe, expect, it } from 'vitest';
import { barChart } from '../../../../src/lib/entities/bar-chart';

describe('bar chart', () => {
  it('scales bars to the largest value and keeps small ones visible', () => {
    const chart = barChart(
      [
        { label: '2020', value: 100 },
        { label: '2021', value: 0 },
        { label: '2022', value: 1 },
      ],
      { height: 50, barWidth: 10, gap: 2 },
    );
    expect(chart.bars.map((bar) => bar.height)).toEqual([50, 0, 1]);
    expect(chart.bars.map((bar) => bar.x)).toEqual([0, 12, 24]);
    expect(chart.bars[2]!.y).toBe(49);
    expect(chart.width).toBe(34);
    expect(chart.max).toBe(100);
  });
});
