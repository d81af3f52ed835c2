import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp, openDatabase } from '@duaal/server';
import { previousSchoolYear } from '@duaal/shared';
import { AUTH_SECRET, graphql, startBenchServer } from './bench/api.js';
import { bundleSize, ensureWebDist, measureDashboard, type BundleSize, type DashboardTiming } from './bench/dashboard.js';
import { engineOverview } from './bench/engine.js';
import { generate, inspect } from './bench/generation.js';
import { OVERVIEW_FIGURES, QUERY_SETS, type OverviewAlias } from './bench/queries.js';
import { rawOverview, type OverviewFigures } from './bench/raw-sql.js';
import { against, appendSection, latencyRow, load, machine, ms, type Target } from './bench/report.js';
import { measure, summarize, type Summary } from './bench/stats.js';
import { loadRows, runLoad } from './bench/load.js';
import { measureMentorList, type MentorListResult } from './bench/mentor-list.js';

// npm run bench -- --scale N (issue 4/5): demo-history generation, the dashboard views' KPI
// queries over HTTP, the overview as raw SQL for the ratio, and the dashboard's first KPI paint.
// Appends a dated section to BENCHMARKS.md. See `--help`.

const HELP = `npm run bench -- [options]
  --scale N          demo history scale (default 1)
  --seed N           demo seed (default 2023)
  --year YYYY-YYYY   school year measured (default: the latest one, as the dashboard opens)
  --runs N           timed requests per query set and cache state (default 200)
  --warmup N         untimed requests first (default 5)
  --budget S         seconds at most per computed series, once --min-runs are in (default 150)
  --min-runs N       runs of a computed series however long they take (default 20)
  --browser-runs N   dashboard page loads per cache state (default 5, after 1 warm-up)
  --skip SETS        query sets to leave out, comma-separated (e.g. radar: its computed request can
                     take minutes on a large file, and SQLite work cannot be interrupted in process);
                     mentor-list leaves out the ADMIN mentor list and its export
  --list-runs N      first-page requests of the ADMIN mentor list (default 20)
  --analyze          run ANALYZE after the import (planner statistics), to compare
  --no-browser       skip the dashboard part
  --build-web        rebuild web/dist even when it looks up to date
  --note TEXT        a line for BENCHMARKS.md (e.g. what else ran)
  --dry-run          print the section, do not append it to BENCHMARKS.md
  --keep-db          keep the generated SQLite file
  --db FILE          measure this already generated file instead (generation not timed)
  --load             only the load test: --clients dashboards (default 200) asking the overview of
                     one municipality with fresh results for --seconds (default 60), then the same
                     while the CLI imports a day of changes over and over`;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2023' },
    year: { type: 'string' },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '5' },
    budget: { type: 'string', default: '150' },
    'min-runs': { type: 'string', default: '20' },
    'browser-runs': { type: 'string', default: '5' },
    skip: { type: 'string', default: '' },
    analyze: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'build-web': { type: 'boolean', default: false },
    note: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'keep-db': { type: 'boolean', default: false },
    db: { type: 'string' },
    load: { type: 'boolean', default: false },
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    'list-runs': { type: 'string', default: '20' },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const positive = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${value}"`);
  return n;
};
const scale = positive('scale', args.scale);
const seed = Number(args.seed);
const runs = Math.round(positive('runs', args.runs));
const warmup = Math.max(0, Math.round(Number(args.warmup)));
const budgetMs = positive('budget', args.budget) * 1000;
const minRuns = Math.min(runs, Math.round(positive('min-runs', args['min-runs'])));
const browserRuns = Math.round(positive('browser-runs', args['browser-runs']));

