import { withCheckDigits } from '@duaal/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';

// The SECTOR_STAFF scope on 20,000 enterprises: the lists must answer right and the scope must be
// evaluated once per statement, never per enterprise (Hardening, item 3). No clock is read: the
// plans SQLite chooses are asserted, so a correlated scope that re-reads all of P's recognitions
// for every row fails here whatever the machine's speed.

const TODAY = '2026-11-29';
const N = 20_000;

let db: Db;
let bouwUser: number;

/*
 * Enterprise i (1 … 20,000) is called "Onderneming 0000i", has one open establishment in Antwerpen and:
 *  - i % 4 = 0: PC 124 (Bouw): 5,000; those with i ≤ 4,000 (1,000) hold a recognition of Bouw
 *    approved and valid today for the training BOUW_T;
 *  - i % 4 = 1 and i ≤ 40 (1, 5, …, 37: 10): no PC number, a recognition handled by Bouw (no PC);
 *  - i % 4 = 2 and i ≤ 20 (2, 6, 10, 14, 18: 5): no PC number, declared sector Bouw;
 *  - every other enterprise: PC 302 (Horeca).
 * Bouw follows up 5,000 + 10 + 5 = 5,015 enterprises, and so 5,015 establishments.
 * Prospects for BOUW_T (Bouw handles recognitions of it, so its PC 124 qualifies): the PC-124
 * enterprises without a recognition valid today: 5,000 − 1,000 = 4,000.
 */
beforeAll(() => {
  db = createTestDb();
  const make = createFactories(db);
  const bouw = make.partnership({ code: 'BOUW', jointCommittees: ['124'] });
  make.partnership({ code: 'HORECA', jointCommittees: ['302'] });
  bouwUser = make.user({ role: 'SECTOR_STAFF', partnershipId: bouw });
  const training = make.training({ code: 'BOUW_T' });
  const antwerpen = make.municipality({ province: 'ANTWERPEN' });

  const enterprise = db.sqlite.prepare(
    "insert into enterprises (kbo_number, name, legal_form, size_class, declared_partnership_id) values (?, ?, 'PRIVATE', 'SMALL', ?)",
  );
  const ejc = db.sqlite.prepare('insert into enterprise_joint_committees (enterprise_id, joint_committee_code) values (?, ?)');
  const establishment = db.sqlite.prepare('insert into establishments (establishment_number, enterprise_id, name, municipality_nis_code) values (?, ?, ?, ?)');
  const recognised: { establishmentId: number; jointCommitteeCode: string | null }[] = [];
  db.sqlite.transaction(() => {
    for (let i = 1; i <= N; i++) {
      const declared = i % 4 === 2 && i <= 20;
      const noPc = declared || (i % 4 === 1 && i <= 40);
      const name = `Onderneming ${String(i).padStart(5, '0')}`;
      const id = Number(enterprise.run(withCheckDigits(String(3_000_000 + i).padStart(8, '0')), name, declared ? bouw : null).lastInsertRowid);
      if (!noPc) ejc.run(id, i % 4 === 0 ? '124' : '302');
      const est = Number(establishment.run(withCheckDigits(String(40_000_000 + i)), id, `Vestiging ${name}`, antwerpen).lastInsertRowid);
      if (i % 4 === 0 && i <= 4_000) recognised.push({ establishmentId: est, jointCommitteeCode: '124' });
      if (i % 4 === 1 && i <= 40) recognised.push({ establishmentId: est, jointCommitteeCode: null });
    }
    for (const r of recognised) {
      make.recognition({ ...r, trainingId: training, handlingPartnershipId: bouw, submittedOn: '2025-09-01', approvedOn: '2025-09-10' });
    }
  })();
}, 120_000);

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** Every statement prepared while `run` runs (drizzle prepares each statement through db.sqlite). */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const prepare = db.sqlite.prepare;
  const seen: string[] = [];
  db.sqlite.prepare = ((source: string) => {
    seen.push(source);
    return prepare.call(db.sqlite, source);
  }) as typeof prepare;
  try {
    await run();
  } finally {
    db.sqlite.prepare = prepare;
  }
  return seen;
}

/**
 * Table accesses that SQLite repeats per row of an outer query (below a CORRELATED subquery) and
 * that are not a lookup by the outer row's key. The old scope showed up here as
 * `SEARCH v_rec USING INDEX recognitions_handling_partnership_idx (handling_partnership_id=?)`:
 * all of P's recognitions, read again for each of the 20,000 enterprises.
 */
function perRowReadsNotByKey(source: string): string[] {
  // Plans do not depend on the bound values here; 1 fits every parameter (ids, codes, limits).
  const parameters = Array.from({ length: source.split('?').length - 1 }, () => 1);
  const plan = db.sqlite.prepare(`explain query plan ${source}`).all(...parameters) as PlanRow[];
  const byId = new Map(plan.map((row) => [row.id, row]));
  const correlated = (row: PlanRow): boolean => {
    for (let at = byId.get(row.parent); at; at = byId.get(at.parent)) if (at.detail.startsWith('CORRELATED')) return true;
    return false;
  };
  const byOuterKey = /^SEARCH \S+ USING (COVERING INDEX|INDEX|INTEGER PRIMARY KEY) ?\S* ?\((enterprise_id|establishment_id|recognition_id|mentor_id|agreement_id|rowid)=/;
  return plan.filter((row) => /^(SCAN|SEARCH|MULTI-INDEX)/.test(row.detail) && correlated(row) && !byOuterKey.test(row.detail)).map((r) => r.detail);
}

const ask = <T>(query: string) => runGraphQL<T>(db, query, {}, { userId: bouwUser, today: TODAY });

describe('SECTOR_STAFF scope on 20,000 enterprises', () => {
  const cases = [
    { field: 'enterprises', args: 'first: 5', total: 5_015, first: ['Onderneming 00001', 'Onderneming 00002', 'Onderneming 00004', 'Onderneming 00005', 'Onderneming 00006'] },
    {
      field: 'establishments',
      args: 'first: 5',
      total: 5_015,
      first: ['Vestiging Onderneming 00001', 'Vestiging Onderneming 00002', 'Vestiging Onderneming 00004', 'Vestiging Onderneming 00005', 'Vestiging Onderneming 00006'],
    },
    // 4,000 prospects: the PC-124 enterprises above 4,000 (those up to 4,000 are recognised today), by name.
    { field: 'prospects', args: 'trainingCode: "BOUW_T", first: 5', total: 4_000, first: ['Onderneming 04004', 'Onderneming 04008', 'Onderneming 04012', 'Onderneming 04016', 'Onderneming 04020'] },
  ];

  for (const c of cases) {
    it(`${c.field}: answers the scoped list and count, and reads the scope once per statement`, async () => {
      let response: Awaited<ReturnType<typeof ask<Record<string, { totalCount: number; edges: { node: { name: string } }[] }>>>> | undefined;
      const statements = await statementsOf(async () => {
        response = await ask(`{ ${c.field}(${c.args}) { totalCount edges { node { name } } } }`);
      });
      expect(response?.errors).toBeUndefined();
      const list = response!.data![c.field]!;
      expect(list.totalCount).toBe(c.total);
      expect(list.edges.map((e) => e.node.name)).toEqual(c.first);

      const scoped = statements.filter((s) => s.includes('"v_ejc"'));
      // The list, its count and the visible-id read of the type check all carry the scope.
      expect(scoped.length).toBeGreaterThanOrEqual(2);
      for (const source of scoped) expect(perRowReadsNotByKey(source), source).toEqual([]);
    });
  }
});
