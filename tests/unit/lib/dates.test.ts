import { describe, expect, it } from 'vitest';
import { formatLongDate, isCalendarDate, toIsoDate } from '../../../src/lib/dates';

describe('dates', () => {
  it('knows which days exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-3-22')).toBe(false);
  });
  it('formats and converts', () => {
    expect(formatLongDate('2023-03-02')).toBe('2 March 2023');
    expect(toIsoDate(new Date(Date.UTC(2023, 2, 22)))).toBe('2023-03-22');
  });
});
