import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { runGraphQL } from '../../testing/graphql-client.js';
import { createTestDb } from '../../testing/test-db.js';
import { buildKpiFixture, type KpiFixture } from './kpi-fixture.js';

// Through yoga.fetch: the contract's shape, filters, group-by, comparison, trend, suppression,
// authentication and input errors. Expected values derived by hand from kpi-fixture.ts.

const Y = '2022-2023';
const P = '2021-2022';

const KPI = /* GraphQL */ `
  query Kpi($id: KpiId!, $measure: String, $schoolYear: String!, $compareWith: String, $filter: KpiFilter, $groupBy: [KpiDimension!]) {
    kpi(id: $id, measure: $measure, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter, groupBy: $groupBy) {
      measure schoolYear compareWith groupBy
      rows { keys { dimension id label } value comparisonValue status comparisonStatus note explanation { code params { threshold kpi measure dimensions } } }
      total { keys { id } value comparisonValue status comparisonStatus note explanation { code params { threshold kpi measure dimensions } } }
    }
  }
`;

interface Row {
  keys: { dimension: string; id: string; label: string }[];
  value: number | null;
  comparisonValue: number | null;
  status: string;
  comparisonStatus: string | null;
  note: string | null;
  explanation: { code: string; params: { threshold: number | null; kpi: string | null; measure: string | null; dimensions: string[] | null } } | null;
}
interface KpiData {
  kpi: { measure: string; schoolYear: string; compareWith: string | null; groupBy: string[]; rows: Row[]; total: Row };
}

let db: Db;
let fx: KpiFixture;
beforeAll(() => {
  db = createTestDb();
  fx = buildKpiFixture(db);
});

async function kpi(variables: Record<string, unknown>, userId = fx.users.admin, suppressionThreshold?: number) {
  const response = await runGraphQL<KpiData>(db, KPI, { schoolYear: Y, ...variables }, { userId, suppressionThreshold });
  expect(response.errors).toBeUndefined();
  return response.data!.kpi;
}
const byKey = (rows: Row[], field: 'value' | 'comparisonValue' | 'status' | 'comparisonStatus' = 'value') =>
  Object.fromEntries(rows.map((r) => [r.keys.map((k) => k.id).join('|'), r[field]]));

describe('kpi filters', () => {
  it('filters on province, municipality, PC number, system, level and training', async () => {
    const totalWith = async (filter: Record<string, unknown>) => (await kpi({ id: 'K1', filter })).total.value;
    expect(await totalWith({ provinces: ['LIMBURG'] })).toBe(2); // R3 (ES1b), R10 (ES3)
    expect(await totalWith({ municipalities: ['44021'] })).toBe(2); // Gent: R4 (ES2), R12 (ES5)
    expect(await totalWith({ jointCommittees: ['200'] })).toBe(1); // R4 (R5 never valid)
    expect(await totalWith({ systems: ['LEREN_EN_WERKEN'] })).toBe(2); // R3, R7
    expect(await totalWith({ levels: ['ADULT'] })).toBe(1); // R10
    expect(await totalWith({ trainings: ['KOK'] })).toBe(2); // R11, R12
    // Antwerpen (ES1a, ES4) and dual: R2, R6 (duplicate), R11; R7 at ES4 is Leren en Werken.
    expect(await totalWith({ provinces: ['ANTWERPEN'], systems: ['DUAL'] })).toBe(3);
  });

  it('filters on the reporting partnership, computed per year', async () => {
    // R4 (PC 200) reports under BEDIENDEN in Y and under the Flemish Partnership in P.
    const result = await kpi({ id: 'K1', compareWith: P, filter: { partnerships: ['BEDIENDEN'] } });
    expect([result.total.value, result.total.comparisonValue]).toEqual([1, 0]);
  });

  it('filters agreements on the provider', async () => {
    expect((await kpi({ id: 'K13', filter: { providers: ['PV2'] } })).total.value).toBe(4); // A3, A4, A6, A8
  });

  it('marks a filter or dimension that does not apply as NOT_APPLICABLE', async () => {
    const filtered = await kpi({ id: 'K1', filter: { providers: ['PV1'] } });
    expect(filtered.total.status).toBe('NOT_APPLICABLE');
    expect(filtered.total.value).toBeNull();
    // K1 has no provider: the note names the KPI, its measure and the dimension as a code and
    // parameters; the deprecated text field keeps the Dutch sentence for older clients.
    expect(filtered.total.explanation).toEqual({
      code: 'DIMENSION_NOT_APPLICABLE',
      params: { threshold: null, kpi: 'K1', measure: 'recognitions', dimensions: ['PROVIDER'] },
    });
    expect(filtered.total.note).toBe('K1 (recognitions) kan niet gefilterd of opgesplitst worden per opleidingsverstrekker');
    const grouped = await kpi({ id: 'K1', groupBy: ['PROVIDER'] });
    expect([grouped.rows, grouped.total.status]).toEqual([[], 'NOT_APPLICABLE']);
  });

  it('marks a ratio with a zero denominator as NOT_APPLICABLE', async () => {
    // No recognition reports under the Flemish Partnership in Y (R4 moved to BEDIENDEN).
    const result = await kpi({ id: 'K16', filter: { partnerships: ['VLAAMS_PARTNERSCHAP'] }, compareWith: P });
    expect(result.total.status).toBe('NOT_APPLICABLE');
    // In P: E2 recognised (R4) and active (A2, A7) → 100 %.
    expect([result.total.comparisonStatus, result.total.comparisonValue]).toEqual(['OK', 100]);
  });
});