const startedAt = new Date();
const loadBefore = load();
const log = (message: string) => console.log(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// 1. Generation ------------------------------------------------------------------------------
const generation = args.db
  ? { ...inspect(args.db), seconds: Number.NaN, demoSeconds: Number.NaN, demoSummary: `reused ${args.db}`, analyzeSeconds: undefined }
  : (log(`generating the demo history at scale ${scale} (seed ${seed}) …`), await generate({ seed, scale, analyze: args.analyze }));
// The generated file goes with the process, also when a later part fails.
if (!args.db && !args['keep-db']) process.on('exit', () => rmSync(dirname(generation.file), { recursive: true, force: true }));
if (args.db) log(`measuring ${args.db}, ${generation.sizeMb.toFixed(1)} MB (not generated by this run)`);
else log(`generated in ${generation.seconds.toFixed(1)} s (loadDemoData ${generation.demoSeconds.toFixed(1)} s), ${generation.sizeMb.toFixed(1)} MB: ${generation.demoSummary}`);
const emptyHistory = (generation.counts.recognitions ?? 0) === 0;
if (emptyHistory) log('WARNING: the demo history is empty (loadDemoData not ready?): the API figures below measure an empty database');

// 2. API over HTTP ---------------------------------------------------------------------------
if (args.load) {
  const server = await startBenchServer(generation.file);
  const years = await graphql<{ schoolYears: string[] }>(server, '{ schoolYears }');
  const year = args.year ?? years.data?.schoolYears.at(-1) ?? '2022-2023';
  const options = { clients: Math.round(positive('clients', args.clients)), seconds: positive('seconds', args.seconds), year, root: ROOT };
  log(`load: ${options.clients} clients for ${options.seconds} s on the overview of ${year}, fresh results …`);
  const quiet = await runLoad(server, { ...options, withImport: false });
  log(`… ${quiet.requests} requests, p99 ${quiet.p99.toFixed(0)} ms; now with imports in another process …`);
  const importing = await runLoad(server, { ...options, withImport: true });
  log(`… ${importing.requests} requests, p99 ${importing.p99.toFixed(0)} ms`);
  await server.stop();
  const m = machine();
  const section = [
    `## ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — load: ${options.clients} dashboards for ${options.seconds} s (scale ${scale})`,
    '',
    `Machine: ${m.nproc} cores (${m.cpu}), ${m.memoryGb} GB, ${m.arch}, Node ${m.node}; load average before ${loadBefore}.${args.note ? ` ${args.note}` : ''}`,
    `Each client asks the overview figures of ${year} (K1, K3, K9, K12, K13, K14 with the previous year) for one municipality — a different one each time — right after the change marks were removed, so every figure is computed by the KPI worker (fresh results, not the cache). The server runs as \`npm start\` does (one KPI worker thread, 10 s budget per request).`,
    '',
    loadRows([
      { label: 'overview only', result: quiet },
      { label: 'overview during imports (CLI, another process)', result: importing },
    ]),
    '',
  ].join('\n');
  if (args['dry-run']) console.log(section);
  else appendSection(join(ROOT, 'BENCHMARKS.md'), section);
  process.exit(0);
}

const web = args['no-browser'] ? { note: 'skipped (--no-browser)' } : ensureWebDist(ROOT, args['build-web']);
const server = await startBenchServer(generation.file, web.dist);
log(`server on ${server.url}`);

const years = await graphql<{ schoolYears: string[] }>(server, '{ schoolYears }');
if (years.errors) throw new Error(`schoolYears: ${years.errors[0]?.message}`);
const schoolYear = args.year ?? years.data?.schoolYears.at(-1) ?? '2022-2023';
const variables = { schoolYear, compareWith: previousSchoolYear(schoolYear) };
log(`school year ${schoolYear} (compared with ${variables.compareWith})`);

type TotalOnly = { total: { value: number | null; comparisonValue: number | null } };

interface SetResult {
  name: string;
  description: string;
  /** Every request computes from SQLite (the KPI result cache dropped before each). */
  uncached?: Summary;
  /** The same request again: answered from the KPI module's result cache. */
  cached?: Summary;
  error?: string;
  kb?: number;
}
const setResults: SetResult[] = [];
let overviewData: Record<string, TotalOnly> | undefined;

// 3. (overview only) raw SQL, GraphQL in process and GraphQL + HTTP, alternated run by run so the
// ratio compares runs taken under the same load of a shared machine.
const overviewSet = QUERY_SETS.find((s) => s.name === 'overview')!;
const rawDb = openDatabase(generation.file);
const raw = rawOverview(rawDb, schoolYear);
const rawFigures = raw.run();
const inProcess = createApp({ db: server.db, authSecret: AUTH_SECRET, suppressionThreshold: 5 });
const yogaFetch = async () =>
  (
    await inProcess.fetch('http://bench.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query: overviewSet.query, variables }),
    })
  ).text();
