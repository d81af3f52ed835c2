import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';
import { useFilters } from '../../lib/router';
import { SectorTable } from './components/SectorTable';
import { breadcrumb } from './sector-mapper';

export function SectorsPage() {
  const { t } = useI18n();
  const { filters, update } = useFilters();
  const steps = breadcrumb(filters);
  const stepLabel = (key: 'all' | 'partnership' | 'jointCommittee') =>
    key === 'all' ? t.sectors.byPartnership : key === 'partnership' ? `${t.filters.partnership} ${filters.partnership}` : `${t.filters.jointCommittee} ${filters.jointCommittee}`;
  return (
    <>
      <PageIntro title={t.sectors.title} intro={t.sectors.intro} />
      {steps.length > 1 && (
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            {steps.map((step, i) => (
              <li key={step.key}>
                {i < steps.length - 1 ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const next = { ...filters };
                      for (const k of step.clear) delete next[k];
                      update(next);
                    }}
                  >
                    {stepLabel(step.key)}
                  </button>
                ) : (
                  <span aria-current="page">{stepLabel(step.key)}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="view-grid">
        <SectorTable />
      </div>
    </>
  );
}
