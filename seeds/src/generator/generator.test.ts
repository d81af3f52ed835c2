import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from '@duaal/server';
import { createTestDb } from '../../../server/src/testing/test-db.js';
import { loadDemoData } from '../demo.js';
import { loadReferenceData } from '../reference/index.js';

// The same (seed, scale) gives the same database; another seed gives another one.

function digest(db: Db): string {
  const tables = db.sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name <> 'audit_log' order by name")
    .all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) {
    hash.update(name);
    hash.update(JSON.stringify(db.sqlite.prepare(`select * from ${name} order by 1, 2`).raw().all()));
  }
  return hash.digest('hex');
}

async function demoDigest(seed: number): Promise<{ digest: string; summary: string; db: Db }> {
  const db = createTestDb();
  loadReferenceData(db);
  const summary = await loadDemoData(db, { seed, scale: 0.05 });
  return { digest: digest(db), summary, db };
}

describe('demo history generator', () => {
  it('is deterministic for (seed, scale) and depends on the seed', async () => {
    const a = await demoDigest(7);
    const b = await demoDigest(7);
    const c = await demoDigest(8);
    expect(a.summary).toMatch(/^demo data \(seed 7, scale 0.05\): \d+ applications/);
    expect(b.digest).toBe(a.digest);
    expect(c.digest).not.toBe(a.digest);
    for (const x of [a, b, c]) x.db.sqlite.close();
  }, 120_000);

  it('does nothing on a database that already holds recognitions', async () => {
    const { db } = await demoDigest(7);
    const before = digest(db);
    expect(await loadDemoData(db, { seed: 9, scale: 0.05 })).toMatch(/skipped/);
    expect(digest(db)).toBe(before);
    db.sqlite.close();
  }, 120_000);

  it('writes no event after the demo day 2025-08-31', async () => {
    const { db } = await demoDigest(7);
    const latest = db.sqlite
      .prepare(
        `select max(d) as d from (select max(occurred_on) as d from recognition_status_events union all select max(submitted_on) from recognitions
         union all select max(start_on) from agreements union all select max(actual_end_on) from agreements
         union all select max(removed_on) from recognition_mentors union all select max(performed_on) from follow_up_actions
         union all select max(decided_on) from appeals union all select max(completed_on) from mentor_trainings)`,
      )
      .get() as { d: string };
    expect(latest.d <= '2025-08-31').toBe(true);
    db.sqlite.close();
  }, 120_000);
});
