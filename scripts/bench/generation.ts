import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrateDatabase, openDatabase, systemClock } from '@duaal/server';
import { loadDemoData, loadReferenceData } from '@duaal/seeds';

export interface GenerationResult {
  file: string;
  seconds: number;
  /** Of which loadDemoData alone. */
  demoSeconds: number;
  sizeMb: number;
  demoSummary: string;
  /** Seconds of the optional ANALYZE after the import (not part of `seconds`). */
  analyzeSeconds?: number;
  counts: Record<string, number>;
}

const COUNTED_TABLES = ['recognitions', 'recognition_status_events', 'recognition_mentors', 'mentor_trainings', 'agreements', 'establishments', 'enterprises'];

/**
 * Issue 4/5, part 1: a fresh SQLite file in the OS temp folder, migrated, with the reference data
 * and the demo history at this scale. Timed from opening the file to the last demo row; the size
 * is taken after a WAL checkpoint so the main file holds everything.
 */
export async function generate({ seed, scale, analyze = false }: { seed: number; scale: number; analyze?: boolean }): Promise<GenerationResult> {
  const folder = mkdtempSync(join(tmpdir(), 'duaal-bench-'));
  const file = join(folder, `bench-scale-${scale}.sqlite`);
  const start = performance.now();
  const db = openDatabase(file);
  let demoStart = start;
  let demoSummary: string;
  try {
    migrateDatabase(db);
    loadReferenceData(db);
    demoStart = performance.now();
    // The history ends today, as with `npm start` (the API of the benchmark reads the same clock).
    demoSummary = String(await loadDemoData(db, { seed, scale, today: systemClock.today() }));
  } catch (error) {
    db.sqlite.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const end = performance.now();
  // Optional: statistics for the query planner, which the product's import does not gather (yet).
  if (analyze) db.sqlite.exec('ANALYZE');
  const analyzeSeconds = analyze ? (performance.now() - end) / 1000 : undefined;
  db.sqlite.close();
  return { ...inspect(file), seconds: (end - start) / 1000, demoSeconds: (end - demoStart) / 1000, demoSummary, analyzeSeconds };
}

/** Size (after a WAL checkpoint) and row counts of a generated file. */
export function inspect(file: string): Pick<GenerationResult, 'file' | 'sizeMb' | 'counts'> {
  const db = openDatabase(file);
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    counts[table] = (db.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  db.sqlite.close();
  return { file, sizeMb: statSync(file).size / 1024 / 1024, counts };
}
