import { describe, expect, it } from 'vitest';
import { breadcrumb, drillLevel } from './sector-mapper';

describe('sector drill-down', () => {
  it('goes partnership → PC number → training as filters are set', () => {
    expect(drillLevel({})).toMatchObject({ dimension: 'PARTNERSHIP', next: 'partnership' });
    expect(drillLevel({ partnership: 'BOUW' })).toMatchObject({ dimension: 'JOINT_COMMITTEE', next: 'jointCommittee' });
    expect(drillLevel({ partnership: 'BOUW', jointCommittee: '124' })).toMatchObject({ dimension: 'TRAINING', next: 'training' });
    expect(drillLevel({ partnership: 'BOUW', jointCommittee: '124', training: 'X' }).next).toBeUndefined();
  });
  it('offers a way back to each level above', () => {
    expect(breadcrumb({ partnership: 'BOUW', jointCommittee: '124' }).map((s) => [s.key, s.clear])).toEqual([
      ['all', ['partnership', 'jointCommittee', 'training']],
      ['partnership', ['jointCommittee', 'training']],
      ['jointCommittee', ['training']],
    ]);
  });
});
