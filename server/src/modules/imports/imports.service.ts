import { IMPORT_SOURCES, type ImportSource } from '@duaal/shared';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, users } from '../../db/schema/index.js';
import type { Actor } from '../auth/actor.js';
import { badUserInput } from '../records/errors.js';
import { recordFailedImport, type ImportAuditDetail } from './import-bundle.js';
import { importInWorker } from './import-in-worker.js';
import { formatMegabytes, type UploadLimits } from './upload-limits.js';
import { IMPORT_FILE_NAMES, type ImportCounts } from './import-result.js';
import type { ImportReport } from './run-import.js';

/** One import of the history, read back from the audit log. */
export interface ImportRun {
  id: number;
  at: string;
  userEmail: string | null;
  /** Null for imports recorded before the source was. */
  source: ImportSource | null;
  files: string[];
  ok: boolean;
  errorCount: number;
  counts: ImportCounts | null;
  durationMs: number | null;
}

/**
 * Imports uploaded files (the dashboard or a script): the bytes are read, their total checked
 * against the limit before any parsing, and the import runs in a worker thread.
 */
export async function importUploadedFiles({
  db,
  actor,
  input,
  at,
  source,
  limits,
}: {
  db: Db;
  actor: Actor;
  input: { files: File[] };
  at: Date;
  source: ImportSource;
  limits: UploadLimits;
}): Promise<ImportReport> {
  // Refused before reading is still an import attempt: the audit log and the history show it.
  const refuse = (message: string) => {
    recordFailedImport(db, { userId: actor.userId, source, files: input.files.map((f) => f.name.slice(0, 200)), at }, 1, 0);
    return badUserInput(message);
  };
  if (input.files.length === 0) throw refuse('files: send at least one CSV file or one zip');
  const total = input.files.reduce((sum, f) => sum + f.size, 0);
  if (total > limits.maxUploadBytes) {
    throw refuse(`files: the upload is ${formatMegabytes(total)}; the limit is ${formatMegabytes(limits.maxUploadBytes)}`);
  }
  const files = await Promise.all(input.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  return importInWorker(db, { files, userId: actor.userId, source, at: at.toISOString(), limits });
}

const IMPORT_ACTIONS = ['import', 'import_failed'];

/** The latest imports first, refused ones included. */
export function listImportRuns({ db, input }: { db: Db; input: { first: number } }): ImportRun[] {
  if (!Number.isInteger(input.first) || input.first < 1 || input.first > 100) throw badUserInput('first: between 1 and 100');
  const rows = db
    .select({ id: auditLog.id, at: auditLog.at, action: auditLog.action, detail: auditLog.detail, email: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(inArray(auditLog.action, IMPORT_ACTIONS), eq(auditLog.entity, 'counter-export')))
    .orderBy(desc(auditLog.id))
    .limit(input.first)
    .all();
  return rows.map((row) => {
    const detail = parseDetail(row.detail);
    const ok = row.action === 'import';
    return {
      id: row.id,
      at: row.at,
      userEmail: row.email,
      source: detail.source,
      files: detail.files,
      ok,
      errorCount: ok ? 0 : (detail.errorCount ?? 0),
      counts: detail.counts,
      durationMs: detail.durationMs,
    };
  });
}

/** Rows written before the import history held only the counts. */
function parseDetail(text: string | null): { source: ImportSource | null; files: string[]; counts: ImportCounts | null; durationMs: number | null; errorCount: number | null } {
  let value: unknown = null;
  try {
    value = text ? JSON.parse(text) : null;
  } catch {
    value = null;
  }
  if (!value || typeof value !== 'object') return { source: null, files: [], counts: null, durationMs: null, errorCount: null };
  const detail = value as Partial<ImportAuditDetail>;
  if (!('source' in detail)) {
    const legacy = IMPORT_FILE_NAMES.every((f) => f in detail) ? (value as ImportCounts) : null;
    return { source: null, files: [], counts: legacy, durationMs: null, errorCount: null };
  }
  return {
    source: IMPORT_SOURCES.includes(detail.source as ImportSource) ? (detail.source as ImportSource) : null,
    files: Array.isArray(detail.files) ? detail.files.map(String) : [],
    counts: detail.counts ?? null,
    durationMs: typeof detail.durationMs === 'number' ? detail.durationMs : null,
    errorCount: typeof detail.errorCount === 'number' ? detail.errorCount : null,
  };
}
