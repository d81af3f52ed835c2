import { ServiceError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import type { KpiResult } from './engine/types.js';
import type { KpiInput, KpiTrendInput } from './kpis.service.js';

// What the KPI worker pool (kpi-workers.ts) and its workers (kpi-worker.ts) say to each other, and
// the budget a request gives its KPI fields.

export interface KpiWorkerData {
  file: string;
  /** Fill the worker's result cache with the overview figures of this day first (first workers only). */
  warmToday?: string;
}

export interface KpiJob {
  id: number;
  verb: 'kpi' | 'kpiTrend';
  input: KpiInput | KpiTrendInput;
  actor: Actor;
  today: string;
  suppressionThreshold: number;
}

export type KpiJobReply =
  | { ready: true }
  | { id: number; ok: true; kpiId: string; result: Omit<KpiResult, 'kpi'> }
  | { id: number; ok: false; message: string; argument?: string };

/** The request's time budget ran out before its KPI was computed. */
export class QueryTimeoutError extends ServiceError {
  constructor(readonly budgetMs: number) {
    super('QUERY_TIMEOUT', `The request exceeded its time budget of ${budgetMs} ms for KPI computations; ask for fewer KPI fields at once.`, { budgetMs });
  }
}

/** One request's share of the pool: its budget, shared by all its KPI fields. */
export interface KpiBudget {
  /** performance.now() value after which the request's KPI jobs are refused or stopped. */
  deadline: number;
  budgetMs: number;
}
