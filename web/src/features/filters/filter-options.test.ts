import { describe, expect, it } from 'vitest';
import { activeFilterChips, trainingOptions } from './filter-options';

describe('trainingOptions', () => {
  const catalogue = [
    { code: 'B', nameNl: 'Metselaar' },
    { code: 'A', nameNl: 'Kok' },
    { code: 'C', nameNl: 'Elektricien' },
  ];
  it('lists the catalogue by name, or only the recognised trainings, keeping the selection', () => {
    expect(trainingOptions(catalogue, null).map((o) => o.value)).toEqual(['C', 'A', 'B']);
    expect(trainingOptions(catalogue, ['B']).map((o) => o.value)).toEqual(['B']);
    expect(trainingOptions(catalogue, ['B'], 'A').map((o) => o.value)).toEqual(['A', 'B']);
  });
});

describe('activeFilterChips', () => {
  it('labels every set filter except the school year', () => {
    const label = (v: string) => v.toLowerCase();
    const labels = { province: label, municipality: label, partnership: label, jointCommittee: (v: string) => `PC ${v}`, system: label, level: label, training: label };
    expect(activeFilterChips({ schoolYear: '2022-2023', partnership: 'BOUW', jointCommittee: '124' }, labels)).toEqual([
      { key: 'partnership', label: 'bouw' },
      { key: 'jointCommittee', label: 'PC 124' },
    ]);
  });
});
