import { parseArgs } from 'node:util';
import { createApp, openDatabase, signToken, startHttpServer } from '@duaal/server';
import { load, machine } from './report.js';

// Record lists of a SECTOR_STAFF user on a demo file (Hardening, item 3): the enterprise,
// establishment and prospect lists of bouw@duaal.test, and the same as lid@duaal.test for
// comparison. Prints a Markdown table for BENCHMARKS.md; the file is only read.
// Then 100 aliased KPI fields (uncached) through the listener with a `{ __typename }` sent while
// they run: with the KPI workers and without (KPI_WORKERS=0, the old behaviour).
//   npx tsx scripts/bench/scope.ts --db /tmp/scope-demo.sqlite [--runs 3] [--only enterprises,…] [--no-kpis]

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'data/duaal-monitor.sqlite' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    users: { type: 'string', default: 'bouw@duaal.test,lid@duaal.test' },
    'no-kpis': { type: 'boolean', default: false },
  },
});
const SECRET = 'duaal-monitor-scope-benchmark-secret';
const db = openDatabase(values.db);
const runs = Number(values.runs);

// The training Bouw recognises most: the Radar's usual question for Bouw's staff.
const training = db.sqlite
  .prepare(
    `select t.code from recognitions r join trainings t on t.id = r.training_id join partnerships p on p.id = r.handling_partnership_id
     where p.id = (select partnership_id from users where email = 'bouw@duaal.test') group by t.code order by count(*) desc, t.code limit 1`,
  )
  .get() as { code: string };

const QUERIES: Record<string, string> = {
  enterprises: '{ enterprises(first: 20) { edges { node { id name } } } }',
  enterprisesCount: '{ enterprises(first: 20) { totalCount edges { node { id name } } } }',
  enterprisesNested:
    '{ enterprises(first: 20) { edges { node { name establishments(first: 5) { totalCount edges { node { name recognitions(first: 5) { totalCount edges { node { applicationId } } } } } } } } } }',
  establishments: '{ establishments(first: 20) { totalCount edges { node { id name } } } }',
  prospects: `{ prospects(trainingCode: "${training.code}", first: 20) { totalCount edges { node { id name } } } }`,
};
const names = values.only ? values.only.split(',') : Object.keys(QUERIES);

const app = createApp({ db, authSecret: SECRET, suppressionThreshold: 5 });
const rows: string[] = [];
for (const email of values.users.split(',')) {
  const user = db.sqlite.prepare('select id from users where email = ?').get(email) as { id: number } | undefined;
  if (!user) throw new Error(`no user ${email} in ${values.db}`);
  const token = await signToken(user.id, SECRET, new Date());
  for (const name of names) {
    const query = QUERIES[name];
    if (!query) throw new Error(`unknown query ${name}`);
    const times: number[] = [];
    let answer = '';
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await app.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: Record<string, { totalCount?: number; edges: unknown[] }>; errors?: { message: string }[] };
      times.push(performance.now() - started);
      const list = body.data ? Object.values(body.data)[0] : undefined;
      answer = body.errors ? `error: ${body.errors[0]?.message}` : `${list?.edges.length} rows${list?.totalCount !== undefined ? ` of ${list.totalCount}` : ''}`;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    const line = `| ${email} | ${name} | ${answer} | ${runs} | ${(times[0] ?? 0).toFixed(0)} | ${median.toFixed(0)} |`;
    console.log(line);
    rows.push(line);
  }
}
const m = machine();
console.log(`\n${new Date().toISOString()} — ${m.nproc} × ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}, load ${load()} — prospects for ${training.code}\n`);
console.log('| user | query | answer | runs | min ms | median ms |\n|---|---|---|---|---|---|');
console.log(rows.join('\n'));

// 100 aliased KPI fields: 20 KPIs × 5 school years, as the admin.
const YEARS = ['2018-2019', '2019-2020', '2020-2021', '2021-2022', '2022-2023'];
const HUNDRED = `{ ${Array.from({ length: 20 }, (_, i) => `K${i + 1}`)
  .flatMap((id) => YEARS.map((y) => `${id}_${y.slice(0, 4)}: kpi(id: ${id}, schoolYear: "${y}") { measure }`))
  .join(' ')} }`;
if (!values['no-kpis']) {
  const admin = db.sqlite.prepare("select id from users where email = 'admin@duaal.test'").get() as { id: number };
  const token = await signToken(admin.id, SECRET, new Date());
  console.log('\n| KPI workers | budget | 100 KPI fields | answered | `{ __typename }` sent 200 ms later, answered after |\n|---|---|---|---|---|');
  for (const kpiWorkers of [2, 0]) {
    const { server, url } = await startHttpServer({ db, port: 0, host: '127.0.0.1', authSecret: SECRET, suppressionThreshold: 5, kpiWorkers, queryBudgetMs: 10_000 });
    const post = async (query: string) => {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
      return { ms: performance.now() - started, body };
    };
    // Workers start (open their connection) before the measurement.
    await post('{ kpiCatalog { id } }');
    await new Promise((done) => setTimeout(done, 3_000));
    const heavy = post(HUNDRED);
    await new Promise((done) => setTimeout(done, 200));
    const light = await post('{ __typename }');
    const kpis = await heavy;
    const codes = [...new Set((kpis.body.errors ?? []).map((e) => e.extensions?.code))];
    const answered = `${Object.values(kpis.body.data ?? {}).filter(Boolean).length} fields${codes.length ? `, errors ${codes.join(', ')}` : ''}`;
    console.log(`| ${kpiWorkers} | 10 s | ${(kpis.ms / 1000).toFixed(1)} s | ${answered} | ${light.ms.toFixed(0)} ms |`);
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}
db.sqlite.close();
