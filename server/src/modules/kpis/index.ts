import { schoolYearEnd, schoolYearStart } from '@duaal/shared';
import type { SQL } from 'drizzle-orm';
import { validRecognitions } from './definitions/k01-k02-recognitions.js';
import { withParams } from './engine/bind.js';
import { factQuery } from './engine/sql.js';
import type { FactSource, KpiFilter } from './engine/types.js';

// The KPI module's public face: other modules, the CLI, seeds and scripts import from here (or
// `@duaal/server/kpis`), never from engine/ or definitions/ (server/src/boundaries.test.ts checks it).
// It only re-exports and wraps, so the engine's internals can change behind it.

export { computeKpi, computeKpiTrend, KpiInputError, listSchoolYears, warmKpiCache, type KpiInput, type KpiTrendInput } from './kpis.service.js';
export { KPI_CATALOG, KPIS_BY_ID } from './catalog.js';
export { KpiWorkerPool, QueryTimeoutError, type KpiBudget, type KpiJob, type KpiJobReply } from './kpi-workers.js';
export { OVERVIEW_QUERY } from './overview-query.js';
export { dimensionLabels } from './engine/labels.js';
export {
  effectiveAgreementStatus,
  effectiveAutomaticApproval,
  effectiveMentorTrainingStatus,
  effectiveRecognitionStatus,
} from './calendar-status.js';
export type { KpiDefinition, KpiDimension, KpiFilter, KpiId, KpiResult, KpiRow, ValueStatus } from './engine/types.js';
/** A SELECT through the per-connection statement and result cache the KPIs use (docs/kpi-cache.md). */
export { all as cachedRows } from './engine/sql.js';

/** The facts a KPI counts whose ids another module may select (the recognition list uses K1's). */
const FACT_SOURCES = {
  K1: { source: validRecognitions, id: 'r.id' },
} as const satisfies Record<string, { source: FactSource; id: string }>;

export type FactKpi = keyof typeof FACT_SOURCES;

export interface FactPeriod {
  /** The school year measured; its last day decides the reporting partnership. */
  schoolYear: string;
  /** "Today" for the statuses that follow the calendar. */
  asOf: string;
  /** true: facts of any day count, the school year only dates the dimensions. */
  anyDay?: boolean;
}

/**
 * `SELECT <id>` of the facts `kpi` counts in the period under the filter, built from the KPI's own
 * fact source, so a record list filtered by it applies the very rule of the figure.
 */
export function factIds(kpi: FactKpi, period: FactPeriod, filter: KpiFilter): SQL {
  const { source: counted, id } = FACT_SOURCES[kpi];
  const source = period.anyDay ? { ...counted, where: '1 = 1' } : counted;
  const { schoolYear, asOf } = period;
  const { body, params } = factQuery({
    source,
    period: { start: schoolYearStart(schoolYear), end: schoolYearEnd(schoolYear), reportingDate: schoolYearEnd(schoolYear), years: [schoolYear], asOf },
    filter,
    keys: [],
  });
  return withParams(`SELECT ${id} ${body}`, params);
}
