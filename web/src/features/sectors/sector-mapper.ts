import type { FilterKey, Filters } from '../../lib/filters';

export const SECTOR_MEASURES = ['recognitions', 'establishments', 'enterprises', 'mentors', 'agreements', 'activationRate'] as const;
export type SectorMeasure = (typeof SECTOR_MEASURES)[number];

export interface DrillLevel {
  dimension: 'PARTNERSHIP' | 'JOINT_COMMITTEE' | 'TRAINING';
  /** Label key of the grouping column. */
  filterLabel: 'partnership' | 'jointCommittee' | 'training';
  /** The filter a click on a row sets (drill-down); none at the deepest level. */
  next?: Extract<FilterKey, 'partnership' | 'jointCommittee' | 'training'>;
}

/** Partnership → PC number → training: the level shown follows the filters already set. */
export function drillLevel(filters: Filters): DrillLevel {
  if (filters.jointCommittee || filters.training) return { dimension: 'TRAINING', filterLabel: 'training', next: filters.training ? undefined : 'training' };
  if (filters.partnership) return { dimension: 'JOINT_COMMITTEE', filterLabel: 'jointCommittee', next: 'jointCommittee' };
  return { dimension: 'PARTNERSHIP', filterLabel: 'partnership', next: 'partnership' };
}

/** The breadcrumb of the drill-down: each step clears the filters below it. */
export function breadcrumb(filters: Filters): { key: 'all' | 'partnership' | 'jointCommittee'; clear: FilterKey[] }[] {
  const steps: { key: 'all' | 'partnership' | 'jointCommittee'; clear: FilterKey[] }[] = [
    { key: 'all', clear: ['partnership', 'jointCommittee', 'training'] },
  ];
  if (filters.partnership) steps.push({ key: 'partnership', clear: ['jointCommittee', 'training'] });
  if (filters.jointCommittee) steps.push({ key: 'jointCommittee', clear: ['training'] });
  return steps;
}