const engine = engineOverview(server.db, server.adminId, variables.schoolYear, variables.compareWith);
const rawSamples: number[] = [];
const engineSamples: number[] = [];
const httpSamples: number[] = [];
const yogaSamples: number[] = [];

const skipped = new Set(args.skip.split(',').map((name) => name.trim()).filter(Boolean));
for (const set of QUERY_SETS) {
  if (skipped.has(set.name)) {
    setResults.push({ name: set.name, description: set.description, error: 'skipped (--skip)' });
    continue;
  }
  server.dropKpiCache();
  const first = await graphql<Record<string, unknown>>(server, set.query, variables);
  if (first.errors?.length || !first.data) {
    const error = `error: ${first.errors?.map((e) => `${e.path?.join('.') ?? ''} ${e.message}`.trim()).join('; ') ?? 'no data'}`;
    setResults.push({ name: set.name, description: set.description, error });
    log(`${set.name}: ${error}`);
    continue;
  }
  const request = () => graphql(server, set.query, variables);
  let uncached: number[];
  if (set.name === 'overview') {
    overviewData = first.data as Record<string, TotalOnly>;
    const series = { runs: 1, warmup: 0 };
    const drop = { ...series, before: server.dropKpiCache };
    const deadline = performance.now() + budgetMs;
    for (let i = 0; i < warmup; i++) {
      raw.run();
      server.dropKpiCache();
      await request();
    }
    for (let i = 0; i < runs && (i < minRuns || performance.now() < deadline); i++) {
      rawSamples.push(...(await measure(() => raw.run(), series)));
      engineSamples.push(...(await measure(engine, drop)));
      httpSamples.push(...(await measure(request, drop)));
      yogaSamples.push(...(await measure(yogaFetch, drop)));
    }
    uncached = httpSamples;
  } else {
    uncached = await measure(request, { runs, warmup: Math.min(warmup, 1), before: server.dropKpiCache, budgetMs, minRuns });
  }
  const cached = await measure(request, { runs, warmup });
  const result: SetResult = { name: set.name, description: set.description, uncached: summarize(uncached), cached: summarize(cached), kb: JSON.stringify(first.data).length / 1024 };
  setResults.push(result);
  log(`${set.name}: uncached p50 ${ms(result.uncached!.p50)} ms, p95 ${ms(result.uncached!.p95)} ms (${uncached.length} runs); cached p50 ${ms(result.cached!.p50)} ms, p95 ${ms(result.cached!.p95)} ms`);
}
rawDb.sqlite.close();

// Issue 11: the ADMIN mentor list (all partnerships, any deadline), first page and every row.
let mentorList: MentorListResult | undefined;
let mentorListNote = '';
if (skipped.has('mentor-list')) mentorListNote = 'skipped (--skip)';
else {
  try {
    mentorList = await measureMentorList(server, { runs: Math.round(positive('list-runs', args['list-runs'])) });
    log(`ADMIN mentor list: ${mentorList.total} rows; first page p50 ${ms(mentorList.firstPage.p50)} ms, p95 ${ms(mentorList.firstPage.p95)} ms; every row (${mentorList.exportRows}) in ${ms(mentorList.exportMs)} ms`);
  } catch (error) {
    mentorListNote = `error: ${(error as Error).message}`;
    log(`ADMIN mentor list ${mentorListNote}`);
  }
}

