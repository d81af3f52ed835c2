import { useState, type DragEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { formatMegabytes, formatSeconds, oversizedFiles } from '../import-mapper';
import { uploadCounterExport, type ImportReport } from '../upload';

export const ImportLimitsQuery = graphql(`
  query ImportLimits {
    importLimits {
      maxUploadBytes
      maxFileBytes
    }
  }
`);

type Phase = { kind: 'idle' } | { kind: 'uploading'; fraction: number } | { kind: 'done'; report: ImportReport } | { kind: 'failed'; message: string };

/** Choose (or drop) the CSV files or a zip, upload them with progress, then show the errors or the counts. */
export function UploadForm({ onImported }: { onImported: () => void }) {
  const { t, locale } = useI18n();
  const m = t.importData;
  const [{ data: limitsData }] = useQuery({ query: ImportLimitsQuery });
  const limits = limitsData?.importLimits;
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const busy = phase.kind === 'uploading';
  const tooLarge = limits ? oversizedFiles(files, limits) : [];

  const choose = (list: FileList | null) => {
    setFiles(list ? Array.from(list) : []);
    setPhase({ kind: 'idle' });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) choose(event.dataTransfer.files);
  };
  const submit = async () => {
    setPhase({ kind: 'uploading', fraction: 0 });
    const outcome = await uploadCounterExport(files, (fraction) => setPhase({ kind: 'uploading', fraction }));
    if ('report' in outcome) {
      setPhase({ kind: 'done', report: outcome.report });
      onImported();
    } else {
      setPhase({ kind: 'failed', message: outcome.error });
      onImported();
    }
  };

  const percent = phase.kind === 'uploading' ? Math.round(phase.fraction * 100) : 0;
  return (
    <section className="card import-form" aria-labelledby="import-form-title">
      <h2 id="import-form-title" className="visually-hidden">
        {m.choose}
      </h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="import-files" className="drop-label">
          {m.choose}
        </label>
        <input id="import-files" type="file" multiple accept=".csv,.zip,text/csv,application/zip" disabled={busy} onChange={(e) => choose(e.target.files)} />
        <p className="muted small">{m.drop}</p>
        {limits && (
          <p className="muted small">
            {template(m.limits, { upload: formatMegabytes(limits.maxUploadBytes, locale), file: formatMegabytes(limits.maxFileBytes, locale) })}
          </p>
        )}
      </div>
      {files.length > 0 ? (
        <ul className="chosen-files" aria-label={m.chosen}>
          {files.map((f) => (
            <li key={f.name} className={tooLarge.includes(f.name) ? 'form-error' : undefined}>
              {f.name} <span className="muted small">({formatMegabytes(f.size, locale)})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{m.none}</p>
      )}
      <button type="button" className="button" disabled={busy || files.length === 0 || tooLarge.length > 0} onClick={() => void submit()}>
        {m.upload}
      </button>
      {phase.kind === 'uploading' && (
        <div className="upload-progress" role="status" aria-live="polite">
          <progress max={100} value={percent} aria-label={m.progress} />
          <span>{percent < 100 ? template(m.uploading, { percent }) : m.processing}</span>
        </div>
      )}
      {phase.kind === 'failed' && (
        <p className="form-error" role="alert">
          {m.failed} {phase.message}
        </p>
      )}
      {phase.kind === 'done' && <ImportReportView report={phase.report} />}
    </section>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t, locale } = useI18n();
  const m = t.importData;
  const number = new Intl.NumberFormat(locale);
  if (!report.ok) {
    return (
      <div className="import-report" data-result="failed">
        <p className="form-error" role="alert">
          {template(m.errorsTitle, { count: number.format(report.errors.length) })}
        </p>
        {/* Scrolls within itself on a phone: reachable by keyboard (axe scrollable-region-focusable). */}
        <div className="table-scroll" tabIndex={0} role="region" aria-label={template(m.errorsTitle, { count: number.format(report.errors.length) })}>
          <table className="import-errors">
            <thead>
              <tr>
                <th scope="col">{m.file}</th>
                <th scope="col" className="num">
                  {m.line}
                </th>
                <th scope="col">{m.field}</th>
                <th scope="col">{m.message}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i}>
                  <td>{e.file}</td>
                  <td className="num">{e.line}</td>
                  <td>{e.field}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    );
  }
  return (
    <div className="import-report" data-result="ok">
      <p role="status">{template(m.okTitle, { seconds: formatSeconds(report.durationMs, locale) })}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={m.counts}>
        <table className="import-counts">
          <thead>
            <tr>
              <th scope="col">{m.file}</th>
              <th scope="col" className="num">
                {m.inserted}
              </th>
              <th scope="col" className="num">
                {m.updated}
              </th>
              <th scope="col" className="num">
                {m.unchanged}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.counts.map((c) => (
              <tr key={c.file} data-file={c.file}>
                <th scope="row">{c.file}</th>
                <td className="num">{number.format(c.inserted)}</td>
                <td className="num">{number.format(c.updated)}</td>
                <td className="num">{number.format(c.unchanged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
