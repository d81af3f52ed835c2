import { describe, expect, it } from 'vitest';
import * as shared from './index.js';

// Issue 11, "Wording": the English mode leaves no role or status in Dutch. Every value of every
// fixed list has a Dutch label (labels.ts) and an English one (labels-en.ts); the pairs below are
// written out by hand so a list added to enums.ts without labels shows up as a missing pair.

const PAIRS: [string, readonly string[], Record<string, string>, Record<string, string>][] = [
  ['systems', shared.SYSTEMS, shared.SYSTEM_LABELS, shared.SYSTEM_LABELS_EN],
  ['levels', shared.LEVELS, shared.LEVEL_LABELS, shared.LEVEL_LABELS_EN],
  ['recognition statuses', shared.RECOGNITION_STATUSES, shared.RECOGNITION_STATUS_LABELS, shared.RECOGNITION_STATUS_LABELS_EN],
  ['application kinds', shared.APPLICATION_KINDS, shared.APPLICATION_KIND_LABELS, shared.APPLICATION_KIND_LABELS_EN],
  ['mandate types', shared.MANDATE_TYPES, shared.MANDATE_TYPE_LABELS, shared.MANDATE_TYPE_LABELS_EN],
  ['rejection reasons', shared.REJECTION_REASONS, shared.REJECTION_REASON_LABELS, shared.REJECTION_REASON_LABELS_EN],
  ['mentor-training statuses', shared.MENTOR_TRAINING_STATUSES, shared.MENTOR_TRAINING_STATUS_LABELS, shared.MENTOR_TRAINING_STATUS_LABELS_EN],
  ['mentor removal reasons', shared.MENTOR_REMOVAL_REASONS, shared.MENTOR_REMOVAL_REASON_LABELS, shared.MENTOR_REMOVAL_REASON_LABELS_EN],
  ['agreement types', shared.AGREEMENT_TYPES, shared.AGREEMENT_TYPE_LABELS, shared.AGREEMENT_TYPE_LABELS_EN],
  ['agreement statuses', shared.AGREEMENT_STATUSES, shared.AGREEMENT_STATUS_LABELS, shared.AGREEMENT_STATUS_LABELS_EN],
  ['termination reasons', shared.TERMINATION_REASONS, shared.TERMINATION_REASON_LABELS, shared.TERMINATION_REASON_LABELS_EN],
  ['appeal types', shared.APPEAL_TYPES, shared.APPEAL_TYPE_LABELS, shared.APPEAL_TYPE_LABELS_EN],
  ['appeal statuses', shared.APPEAL_STATUSES, shared.APPEAL_STATUS_LABELS, shared.APPEAL_STATUS_LABELS_EN],
  ['appeal outcomes', shared.APPEAL_OUTCOMES, shared.APPEAL_OUTCOME_LABELS, shared.APPEAL_OUTCOME_LABELS_EN],
  ['follow-up action types', shared.FOLLOW_UP_ACTION_TYPES, shared.FOLLOW_UP_ACTION_TYPE_LABELS, shared.FOLLOW_UP_ACTION_TYPE_LABELS_EN],
  ['provinces', shared.PROVINCES, shared.PROVINCE_LABELS, shared.PROVINCE_LABELS_EN],
  ['roles', shared.ROLES, shared.ROLE_LABELS, shared.ROLE_LABELS_EN],
];

/** English labels that are rightly the same word in Dutch: legal abbreviations and one place name. */
const SAME_IN_BOTH = new Set(['OAO', 'SAO', 'DA', 'DA-SM', 'ODOS', 'ODO', 'ODO(W)', 'Limburg']);

describe('labels of the fixed lists', () => {
  it.each(PAIRS)('%s: every value has a Dutch and an English label', (_name, values, nl, en) => {
    expect(Object.keys(nl).sort()).toEqual([...values].sort());
    expect(Object.keys(en).sort()).toEqual([...values].sort());
    for (const value of values) {
      expect(en[value]?.trim(), value).toBeTruthy();
      // An English label copied from the Dutch one is Dutch left in the English mode.
      if (!SAME_IN_BOTH.has(en[value]!)) expect(en[value], value).not.toBe(nl[value]);
    }
  });

  it('names the K10 and list status NOT_COMPLETED with one term, "Niet tijdig gevolgd"', () => {
    expect(shared.MENTOR_TRAINING_STATUS_LABELS.NOT_COMPLETED).toBe('Niet tijdig gevolgd');
    expect(shared.MENTOR_TRAINING_STATUS_LABELS_EN.NOT_COMPLETED).toBe(shared.STATUS_AT_DEADLINE_LABELS_EN.NOT_COMPLETED);
  });
});

describe('English labels of KPI row keys', () => {
  it('translates the fixed lists by dimension and leaves names from the data alone', () => {
    expect(shared.englishDimensionLabel('PROVINCE', 'WEST_VLAANDEREN')).toBe('West Flanders');
    expect(shared.englishDimensionLabel('STATUS', 'NOT_COMPLETED')).toBe('Not completed in time');
    expect(shared.englishDimensionLabel('STATUS', 'TERMINATED_EARLY')).toBe('Terminated early');
    expect(shared.englishDimensionLabel('REASON', 'NO_QUALIFIED_MENTOR')).toBe('No mentor who meets the criteria');
    // A partnership's or training's name comes from the data: no English label.
    expect(shared.englishDimensionLabel('PARTNERSHIP', 'BOUW')).toBeUndefined();
    expect(shared.englishDimensionLabel('STATUS', 'SOMETHING_NEW')).toBeUndefined();
  });

  it.each([
    ['STATUS', shared.RECOGNITION_STATUSES],
    ['STATUS', shared.AGREEMENT_STATUSES],
    ['STATUS', shared.APPEAL_STATUSES],
    ['STATUS', shared.FOLLOW_UP_ACTION_TYPES],
    ['REASON', shared.REJECTION_REASONS],
    ['REASON', shared.MENTOR_REMOVAL_REASONS],
    ['REASON', shared.TERMINATION_REASONS],
    ['REASON', shared.APPEAL_OUTCOMES],
    ['SYSTEM', shared.SYSTEMS],
    ['LEVEL', shared.LEVELS],
    ['AGREEMENT_TYPE', shared.AGREEMENT_TYPES],
    ['MANDATE_TYPE', shared.MANDATE_TYPES],
    ['APPLICATION_KIND', shared.APPLICATION_KINDS],
  ] as const)('has an English label for every %s key the KPIs group by', (dimension, values) => {
    expect(values.filter((v) => !shared.englishDimensionLabel(dimension, v))).toEqual([]);
  });
});
