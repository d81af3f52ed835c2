import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { createTestDb } from '../../testing/test-db.js';
import type { Actor } from '../auth/actor.js';
import { KPIS_BY_ID } from './catalog.js';
import { breakdowns } from './engine/define.js';
import { disclose, disclosureControl, roundToBase } from './engine/disclosure.js';
import type { RawValue } from './engine/evaluate.js';
import type { KpiDimension, KpiFilter, KpiId, KpiResult, KpiRow } from './engine/types.js';
import { buildDisclosureFixture, DISCLOSURE_TODAY } from './disclosure-fixture.js';
import { computeKpi, computeKpiTrend, type KpiInput } from './kpis.service.js';

// Disclosure control for policymakers (docs/methodology-disclosure.md), attacked generically on
// the small world of disclosure-fixture.ts: for every suppressed cell of K9–K14 we compute what a
// policymaker could compute from the published values, and the cell's true value from the same
// query as ADMIN; no attack may give the true value.

const Y = '2022-2023';
const P = '2021-2022';
const admin: Actor = { userId: 1, role: 'ADMIN', partnershipId: null };
const policymaker: Actor = { userId: 3, role: 'POLICYMAKER', partnershipId: null };

let db: Db;
beforeAll(() => {
  db = createTestDb();
  buildDisclosureFixture(db);
});

type Input = Omit<KpiInput, 'schoolYear'> & { schoolYear?: string };
const kpi = (actor: Actor, input: Input): KpiResult =>
  computeKpi({ db, actor, suppressionThreshold: 5, today: DISCLOSURE_TODAY, input: { schoolYear: Y, ...input } });
const trend = (actor: Actor, input: Input): KpiResult =>
  computeKpiTrend({ db, actor, suppressionThreshold: 5, today: DISCLOSURE_TODAY, input });
const rowKey = (row: KpiRow) => row.keys.map((k) => k.id).join('|');
const byKey = (result: KpiResult) => new Map(result.rows.map((r) => [rowKey(r), r]));
const shown = (v: number | null | undefined): v is number => v !== null && v !== undefined;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Person-count measures of K9–K14 (the KPIs whose counts are persons). */
const TARGETS: { id: KpiId; measure: string }[] = (['K9', 'K10', 'K11', 'K12', 'K13', 'K14'] as const).flatMap((id) =>
  (KPIS_BY_ID.get(id)?.measures ?? []).filter((m) => m.personCount && m.unit === 'COUNT').map((m) => ({ id, measure: m.id })),
);
const dimensionsOf = (id: KpiId) => breakdowns(KPIS_BY_ID.get(id)!).filter((d) => d !== 'SCHOOL_YEAR');

const FILTERS: [keyof KpiFilter, KpiDimension][] = [
  ['provinces', 'PROVINCE'],
  ['municipalities', 'MUNICIPALITY'],
  ['partnerships', 'PARTNERSHIP'],
  ['jointCommittees', 'JOINT_COMMITTEE'],
  ['trainings', 'TRAINING'],
];

interface Probe {
  attack: string;
  target: string;
  truth: number;
  /** What the attacker computes; null: the published values do not allow the computation. */
  candidates: number[];
}

