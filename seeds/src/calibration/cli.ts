import { CALIBRATION_END_DATE, calibrate, type CalibrationRow } from './calibrate.js';

// `npm run calibration [-- --seed N --scale S --end-date YYYY-MM-DD --all]`: generates the demo
// history up to the end date (default CALIBRATION_END_DATE, also the "today" of the KPIs) and prints, per
// published figure, what the KPI API returns. Without --all only the failing rows and a summary
// per group are printed after the headline figures.

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seed = Number(arg('seed', '2023'));
const scale = Number(arg('scale', '1'));
const endDate = arg('end-date', CALIBRATION_END_DATE);
const all = process.argv.includes('--all');

const run = await calibrate({ seed, scale, endDate });
const pct = (d: number | null) => (d === null ? 'n/a' : !Number.isFinite(d) ? '+inf' : `${d >= 0 ? '+' : ''}${(d * 100).toFixed(1)} %`);
const line = (r: CalibrationRow) =>
  `| ${r.kpi} | ${r.breakdown} | ${r.published} | ${r.ours === null ? 'n/a' : Math.round(r.ours * 10) / 10} | ${pct(r.deviation)} | ${r.ok ? 'ok' : 'OUT'} |`;

console.log(`calibration: seed ${seed}, scale ${scale}, up to ${endDate}; generated in ${run.generateSeconds.toFixed(1)} s, imported in ${run.importSeconds.toFixed(1)} s`);
console.log('| KPI | breakdown | published | ours | deviation | ok |');
console.log('|---|---|---|---|---|---|');
const headline = run.rows.filter((r) => r.tolerance.relative === 0.02);
for (const r of headline) console.log(line(r));
for (const r of run.rows.filter((r) => r.tolerance.relative !== 0.02 && (all || !r.ok))) console.log(line(r));

const groups = new Map<string, CalibrationRow[]>();
for (const r of run.rows) {
  const key = `${r.kpi} ${r.tolerance.relative === 0.02 ? 'headline' : r.tolerance.absolute ? 'table' : 'series'}`;
  groups.set(key, [...(groups.get(key) ?? []), r]);
}
console.log('\n| group | figures | in tolerance |\n|---|---|---|');
for (const [key, rows] of groups) console.log(`| ${key} | ${rows.length} | ${rows.filter((r) => r.ok).length} |`);
const failing = run.rows.filter((r) => !r.ok).length;
console.log(`\n${run.rows.length - failing} of ${run.rows.length} figures within tolerance`);
if (run.unmatchedTrajectories.length > 0) console.log(`trajectories without a training in the catalogue: ${run.unmatchedTrajectories.join('; ')}`);
