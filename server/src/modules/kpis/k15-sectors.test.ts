import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { createTestDb } from '../../testing/test-db.js';
import type { KpiResult } from './engine/types.js';
import { computeKpi, type KpiInput } from './kpis.service.js';

/*
 * K15's sector rule (DOMAIN.md §4): an enterprise with several PC numbers counts in the sector of
 * each of them, even when all its recognitions (and agreements) lie in one; once in the total.
 *
 *   BOUW (PC 124), HORECA (PC 302); Y = 2022-2023.
 *   E1 has PCs 124 and 302; its only establishment ES1 (Antwerpen) holds R1, a Leren en Werken
 *      recognition under PC 124 (BOUW), approved 2021-09-10, and runs agreement A1 on it in Y.
 *   E2 has PC 302 only; ES2 (Limburg) holds R2 under PC 302 (HORECA), approved 2022-01-10; no agreement.
 *
 * Recognised in Y: BOUW {E1}, HORECA {E1 (by its PC 302), E2}; total {E1, E2} = 2.
 * Active in Y:     BOUW {E1}, HORECA {E1}; total {E1} = 1.
 * By the recognitions alone HORECA would have held only E2: that is the case the rule is about.
 */

let db: Db;
const admin = { userId: null, role: 'ADMIN', partnershipId: null } as const;
const kpi = (input: Omit<KpiInput, 'schoolYear'>): KpiResult =>
  computeKpi({ db, actor: admin, today: '2024-01-15', suppressionThreshold: 5, input: { schoolYear: '2022-2023', ...input } });
const byKey = (r: KpiResult) => Object.fromEntries(r.rows.map((row) => [row.keys.map((k) => k.id).join('|'), row.value]));

beforeAll(() => {
  db = createTestDb();
  const f = createFactories(db);
  const bouw = f.partnership({ code: 'BOUW', nameNl: 'Bouw', jointCommittees: ['124'] });
  const horeca = f.partnership({ code: 'HORECA', nameNl: 'Horeca', jointCommittees: ['302'] });
  const e1 = f.enterprise({ jointCommittees: ['124', '302'] });
  const e2 = f.enterprise({ jointCommittees: ['302'] });
  const es1 = f.establishment({ enterpriseId: e1, province: 'ANTWERPEN' });
  const es2 = f.establishment({ enterpriseId: e2, province: 'LIMBURG' });
  const lw = f.training({ code: 'LW', system: 'LEREN_EN_WERKEN', level: 'SECONDARY' });
  const r1 = f.recognition({ establishmentId: es1, trainingId: lw, handlingPartnershipId: bouw, jointCommitteeCode: '124', submittedOn: '2021-09-01', approvedOn: '2021-09-10' });
  f.recognition({ establishmentId: es2, trainingId: lw, handlingPartnershipId: horeca, jointCommitteeCode: '302', submittedOn: '2022-01-01', approvedOn: '2022-01-10' });
  const pv = f.provider({ province: 'ANTWERPEN' });
  f.agreement({ establishmentId: es1, trainingId: lw, providerId: pv, recognitionId: r1, type: 'OAO', startOn: '2022-09-15', plannedEndOn: '2023-06-30' });
});

describe('K15 sector rule', () => {
  it('counts an enterprise in the sector of each of its PC numbers, once in the total', () => {
    const recognised = kpi({ id: 'K15', groupBy: ['PARTNERSHIP'] });
    expect(byKey(recognised)).toEqual({ BOUW: 1, HORECA: 2 });
    expect(recognised.total.value).toBe(2);
    const active = kpi({ id: 'K15', measure: 'activeEnterprises', groupBy: ['PARTNERSHIP'] });
    expect(byKey(active)).toEqual({ BOUW: 1, HORECA: 1 });
    expect(active.total.value).toBe(1);
  });

  it('filters on a sector by the same rule', () => {
    // HORECA: E1 (PC 302) and E2; E1 is active there through its agreement under BOUW.
    expect(kpi({ id: 'K15', filter: { partnerships: ['HORECA'] } }).total.value).toBe(2);
    expect(kpi({ id: 'K15', measure: 'activeEnterprises', filter: { partnerships: ['HORECA'] } }).total.value).toBe(1);
    // K16 per sector: BOUW 1/1 = 100 %, HORECA 1/2 = 50 %.
    expect(byKey(kpi({ id: 'K16', groupBy: ['PARTNERSHIP'] }))).toEqual({ BOUW: 100, HORECA: 50 });
  });
});