describe('kpi group-by and comparison', () => {
  it('matches rows of the comparison year by key, groups of either year included', async () => {
    const result = await kpi({ id: 'K1', compareWith: P, groupBy: ['PARTNERSHIP'] });
    expect(result.compareWith).toBe(P);
    // Y: BEDIENDEN 1, BOUW 2, HORECA 4, LOKALE 1; P: BOUW 2, HORECA 2, VLAAMS_PARTNERSCHAP 1.
    expect(byKey(result.rows)).toEqual({ BEDIENDEN: 1, BOUW: 2, HORECA: 4, LOKALE_BESTUREN: 1, VLAAMS_PARTNERSCHAP: 0 });
    expect(byKey(result.rows, 'comparisonValue')).toEqual({ BEDIENDEN: 0, BOUW: 2, HORECA: 2, LOKALE_BESTUREN: 0, VLAAMS_PARTNERSCHAP: 1 });
    expect([result.total.value, result.total.comparisonValue]).toEqual([8, 5]);
    expect(result.rows.map((r) => r.keys[0]?.label)).toEqual(['Bedienden', 'Bouw', 'Horeca', 'Lokale besturen', 'Vlaams Partnerschap']);
  });

  it('groups by two dimensions, the distinct total below the sum of rows', async () => {
    // K9 by partnership × level: BOUW SO {M1, M2}; HORECA SO {M2, M4, M6, M9}; BEDIENDEN SO {M3, M8};
    // LOKALE adult {M5, M7}. Rows add up to 10, the total is 9 (M2 in two partnerships).
    const result = await kpi({ id: 'K9', groupBy: ['PARTNERSHIP', 'LEVEL'] });
    expect(byKey(result.rows)).toEqual({ 'BEDIENDEN|SECONDARY': 2, 'BOUW|SECONDARY': 2, 'HORECA|SECONDARY': 4, 'LOKALE_BESTUREN|ADULT': 2 });
    expect(result.total.value).toBe(9);
    expect(result.rows[0]?.keys.map((k) => k.dimension)).toEqual(['PARTNERSHIP', 'LEVEL']);
  });

  it('answers a total-only request with one row without keys', async () => {
    const result = await kpi({ id: 'K5', measure: 'approvalRate', compareWith: P });
    expect(result.rows).toEqual([{ keys: [], value: 75, comparisonValue: 100, status: 'OK', comparisonStatus: 'OK', note: null, explanation: null }]);
  });
});

describe('kpiTrend', () => {
  it('keys rows by school year first, then the group-by', async () => {
    const response = await runGraphQL<{ kpiTrend: KpiData['kpi'] }>(
      db,
      `{ kpiTrend(id: K1, groupBy: [LEVEL], filter: { provinces: [LIMBURG] }) {
          schoolYear groupBy rows { keys { dimension id } value } total { value } } }`,
      {},
      { userId: fx.users.member },
    );
    expect(response.errors).toBeUndefined();
    const trend = response.data!.kpiTrend;
    expect(trend.groupBy).toEqual(['SCHOOL_YEAR', 'LEVEL']);
    // Limburg: R3 (LenW SO, valid 2023-08-31) and R10 (adult, 2023) — both only in Y.
    expect(byKey(trend.rows)).toEqual({ '2022-2023|SECONDARY': 1, '2022-2023|ADULT': 1 });
    expect(trend.total.value).toBe(2);
    expect(trend.schoolYear).toBe(Y);
  });
});

