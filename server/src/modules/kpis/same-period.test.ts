import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createFactories } from '../../testing/factories.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { KPI_CATALOG } from './catalog.js';
import { KPI_PERIOD_KIND, samePeriodCut } from './methodology.js';

// The running school year compared with the same days of the previous one (issue 11), and no
// comparison with a year before the data start. Fixture, built by hand:
//   recognition R (Bouw, PC 124) submitted 2024-10-01, approved 2024-10-10: the data start in 2024-2025;
//   agreements on R: A1 starts 2025-11-29, A2 2025-11-30, A3 2026-11-29 (today), A4 2027-02-01 (not
//   started yet); all planned to end 2028-06-30.
const TODAY = '2026-11-29';

const KPI = /* GraphQL */ `
  query SamePeriod($id: KpiId!, $schoolYear: String!, $compareWith: String, $samePeriod: Boolean) {
    kpi(id: $id, schoolYear: $schoolYear, compareWith: $compareWith, samePeriod: $samePeriod) {
      schoolYear compareWith periodEnd comparisonPeriodEnd
      total { value comparisonValue status comparisonStatus }
    }
  }
`;
interface Data {
  kpi: {
    schoolYear: string;
    compareWith: string | null;
    periodEnd: string | null;
    comparisonPeriodEnd: string | null;
    total: { value: number | null; comparisonValue: number | null; status: string; comparisonStatus: string | null };
  };
}

let db: Db;
let admin: number;
beforeAll(() => {
  db = createTestDb();
  const f = createFactories(db);
  const bouw = f.partnership({ code: 'BOUW', jointCommittees: ['124'] });
  const establishmentId = f.establishment({ enterpriseId: f.enterprise({ jointCommittees: ['124'] }), province: 'LIMBURG' });
  const trainingId = f.training({ code: 'METSELAAR' });
  const providerId = f.provider({ province: 'LIMBURG' });
  const recognitionId = f.recognition({
    establishmentId,
    trainingId,
    handlingPartnershipId: bouw,
    jointCommitteeCode: '124',
    submittedOn: '2024-10-01',
    approvedOn: '2024-10-10',
  });
  const agreement = (startOn: string, status?: 'NOT_STARTED') =>
    f.agreement({ establishmentId, trainingId, providerId, recognitionId, startOn, plannedEndOn: '2028-06-30', status });
  agreement('2025-11-29');
  agreement('2025-11-30');
  agreement(TODAY);
  agreement('2027-02-01', 'NOT_STARTED');
  admin = f.user({ role: 'ADMIN' });
});

async function kpi(variables: Record<string, unknown>) {
  const response = await runGraphQL<Data>(db, KPI, variables, { userId: admin, today: TODAY });
  expect(response.errors).toBeUndefined();
  return response.data!.kpi;
}

describe('the running school year on the same period', () => {
  it('counts started agreements (K12, events) up to today and up to the same day a year earlier', async () => {
    const result = await kpi({ id: 'K12', schoolYear: '2026-2027', compareWith: '2025-2026', samePeriod: true });
    // 1 Sep 2026 – 29 Nov 2026: A3 (starts today); A4 (1 Feb 2027) lies after today.
    // 1 Sep 2025 – 29 Nov 2025: A1 only; A2 started one day later, on 30 Nov.
    expect(result.total).toMatchObject({ value: 1, comparisonValue: 1 });
    expect(result).toMatchObject({ periodEnd: '2026-11-29', comparisonPeriodEnd: '2025-11-29' });
  });

  it('counts the whole years without samePeriod', async () => {
    const result = await kpi({ id: 'K12', schoolYear: '2026-2027', compareWith: '2025-2026' });
    // 2026-2027: A3 and A4 (not started, not cancelled: it has a start date in the year); 2025-2026: A1 and A2.
    expect(result.total).toMatchObject({ value: 2, comparisonValue: 2 });
    expect(result).toMatchObject({ periodEnd: null, comparisonPeriodEnd: null });
  });

  it('counts running agreements (K13, presence) on at least one day up to the same day', async () => {
    const result = await kpi({ id: 'K13', schoolYear: '2026-2027', compareWith: '2025-2026', samePeriod: true });
    // Up to 29 Nov 2026: A1 and A2 (running since 2025) and A3 (from today); A4 not before Feb 2027.
    // Up to 29 Nov 2025: A1 (from that day); A2 starts on 30 Nov.
    expect(result.total).toMatchObject({ value: 3, comparisonValue: 1 });
  });

  it('leaves a year that is not running whole', async () => {
    const result = await kpi({ id: 'K12', schoolYear: '2025-2026', compareWith: '2024-2025', samePeriod: true });
    // 2025-2026 ended before today: A1 and A2; 2024-2025 had no agreement.
    expect(result.total).toMatchObject({ value: 2, comparisonValue: 0 });
    expect(result.periodEnd).toBeNull();
  });
});

describe('comparison with a year before the data start', () => {
  it('is not made: the first year with data has no previous-year figure', async () => {
    // The data start in 2024-2025 (R submitted 2024-10-01): 2023-2024 holds nothing to compare with.
    const result = await kpi({ id: 'K1', schoolYear: '2024-2025', compareWith: '2023-2024' });
    expect(result.compareWith).toBeNull();
    expect(result.total).toMatchObject({ value: 1, comparisonValue: null, comparisonStatus: null });
  });

  it('is made from the first year with data on', async () => {
    const result = await kpi({ id: 'K1', schoolYear: '2025-2026', compareWith: '2024-2025' });
    // R is valid from 2024-10-10 for five years: in both years.
    expect(result.compareWith).toBe('2024-2025');
    expect(result.total).toMatchObject({ value: 1, comparisonValue: 1, comparisonStatus: 'OK' });
  });
});

describe('samePeriodCut', () => {
  it('moves the day by whole years, 29 February to 28 February', () => {
    expect(samePeriodCut('K12', '2027-2028', '2026-2027', '2028-02-29')).toEqual({ until: '2028-02-29', comparisonUntil: '2027-02-28' });
    expect(samePeriodCut('K12', '2026-2027', '2024-2025', TODAY)).toEqual({ until: TODAY, comparisonUntil: '2024-11-29' });
  });

  it('does not cut a year that is not running, nor a KPI stored per school year', () => {
    expect(samePeriodCut('K12', '2025-2026', '2024-2025', TODAY)).toBeNull();
    expect(samePeriodCut('K17', '2026-2027', '2025-2026', TODAY)).toBeNull();
  });

  it('names a period kind for every KPI of the catalogue', () => {
    // The methodology page explains the comparison of each KPI from this kind.
    for (const kpi of KPI_CATALOG) expect(KPI_PERIOD_KIND[kpi.id], kpi.id).toMatch(/^(EVENTS|PRESENCE|DEADLINES|SCHOOL_YEAR)$/);
    expect(Object.keys(KPI_PERIOD_KIND).sort()).toEqual(KPI_CATALOG.map((k) => k.id).sort());
  });
});