/** Every attack on every suppressed cell of the fixture. */
function runAttacks(): Probe[] {
  const probes: Probe[] = [];
  const probe = (attack: string, target: string, truth: number | null, candidates: number[]) => {
    if (truth === null) throw new Error(`no true value for ${target}`);
    probes.push({ attack, target, truth, candidates });
  };

  for (const { id, measure } of TARGETS) {
    // 1. A grouped total minus the other rows, this year and the comparison year.
    for (const dim of dimensionsOf(id)) {
      const pm = kpi(policymaker, { id, measure, groupBy: [dim], compareWith: P });
      if (pm.total.status === 'NOT_APPLICABLE') continue;
      const truth = byKey(kpi(admin, { id, measure, groupBy: [dim], compareWith: P }));
      for (const field of ['value', 'comparisonValue'] as const) {
        const status = field === 'value' ? 'status' : 'comparisonStatus';
        for (const row of pm.rows.filter((r) => r[status] === 'SUPPRESSED')) {
          const others = pm.rows.filter((r) => r !== row).map((r) => r[field]).filter(shown);
          const total = pm.total[field];
          probe('total − other rows', `${id}.${measure} ${dim}=${rowKey(row)} ${field}`, truth.get(rowKey(row))?.[field] ?? null, shown(total) ? [total - sum(others)] : []);
        }
      }
    }

    // 2. A trend total minus the other years, for Flanders and for every single municipality.
    const municipalities = [...byKey(kpi(admin, { id, measure, groupBy: ['MUNICIPALITY'] })).keys()];
    for (const filter of [{}, ...municipalities.map((m) => ({ municipalities: [m] }))]) {
      const pm = trend(policymaker, { id, measure, filter });
      const truth = byKey(trend(admin, { id, measure, filter }));
      for (const row of pm.rows.filter((r) => r.status === 'SUPPRESSED')) {
        const others = pm.rows.filter((r) => r !== row).map((r) => r.value).filter(shown);
        const candidates = shown(pm.total.value) ? [pm.total.value - sum(others)] : [];
        probe('trend total − other years', `${id}.${measure} ${JSON.stringify(filter)} ${rowKey(row)}`, truth.get(rowKey(row))?.value ?? null, candidates);
      }
    }

    // 3. A filter on two values minus the filter on one, this year and the comparison year; the
    //    comparison year as published beside Y must equal P asked for directly.
    for (const [name, dim] of FILTERS) {
      const values = [...byKey(kpi(admin, { id, measure, groupBy: [dim], compareWith: P })).keys()].filter((v) => v !== 'NONE');
      const one = (v: string) => kpi(policymaker, { id, measure, filter: { [name]: [v] }, compareWith: P }).total;
      for (const a of values) {
        const direct = kpi(policymaker, { id, measure, schoolYear: P, filter: { [name]: [a] } }).total;
        expect([direct.value, direct.status], `${id}.${measure} ${name}=${a} in ${P}`).toEqual([one(a).comparisonValue, one(a).comparisonStatus]);
        for (const b of values) {
          if (a === b) continue;
          const union = kpi(policymaker, { id, measure, filter: { [name]: [a, b] }, compareWith: P }).total;
          const truth = kpi(admin, { id, measure, filter: { [name]: [a] }, compareWith: P }).total;
          for (const field of ['value', 'comparisonValue'] as const) {
            const status = field === 'value' ? 'status' : 'comparisonStatus';
            if (one(a)[status] !== 'SUPPRESSED') continue;
            const other = one(b)[field];
            const both = union[field];
            probe('union of two filter values − one', `${id}.${measure} ${name}=[${a},${b}] − ${b} ${field}`, truth[field], shown(both) && shown(other) ? [both - other] : []);
          }
        }
      }
    }
  }

  // 4. Other measures of the same KPI: every sum and difference (coefficients −1, 0, 1) of the
  //    other published K10 counts of the same cell (due − completed − exempt − …, compliant − completed).
  const k10 = TARGETS.filter((t) => t.id === 'K10').map((t) => t.measure);
  for (const groupBy of [[], ...dimensionsOf('K10').map((d) => [d])] as KpiDimension[][]) {
    const pm = new Map(k10.map((m) => [m, kpi(policymaker, { id: 'K10', measure: m, groupBy })]));
    const ad = new Map(k10.map((m) => [m, kpi(admin, { id: 'K10', measure: m, groupBy })]));
    const cellKeys = new Set(['', ...[...pm.values()].flatMap((r) => r.rows.map(rowKey))]);
    const cellOf = (result: KpiResult | undefined, key: string) => (key === '' ? result?.total : result ? byKey(result).get(key) : undefined);
    for (const key of cellKeys) {
      for (const m of k10) {
        if (cellOf(pm.get(m), key)?.status !== 'SUPPRESSED') continue;
        const others = k10.filter((o) => o !== m).map((o) => cellOf(pm.get(o), key)?.value).filter(shown);
        let candidates = [0];
        for (const v of others) candidates = candidates.flatMap((c) => [c, c + v, c - v]);
        probe('other measures of the KPI', `K10.${m} ${groupBy.join()}=${key}`, cellOf(ad.get(m), key)?.value ?? 0, candidates.filter((c) => c !== 0));
      }
    }

    // 5. Rate × count: compliant = rate × assessed, assessed = compliant / rate.
    const rate = kpi(policymaker, { id: 'K10', measure: 'complianceRate', groupBy });
    for (const key of cellKeys) {
      const r = cellOf(rate, key)?.value;
      const compliant = cellOf(pm.get('compliant'), key);
      const assessed = cellOf(pm.get('assessed'), key);
      if (compliant?.status === 'SUPPRESSED') {
        probe('rate × count', `K10.compliant ${groupBy.join()}=${key}`, cellOf(ad.get('compliant'), key)?.value ?? 0, shown(r) && shown(assessed?.value) ? [Math.round((r * assessed.value) / 100)] : []);
      }
      if (assessed?.status === 'SUPPRESSED') {
        probe('rate × count', `K10.assessed ${groupBy.join()}=${key}`, cellOf(ad.get('assessed'), key)?.value ?? 0, shown(r) && r > 0 && shown(compliant?.value) ? [Math.round((100 * compliant.value) / r)] : []);
      }
    }
  }
  return probes;
}