describe('suppression', () => {
  it('suppresses small person counts for a policymaker, not 0 and not the other roles', async () => {
    const asPolicymaker = await kpi({ id: 'K9', groupBy: ['PARTNERSHIP'], compareWith: '2020-2021' }, fx.users.policymaker);
    // Every partnership row holds 2 or 4 mentors (< 5): suppressed; the total 9 is shown rounded
    // to the nearest multiple of 5: 10.
    expect(byKey(asPolicymaker.rows, 'status')).toEqual({ BEDIENDEN: 'SUPPRESSED', BOUW: 'SUPPRESSED', HORECA: 'SUPPRESSED', LOKALE_BESTUREN: 'SUPPRESSED' });
    // The note is a code with the threshold (5 in the test context); the deprecated text is Dutch.
    for (const row of asPolicymaker.rows) {
      expect(row.value).toBeNull();
      expect(row.explanation).toEqual({ code: 'SUPPRESSED_COUNT', params: { threshold: 5, kpi: null, measure: null, dimensions: null } });
      expect(row.note).toBe('Onderdrukt: minder dan 5 personen');
    }
    expect([asPolicymaker.total.value, asPolicymaker.total.status]).toEqual([10, 'ROUNDED']);
    // The total's 2020-2021 value is 2 mentors (M1, M4, below): withheld, so its note is the
    // comparison's — the current value has a number.
    expect([asPolicymaker.total.comparisonStatus, asPolicymaker.total.explanation?.code]).toEqual(['SUPPRESSED', 'SUPPRESSED_COUNT']);
    // 2020-2021: R1 names M1 (BOUW) and R7 names M4 (HORECA): 1 each, suppressed; R12 has no
    // mentor; BEDIENDEN and LOKALE have 0, shown as 0.
    expect(byKey(asPolicymaker.rows, 'comparisonStatus')).toEqual({ BEDIENDEN: 'OK', BOUW: 'SUPPRESSED', HORECA: 'SUPPRESSED', LOKALE_BESTUREN: 'OK' });
    expect(asPolicymaker.rows.find((r) => r.keys[0]?.id === 'BEDIENDEN')?.comparisonValue).toBe(0);

    const asStaff = await kpi({ id: 'K9', groupBy: ['PARTNERSHIP'] }, fx.users.bouwStaff);
    expect(byKey(asStaff.rows)).toEqual({ BEDIENDEN: 2, BOUW: 2, HORECA: 4, LOKALE_BESTUREN: 2 });
  });

  it('follows the configured threshold', async () => {
    // Threshold 3 rounds to base 3: the rows 2 are suppressed, HORECA 4 → 3, the total 9 stays 9.
    const result = await kpi({ id: 'K9', groupBy: ['PARTNERSHIP'] }, fx.users.policymaker, 3);
    expect(byKey(result.rows)).toEqual({ BEDIENDEN: null, BOUW: null, HORECA: 3, LOKALE_BESTUREN: null });
    expect([result.total.value, result.total.status]).toEqual([9, 'ROUNDED']);
  });

  it('suppresses percentages built on small person counts', async () => {
    // K10 Y: 2 compliant of 5 due: the numerator is below 5.
    const rate = await kpi({ id: 'K10', measure: 'complianceRate' }, fx.users.policymaker);
    expect([rate.total.value, rate.total.status]).toEqual([null, 'SUPPRESSED']);
    // With threshold 2 (base 2): 2 compliant, 5 assessed, 3 not compliant — none below 2; the rate
    // comes from the rounded counts, 2 / 6 (5 rounds half up to 6) = 33 % in whole percent.
    const atTwo = await kpi({ id: 'K10', measure: 'complianceRate' }, fx.users.policymaker, 2);
    expect([atTwo.total.value, atTwo.total.status]).toEqual([33, 'ROUNDED']);
    // Other roles get the exact 40 %.
    expect((await kpi({ id: 'K10', measure: 'complianceRate' })).total.value).toBe(40);
  });

  it('never suppresses counts that are not persons', async () => {
    const result = await kpi({ id: 'K1', groupBy: ['PARTNERSHIP'] }, fx.users.policymaker);
    expect(byKey(result.rows)).toEqual({ BEDIENDEN: 1, BOUW: 2, HORECA: 4, LOKALE_BESTUREN: 1 });
  });
});

