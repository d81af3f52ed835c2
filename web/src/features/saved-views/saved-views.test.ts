import { describe, expect, it } from 'vitest';
import { currentViewAddress, missingFilterValues, saveErrorKind } from './saved-views';

describe('the address a saved view keeps', () => {
  it('keeps the path, the filters and the view options, not a record opened in a panel', () => {
    // "detail" opens one record's panel: not part of the view; "kaart" is the map level, kept.
    expect(currentViewAddress('/provincies', '?jaar=2024-2025&detail=recognition:12&kaart=gemeenten')).toEqual({ path: '/provincies', query: 'jaar=2024-2025&kaart=gemeenten' });
    expect(currentViewAddress('/overzicht', '')).toEqual({ path: '/overzicht', query: '' });
  });
});

describe('filter values a saved view names but the lists no longer hold', () => {
  const lists = {
    schoolYears: ['2023-2024', '2024-2025'],
    partnerships: [{ code: 'BOUW' }, { code: 'HORECA' }],
    municipalities: null,
    jointCommittees: [{ code: '124' }],
    trainings: [{ code: 'SO-KAP' }],
  };

  it('names each one, and none when every value exists', () => {
    expect(missingFilterValues({ schoolYear: '2024-2025', partnership: 'BOUW', training: 'SO-KAP' }, lists)).toEqual([]);
    // 2015-2016 is not among the years with data; OUD-PS was dropped from the partnerships.
    expect(missingFilterValues({ schoolYear: '2015-2016', partnership: 'OUD-PS', jointCommittee: '124' }, lists)).toEqual([
      { key: 'schoolYear', value: '2015-2016' },
      { key: 'partnership', value: 'OUD-PS' },
    ]);
  });

  it('does not judge a filter whose list is not loaded', () => {
    // municipalities is null (no province chosen, the list was not asked for).
    expect(missingFilterValues({ municipality: '71022' }, lists)).toEqual([]);
  });
});

describe('the message of a failed save', () => {
  it('follows the field the server names', () => {
    expect(saveErrorKind({ message: 'name: you already have a view named "X"', extensions: { field: 'name' } })).toBe('duplicate');
    expect(saveErrorKind({ message: 'name: is longer than 80 characters', extensions: { field: 'name' } })).toBe('name');
    expect(saveErrorKind({ message: 'query: unknown parameter "x"', extensions: { field: 'query' } })).toBe('address');
    expect(saveErrorKind({ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } })).toBe('other');
    expect(saveErrorKind(undefined)).toBe('other');
  });
});

describe('the views a saved view may name', () => {
  it('include every view of the router (the server accepts only SAVED_VIEW_PATHS)', async () => {
    const { SAVED_VIEW_PATHS } = await import('@duaal/shared');
    const { VIEWS } = await import('../../lib/router');
    expect(VIEWS.filter((v) => !(SAVED_VIEW_PATHS as readonly string[]).includes(v))).toEqual([]);
  });
});
