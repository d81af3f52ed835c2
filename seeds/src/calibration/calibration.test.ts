import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@duaal/server';
import { compareWithPublished, loadCalibrationDatabase, type CalibrationRow } from './calibrate.js';

// Scale 1 through the GraphQL API: every figure the generator is calibrated on must lie within its
// tolerance (seeds/src/calibration/README.md lists the figures we knowingly do not reproduce).

/** Figures out of reach by design or by a decision of the KPI definitions (see README.md). */
export const KNOWN_GAPS = new Set<string>(['K1|adult']);

let db: Db;
let rows: CalibrationRow[];

beforeAll(async () => {
  ({ db } = await loadCalibrationDatabase({ seed: 2023, scale: 1 }));
  rows = await compareWithPublished(db, 1);
}, 600_000);

afterAll(() => db?.sqlite.close());

describe('calibration at scale 1', () => {
  it('reproduces the 2022-2023 headline figures within 2 %', () => {
    const out = rows.filter((r) => r.tolerance.relative === 0.02 && !r.ok && !KNOWN_GAPS.has(`${r.kpi}|${r.breakdown}`));
    expect(out.map((r) => `${r.kpi} ${r.breakdown}: published ${r.published}, ours ${r.ours}`)).toEqual([]);
  });

  it('reproduces the per-partnership, per-reason and yearly tables within 5 % (or 3 for small cells)', () => {
    const out = rows.filter((r) => r.tolerance.relative !== 0.02 && !r.ok && !KNOWN_GAPS.has(`${r.kpi}|${r.breakdown}`));
    expect(out.map((r) => `${r.kpi} ${r.breakdown}: published ${r.published}, ours ${r.ours}`)).toEqual([]);
  });
});
