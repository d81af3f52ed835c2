import { performance } from 'node:perf_hooks';

// Latency samples and their percentiles (nearest-rank, the definition most load tools use).

export interface Summary {
  runs: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of already sorted samples: the smallest value ≥ p % of them. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN, mean };
}

export interface SeriesOptions {
  runs: number;
  warmup: number;
  /** Untimed, before each run (e.g. dropping a cache). */
  before?: () => unknown;
  /** Stop early after this much wall time, once `minRuns` are in. */
  budgetMs?: number;
  minRuns?: number;
}

/** Runs `task` `warmup` times untimed, then up to `runs` times one after the other; durations in ms. */
export async function measure(task: () => unknown, { runs, warmup, before, budgetMs = Infinity, minRuns = runs }: SeriesOptions): Promise<number[]> {
  for (let i = 0; i < warmup; i++) {
    await before?.();
    await task();
  }
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < runs && (i < minRuns || performance.now() < deadline); i++) {
    await before?.();
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return samples;
}
