import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '@duaal/server';
import { loadDemoData, loadReferenceData } from '@duaal/seeds';
import { KPI_DIMENSIONS } from '@duaal/shared';
import { computeKpi, computeKpiTrend, KPI_CATALOG, listSchoolYears } from '@duaal/server/kpis';

// `npm run kpi:snapshot -- --db demo.sqlite --out kpis.json`: every KPI × measure × dimension
// (and none) × school year (compared with the year before), every trend, a few filters and the
// policymaker's view, computed through the engine's verbs on one database, as stable JSON. Two
// snapshots of the same database taken before and after a refactoring must be equal
// (`--compare a.json b.json` counts the results and the differences). `--generate` first builds
// the demo database (seed 1, scale 1, up to --today) in --db.

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '/tmp/kpi-demo.sqlite' },
    out: { type: 'string' },
    today: { type: 'string', default: '2026-11-29' },
    generate: { type: 'boolean', default: false },
    compare: { type: 'string', multiple: true },
  },
});

if (values.compare) {
  const [a, b] = values.compare;
  const { readFileSync } = await import('node:fs');
  const left = JSON.parse(readFileSync(a as string, 'utf8')) as Record<string, unknown>;
  const right = JSON.parse(readFileSync(b as string, 'utf8')) as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  const differing = [...keys].filter((k) => JSON.stringify(left[k]) !== JSON.stringify(right[k]));
  console.log(`${keys.size} results compared, ${differing.length} differences`);
  for (const k of differing.slice(0, 20)) console.log(`  differs: ${k}`);
  process.exit(differing.length ? 1 : 0);
}

const db = openDatabase(values.db);
if (values.generate) {
  migrateDatabase(db);
  loadReferenceData(db);
  console.log(await loadDemoData(db, { seed: 1, scale: 1, today: values.today }));
}
const today = values.today;
const admin = { userId: null, role: 'ADMIN' as const, partnershipId: null };
const policymaker = { userId: null, role: 'POLICYMAKER' as const, partnershipId: null };
const years = listSchoolYears(db);
const out: Record<string, unknown> = {};
const run = (key: string, compute: () => unknown) => {
  try {
    out[key] = compute();
  } catch (error) {
    out[key] = { error: String(error) };
  }
};
// Filters with a value the demo holds (one per filter of the API).
const FILTERS = {
  provinces: ['ANTWERPEN'],
  municipalities: ['11002'],
  partnerships: [(db.sqlite.prepare('SELECT code FROM partnerships ORDER BY code LIMIT 1').get() as { code: string }).code],
  jointCommittees: ['124'],
  systems: ['DUAL'],
  levels: ['SECONDARY'],
  trainings: [(db.sqlite.prepare('SELECT code FROM trainings ORDER BY code LIMIT 1').get() as { code: string }).code],
  providers: [(db.sqlite.prepare('SELECT code FROM training_providers ORDER BY code LIMIT 1').get() as { code: string } | undefined)?.code ?? 'X'],
};
const started = performance.now();
for (const kpi of KPI_CATALOG) {
  for (const measure of kpi.measures) {
    for (const dim of [null, ...KPI_DIMENSIONS]) {
      const groupBy = dim ? [dim] : [];
      years.forEach((year, i) => {
        const input = { id: kpi.id, measure: measure.id, schoolYear: year, compareWith: years[i - 1] ?? null, groupBy };
        run(`year ${kpi.id} ${measure.id} ${dim ?? '-'} ${year}`, () => computeKpi({ db, actor: admin, today, suppressionThreshold: 5, input }));
      });
      const trend = { id: kpi.id, measure: measure.id, groupBy, withTotal: true };
      run(`trend ${kpi.id} ${measure.id} ${dim ?? '-'}`, () => computeKpiTrend({ db, actor: admin, today, suppressionThreshold: 5, input: trend }));
    }
    const last = years.at(-2) ?? years.at(-1) ?? '2022-2023';
    for (const [name, list] of Object.entries(FILTERS)) {
      const input = { id: kpi.id, measure: measure.id, schoolYear: last, filter: { [name]: list }, groupBy: ['PROVINCE' as const] };
      run(`filter ${kpi.id} ${measure.id} ${name} ${last}`, () => computeKpi({ db, actor: admin, today, suppressionThreshold: 5, input }));
    }
    const input = { id: kpi.id, measure: measure.id, schoolYear: last, groupBy: ['JOINT_COMMITTEE' as const] };
    run(`policymaker ${kpi.id} ${measure.id} ${last}`, () => computeKpi({ db, actor: policymaker, today, suppressionThreshold: 5, input }));
  }
}
const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const errors = Object.values(sorted).filter((v) => v && typeof v === 'object' && 'error' in v).length;
console.log(`${Object.keys(sorted).length} results (${errors} errors) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (values.out) writeFileSync(values.out, `${JSON.stringify(sorted, null, 1)}\n`);
