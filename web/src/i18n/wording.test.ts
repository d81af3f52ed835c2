import { MENTOR_TRAINING_STATUS_LABELS, MENTOR_TRAINING_STATUS_LABELS_EN, ROLE_LABELS_EN } from '@duaal/shared';
import { describe, expect, it } from 'vitest';
import { enumLabels, keyLabel } from './enum-labels';
import { en, nl } from './messages';

// Issue 11, "Wording": one term per status, the total distinct from the pending ones, and an
// English mode without Dutch roles or statuses.

describe('wording of the mentor figures', () => {
  it('uses the list\'s term for NOT_COMPLETED in the chart too', () => {
    expect(nl.mentors.notCompleted).toBe(MENTOR_TRAINING_STATUS_LABELS.NOT_COMPLETED);
    expect(en.mentors.notCompleted).toBe(MENTOR_TRAINING_STATUS_LABELS_EN.NOT_COMPLETED);
  });

  it('does not name the total like the pending status ("Te volgen" beside "Op te volgen")', () => {
    expect(nl.statusLabels.mentorTraining.PENDING).toBe('Op te volgen');
    expect(nl.mentors.due.toLowerCase()).not.toContain('te volgen');
    expect(en.mentors.due.toLowerCase()).not.toContain('pending');
  });
});

describe('English mode', () => {
  it('shows roles and statuses in English', () => {
    expect(enumLabels('en').role.POLICYMAKER).toBe(ROLE_LABELS_EN.POLICYMAKER);
    expect(enumLabels('nl').role.POLICYMAKER).toBe('Beleidsmaker');
    expect(enumLabels('en').province.OOST_VLAANDEREN).toBe('East Flanders');
    expect(en.statusLabels.mentorTraining.PENDING).toBe('Pending');
  });

  it('translates a KPI row key of a fixed list, and keeps a name from the data', () => {
    expect(keyLabel({ dimension: 'STATUS', id: 'NOT_COMPLETED', label: 'Niet tijdig gevolgd' }, 'en')).toBe('Not completed in time');
    expect(keyLabel({ dimension: 'STATUS', id: 'NOT_COMPLETED', label: 'Niet tijdig gevolgd' }, 'nl')).toBe('Niet tijdig gevolgd');
    expect(keyLabel({ dimension: 'PARTNERSHIP', id: 'BOUW', label: 'Bouw' }, 'en')).toBe('Bouw');
  });
});
