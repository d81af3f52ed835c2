import { parentPort } from 'node:worker_threads';
import type { KpiJob, KpiJobReply } from '../modules/kpis/index.js';

// A KPI worker for pool tests: a job whose measure is "stuck" never ends (like a statement SQLite
// cannot interrupt); any other job is refused at once as a bad measure.
parentPort?.postMessage({ ready: true } satisfies KpiJobReply);
parentPort?.on('message', (job: KpiJob) => {
  if (job.input.measure === 'stuck') for (;;);
  parentPort?.postMessage({ id: job.id, ok: false, argument: 'measure', message: `measure: ${job.input.measure}` } satisfies KpiJobReply);
});
