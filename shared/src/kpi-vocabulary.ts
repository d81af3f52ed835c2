import { LEVELS, PROVINCES, SYSTEMS } from './enums.js';

// The KPI vocabulary, declared once: KPI ids, the measures of each KPI, the dimensions a result can
// be grouped by, the filters (the dimension each restricts, its API field, its URL parameter, its
// allowed values) and the overview's headline figures. The server derives its zod input, GraphQL
// enums and filter input from these lists, the web its URL parsing and filter state; a misspelt
// id, measure, dimension or filter is a type error on both sides.

export const KPI_IDS = [
  'K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10',
  'K11', 'K12', 'K13', 'K14', 'K15', 'K16', 'K17', 'K18', 'K19', 'K20',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

/**
 * The measures each KPI offers, in the order of its definition, the default first (the server's
 * catalogue test holds both to this list).
 */
export const KPI_MEASURES = {
  K1: ['recognitions'],
  K2: ['establishments', 'enterprises'],
  K3: ['applications'],
  K4: ['mandatedShare', 'mandated'],
  K5: ['approved', 'approvedInvestigated', 'approvedAutomatic', 'rejected', 'approvalRate', 'decisions'],
  K6: ['reasons'],
  K7: ['revocations', 'enterprises', 'establishments'],
  K8: ['stopped', 'expired', 'renewed'],
  K9: ['mentors'],
  K10: ['due', 'compliant', 'complianceRate', 'completed', 'exempt', 'notCompleted', 'followUpStopped', 'pending', 'assessed'],
  K11: ['mentors'],
  K12: ['agreements'],
  K13: ['agreements'],
  K14: ['terminations'],
  K15: ['recognisedEnterprises', 'activeEnterprises'],
  K16: ['activationRate'],
  K17: ['recognisedEstablishments', 'runningAgreements', 'enrolments', 'unusedCapacity', 'shortage'],
  K18: ['medianDays', 'decidedWithin14DaysShare', 'automaticApprovals'],
  K19: ['actions', 'establishments'],
  K20: ['appeals'],
} as const satisfies Record<KpiId, readonly [string, ...string[]]>;

/** A measure id of KPI `K` (of any KPI when `K` is the whole union). */
export type KpiMeasureId<K extends KpiId = KpiId> = (typeof KPI_MEASURES)[K][number];

/** A KPI and one of its own measures (absent: the KPI's default measure). */
export type KpiMeasureRef = { [K in KpiId]: { kpi: K; measure?: KpiMeasureId<K> } }[KpiId];

/** A KPI, or a KPI and one of its measures, written as in the dashboard's URLs: `K2.enterprises`. */
export type KpiIndicator = { [K in KpiId]: K | `${K}.${KpiMeasureId<K>}` }[KpiId];

/** The measure a KPI answers when none is asked for: its first. */
export function defaultMeasureOf<K extends KpiId>(kpi: K): KpiMeasureId<K> {
  return KPI_MEASURES[kpi][0] as KpiMeasureId<K>;
}

/** Whether `measure` is one of the measures of `kpi` (input from outside the compiler's sight). */
export function isKpiMeasure<K extends KpiId>(kpi: K, measure: string): measure is KpiMeasureId<K> {
  return (KPI_MEASURES[kpi] as readonly string[]).includes(measure);
}

export const KPI_DIMENSIONS = [
  'PROVINCE',
  'MUNICIPALITY',
  'PARTNERSHIP',
  'HANDLING_PARTNERSHIP',
  'JOINT_COMMITTEE',
  'SYSTEM',
  'LEVEL',
  'TRAINING',
  'PROVIDER',
  'STATUS',
  'REASON',
  'AGREEMENT_TYPE',
  'MANDATE_TYPE',
  'APPLICATION_KIND',
  'SCHOOL_YEAR',
] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

interface FilterSpec {
  /** The dimension the filter restricts. */
  dimension: Exclude<KpiDimension, 'SCHOOL_YEAR'>;
  /** Its name in the web's filter state (one value there), null: not offered in the dashboard. */
  key: string | null;
  /** Its URL parameter (Dutch: links are read and shared by Dutch-speaking users). */
  param: string | null;
  /** Allowed values, null: codes of reference data (at most 64 characters). */
  values: readonly string[] | null;
  /** The API field's description (enumerations describe themselves). */
  description: string | null;
}

/** The filters of the API (KpiFilter), by API field, in the order of the API. */
export const KPI_FILTERS = {
  provinces: { dimension: 'PROVINCE', key: 'province', param: 'provincie', values: PROVINCES, description: null },
  municipalities: { dimension: 'MUNICIPALITY', key: 'municipality', param: 'gemeente', values: null, description: 'NIS codes' },
  partnerships: {
    dimension: 'PARTNERSHIP',
    key: 'partnership',
    param: 'partnerschap',
    values: null,
    description: 'Partnership codes (reporting partnership)',
  },
  jointCommittees: { dimension: 'JOINT_COMMITTEE', key: 'jointCommittee', param: 'pc', values: null, description: 'PC numbers, e.g. "124"' },
  systems: { dimension: 'SYSTEM', key: 'system', param: 'stelsel', values: SYSTEMS, description: null },
  levels: { dimension: 'LEVEL', key: 'level', param: 'niveau', values: LEVELS, description: null },
  trainings: { dimension: 'TRAINING', key: 'training', param: 'opleiding', values: null, description: 'Training codes' },
  providers: { dimension: 'PROVIDER', key: null, param: null, values: null, description: 'Provider codes' },
} as const satisfies Record<string, FilterSpec>;

export type KpiFilterField = keyof typeof KPI_FILTERS;
export const KPI_FILTER_FIELDS = Object.keys(KPI_FILTERS) as KpiFilterField[];

/** A value of filter `F`: one of its enumeration, or a code. */
export type KpiFilterValue<F extends KpiFilterField> = (typeof KPI_FILTERS)[F]['values'] extends readonly (infer V)[] ? V : string;

/** The API's filter: every list restricts to its values; absent or empty lists do not filter. */
export type KpiFilter = { [F in KpiFilterField]?: readonly KpiFilterValue<F>[] | null };

/** The filters the dashboard offers, by their key in its filter state. */
type DashboardFilterField = { [F in KpiFilterField]: (typeof KPI_FILTERS)[F]['key'] extends string ? F : never }[KpiFilterField];
export type DashboardFilterKey = (typeof KPI_FILTERS)[DashboardFilterField]['key'];
export type DashboardFilterFieldOf<K extends DashboardFilterKey> = {
  [F in DashboardFilterField]: (typeof KPI_FILTERS)[F]['key'] extends K ? F : never;
}[DashboardFilterField];

/** The dashboard's filters with their API field, in API order. */
export const DASHBOARD_FILTERS = KPI_FILTER_FIELDS.flatMap((field) => {
  const spec: FilterSpec = KPI_FILTERS[field];
  return spec.key && spec.param ? [{ field, key: spec.key, param: spec.param, dimension: spec.dimension, values: spec.values }] : [];
}) as {
  field: DashboardFilterField;
  key: DashboardFilterKey;
  param: string;
  dimension: KpiDimension;
  values: readonly string[] | null;
}[];

/** The URL parameter of the school year every view shows. */
export const SCHOOL_YEAR_PARAM = 'jaar';

/**
 * The overview's headline figures, in order: the alias each has in the overview query
 * (docs/overview-query.md), its KPI and measure (absent: the KPI's default), and whether the
 * dashboard's overview shows it as a tile.
 */
export const OVERVIEW_FIGURES = [
  { alias: 'recognitions', kpi: 'K1', tile: true },
  { alias: 'establishments', kpi: 'K2', measure: 'establishments', tile: true },
  { alias: 'enterprises', kpi: 'K2', measure: 'enterprises', tile: false },
  { alias: 'applications', kpi: 'K3', tile: true },
  { alias: 'approved', kpi: 'K5', measure: 'approved', tile: true },
  { alias: 'rejected', kpi: 'K5', measure: 'rejected', tile: false },
  { alias: 'approvalRate', kpi: 'K5', measure: 'approvalRate', tile: false },
  { alias: 'mentors', kpi: 'K9', tile: true },
  { alias: 'mentorsDue', kpi: 'K10', measure: 'due', tile: false },
  { alias: 'mentorCompliance', kpi: 'K10', measure: 'complianceRate', tile: true },
  { alias: 'agreementsStarted', kpi: 'K12', tile: true },
  { alias: 'agreementsRunning', kpi: 'K13', tile: true },
  { alias: 'earlyTerminations', kpi: 'K14', tile: true },
] as const satisfies readonly (KpiMeasureRef & { alias: string; tile: boolean })[];

/** The overview's tiles: its headline figures the dashboard shows, in order. */
export const OVERVIEW_TILES: readonly KpiMeasureRef[] = OVERVIEW_FIGURES.filter((f) => f.tile).map(
  (f): KpiMeasureRef => ('measure' in f ? { kpi: f.kpi, measure: f.measure } : { kpi: f.kpi }) as KpiMeasureRef,
);
