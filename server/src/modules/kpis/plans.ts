import type { KpiDefinition, KpiId, KpiMeasureId, MeasureDefinition, UnitsWithFacts } from './engine/types.js';

// Performance-only choices, kept apart from the business rules of definitions/: the join order
// and index a measure's facts are read with, and a distinct total counted another way. A plan never
// changes a figure (the KPI snapshot of the demo database and the tests hold every result equal);
// it changes the SQL, which the checked-in sql-snapshots/ show. An index named here must exist
// (plans.test.ts).

export interface MeasurePlan {
  /** The facts' FROM with its join order fixed (same tables, aliases and join conditions as the rule's). */
  from?: string;
  /** The distinct total as "units having at least one fact" (see UnitsWithFacts). */
  total?: UnitsWithFacts;
}

/**
 * K2's totals over the recognitions of K1, in one statement for both measures: the establishments
 * holding one (walked in enterprise order, so neither every recognition's establishment nor a
 * temporary B-tree is needed) and their enterprises.
 */
const withValidRecognitions = {
  from: 'establishments u',
  counts: { establishments: 'COUNT(*)', enterprises: 'COUNT(DISTINCT u.enterprise_id)' },
  link: 'r.establishment_id = u.id',
  joins: [],
};
const enterprisesWithValidRecognitions: UnitsWithFacts = { ...withValidRecognitions, unit: 'enterprises' };

export const MEASURE_PLANS: { [K in KpiId]?: { [M in KpiMeasureId<K>]?: MeasurePlan } } = {
  K2: {
    establishments: { total: { ...withValidRecognitions, unit: 'establishments' } },
    enterprises: { total: enterprisesWithValidRecognitions },
  },
  K9: {
    mentors: {
      // The valid recognitions first (covering index on validity), then their mentors (covering
      // index on recognition_id); the planner otherwise scans every mentor link.
      from: 'recognitions r CROSS JOIN recognition_mentors rm ON rm.recognition_id = r.id',
      // The total walks the mentors, each stopping at its first link on a valid recognition (read
      // from the narrow id index rather than the wide table row).
      total: {
        from: 'mentors u',
        counts: { mentors: 'COUNT(*)' },
        unit: 'mentors',
        link: 'rm.mentor_id = u.id',
        factFrom: 'recognition_mentors rm CROSS JOIN recognitions r INDEXED BY recognitions_id_validity_dims_idx ON r.id = rm.recognition_id',
      },
    },
  },
  // K16's denominator is this same measure: it follows the plan too.
  K15: { recognisedEnterprises: { total: enterprisesWithValidRecognitions } },
};

/** Attaches each measure's plan to its count (once, when the catalogue is built). */
export function withPlans(catalog: readonly KpiDefinition[]): readonly KpiDefinition[] {
  for (const kpi of catalog) {
    const plans = MEASURE_PLANS[kpi.id] as Record<string, MeasurePlan> | undefined;
    for (const measure of kpi.measures) {
      const plan = plans?.[measure.id];
      if (plan) applyPlan(kpi, measure, plan);
    }
  }
  return catalog;
}

function applyPlan(kpi: KpiDefinition, measure: MeasureDefinition, plan: MeasurePlan): void {
  const calc = measure.calc;
  if (calc.kind !== 'count') throw new Error(`plan of ${kpi.id}.${measure.id}: only counts take a plan`);
  if (plan.from) calc.source = { ...calc.source, from: plan.from };
  if (plan.total) calc.total = plan.total;
}
