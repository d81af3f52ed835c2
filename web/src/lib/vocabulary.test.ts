import type { KpiFilter, KpiIndicator, KpiMeasureRef } from '@duaal/shared';
import type { ComponentProps } from 'react';
import { describe, expect, it } from 'vitest';
import type { KpiBreakdownChart } from '../components/KpiBreakdownChart';
import { DIMENSION_FILTER, FILTER_KEYS, FILTER_PARAMS, toKpiFilter, type Filters } from './filters';

// The web's filters are derived from the vocabulary declared once in shared (KPI_FILTERS). The
// expected type errors at the end prove that the compiler refuses a misspelt KPI, measure, dimension
// or filter (`npm run typecheck -w web` reads this file).

describe('the web filters derived from the shared vocabulary', () => {
  it('keeps the URL parameters and their order', () => {
    // The parameters of links users already shared: these must not change with the refactoring.
    expect(FILTER_KEYS.map((k) => `${k}=${FILTER_PARAMS[k]}`)).toEqual([
      'schoolYear=jaar',
      'province=provincie',
      'municipality=gemeente',
      'partnership=partnerschap',
      'jointCommittee=pc',
      'system=stelsel',
      'level=niveau',
      'training=opleiding',
    ]);
  });

  it('maps each filter to its API field and its dimension', () => {
    // One filter per field, with one value each; the school year is no KPI filter.
    expect(toKpiFilter({ schoolYear: '2022-2023', jointCommittee: '124', level: 'ADULT' })).toEqual({ jointCommittees: ['124'], levels: ['ADULT'] });
    expect(DIMENSION_FILTER.JOINT_COMMITTEE).toBe('jointCommittee');
    // PROVIDER is an API filter the dashboard does not offer, STATUS no filter at all.
    expect(DIMENSION_FILTER.PROVIDER).toBeUndefined();
    expect(DIMENSION_FILTER.STATUS).toBeUndefined();
  });
});

// Compile-time checks: each line below must be a type error.
export const misspelt = () => {
  // @ts-expect-error K1 has no measure "enterprises".
  const tile: KpiMeasureRef = { kpi: 'K1', measure: 'enterprises' };
  // @ts-expect-error a misspelt measure in a URL indicator.
  const indicator: KpiIndicator = 'K15.recognizedEnterprises';
  // @ts-expect-error a misspelt filter key of the dashboard.
  const filters: Filters = { provence: 'LIMBURG' };
  // @ts-expect-error a value outside the province list.
  const province: Filters = { province: 'HAINAUT' };
  // @ts-expect-error a misspelt API filter field.
  const api: KpiFilter = { trainingCodes: ['X'] };
  // @ts-expect-error a misspelt dimension.
  const dimension: ComponentProps<typeof KpiBreakdownChart>['dimension'] = 'JOINTCOMMITTEE';
  return [tile, indicator, filters, province, api, dimension];
};
