import { describe, expect, it } from 'vitest';
import { activeFilterChips, setFilterCount, trainingOptions } from './filter-options';

describe('trainingOptions', () => {
  const catalogue = [
    { code: 'B', nameNl: 'Metselaar', system: 'DUAL', level: 'SECONDARY' },
    { code: 'A', nameNl: 'Kok', system: 'DUAL', level: 'SECONDARY' },
    { code: 'C', nameNl: 'Elektricien', system: 'DUAL', level: 'SECONDARY' },
  ] as const;
  it('lists the catalogue by name, or only the recognised trainings, keeping the selection', () => {
    expect(trainingOptions(catalogue, null).map((o) => o.value)).toEqual(['C', 'A', 'B']);
    expect(trainingOptions(catalogue, ['B']).map((o) => o.value)).toEqual(['B']);
    expect(trainingOptions(catalogue, ['B'], 'A').map((o) => o.value)).toEqual(['A', 'B']);
  });
});

describe('trainingOptions labels', () => {
  it('tells apart trainings that share a name, by system and level, and by code as a last resort', () => {
    const options = trainingOptions(
      [
        { code: 'K1', nameNl: 'Kapper', system: 'DUAL', level: 'SECONDARY' },
        { code: 'K2', nameNl: 'Kapper', system: 'LEREN_EN_WERKEN', level: 'SECONDARY' },
        { code: 'B1', nameNl: 'Bandenmonteur', system: 'LEREN_EN_WERKEN', level: 'SECONDARY' },
        { code: 'B2', nameNl: 'Bandenmonteur', system: 'DUAL', level: 'ADULT' },
        { code: 'X1', nameNl: 'Kok', system: 'DUAL', level: 'ADULT' },
        { code: 'X2', nameNl: 'Kok', system: 'DUAL', level: 'ADULT' },
      ],
      null,
    );
    expect(options.map((o) => o.label)).toEqual([
      'Bandenmonteur (duaal, VWO)',
      'Bandenmonteur (LenW, SO)',
      'Kapper (duaal, SO)',
      'Kapper (LenW, SO)',
      'Kok (duaal, VWO · X1)',
      'Kok (duaal, VWO · X2)',
    ]);
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

describe('setFilterCount', () => {
  it('counts the filters set besides the school year', () => {
    expect(setFilterCount({ schoolYear: '2025-2026' })).toBe(0);
    // Province, system and training set: "Filters (3)".
    expect(setFilterCount({ schoolYear: '2025-2026', province: 'LIMBURG', system: 'DUAL', training: 'T1' })).toBe(3);
  });
});
