import { useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n';
import { template } from '../i18n/template';
import { navigate, useFilters, viewHref } from '../lib/router';
import { Loading } from './StateView';

export const KpiCatalogEntryFields = graphql(`
  fragment KpiCatalogEntry on KpiDefinition {
    id
    nameNl
    nameEn
    definitionNl
    definitionEn
    footnotesNl
    footnotesEn
    publishedFigureNl
    publishedFigureEn
  }
`);

export const KpiDefinitionButtonQuery = graphql(
  `
    query KpiDefinitionButton {
      kpiCatalog {
        ...KpiCatalogEntry
      }
    }
  `,
  [KpiCatalogEntryFields],
);

/** The address of a KPI's section on the methodology page, keeping the filters for the way back. */
export function methodHref(kpi: string, filters: Parameters<typeof viewHref>[1]): string {
  return `${viewHref('methode', filters)}#${kpi}`;
}

/** "Methode": a link to the KPI's section on the methodology page (/methode#K9). */
export function KpiMethodLink({ kpi, name, label }: { kpi: string; name: string; /** Visible text (default "Methode"). */ label?: string }) {
  const { t } = useI18n();
  const { filters } = useFilters();
  const href = methodHref(kpi, filters);
  return (
    <a
      className="method-link small"
      href={href}
      data-method-link={kpi}
      aria-label={template(t.methodology.linkOf, { name: `${kpi} ${name}` })}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {label ?? t.methodology.link}
    </a>
  );
}

/**
 * The KPI's definition one click away: a button that opens a modal dialog, beside the link to
 * its section on the methodology page.
 */
export function KpiDefinitionButton({ kpi }: { kpi: string }) {
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  // The catalogue is one document-cached query shared by every button.
  const [{ data, fetching }] = useQuery({ query: KpiDefinitionButtonQuery });
  const def = data?.kpiCatalog.find((k) => k.id === kpi);
  const name = def ? (lang === 'en' ? def.nameEn : def.nameNl) : kpi;
  const published = def && (lang === 'en' ? def.publishedFigureEn : def.publishedFigureNl);
  const footnotes = (def && (lang === 'en' ? def.footnotesEn : def.footnotesNl)) ?? [];
  return (
    <span className="kpi-help">
      <KpiMethodLink kpi={kpi} name={name} />
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
            {published && (
              <p>
                <strong>{t.kpi.published}:</strong> {published}
              </p>
            )}
            {footnotes.length > 0 && (
              <>
                <h3>{t.kpi.footnotes}</h3>
                <ul>
                  {footnotes.map((f) => (
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
    </span>
  );
}
