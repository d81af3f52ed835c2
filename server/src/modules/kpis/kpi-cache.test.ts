import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, openReadOnlyDatabase, type Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { createTestDb } from '../../testing/test-db.js';
import type { Actor } from '../auth/actor.js';
import { KPI_CATALOG } from './catalog.js';
import { cacheStats } from './engine/sql.js';
import { buildKpiFixture, type KpiFixture } from './kpi-fixture.js';
import { computeKpi, computeKpiTrend, type KpiInput } from './kpis.service.js';

// The KPI result cache keeps what a change cannot have touched (docs/kpi-cache.md). Two claims:
// exact — after any write, every figure served (cached or not) equals the figure computed on a
// fresh connection; precise — a figure whose tables or years the write did not touch is still
// served from the cache. The reader is a second connection, as the KPI workers are; the writer
// is the fixture's connection, as the import worker's is.

const admin: Actor = { userId: 1, role: 'ADMIN', partnershipId: null };
const TODAY = '2024-06-01';
const YEARS = ['2019-2020', '2020-2021', '2021-2022', '2022-2023', '2023-2024'];
const GROUPINGS: KpiInput['groupBy'][] = [[], ['PROVINCE'], ['PARTNERSHIP']];

let writer: Db;
let reader: Db;
let fx: KpiFixture;
let f: ReturnType<typeof createFactories>;

beforeEach(() => {
  writer = createTestDb();
  fx = buildKpiFixture(writer);
  f = createFactories(writer);
  reader = openReadOnlyDatabase(writer.sqlite.name);
});