const overviewOk = rawSamples.length > 0;
const rawSummary = summarize(rawSamples);
const httpSummary = summarize(httpSamples);
const yogaSummary = summarize(yogaSamples);
const engineSummary = summarize(engineSamples);
const ratio50 = httpSummary.p50 / rawSummary.p50;
const ratio95 = httpSummary.p95 / rawSummary.p95;
if (overviewOk) log(`raw SQL overview: p50 ${ms(rawSummary.p50)} ms, p95 ${ms(rawSummary.p95)} ms; GraphQL+HTTP / raw SQL = ${ratio50.toFixed(2)} (p50), ${ratio95.toFixed(2)} (p95)`);

function figureChecks(api: Record<string, TotalOnly> | undefined, sql: { current: OverviewFigures; previous: OverviewFigures }): string[] {
  if (!api) return [];
  const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : Number.isInteger(x) ? x.toLocaleString('en') : x.toFixed(1));
  const same = (a: number | null | undefined, b: number | null | undefined) => (a ?? null) === (b ?? null) || Math.abs((a ?? 0) - (b ?? 0)) < 0.05;
  return Object.entries(api).map(([alias, { total }]) => {
    const key = alias as OverviewAlias;
    const known = key in OVERVIEW_FIGURES && key in sql.current;
    const verdict = !known ? 'no raw SQL' : same(total.value, sql.current[key]) && same(total.comparisonValue, sql.previous[key]) ? 'same' : '**differs**';
    return `| ${OVERVIEW_FIGURES[key] ?? alias} | ${fmt(total.value)} / ${fmt(total.comparisonValue)} | ${known ? `${fmt(sql.current[key])} / ${fmt(sql.previous[key])}` : ''} | ${verdict} |`;
  });
}

// 4. Dashboard -------------------------------------------------------------------------------
let bundle: BundleSize | undefined;
const dashboard: { label: string; path: string; timing: DashboardTiming }[] = [];
let dashboardNote = web.note;
if (web.dist) {
  bundle = bundleSize(web.dist);
  log(`JavaScript: ${bundle.totalGzipKb.toFixed(1)} kB gzipped (${bundle.entryGzipKb.toFixed(1)} kB loaded by index.html)`);
  try {
    // A link with the school year (every URL the dashboard writes has one) opens with one request
    // for user, clock, school years and tiles; a bare /overzicht asks the user and the clock first.
    const withYear = `/overzicht?jaar=${encodeURIComponent(schoolYear)}`;
    for (const [label, path, before] of [
      ['KPI results computed (server cache dropped before each load)', withYear, server.dropKpiCache],
      ['KPI results cached on the server (the same page again)', withYear, undefined],
      ['bare /overzicht (no year in the URL), KPI results computed', '/overzicht', server.dropKpiCache],
    ] as const) {
      const timing = await measureDashboard(server.url, server.token, { runs: browserRuns, warmup: 1, before, path, dist: web.dist });
      dashboard.push({ label, path, timing });
      log(
        `dashboard, ${label}: first KPI value p50 ${ms(summarize(timing.firstKpi).p50)} ms, all ${timing.tiles} tiles p50 ${ms(summarize(timing.allKpis).p50)} ms, ` +
          `${Math.max(...timing.jsBeforeFirstKpiKb).toFixed(1)} kB JS and ${Math.max(...timing.graphqlBeforeFirstKpi)} GraphQL requests before the first value`,
      );
    }
  } catch (error) {
    dashboardNote = `skipped: ${(error as Error).message}`;
    log(`dashboard ${dashboardNote}`);
  }
}

await server.stop();
if (args['keep-db']) log(`kept ${generation.file}`);

