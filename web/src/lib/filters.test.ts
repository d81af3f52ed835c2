import { describe, expect, it } from 'vitest';
import { parseFilters, provinceOfNis, setFilter, toKpiFilter, writeFilters } from './filters';

describe('filters in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const filters = {
      schoolYear: '2022-2023',
      province: 'ANTWERPEN' as const,
      municipality: '11002',
      partnership: 'BOUW',
      jointCommittee: '124',
      system: 'DUAL' as const,
      level: 'SECONDARY' as const,
      training: 'BOUW_METSELAAR',
    };
    const search = writeFilters(new URLSearchParams('kaart=gemeenten'), filters);
    expect(search.get('kaart')).toBe('gemeenten');
    expect(search.get('provincie')).toBe('ANTWERPEN');
    expect(parseFilters(new URLSearchParams(search.toString()))).toEqual(filters);
  });

  it('drops values that are not valid', () => {
    expect(parseFilters(new URLSearchParams('jaar=2022-2024&provincie=NOWHERE&stelsel=dual&pc=<script>'))).toEqual({});
  });

  it('removes cleared filters from the URL', () => {
    const search = writeFilters(new URLSearchParams('jaar=2022-2023&provincie=LIMBURG'), { schoolYear: '2022-2023' });
    expect(search.toString()).toBe('jaar=2022-2023');
  });
});

describe('cascading filters', () => {
  it('clears PC number and training when the partnership changes', () => {
    expect(setFilter({ partnership: 'BOUW', jointCommittee: '124', training: 'X' }, 'partnership', 'HORECA')).toEqual({
      partnership: 'HORECA',
    });
  });
  it('clears the training when the PC number changes, keeps it when it stays', () => {
    expect(setFilter({ jointCommittee: '124', training: 'X' }, 'jointCommittee', '302')).toEqual({ jointCommittee: '302' });
    expect(setFilter({ jointCommittee: '124', training: 'X' }, 'jointCommittee', '124')).toEqual({ jointCommittee: '124', training: 'X' });
  });
  it('clears a municipality outside the new province and sets the province of a municipality', () => {
    expect(setFilter({ province: 'ANTWERPEN', municipality: '11002' }, 'province', 'LIMBURG')).toEqual({ province: 'LIMBURG' });
    expect(setFilter({}, 'municipality', '71016')).toEqual({ municipality: '71016', province: 'LIMBURG' });
    expect(setFilter({ province: 'ANTWERPEN', municipality: '11002' }, 'province', undefined)).toEqual({});
  });
});

describe('toKpiFilter', () => {
  it('maps single filters to the API lists and leaves out omitted dimensions', () => {
    expect(toKpiFilter({ schoolYear: '2022-2023', province: 'BRUSSEL', partnership: 'BOUW' }, ['province'])).toEqual({ partnerships: ['BOUW'] });
    expect(toKpiFilter({ system: 'DUAL', level: 'ADULT', training: 'T' })).toEqual({ systems: ['DUAL'], levels: ['ADULT'], trainings: ['T'] });
  });
});

describe('provinceOfNis', () => {
  it.each([
    ['11002', 'ANTWERPEN'],
    ['21004', 'BRUSSEL'],
    ['24062', 'VLAAMS_BRABANT'],
    ['25072', 'WALLONIE'],
    ['31005', 'WEST_VLAANDEREN'],
    ['44021', 'OOST_VLAANDEREN'],
    ['71016', 'LIMBURG'],
    ['62063', 'WALLONIE'],
  ])('%s → %s', (nis, province) => expect(provinceOfNis(nis)).toBe(province));
});