function figure(db: Db, input: KpiInput): string {
  try {
    const { kpi, ...result } = computeKpi({ db, actor: admin, suppressionThreshold: 5, today: TODAY, input });
    return JSON.stringify([kpi.id, result]);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

/** Every KPI × measure × school year × grouping, and every trend: ~700 figures of the fixture. */
function everything(db: Db): Map<string, string> {
  const out = new Map<string, string>();
  for (const kpi of KPI_CATALOG) {
    for (const measure of kpi.measures) {
      for (const groupBy of GROUPINGS) {
        for (const schoolYear of YEARS) {
          const input = { id: kpi.id, measure: measure.id, schoolYear, groupBy } as KpiInput;
          out.set(JSON.stringify(input), figure(db, input));
        }
      }
      const trend = { id: kpi.id, measure: measure.id };
      try {
        out.set(JSON.stringify(trend), JSON.stringify(computeKpiTrend({ db, actor: admin, suppressionThreshold: 5, today: TODAY, input: trend }).total));
      } catch (error) {
        out.set(JSON.stringify(trend), `error: ${(error as Error).message}`);
      }
    }
  }
  return out;
}

/**
 * Fills the reader's cache, applies a write, lets `probe` look at the cache, then checks every
 * figure the reader serves against a fresh connection.
 */
function afterWrite(write: () => void, probe: () => void = () => {}): { changed: string[] } {
  const before = everything(reader);
  write();
  probe();
  const served = everything(reader);
  const fresh = openDatabase(writer.sqlite.name);
  const truth = everything(fresh);
  fresh.sqlite.close();
  const stale = [...truth].filter(([key, value]) => served.get(key) !== value).map(([key]) => key);
  expect(stale, 'figures served from the cache that differ from a fresh computation').toEqual([]);
  return { changed: [...truth].filter(([key, value]) => before.get(key) !== value).map(([key]) => key) };
}

/** Whether the reader answers this figure from the cache (no statement run). */
function fromCache(input: KpiInput): boolean {
  const { misses } = cacheStats(reader);
  figure(reader, input);
  return cacheStats(reader).misses === misses;
}

const k1 = (schoolYear: string): KpiInput => ({ id: 'K1', measure: 'recognitions', schoolYear, groupBy: [] });
const k12 = (schoolYear: string): KpiInput => ({ id: 'K12', measure: 'agreements', schoolYear, groupBy: [] });
const k19 = (schoolYear: string): KpiInput => ({ id: 'K19', measure: 'actions', schoolYear, groupBy: [] });

describe('KPI result cache', () => {
  it('a follow-up action changes K19 at once and leaves K1 and the agreements in the cache', () => {
    const { changed } = afterWrite(
      () => f.followUpAction({ partnershipId: fx.partnerships.BOUW, establishmentId: fx.establishments.ES1a, type: 'SITE_VISIT', performedOn: '2023-03-01' }),
      () => {
        for (const year of YEARS) {
          expect(fromCache(k1(year)), `K1 ${year}`).toBe(true);
          expect(fromCache(k12(year)), `K12 ${year}`).toBe(true);
        }
        // The years before the action's school year keep K19 too.
        expect(fromCache(k19('2021-2022'))).toBe(true);
        expect(fromCache(k19('2022-2023'))).toBe(false);
      },
    );
    expect(changed).toContain(JSON.stringify(k19('2022-2023')));
  });

  it('an agreement of 2023-2024 leaves the figures of earlier years in the cache', () => {
    const { changed } = afterWrite(
      () =>
        f.agreement({
          establishmentId: fx.establishments.ES4,
          trainingId: fx.trainings.LW_SO,
          providerId: fx.providers.PV2,
          recognitionId: fx.recognitions.R7,
          type: 'OAO',
          startOn: '2023-10-02',
          plannedEndOn: '2024-06-30',
        }),
      () => {
        for (const year of ['2019-2020', '2020-2021', '2021-2022', '2022-2023']) expect(fromCache(k12(year)), year).toBe(true);
        expect(fromCache(k12('2023-2024'))).toBe(false);
      },
    );
    expect(changed).toContain(JSON.stringify(k12('2023-2024')));
  });

  it('a revocation today of a recognition of 2019 drops its figures from 2019-2020 on', () => {
    afterWrite(
      () => {
        writer.sqlite.prepare("update recognitions set status = 'REVOKED', ended_on = '2024-01-15' where id = ?").run(fx.recognitions.R12);
        writer.sqlite.prepare("insert into recognition_status_events (recognition_id, status, occurred_on) values (?, 'REVOKED', '2024-01-15')").run(fx.recognitions.R12);
      },
      // R12 was submitted in 2018-2019 (2019-08-20): every later year may change.
      () => expect(fromCache(k1('2019-2020'))).toBe(false),
    );
  });

  it('a mentor added to an old recognition, a new PC number, a renamed municipality: exact', () => {
    afterWrite(() => f.recognitionMentor({ recognitionId: fx.recognitions.R4, mentorId: f.mentor(), addedOn: '2024-02-01' }));
    afterWrite(() => writer.sqlite.prepare("insert into enterprise_joint_committees (enterprise_id, joint_committee_code) values (?, '200')").run(fx.enterprises.E5));
    afterWrite(() => writer.sqlite.prepare("update establishments set municipality_nis_code = '44021' where id = ?").run(fx.establishments.ES1b));
  });

  it('a new enterprise with a recognition of 2023-2024 leaves 2022-2023 in the cache', () => {
    const { changed } = afterWrite(
      () => {
      const enterprise = f.enterprise({ name: 'Nieuw BV', jointCommittees: ['124'] });
      const establishment = f.establishment({ enterpriseId: enterprise, province: 'LIMBURG' });
      f.recognition({
        establishmentId: establishment,
        trainingId: fx.trainings.DUAL_SO,
        handlingPartnershipId: fx.partnerships.BOUW,
        jointCommitteeCode: '124',
        submittedOn: '2023-10-01',
        approvedOn: '2023-10-10',
      });
      },
      () => {
        expect(fromCache(k1('2022-2023'))).toBe(true);
        expect(fromCache(k1('2023-2024'))).toBe(false);
      },
    );
    expect(changed).toContain(JSON.stringify(k1('2023-2024')));
  });

  it('a login (the audit log) drops nothing; removed marks drop everything', () => {
    everything(reader);
    writer.sqlite.prepare("insert into audit_log (at, action, entity) values ('2024-06-01T08:00:00Z', 'login', 'users')").run();
    expect(fromCache(k1('2022-2023'))).toBe(true);
    writer.sqlite.prepare('delete from data_change_marks').run();
    expect(fromCache(k1('2022-2023'))).toBe(false);
  });
});
