import { parentPort, workerData } from 'node:worker_threads';
import { openReadOnlyDatabase } from '../../db/client.js';
import { computeKpi, computeKpiTrend, KpiInputError, warmKpiCache, type KpiInput } from './kpis.service.js';
import type { KpiJob, KpiJobReply, KpiWorkerData } from './kpi-workers.js';

// One KPI worker thread (kpi-workers.ts): its own read-only connection, prepared statements and
// result cache; it computes one job at a time and answers the result without its definition
// (functions do not cross threads: the main thread puts it back by id). The input is validated
// here, by the verbs, as on the main thread.

const { file, warmToday } = workerData as KpiWorkerData;
const db = openReadOnlyDatabase(file);
if (warmToday) warmKpiCache(db, warmToday);
parentPort?.postMessage({ ready: true } satisfies KpiJobReply);

parentPort?.on('message', (job: KpiJob) => {
  let reply: KpiJobReply;
  try {
    const ctx = { db, actor: job.actor, today: job.today, suppressionThreshold: job.suppressionThreshold, input: job.input };
    const { kpi, ...result } = job.verb === 'kpi' ? computeKpi({ ...ctx, input: job.input as KpiInput }) : computeKpiTrend(ctx);
    reply = { id: job.id, ok: true, kpiId: kpi.id, result };
  } catch (error) {
    reply =
      error instanceof KpiInputError
        ? { id: job.id, ok: false, argument: error.argument, message: error.message }
        : { id: job.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
