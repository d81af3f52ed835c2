import type { Db } from '@duaal/server';

/** Loads the demo data when the database holds no recognitions yet. */
export async function loadDemoData(_db: Db, _options: { seed: number; scale: number }): Promise<string> {
  return 'demo data: none yet';
}
