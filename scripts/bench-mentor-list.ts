import { parseArgs } from 'node:util';
import { graphql, startBenchServer } from './bench/api.js';
import { MENTOR_LIST_QUERY as QUERY } from './bench/mentor-list.js';
import { ms } from './bench/report.js';

// npx tsx scripts/bench-mentor-list.ts --db <demo.sqlite>: the ADMIN mentor list of Mentoren
// (mentorsDue without a window, all partnerships) against an existing demo file, through the
// product's own listener. Measures the first page (the query the web sends, 50 rows) and the
// complete export (every page of 200, as the web's CSV download does). Prints the figures; the
// dated line goes into BENCHMARKS.md by hand.

const args = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '7' }, year: { type: 'string' } } }).values;
if (!args.db) throw new Error('--db <file> is required (a demo database, e.g. from npm start)');

type Page = { list: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: unknown[] } };

const server = await startBenchServer(args.db);
const filter = args.year ? { schoolYear: args.year } : {};
try {
  const firstPage: number[] = [];
  let total = 0;
  for (let i = 0; i < Number(args.runs); i++) {
    const start = performance.now();
    const result = await graphql<Page>(server, QUERY, { filter, first: 50 });
    firstPage.push(performance.now() - start);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    total = result.data.list.totalCount;
  }
  const start = performance.now();
  let rows = 0;
  let after: string | null = null;
  for (;;) {
    const result: { data?: Page; errors?: unknown } = await graphql<Page>(server, QUERY, { filter, first: 200, after });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    rows += result.data.list.nodes.length;
    if (!result.data.list.hasNextPage) break;
    after = result.data.list.endCursor;
  }
  const exportMs = performance.now() - start;
  // As the Mentoren page asks it: the list together with the page's two K10 charts (computed, not
  // cached: a no-op write drops the KPI cache first).
  const K10 = `query($y: String!, $g: [KpiDimension!]) { a: kpi(id: K10, measure: "due", schoolYear: $y, groupBy: $g) { total { value } }
    b: kpi(id: K10, measure: "complianceRate", schoolYear: $y, groupBy: $g) { total { value } } }`;
  const withCharts: number[] = [];
  for (let i = 0; i < 3; i++) {
    server.dropKpiCache();
    const y = args.year ?? '2026-2027';
    const charts = Promise.all([graphql(server, K10, { y, g: ['PARTNERSHIP'] }), graphql(server, K10, { y, g: ['PROVINCE'] })]);
    const t0 = performance.now();
    await graphql<Page>(server, QUERY, { filter, first: 50 });
    withCharts.push(performance.now() - t0);
    await charts;
  }
  const sorted = [...firstPage].sort((a, b) => a - b);
  console.log(`ADMIN mentor list${args.year ? ` ${args.year}` : ''}: total ${total}`);
  console.log(`first page (50 rows), ${sorted.length} runs: first ${ms(firstPage[0]!)}, median ${ms(sorted[Math.floor(sorted.length / 2)]!)}, max ${ms(sorted.at(-1)!)}`);
  console.log(`every row in pages of 200: ${rows} rows in ${ms(exportMs)}`);
  console.log(`first page while the page's two K10 charts compute (cold), 3 runs: ${withCharts.map(ms).join(', ')}`);
} finally {
  await server.stop();
}
