import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, type BenchServer } from './api.js';
import { percentile } from './stats.js';

// npm run bench -- --load (Hardening): many dashboards at once on the overview, each request with
// fresh results — the change marks are removed before it, so the KPI workers compute instead of
// answering from their cache — for a fixed time; then the same while imports run in another
// process. Reports throughput, latency percentiles and errors by code.

export interface LoadOptions {
  clients: number;
  seconds: number;
  year: string;
  /** A delta export imported over and over by the CLI while the clients run. */
  withImport: boolean;
  root: string;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: Record<string, number>;
  imports: { runs: number; failed: number; meanSeconds: number } | null;
}

/** The overview's figures for one municipality, as a tile set asks them (K1, K3, K9, K12, K13, K14). */
const OVERVIEW = `query Overview($year: String!, $previous: String!, $filter: KpiFilter) {
  k1: kpi(id: K1, schoolYear: $year, compareWith: $previous, filter: $filter) { total { value status } }
  k3: kpi(id: K3, schoolYear: $year, compareWith: $previous, filter: $filter) { total { value status } }
  k9: kpi(id: K9, schoolYear: $year, compareWith: $previous, filter: $filter) { total { value status } }
  k12: kpi(id: K12, schoolYear: $year, compareWith: $previous, filter: $filter) { total { value status } }
  k13: kpi(id: K13, schoolYear: $year, compareWith: $previous, filter: $filter) { total { value status } }
  k14: kpi(id: K14, schoolYear: $year, compareWith: $previous, filter: $filter) { total { value status } }
}`;

/** A day of changes: `n` new recognitions (submitted and approved this school year) at existing establishments. */
function writeDelta(folder: string, establishments: string[], round: number, n: number, year: string): void {
  const start = Number(year.slice(0, 4));
  // Submitted in October, approved in November of the school year's first autumn.
  const day = (i: number, month = 10) => `${start}-${month}-${String(1 + (i % 20)).padStart(2, '0')}`;
  const ids = Array.from({ length: n }, (_, i) => `LOAD-${round}-${i}`);
  writeFileSync(
    join(folder, 'recognitions.csv'),
    'application_id,establishment_number,training_code,kind,previous_application_id,joint_committee,handling_partnership,submitter_name,mandate_type,submitted_on,valid_from,valid_to,automatic_approval,rejection_reasons,adult_training_code\n' +
      ids.map((id, i) => `${id},${establishments[(round * n + i) % establishments.length]},SO-DUAL-ruwbouw-duaal,NEW,,124,BOUW,,NONE,${day(i)},,,false,,`).join('\n') +
      '\n',
  );
  writeFileSync(
    join(folder, 'recognition_status_events.csv'),
    'application_id,status,occurred_on\n' + ids.map((id, i) => `${id},SUBMITTED,${day(i)}\n${id},APPROVED,${day(i, 11)}`).join('\n') + '\n',
  );
}

/** Imports the delta in a loop through `npm run import` (another process) until `stop()`. */
function importLoop(server: BenchServer, options: LoadOptions): { stop: () => Promise<LoadResult['imports']> } {
  const establishments = server.db.sqlite
    .prepare('select establishment_number from establishments where closed_on is null order by id limit 2000')
    .pluck()
    .all() as string[];
  const folder = mkdtempSync(join(tmpdir(), 'duaal-load-'));
  let running = true;
  const durations: number[] = [];
  let failed = 0;
  let firstError = '';
  const loop = (async () => {
    for (let round = 0; running; round++) {
      writeDelta(folder, establishments, round, 150, options.year);
      const started = performance.now();
      const code = await new Promise<number>((done) => {
        const child = spawn('npx', ['tsx', 'server/src/cli/import.ts', folder], {
          cwd: options.root,
          env: { ...process.env, DATABASE_FILE: server.db.sqlite.name },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (c) => {
          if (c !== 0 && !firstError) firstError = stderr.trim().split('\n')[0] ?? `exit code ${c}`;
          done(c ?? 1);
        });
      });
      if (code === 0) durations.push((performance.now() - started) / 1000);
      else failed++;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      rmSync(folder, { recursive: true, force: true });
      const mean = durations.reduce((a, b) => a + b, 0) / Math.max(1, durations.length);
      if (firstError) console.error(`an import during the load failed: ${firstError}`);
      return { runs: durations.length, failed, meanSeconds: mean };
    },
  };
}

export async function runLoad(server: BenchServer, options: LoadOptions): Promise<LoadResult> {
  const municipalities = server.db.sqlite.prepare('select distinct municipality_nis_code from establishments').pluck().all() as string[];
  const previous = `${Number(options.year.slice(0, 4)) - 1}-${options.year.slice(0, 4)}`;
  const imports = options.withImport ? importLoop(server, options) : null;
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const client = async (n: number) => {
    for (let i = 0; performance.now() < end; i++) {
      const filter = { municipalities: [municipalities[(n * 7919 + i * 104729) % municipalities.length]] };
      server.dropKpiCache();
      const t = performance.now();
      try {
        const response = await graphql(server, OVERVIEW, { year: options.year, previous, filter });
        latencies.push(performance.now() - t);
        for (const error of response.errors ?? []) {
          const code = String(error.extensions?.code ?? 'ERROR');
          errors[code] = (errors[code] ?? 0) + 1;
        }
      } catch (error) {
        latencies.push(performance.now() - t);
        const code = (error as Error).message.slice(0, 40);
        errors[code] = (errors[code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, n) => client(n)));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    errors,
    imports: imports ? await imports.stop() : null,
  };
}

export function loadRows(results: { label: string; result: LoadResult }[]): string {
  const ms = (x: number) => Math.round(x).toLocaleString('en');
  return [
    '| Run | requests | per s | p50 ms | p95 ms | p99 ms | max ms | errors | imports during the run |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...results.map(({ label, result: r }) => {
      const errors = Object.entries(r.errors).map(([code, n]) => `${code} × ${n}`).join(', ') || 'none';
      const imports = r.imports ? `${r.imports.runs} of 450 rows (mean ${r.imports.meanSeconds.toFixed(1)} s), ${r.imports.failed} failed` : '–';
      return `| ${label} | ${r.requests} | ${r.perSecond.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${errors} | ${imports} |`;
    }),
  ].join('\n');
}