// 5. Report ----------------------------------------------------------------------------------
const overview = setResults.find((s) => s.name === 'overview');
const targets: Target[] = [];
if (scale === 1 && !args.db) targets.push(against(generation.seconds, 20, 'scale 1 generated and imported', '< 20 s'));
const overviewLimit = scale === 1 ? 50 : scale === 10 ? 300 : undefined;
if (overview?.uncached && overview.cached && overviewLimit) {
  targets.push(against(overview.uncached.p95, overviewLimit, `scale ${scale} overview set p95, computed`, `< ${overviewLimit} ms`));
  targets.push(against(overview.cached.p95, overviewLimit, `scale ${scale} overview set p95, cached`, `< ${overviewLimit} ms`));
}
if (mentorList) {
  targets.push(against(mentorList.firstPage.p95, 1000, 'ADMIN mentor list (all partnerships), first page p95', '< 1 s'));
  targets.push({ label: 'ADMIN mentor list export holds every row', limit: `${mentorList.total.toLocaleString('en')} rows`, met: mentorList.exportRows === mentorList.total, margin: `${mentorList.exportRows === mentorList.total ? 'met' : 'missed'}, ${mentorList.exportRows.toLocaleString('en')} rows` });
}
if (overviewOk) targets.push(against(ratio50, 1.3, 'GraphQL+HTTP / raw SQL, overview p50 (computed)', '≤ 1.3 ×', true));
// Issue 14, part 4: the first dashboard row is the one the targets speak of (fresh results).
const fresh = dashboard[0]?.timing;
if (fresh) {
  targets.push(against(summarize(fresh.firstKpi).p95, 400, `dashboard first KPI painted, fresh results, p95 of ${fresh.firstKpi.length} loads (${dashboard[0]!.path})`, '≤ 400 ms', true));
  targets.push(against(Math.max(...fresh.jsBeforeFirstKpiKb), 200, 'dashboard JavaScript before the first KPI, gzipped (largest load)', '≤ 200 kB', true));
}

const m = machine();
const first = (t: DashboardTiming) => summarize(t.firstKpi);
const all = (t: DashboardTiming) => summarize(t.allKpis);
const noted = [
  emptyHistory ? '**The demo history was empty (loadDemoData not ready): API and dashboard figures measure an empty database.**' : '',
  args.note ?? '',
].filter(Boolean);
const section = `
## ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — scale ${scale}${args.analyze ? ', with ANALYZE' : ''}

Machine: ${m.nproc} cores (nproc), ${m.cpu}, ${m.memoryGb} GB, ${m.arch}, Node ${m.node}. Load average
(1/5/15 min) ${loadBefore} at the start, ${load()} at the end — the machine is shared with other
engineers' tests and builds, so the timings are noisy. Seed ${seed}, school year ${schoolYear} vs
${variables.compareWith}; requests one after the other, server and client in one Node process.
"Computed": the KPI module's result cache (kept until the data change) is dropped before each request
by a no-op write, so SQLite does the work; "cached": the same request again. Series of ${runs} runs
after ${warmup} warm-up ones; a computed series stops after ${budgetMs / 1000} s once ${minRuns} runs are in (see "runs").${noted.map((n) => `\n\n${n}`).join('')}

| Generation | |
|---|---|
| generate + import (open, migrate, reference data, demo history) | ${args.db ? 'not measured (--db: an existing file)' : `${generation.seconds.toFixed(1)} s (loadDemoData ${generation.demoSeconds.toFixed(1)} s)`} |
${generation.analyzeSeconds === undefined ? '' : `| ANALYZE after the import (--analyze; not done by the product) | ${generation.analyzeSeconds.toFixed(1)} s |\n`}| database size after WAL checkpoint | ${generation.sizeMb.toFixed(1)} MB |
| rows | ${Object.entries(generation.counts).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')} |

| Query set (one request, aliases) | what | runs | p50 ms | p95 ms | max ms |
|---|---|---|---|---|---|
${setResults
  .flatMap((r) =>
    r.uncached && r.cached
      ? [latencyRow(`${r.name}, computed`, `${r.description}; ${r.kb!.toFixed(1)} kB of data`, r.uncached), latencyRow(`${r.name}, cached`, '', r.cached)]
      : [`| ${r.name} | ${r.description} | ${r.error} | | | |`],
  )
  .join('\n')}
${
  overviewOk
    ? `
