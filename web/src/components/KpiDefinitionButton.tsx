import { useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n';
import { Loading } from './StateView';

export const KpiDefinitionButtonQuery = graphql(`
  query KpiDefinitionButton {
    kpiCatalog {
      id
      nameNl
      nameEn
      definitionNl
      definitionEn
      footnotes
      publishedFigure
    }
  }
`);

/** The KPI's definition one click away: a button that opens a modal dialog. */
export function KpiDefinitionButton({ kpi }: { kpi: string }) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  // The catalogue is one document-cached query shared by every button.
  const [{ data, fetching }] = useQuery({ query: KpiDefinitionButtonQuery });
  const def = data?.kpiCatalog.find((k) => k.id === kpi);
  const name = def ? (lang === 'en' ? def.nameEn : def.nameNl) : kpi;
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-haspopup="dialog"
        aria-label={`${t.kpi.definitionOf} ${name}`}
        title={t.kpi.definition}
        onClick={() => dialog.current?.showModal()}
      >
        <span aria-hidden="true" className="info-glyph">i</span>
      </button>
      <dialog ref={dialog} className="definition-dialog" aria-labelledby={`def-${kpi}`}>
        <h2 id={`def-${kpi}`}>
          {kpi} · {name}
        </h2>
        {fetching && <Loading />}
        {def && (
          <>
            <p>{lang === 'en' ? def.definitionEn : def.definitionNl}</p>
            {def.publishedFigure && (
              <p>
                <strong>{t.kpi.published}:</strong> {def.publishedFigure}
              </p>
            )}
            {def.footnotes.length > 0 && (
              <>
                <h3>{t.kpi.footnotes}</h3>
                <ul>
                  {def.footnotes.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        <form method="dialog">
          <button type="submit" className="button">
            {t.kpi.close}
          </button>
        </form>
      </dialog>
    </>
  );
}
