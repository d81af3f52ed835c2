import type { Db } from '@duaal/server';
import { importBundle } from '@duaal/server/imports';
import { generateHistory } from './generator/index.js';

/**
 * Loads the demo history (school year 2016-2017 up to `today`, statuses as they stand on that day)
 * for (seed, scale) when the database holds no recognitions yet, through the validated import;
 * returns a one-line summary.
 */
export async function loadDemoData(db: Db, options: { seed: number; scale: number; today: string }): Promise<string> {
  const existing = db.sqlite.prepare('select count(*) as n from recognitions').get() as { n: number };
  if (existing.n > 0) return `demo data: skipped, the database already holds ${existing.n} recognitions`;
  const started = performance.now();
  const { bundle } = generateHistory(db, { seed: options.seed, scale: options.scale, endDate: options.today });
  const generated = performance.now();
  const result = importBundle(db, bundle);
  if (!result.ok) {
    const first = result.errors.slice(0, 5).map((e) => `${e.file}:${e.line} ${e.field}: ${e.message}`);
    throw new Error(`demo data rejected by the import (${result.errors.length} errors):\n${first.join('\n')}`);
  }
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const rows = (file: keyof typeof bundle) => bundle[file]?.length ?? 0;
  return (
    `demo data (seed ${options.seed}, scale ${options.scale}, up to ${options.today}): ${rows('recognitions')} applications, ` +
    `${rows('establishments')} establishments, ${rows('mentors')} mentors, ${rows('agreements')} agreements; ` +
    `generated in ${seconds(generated - started)} s, imported in ${seconds(performance.now() - generated)} s`
  );
}
