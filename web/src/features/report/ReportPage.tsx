import {
  reportDate,
  reportFigure,
  rowLabel,
  sectionSentences,
  tableCaption,
  tableHeader,
  tableRowValues,
  type ReportDoc,
  type ReportDocTable,
} from '@duaal/shared';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { SelectControl } from '../../components/Controls';
import { KpiMethodLink } from '../../components/KpiDefinitionButton';
import { ErrorState, Loading } from '../../components/StateView';
import { graphql } from '../../graphql';
import { useI18n } from '../../i18n/i18n';
import { saveBlob } from '../../lib/download';
import { useViewParam } from '../../lib/router';
import { useClock } from '../clock/clock';

// Rapport: the annual report's tables for a chosen school year (default: the running one), with
// the previous year beside them, the sentences with figures under each section, the published
// figures of 2022-2023 on request, a workbook download and a print layout (styles.css, @media print).

const ReportYearsQuery = graphql(`
  query ReportYears {
    schoolYears
  }
`);

export const AnnualReportQuery = graphql(`
  query AnnualReport($schoolYear: String!) {
    annualReport(schoolYear: $schoolYear) {
      schoolYear
      previousYear
      dataDate
      tables {
        number
        key
        section
        sectionTitleNl
        sectionTitleEn
        titleNl
        titleEn
        footnotesNl
        footnotesEn
        definitionsNl
        definitionsEn
        yearsAsColumns
        kpis
        columns { key labelNl labelEn schoolYear }
        rows { id label labelEn isTotal cells { value status previousValue previousStatus published } }
      }
    }
  }
`);

export function ReportPage() {
  const { t, lang } = useI18n();
  const clock = useClock();
  const [year, setYear] = useViewParam('jaar', clock.schoolYear);
  const [showPublished, setShowPublished] = useState(false);
  const [busy, setBusy] = useState(false);
  const [{ data: years }] = useQuery({ query: ReportYearsQuery });
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AnnualReportQuery, variables: { schoolYear: year } });
  const doc = data?.annualReport as ReportDoc | undefined;
  const published = Boolean(doc?.tables.some((x) => x.rows.some((r) => r.cells.some((c) => c.published !== null))));
  const withPublished = showPublished && published;
  const options = useMemo(() => {
    const all = new Set([...(years?.schoolYears ?? []), clock.schoolYear, year]);
    return [...all].sort().reverse().map((y) => ({ value: y, label: y }));
  }, [years, clock.schoolYear, year]);
  const sections = useMemo(() => {
    const out: { key: string; title: string; tables: ReportDocTable[] }[] = [];
    for (const table of doc?.tables ?? []) {
      const last = out.at(-1);
      if (last?.key === table.section) last.tables.push(table);
      else out.push({ key: table.section, title: lang === 'nl' ? table.sectionTitleNl : table.sectionTitleEn, tables: [table] });
    }
    return out;
  }, [doc, lang]);

  const download = async () => {
    if (!doc) return;
    setBusy(true);
    try {
      const { reportWorkbookBlob } = await import('@duaal/shared/report-workbook');
      saveBlob(await reportWorkbookBlob(doc, lang, { withPublished: showPublished }), `${lang === 'nl' ? 'jaarrapport' : 'annual-report'}-${doc.schoolYear}.xlsx`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report">
      <section className="report-title-page" aria-labelledby="page-title">
        <p className="report-kicker">{t.report.kicker}</p>
        <h1 id="page-title" tabIndex={-1}>
          {t.report.title.replace('{year}', year)}
        </h1>
        {doc && (
          <p className="report-meta">
            {t.report.dataDate.replace('{date}', reportDate(doc.dataDate))} · {t.report.madeOn.replace('{date}', reportDate(clock.today))}
          </p>
        )}
        <p className="muted report-intro">{t.report.intro}</p>
      </section>

      <div className="report-controls card">
        <SelectControl label={t.report.schoolYear} value={year} options={options} onChange={setYear} name="schooljaar" />
        {published && (
          <label className="check-control">
            <input type="checkbox" checked={showPublished} onChange={(e) => setShowPublished(e.target.checked)} />
            {t.report.showPublished}
          </label>
        )}
        <button type="button" className="button primary" onClick={() => void download()} disabled={!doc || busy}>
          {busy ? t.report.downloading : t.report.downloadXlsx}
        </button>
        <button type="button" className="button" onClick={() => window.print()} disabled={!doc}>
          {t.report.print}
        </button>
        <p className="small muted report-legend">{t.report.legend}</p>
      </div>

      {error && !data && <ErrorState error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!doc && fetching && <Loading />}
      {doc && (
        <>
          <nav className="report-toc card" aria-label={t.report.contents}>
            <h2>{t.report.contents}</h2>
            <ol>
              {doc.tables.map((x) => (
                <li key={x.key}>
                  <a href={`#tabel-${x.key}`}>{tableCaption(x, lang)}</a>
                </li>
              ))}
            </ol>
          </nav>
          {sections.map((s) => (
            <section key={s.key} className="report-section" aria-labelledby={`sectie-${s.key}`}>
              <h2 id={`sectie-${s.key}`}>{s.title}</h2>
              <div className="report-sentences">
                {sectionSentences(doc, s.key, lang).map((line) => (
                  <p key={line}>{line}</p>
                ))}
              </div>
              {s.tables.map((x) => (
                <ReportTableView key={x.key} doc={doc} table={x} withPublished={withPublished} />
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function ReportTableView({ doc, table, withPublished }: { doc: ReportDoc; table: ReportDocTable; withPublished: boolean }) {
  const { t, lang } = useI18n();
  const header = tableHeader(table, doc, lang, withPublished);
  const footnotes = lang === 'nl' ? table.footnotesNl : table.footnotesEn;
  const definitions = lang === 'nl' ? table.definitionsNl : table.definitionsEn;
  return (
    <figure className="report-table" id={`tabel-${table.key}`} data-table={table.key}>
      <div className="table-scroll report-scroll" tabIndex={0} role="region" aria-label={tableCaption(table, lang)}>
        <table>
          <caption>{tableCaption(table, lang)}</caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i} scope="col" className={i === 0 ? undefined : 'num'}>
                  {i === 0 ? <span className="visually-hidden">{t.report.rowHeader}</span> : h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => {
              const values = tableRowValues(table, r, lang, withPublished);
              return (
                <tr key={r.id ?? '*'} className={r.isTotal ? 'report-total' : undefined}>
                  <th scope="row">{rowLabel(r, lang)}</th>
                  {values.slice(1).map((v, i) => (
                    <td key={i} className={v === '•' ? 'num status-suppressed' : 'num'}>
                      {typeof v === 'number' ? reportFigure(v, 'OK', lang) : (v ?? '')}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <figcaption className="small">
        <ol className="report-footnotes">
          {footnotes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ol>
        {definitions.map((d) => (
          <p key={d} className="muted report-definition">
            {d}
          </p>
        ))}
        {table.kpis && table.kpis.length > 0 && (
          <p className="report-methods" data-report-methods>
            {t.methodology.link}:{' '}
            {table.kpis.map((k, i) => (
              <span key={k}>
                {i > 0 && ' · '}
                <KpiMethodLink kpi={k} name={tableCaption(table, lang)} label={k} />
              </span>
            ))}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
