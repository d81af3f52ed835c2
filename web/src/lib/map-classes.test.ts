import { describe, expect, it } from 'vitest';
import { mapClasses, type MapClass } from './map-classes';

/** Every value falls in exactly one class, the one classOf names; classes are disjoint and ordered. */
function checkCover(values: number[], classes: MapClass[], classOf: (v: number) => number | null, step: number) {
  for (const v of values) {
    const holding = classes.map((c, i) => (v >= c.lo - 1e-9 && v <= c.hi + 1e-9 ? i : -1)).filter((i) => i >= 0);
    expect(holding, `value ${v}`).toHaveLength(1);
    expect(classOf(v)).toBe(holding[0]);
  }
  for (let i = 1; i < classes.length; i++) {
    expect(classes[i]!.lo).toBeGreaterThan(classes[i - 1]!.hi);
    // No gap: the next class starts one shown step after the previous one ends.
    expect(Math.round((classes[i]!.lo - classes[i - 1]!.hi) / step)).toBe(1);
  }
}

describe('mapClasses', () => {
  it('gives one class per value when there are few values, never "1 – 1" with an overlap', () => {
    const { classes, classOf } = mapClasses([1, 3, 3, 1, 8], 'COUNT');
    // Three distinct values (1, 3, 8) ≤ 5 classes: a class starts at each value, so 1–2, 3–7 and 8.
    expect(classes).toEqual([
      { lo: 1, hi: 2 },
      { lo: 3, hi: 7 },
      { lo: 8, hi: 8 },
    ]);
    checkCover([1, 3, 8], classes, classOf, 1);
  });

  it('rounds quantile cuts to nice whole numbers for counts, and covers an outlier such as Wallonia', () => {
    // Six provinces and Brussels, plus Wallonia's 20 (shown in the table): the 20 needs a class too.
    const values = [1000, 4871, 6811, 5200, 2100, 830, 20];
    const { classes, classOf } = mapClasses(values, 'COUNT', 5);
    // Sorted: 20, 830, 1000, 2100, 4871, 5200, 6811. d3's quantile at p interpolates at index 6p:
    // p=0.2 → 830 + 0.2·170 = 864; 0.4 → 1000 + 0.4·1100 = 1440; 0.6 → 2100 + 0.6·2771 = 3762.6;
    // 0.8 → 4871 + 0.8·329 = 5134.2. Rounded up to two significant digits: 870, 1500, 3800, 5200.
    expect(classes).toEqual([
      { lo: 20, hi: 869 },
      { lo: 870, hi: 1499 },
      { lo: 1500, hi: 3799 },
      { lo: 3800, hi: 5199 },
      { lo: 5200, hi: 6811 },
    ]);
    checkCover(values, classes, classOf, 1);
  });

  it('classes percentages by their shown value (one decimal)', () => {
    const values = [32.98647242455775, 12.04, 55.5, 70, 41.25, 8.01];
    const { classes, classOf } = mapClasses(values, 'PERCENT', 5);
    for (const c of classes) expect(c.hi).toBeGreaterThanOrEqual(c.lo);
    checkCover(values.map((v) => Math.round(v * 10) / 10), classes, classOf, 0.1);
    // 32.986… is shown 33,0 and is classed as 33.0.
    expect(classOf(32.98647242455775)).toBe(classOf(33));
  });

  it('handles equal values and no values', () => {
    expect(mapClasses([4, 4, 4], 'COUNT').classes).toEqual([{ lo: 4, hi: 4 }]);
    expect(mapClasses([], 'COUNT').classes).toEqual([]);
    expect(mapClasses([], 'COUNT').classOf(3)).toBeNull();
  });
});
