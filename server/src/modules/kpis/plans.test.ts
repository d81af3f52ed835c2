import { describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/test-db.js';
import { KPI_CATALOG } from './catalog.js';
import { MEASURE_PLANS } from './plans.js';

// Plans are performance only: an index they name must exist in the migrated schema (SQLite refuses
// a statement whose INDEXED BY names no index), and each plan must reach a measure of the catalogue.

const indexesNamed = (text: string) => [...text.matchAll(/INDEXED BY\s+(\w+)/gi)].map((m) => m[1] as string);

describe('measure plans', () => {
  it('name only indexes of the migrated schema', () => {
    const db = createTestDb();
    const existing = new Set(
      (db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name),
    );
    const named = indexesNamed(JSON.stringify(MEASURE_PLANS));
    // K9's total names recognitions_id_validity_dims_idx; a plan without hints would make this vacuous.
    expect(named).toContain('recognitions_id_validity_dims_idx');
    expect(named.filter((name) => !existing.has(name))).toEqual([]);
    // The check itself tells a missing index apart.
    expect(existing.has('recognitions_no_such_idx')).toBe(false);
  });

  it('are attached to the measures they name', () => {
    // Every plan here gives its measure a "units with facts" total (K2 ×2, K9, K15).
    const planned = KPI_CATALOG.flatMap((kpi) =>
      kpi.measures.filter((m) => m.calc.kind === 'count' && m.calc.total).map((m) => `${kpi.id}.${m.id}`),
    );
    expect(planned).toEqual(['K2.establishments', 'K2.enterprises', 'K9.mentors', 'K15.recognisedEnterprises']);
  });
});
