import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../db/client.js';
import type { WorkerInput, WorkerOutput } from './import-worker.js';
import { runImport, type ImportReport, type ImportRequest } from './run-import.js';

const WORKER = new URL('./import-worker-entry.mjs', import.meta.url);

/** Emits `started` when a worker takes an import up (for tests and logs). */
export const importActivity = new EventEmitter();

// One import at a time per process: a second upload waits for the first instead of for the lock.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs an import in a worker thread with its own connection, so that other requests are answered
 * while it parses, validates and writes. An in-memory database has no second connection: the
 * import then runs on this thread.
 */
export function importInWorker(db: Db, request: ImportRequest): Promise<ImportReport> {
  const run = () => (db.sqlite.memory ? Promise.resolve(runImport(db, request)) : startWorker({ databaseFile: db.sqlite.name, request }));
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function startWorker(input: WorkerInput): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    // Hand over the uploaded bytes without a copy; only buffers that hold nothing else (not Node's pool).
    const whole = input.request.files.map((f) => f.bytes).filter((b) => b.byteOffset === 0 && b.byteLength === b.buffer.byteLength);
    const transfer = [...new Set(whole.map((b) => b.buffer as ArrayBuffer))];
    const worker = new Worker(WORKER, { workerData: input, transferList: transfer });
    importActivity.emit('started');
    let settled = false;
    worker.once('message', (output: WorkerOutput) => {
      settled = true;
      if ('report' in output) resolve(output.report);
      else reject(new Error(`import worker failed: ${output.crash}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`import worker stopped with exit code ${code}`));
    });
  });
}
