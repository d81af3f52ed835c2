import { describe, expect, it } from 'vitest';
import { sparklineMarker, sparklinePoints } from './sparkline';

describe('sparklinePoints', () => {
  it('spreads the points over the width and maps the smallest value to the bottom, the largest to the top', () => {
    // Box 100 × 44, pad 4: x from 4 to 96 in steps of 92 / 2 = 46; y from 4 (max 30) to 40 (min 10);
    // 20 is halfway: 4 + (30 − 20) / 20 × 36 = 22.
    expect(sparklinePoints([{ value: 10 }, { value: 30 }, { value: 20 }], 100, 44)).toBe('4,40 50,4 96,22');
  });

  it('keeps the place of a missing year and joins its neighbours', () => {
    // Four slots: x = 4, 34.67, 65.33, 96; the second is missing, so the line goes 4 → 65.33.
    expect(sparklinePoints([{ value: 1 }, { value: null }, { value: 3 }, { value: 2 }], 100, 44)).toBe('4,40 65.33,4 96,22');
  });

  it('draws a flat series in the middle and nothing with fewer than two values', () => {
    expect(sparklinePoints([{ value: 5 }, { value: 5 }], 100, 44)).toBe('4,22 96,22');
    expect(sparklinePoints([{ value: 5 }, { value: null }], 100, 44)).toBe('');
    expect(sparklinePoints([], 100, 44)).toBe('');
  });
});

describe('sparklineMarker', () => {
  it('sits on the line at the selected year', () => {
    // Same box as above: the second of three points (30, the largest) is at x 50, y 4 (top);
    // the third (20) at x 96, y 22.
    const points = [{ value: 10 }, { value: 30 }, { value: 20 }];
    expect(sparklineMarker(points, 1, 100, 44)).toEqual({ x: 50, y: 4 });
    expect(sparklineMarker(points, 2, 100, 44)).toEqual({ x: 96, y: 22 });
  });

  it('has no place for a year without a value, a year outside the series, or without a line', () => {
    expect(sparklineMarker([{ value: 1 }, { value: null }, { value: 3 }], 1, 100, 44)).toBeNull();
    expect(sparklineMarker([{ value: 1 }, { value: 3 }], 5, 100, 44)).toBeNull();
    expect(sparklineMarker([{ value: 1 }, { value: 3 }], -1, 100, 44)).toBeNull();
    expect(sparklineMarker([{ value: 5 }], 0, 100, 44)).toBeNull();
  });
});