| Overview, computed, alternated run by run | runs | p50 ms | p95 ms | max ms |
|---|---|---|---|---|
| raw SQL (${raw.statementCount} hand-written prepared statements, better-sqlite3) | ${rawSummary.runs} | ${ms(rawSummary.p50)} | ${ms(rawSummary.p95)} | ${ms(rawSummary.max)} |
| KPI module only (computeKpi × ${Object.keys(OVERVIEW_FIGURES).length}, no GraphQL) | ${engineSummary.runs} | ${ms(engineSummary.p50)} | ${ms(engineSummary.p95)} | ${ms(engineSummary.max)} |
| GraphQL in process (yoga.fetch, no socket) | ${yogaSummary.runs} | ${ms(yogaSummary.p50)} | ${ms(yogaSummary.p95)} | ${ms(yogaSummary.max)} |
| GraphQL + HTTP (fetch → startHttpServer) | ${httpSummary.runs} | ${ms(httpSummary.p50)} | ${ms(httpSummary.p95)} | ${ms(httpSummary.max)} |
| ratio GraphQL+HTTP / raw SQL | | ${ratio50.toFixed(2)} × | ${ratio95.toFixed(2)} × | |

| Overview figure | API ${schoolYear} / ${variables.compareWith} | raw SQL | |
|---|---|---|---|
${figureChecks(overviewData, rawFigures).join('\n')}
`
    : ''
}
| ADMIN mentor list of Mentoren (\`mentorsDue\`, all partnerships, any deadline; the query the web sends) | runs | p50 ms | p95 ms | max ms |
|---|---|---|---|---|
${
  mentorList
    ? `| first page, 50 rows of ${mentorList.total.toLocaleString('en')} | ${mentorList.firstPage.runs} | ${ms(mentorList.firstPage.p50)} | ${ms(mentorList.firstPage.p95)} | ${ms(mentorList.firstPage.max)} |
| every row, cursor pages of 200 (the CSV/XLSX export): ${mentorList.exportRows.toLocaleString('en')} rows | 1 | ${ms(mentorList.exportMs)} | | |`
    : `| ${mentorListNote} | | | | |`
}

| Dashboard (/overzicht in chromium, a new browser context per load; JavaScript sizes are the files gzipped, as a compressing proxy would send them) | |
|---|---|
${
  bundle
    ? `| JavaScript in web/dist/assets, gzipped | ${bundle.totalGzipKb.toFixed(1)} kB in all; ${bundle.entryGzipKb.toFixed(1)} kB loaded by index.html (${bundle.files.map((f) => `${f.name} ${(f.gzipBytes / 1024).toFixed(1)} kB`).join(', ')}) |\n`
    : ''
}${dashboard
  .map(
    ({ label, timing }) =>
      `| navigation → first KPI value painted, ${label} | p50 ${ms(first(timing).p50)} ms, p95 ${ms(first(timing).p95)} ms, max ${ms(first(timing).max)} ms (${timing.firstKpi.length} loads) |\n` +
      `| before that first value (browser's network log), ${label} | ${Math.max(...timing.jsBeforeFirstKpiKb).toFixed(1)} kB of JavaScript gzipped (${timing.scriptsBeforeFirstKpi.join(', ')}); ${Math.min(...timing.graphqlBeforeFirstKpi)}–${Math.max(...timing.graphqlBeforeFirstKpi)} GraphQL requests |\n` +
      `| navigation → all ${timing.tiles} tile values painted, ${label} | p50 ${ms(all(timing).p50)} ms, max ${ms(all(timing).max)} ms |\n`,
  )
  .join('')}| note | ${dashboardNote} |

| Target | limit | result |
|---|---|---|
${targets.map((t) => `| ${t.label} | ${t.limit} | ${t.margin} |`).join('\n') || '| (no target at this scale) | | |'}
`;

console.log(section);
if (args['dry-run']) log('--dry-run: BENCHMARKS.md left as it is');
else if (emptyHistory && !args.note) log('empty demo history: not appended to BENCHMARKS.md (pass --note to append anyway)');
else {
  appendSection(join(ROOT, 'BENCHMARKS.md'), section);
  log('appended to BENCHMARKS.md');
}
