import { IMPORT_SOURCES } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import { csvFileName, IMPORT_FILE_NAMES, type ImportCounts, type ImportError, type RowCounts } from './import-result.js';
import type { UploadLimits } from './upload-limits.js';
import { importUploadedFiles, listImportRuns, type ImportRun } from './imports.service.js';
import type { ImportReport } from './run-import.js';

const ImportSourceEnum = builder.enumType('ImportSource', {
  values: IMPORT_SOURCES,
  description: 'How an export reached the import: UPLOAD (dashboard), API (a script), CLI (npm run import), DEMO (generator).',
});

const ImportErrorRef = builder.objectRef<ImportError>('ImportError').implement({
  description: 'One problem in an export; line 1 is the header row, line 0 the file as a whole.',
  fields: (t) => ({
    file: t.exposeString('file', { description: 'The CSV file, e.g. recognitions.csv (or the zip).' }),
    line: t.exposeInt('line'),
    field: t.exposeString('field', { description: 'The column, or (row) / (file) / (header).' }),
    message: t.exposeString('message'),
  }),
});

type FileCount = RowCounts & { file: string };

const ImportFileCountRef = builder.objectRef<FileCount>('ImportFileCount').implement({
  description: 'What an import did with the rows of one file.',
  fields: (t) => ({
    file: t.exposeString('file'),
    inserted: t.exposeInt('inserted'),
    updated: t.exposeInt('updated'),
    unchanged: t.exposeInt('unchanged'),
  }),
});

/** The files that held rows, in import order. */
function fileCounts(counts: ImportCounts | null): FileCount[] {
  if (!counts) return [];
  return IMPORT_FILE_NAMES.map((f) => ({ file: csvFileName(f), ...(counts[f] ?? { inserted: 0, updated: 0, unchanged: 0 }) })).filter(
    (c) => c.inserted + c.updated + c.unchanged > 0,
  );
}

const ImportReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
  description: 'The outcome of an import: either every error (and nothing written) or the counts per file.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    errors: t.field({ type: [ImportErrorRef], resolve: (r) => r.errors }),
    counts: t.field({ type: [ImportFileCountRef], resolve: (r) => fileCounts(r.counts) }),
    durationMs: t.exposeInt('durationMs'),
    files: t.exposeStringList('files', { description: 'The files received.' }),
  }),
});

const ImportRunRef = builder.objectRef<ImportRun>('ImportRun').implement({
  description: 'One import of the history (from the audit log), refused ones included.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'The audit-log row.' }),
    at: t.exposeString('at', { description: 'When the import was received (ISO 8601 instant).' }),
    userEmail: t.exposeString('userEmail', { nullable: true }),
    source: t.expose('source', { type: ImportSourceEnum, nullable: true }),
    files: t.exposeStringList('files'),
    ok: t.exposeBoolean('ok'),
    errorCount: t.exposeInt('errorCount'),
    counts: t.field({ type: [ImportFileCountRef], resolve: (r) => fileCounts(r.counts) }),
    durationMs: t.exposeInt('durationMs', { nullable: true }),
  }),
});

const ImportLimitsRef = builder.objectRef<UploadLimits>('ImportLimits').implement({
  description: 'Size limits of an upload, checked before anything is parsed.',
  fields: (t) => ({
    maxUploadBytes: t.exposeInt('maxUploadBytes', { description: 'The whole request, and the CSV files together once unzipped.' }),
    maxFileBytes: t.exposeInt('maxFileBytes', { description: 'One CSV file, also once unzipped.' }),
  }),
});

builder.queryFields((t) => ({
  importLimits: t.field({
    type: ImportLimitsRef,
    description: 'The size limits of importCounterExport (ADMIN).',
    authScopes: { admin: true },
    resolve: (_root, _args, ctx) => ctx.importLimits,
  }),
  importRuns: t.field({
    type: [ImportRunRef],
    description: 'The latest imports first (ADMIN).',
    authScopes: { admin: true },
    args: { first: t.arg.int({ required: true, defaultValue: 20 }) },
    resolve: (_root, args, ctx) => listImportRuns({ db: ctx.db, input: args }),
  }),
}));

builder.mutationFields((t) => ({
  importCounterExport: t.field({
    type: ImportReportRef,
    description:
      'Imports a counter export (docs/import-format.md) sent as a multipart request: the CSV files, or one zip holding them. ' +
      'Everything is validated first; nothing is written when there is an error (ADMIN).',
    authScopes: { admin: true },
    args: { files: t.arg({ type: ['File'], required: true }) },
    resolve: (_root, args, ctx) =>
      importUploadedFiles({
        db: ctx.db,
        actor: ctx.actor,
        input: { files: args.files },
        at: ctx.clock.now(),
        source: ctx.importSource,
        limits: ctx.importLimits,
      }),
  }),
}));