describe('access and input', () => {
  it('requires a signed-in user', async () => {
    const response = await runGraphQL(db, KPI, { id: 'K1', schoolYear: Y });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const catalog = await runGraphQL(db, '{ kpiCatalog { id } }');
    expect(catalog.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('rejects a bad school year, comparison year or measure with BAD_USER_INPUT naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ id: 'K1', schoolYear: '2022-2024' }, 'schoolYear'],
      [{ id: 'K1', schoolYear: Y, compareWith: '2021' }, 'compareWith'],
      [{ id: 'K1', schoolYear: Y, measure: 'mentors' }, 'measure'],
    ];
    for (const [variables, argument] of cases) {
      const response = await runGraphQL(db, KPI, variables, { userId: fx.users.admin });
      const error = response.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain(argument);
      expect((error?.extensions as { argument?: string }).argument).toBe(argument);
    }
  });

  it('lists the catalogue and the school years', async () => {
    const response = await runGraphQL<{
      kpiCatalog: {
        id: string;
        nameNl: string;
        footnotes: string[];
        footnotesNl: string[];
        footnotesEn: string[];
        publishedFigure: string | null;
        publishedFigureNl: string | null;
        publishedFigureEn: string | null;
        breakdowns: string[];
        measures: { id: string; personCount: boolean }[];
      }[];
      schoolYears: string[];
    }>(db, '{ kpiCatalog { id nameNl nameEn unit definitionNl definitionEn footnotes footnotesNl footnotesEn measures { id unit personCount } defaultMeasure breakdowns publishedFigure publishedFigureNl publishedFigureEn } schoolYears }', {}, {
      userId: fx.users.policymaker,
    });
    expect(response.errors).toBeUndefined();
    const catalog = response.data!.kpiCatalog;
    expect(catalog.map((k) => k.id)).toEqual(Array.from({ length: 20 }, (_, i) => `K${i + 1}`));
    const k9 = catalog.find((k) => k.id === 'K9')!;
    expect(k9.breakdowns).toContain('PARTNERSHIP');
    expect(k9.breakdowns).not.toContain('PROVIDER');
    expect(k9.footnotesNl.some((f) => f.includes('meer zijn dan het totaal'))).toBe(true);
    expect(k9.footnotesEn.some((f) => f.includes('more than the total'))).toBe(true);
    // The deprecated fields keep the Dutch texts for older clients.
    expect(k9.footnotes).toEqual(k9.footnotesNl);
    expect([k9.publishedFigure, k9.publishedFigureNl, k9.publishedFigureEn]).toEqual(['14.836', '14.836', '14,836']);
    // Every KPI has as many English footnotes as Dutch ones, and a published figure in both or neither.
    for (const k of catalog) {
      expect(k.footnotesEn.length, k.id).toBe(k.footnotesNl.length);
      expect(k.publishedFigureEn === null, k.id).toBe(k.publishedFigureNl === null);
    }
    expect(k9.measures).toEqual([{ id: 'mentors', unit: 'COUNT', personCount: true }]);
    expect(catalog.find((k) => k.id === 'K10')!.measures.find((m) => m.id === 'complianceRate')?.personCount).toBe(true);
    expect(response.data!.schoolYears.at(0)).toBe('2016-2017');
    expect(response.data!.schoolYears.at(-1)).toBe(Y);
  });
});

describe('overview request', () => {
  it('is the query of docs/overview-query.md and returns every figure with its comparison', async () => {
    const { readFileSync } = await import('node:fs');
    const { OVERVIEW_QUERY } = await import('./overview-query.js');
    const doc = readFileSync(new URL('../../../../docs/overview-query.md', import.meta.url), 'utf8');
    expect(doc).toContain(OVERVIEW_QUERY.trim());
    const response = await runGraphQL<Record<string, { total: { value: number; comparisonValue: number } }>>(
      db,
      OVERVIEW_QUERY,
      { schoolYear: Y, compareWith: P },
      { userId: fx.users.member },
    );
    expect(response.errors).toBeUndefined();
    const figures = Object.fromEntries(Object.entries(response.data!).map(([k, v]) => [k, [v.total.value, v.total.comparisonValue]]));
    // Each pair [Y, P] as derived in kpis.test.ts.
    expect(figures).toEqual({
      recognitions: [8, 5],
      establishments: [6, 4],
      enterprises: [5, 4],
      applications: [5, 3],
      approved: [3, 3],
      rejected: [1, 0],
      approvalRate: [75, 100],
      mentors: [9, 6],
      mentorsDue: [5, 1],
      mentorCompliance: [40, 100],
      agreementsStarted: [3, 4],
      agreementsRunning: [6, 4],
      earlyTerminations: [2, 0],
    });
  });
});
