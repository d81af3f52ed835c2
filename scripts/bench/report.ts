import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, totalmem } from 'node:os';
import type { Summary } from './stats.js';

// The BENCHMARKS.md section of one run. Other engineers append to the same file: only ever append.

export interface Machine {
  nproc: string;
  cpu: string;
  memoryGb: string;
  arch: string;
  node: string;
}

export function machine(): Machine {
  let nproc = String(cpus().length);
  let uname = arch();
  try {
    nproc = execSync('nproc', { encoding: 'utf8' }).trim();
    uname = execSync('uname -m', { encoding: 'utf8' }).trim();
  } catch {
    // Not on Linux: the os module's answers stand.
  }
  return { nproc, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: (totalmem() / 1024 ** 3).toFixed(1), arch: uname, node: process.version };
}

export const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

export interface Target {
  label: string;
  limit: string;
  met: boolean;
  /** e.g. "38 % under" or "2.1 × over". */
  margin: string;
}

/** Margin of a value against an upper limit, as the share under it or the factor over it. */
export function against(value: number, limit: number, label: string, limitText: string, inclusive = false): Target {
  const met = inclusive ? value <= limit : value < limit;
  const margin = met ? `met, ${Math.round(((limit - value) / limit) * 100)} % under` : `missed, ${(value / limit).toFixed(2)} × the limit`;
  return { label, limit: limitText, met, margin };
}

export const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(1)) : '–');

export function latencyRow(name: string, what: string, s: Summary): string {
  return `| ${name} | ${what} | ${s.runs} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} |`;
}

const HEADER = `# Benchmarks

Figures of \`npm run bench -- --scale N\` (scripts/bench.ts, issue 4/5), newest last. Each section
says on what machine and under what load it was taken: on a shared 2-core machine the numbers
move with whatever else runs, so compare sections taken under similar load.
`;

export function appendSection(file: string, section: string): void {
  if (!existsSync(file)) writeFileSync(file, HEADER);
  appendFileSync(file, `\n${section.trim()}\n`);
}