describe('disclosure control for policymakers', () => {
  it('rounds person counts to a multiple of 5, suppresses 1–4, keeps 0 (disclose)', () => {
    const mentors = KPIS_BY_ID.get('K9')!.measures[0]!;
    const control = disclosureControl(5);
    const cell = (value: number) => disclose(mentors, { keys: [], value } satisfies RawValue, control);
    // Nearest multiple of 5: 5–7 → 5, 8–12 → 10, 13 → 15; 1–4 withheld; 0 is a true zero.
    expect([0, 1, 4, 5, 7, 8, 12, 13].map((v) => [cell(v).value, cell(v).status])).toEqual([
      [0, 'OK'], [null, 'SUPPRESSED'], [null, 'SUPPRESSED'], [5, 'ROUNDED'], [5, 'ROUNDED'], [10, 'ROUNDED'], [10, 'ROUNDED'], [15, 'ROUNDED'],
    ]);
    // A count already on the base is still ROUNDED: the status must not tell which ones are exact.
    expect(cell(10).status).toBe('ROUNDED');
    expect(roundToBase(2, 5)).toBe(5);
    // Other roles: the value as computed.
    expect(disclose(mentors, { keys: [], value: 3 }, null)).toEqual({ value: 3, status: 'OK', note: null });
    // A withheld count says why as a code with the threshold (the web words it); no value: NO_DATA.
    expect(cell(4).note).toEqual({ code: 'SUPPRESSED_COUNT', params: { threshold: 5 } });
    expect(disclose(mentors, { keys: [], value: null }, control)).toEqual({ value: null, status: 'NOT_APPLICABLE', note: { code: 'NO_DATA', params: {} } });
  });

  it('withholds a rate on a small part, otherwise computes it from the rounded counts in whole percent', () => {
    const rate = KPIS_BY_ID.get('K10')!.measures.find((m) => m.id === 'complianceRate')!;
    const activation = KPIS_BY_ID.get('K16')!.measures[0]!;
    const control = disclosureControl(5);
    const ratio = (numerator: number, denominator: number) => ({ keys: [], value: (100 * numerator) / denominator, numerator, denominator });
    // The dashboard attack: 20 % of 5 enterprises gives the 1 active one: withheld (any rate).
    expect(disclose(activation, ratio(1, 5), control)).toEqual({ value: null, status: 'SUPPRESSED', note: { code: 'SUPPRESSED_RATIO', params: { threshold: 5 } } });
    // A denominator of 0 gives no percentage, for every role.
    const zero = { keys: [], value: null, numerator: 0, denominator: 0 };
    expect(disclose(rate, zero, control).note).toEqual({ code: 'ZERO_DENOMINATOR', params: {} });
    expect(disclose(rate, zero, null)).toEqual({ value: null, status: 'NOT_APPLICABLE', note: { code: 'ZERO_DENOMINATOR', params: {} } });
    // 3 of 23 not compliant (23 − 20 is small): withheld.
    expect(disclose(rate, ratio(20, 23), control).status).toBe('SUPPRESSED');
    // 20 of 28: rounded counts 20 / 30 = 66.7 → 67 % (exact 71.4 % for other roles).
    expect(disclose(rate, ratio(20, 28), control)).toEqual({ value: 67, status: 'ROUNDED', note: null });
    expect(disclose(rate, ratio(20, 28), null).value).toBeCloseTo(71.43, 2);
    // K16 counts enterprises, not persons: its parts are not rounded, 10 / 16 = 62.5 → 63 %.
    expect(disclose(activation, ratio(10, 16), control)).toEqual({ value: 63, status: 'ROUNDED', note: null });
  });

  it('leaves the values of other roles as computed, and rounds those of a policymaker (hand-derived)', () => {
    // K12 Y by municipality: Antwerpen 12 + 7 = 19, Alveringem 2, Gent 6 + 1 = 7, Genk 3; total 31.
    const values = (r: KpiResult) => Object.fromEntries([...byKey(r)].map(([k, row]) => [k, row.value]));
    expect(values(kpi(admin, { id: 'K12', groupBy: ['MUNICIPALITY'] }))).toEqual({ '11002': 19, '38002': 2, '44021': 7, '71016': 3 });
    const pm = kpi(policymaker, { id: 'K12', groupBy: ['MUNICIPALITY'] });
    // 19 → 20, 2 and 3 withheld, 7 → 5, total 31 → 30.
    expect(values(pm)).toEqual({ '11002': 20, '38002': null, '44021': 5, '71016': null });
    expect([pm.total.value, pm.total.status]).toEqual([30, 'ROUNDED']);
    // K10 Y: 20 compliant of 24 assessed (25 due, 1 pending): 83.3 % exact; for a policymaker
    // withheld, as 83.3 % of about 25 would give the 24 − 20 = 4 mentors not compliant.
    expect(kpi(admin, { id: 'K10', measure: 'complianceRate' }).total.value).toBeCloseTo(83.33, 2);
    expect(kpi(policymaker, { id: 'K10', measure: 'complianceRate' }).total).toMatchObject({ value: null, status: 'SUPPRESSED' });
    // Counts that are not persons stay exact: K1 = 6 recognitions.
    expect(kpi(policymaker, { id: 'K1' }).total).toMatchObject({ value: 6, status: 'OK' });
  });

  it('defeats the reported attacks: 38002 + 11002 minus 11002, compliant minus completed', () => {
    // Exact: 21 − 19 = 2 (Alveringem). Published: 20 − 20 = 0, which is not 2 (and a multiple of 5).
    const union = kpi(policymaker, { id: 'K12', filter: { municipalities: ['38002', '11002'] } }).total.value;
    const antwerpen = kpi(policymaker, { id: 'K12', filter: { municipalities: ['11002'] } }).total.value;
    expect([union, antwerpen]).toEqual([20, 20]);
    // Exact: compliant 20 − completed 17 = 3 exempt. Published: 20 − 15 = 5, exempt itself withheld.
    const k10 = (measure: string) => kpi(policymaker, { id: 'K10', measure }).total;
    expect([k10('compliant').value, k10('completed').value, k10('exempt').status]).toEqual([20, 15, 'SUPPRESSED']);
  });

  it('lets no attack recover a suppressed cell of K9–K14', () => {
    const probes = runAttacks();
    // Every attack had suppressed cells to aim at, and most could compute a candidate.
    const attempts = new Map<string, number>();
    for (const p of probes) attempts.set(p.attack, (attempts.get(p.attack) ?? 0) + 1);
    expect(Object.fromEntries([...attempts].map(([a, n]) => [a, n > 0]))).toEqual({
      'total − other rows': true,
      'trend total − other years': true,
      'union of two filter values − one': true,
      'other measures of the KPI': true,
      'rate × count': true,
    });
    expect(probes.filter((p) => p.candidates.length > 0).length).toBeGreaterThan(100);
    // A suppressed cell holds 1–4; every published person count is a multiple of 5, so no sum or
    // difference of them is.
    expect(probes.every((p) => p.truth >= 1 && p.truth <= 4)).toBe(true);
    const recovered = probes.filter((p) => p.candidates.includes(p.truth)).map((p) => `${p.attack}: ${p.target} = ${p.truth}`);
    expect(recovered).toEqual([]);
  });
});
