import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';

/**
 * A hash per table of every row, ordered by primary key: two databases with equal digests hold the
 * same data. The audit log and the change marks are left out (they grow with every write by design), and so are SQLite's
 * and drizzle's own bookkeeping tables.
 */
export function databaseDigest(db: Db): Record<string, string> {
  const tables = db.sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name not in ('audit_log', 'data_change_marks') order by name",
    )
    .all() as { name: string }[];
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    const info = db.sqlite.prepare(`pragma table_info(${name})`).all() as { name: string; pk: number }[];
    const key = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    const rows = db.sqlite.prepare(`select * from ${name} order by ${key.join(', ')}`).raw().all();
    digest[name] = `${rows.length}:${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)}`;
  }
  return digest;
}
