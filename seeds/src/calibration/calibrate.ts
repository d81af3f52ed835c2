import type { Db } from '@duaal/server';
import { importBundle } from '@duaal/server/imports';
import { createTestDb, runGraphQL } from '@duaal/server/testing';
import { readReferenceContext } from '../generator/context.js';
import { generateHistory } from '../generator/index.js';
import { loadReferenceData } from '../reference/index.js';
import { publishedFigures, type Figure, type KpiQuery } from './figures.js';

// Generates a history into a fresh SQLite file and reads every published figure back through the
// GraphQL API (as an administrator), so the calibration checks the generator and the KPI code together.

export interface CalibrationRow extends Figure {
  ours: number | null;
  deviation: number | null;
  ok: boolean;
}

export interface CalibrationRun {
  rows: CalibrationRow[];
  generateSeconds: number;
  importSeconds: number;
  unmatchedTrajectories: string[];
}

const KPI = `query Calibration($id: KpiId!, $measure: String, $schoolYear: String!, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
  kpi(id: $id, measure: $measure, schoolYear: $schoolYear, filter: $filter, groupBy: $groupBy) {
    rows { keys { id } value }
    total { value }
  }
}`;

interface KpiData {
  kpi: { rows: { keys: { id: string }[]; value: number | null }[]; total: { value: number | null } };
}

/**
 * The end date of the calibrated history and the "today" the KPIs are read with: fixed, so that a
 * calibration run gives the same figures on any day.
 */
export const CALIBRATION_END_DATE = '2026-11-29';

export interface CalibrationOptions {
  seed: number;
  scale: number;
  /** Default CALIBRATION_END_DATE. */
  endDate?: string;
}

export async function loadCalibrationDatabase(options: CalibrationOptions): Promise<{ db: Db; generateSeconds: number; importSeconds: number; unmatchedTrajectories: string[] }> {
  const db = createTestDb();
  loadReferenceData(db);
  const t0 = performance.now();
  const { bundle, unmatchedTrajectories } = generateHistory(db, { seed: options.seed, scale: options.scale, endDate: options.endDate ?? CALIBRATION_END_DATE });
  const t1 = performance.now();
  const result = importBundle(db, bundle);
  if (!result.ok) throw new Error(`import rejected the generated bundle: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return { db, generateSeconds: (t1 - t0) / 1000, importSeconds: (performance.now() - t1) / 1000, unmatchedTrajectories };
}

export async function compareWithPublished(db: Db, scale: number, today: string = CALIBRATION_END_DATE): Promise<CalibrationRow[]> {
  const userId = Number(
    (db.sqlite.prepare("insert into users (email, name, role) values ('calibration@duaal.test', 'Calibration', 'ADMIN') on conflict(email) do update set role = 'ADMIN' returning id").get() as { id: number }).id,
  );
  const cache = new Map<string, Promise<KpiData['kpi']>>();
  const ask = (query: KpiQuery) => {
    const key = JSON.stringify(query);
    let answer = cache.get(key);
    if (!answer) {
      answer = runGraphQL<KpiData>(db, KPI, { ...query }, { userId, today }).then((r) => {
        if (!r.data) throw new Error(`${key}: ${JSON.stringify(r.errors)}`);
        return r.data.kpi;
      });
      cache.set(key, answer);
    }
    return answer;
  };
  const figures = publishedFigures(readReferenceContext(db).trainings);
  const rows: CalibrationRow[] = [];
  for (const figure of figures) {
    const result = await ask(figure.query);
    const row = figure.row ? result.rows.find((r) => r.keys.map((k) => k.id).join('|') === figure.row?.join('|')) : undefined;
    const value = figure.row ? (row?.value ?? 0) : result.total.value;
    const ours = value === null ? null : value / scale;
    const deviation = ours === null ? null : figure.published === 0 ? (ours === 0 ? 0 : Infinity) : (ours - figure.published) / figure.published;
    const ok =
      ours !== null &&
      (Math.abs(ours - figure.published) <= figure.published * figure.tolerance.relative + 1e-9 ||
        (figure.tolerance.absolute !== undefined && Math.abs(ours - figure.published) <= figure.tolerance.absolute));
    rows.push({ ...figure, ours, deviation, ok });
  }
  return rows;
}

export async function calibrate(options: CalibrationOptions): Promise<CalibrationRun> {
  const { db, generateSeconds, importSeconds, unmatchedTrajectories } = await loadCalibrationDatabase(options);
  const rows = await compareWithPublished(db, options.scale, options.endDate ?? CALIBRATION_END_DATE);
  db.sqlite.close();
  return { rows, generateSeconds, importSeconds, unmatchedTrajectories };
}
