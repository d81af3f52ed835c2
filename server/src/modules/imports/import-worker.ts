import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/client.js';
import { runImport, type ImportReport, type ImportRequest } from './run-import.js';

// The import in a worker thread: parse, validate and write with its own connection to the same
// SQLite file (WAL), so the server's thread keeps answering meanwhile.

export interface WorkerInput {
  databaseFile: string;
  request: ImportRequest;
}

export type WorkerOutput = { report: ImportReport } | { crash: string };

const { databaseFile, request } = workerData as WorkerInput;
const db = openDatabase(databaseFile);
// Wait for a write lock held elsewhere (another process importing) rather than fail at once.
db.sqlite.pragma('busy_timeout = 60000');
let output: WorkerOutput;
try {
  output = { report: runImport(db, request) };
} catch (error) {
  output = { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
} finally {
  db.sqlite.close();
}
parentPort?.postMessage(output!);
