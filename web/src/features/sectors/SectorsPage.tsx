import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import { PageIntro } from '../../components/PageIntro';
import { useI18n } from '../../i18n/i18n';
import { isFigure } from '../../lib/table';
import { setViewParams, useFilters } from '../../lib/router';
import { mayReadRecords, useSession } from '../auth/session';
import { RecognitionList } from './components/RecognitionList';
import { SectorTable } from './components/SectorTable';
import { detailFilters, formatDetail, parseDetail, type Detail } from './recognition-list-mapper';
import { breadcrumb, drillLevel } from './sector-mapper';

// Reference data (every role may read it), to name the row of a list opened from a copied link.
const DetailSubjectQuery = graphql(`
  query DetailSubject($partnership: Boolean!, $jointCommittee: Boolean!, $training: Boolean!) {
    partnerships @include(if: $partnership) {
      code
      nameNl
    }
    jointCommittees @include(if: $jointCommittee) {
      code
      nameNl
    }
    trainings @include(if: $training) {
      code
      nameNl
    }
  }
`);

function useDetailSubject(detail: Detail | null): string {
  const { t } = useI18n();
  const [{ data }] = useQuery({
    query: DetailSubjectQuery,
    variables: { partnership: detail?.key === 'partnership', jointCommittee: detail?.key === 'jointCommittee', training: detail?.key === 'training' },
    pause: !detail,
  });
  if (!detail) return '';
  const list = detail.key === 'partnership' ? data?.partnerships : detail.key === 'jointCommittee' ? data?.jointCommittees : data?.trainings;
  const name = list?.find((x) => x.code === detail.value)?.nameNl;
  const code = detail.key === 'jointCommittee' ? `${t.filters.jointCommittee} ${detail.value}` : detail.value;
  if (!name) return code;
  // Training names repeat across levels (Metselaar, secondary and adult): the code tells them apart.
  return detail.key === 'jointCommittee' ? `${code} ${name}` : detail.key === 'training' ? `${name} (${code})` : name;
}

export function SectorsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { filters, search, update } = useFilters();
  const steps = breadcrumb(filters);
  const level = drillLevel(filters);
  const stepLabel = (key: 'all' | 'partnership' | 'jointCommittee') =>
    key === 'all' ? t.sectors.byPartnership : key === 'partnership' ? `${t.filters.partnership} ${filters.partnership}` : `${t.filters.jointCommittee} ${filters.jointCommittee}`;

  // Drill-down to the records behind a row: never rendered nor queried for policymakers, even
  // from a copied link (the server refuses them the records anyway).
  const readsRecords = mayReadRecords(user);
  const detail = readsRecords ? parseDetail(search.get('detail')) : null;
  const listFilters = detail && filters.schoolYear ? detailFilters(filters, detail) : null;
  const stale = !!detail && !listFilters;
  const subject = useDetailSubject(listFilters ? detail : null);
  useEffect(() => {
    // A filter set later contradicts the row (another partnership): the list no longer applies.
    if (stale) setViewParams({ detail: null, volgorde: null }, { replace: true });
  }, [stale]);
  // Sector staff read their own partnership's records only: no action on rows that would be empty.
  const own = user?.role === 'SECTOR_STAFF' ? user.partnership?.code : undefined;
  const key = level.filterLabel;
  const rowHasRecords = (id: string) =>
    !own || (key === 'partnership' ? id === own : !filters.partnership || filters.partnership === own);

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
        <SectorTable
          rowAction={
            readsRecords
              ? {
                  header: t.sectors.records,
                  render: (row) => {
                    const recognitions = row.cells.recognitions;
                    const none = isFigure(recognitions) && recognitions.status === 'OK' && recognitions.value === 0;
                    const rowDetail: Detail = { key, value: row.id };
                    if (none || !parseDetail(formatDetail(rowDetail)) || !rowHasRecords(row.id)) return null;
                    const open = !!detail && detail.key === key && detail.value === row.id;
                    return (
                      <button
                        type="button"
                        className="link-button"
                        data-action="show-recognitions"
                        aria-label={`${t.sectors.showRecordsOf} ${String(row.cells.label ?? row.id)}`}
                        aria-controls={open ? 'recognition-list' : undefined}
                        aria-expanded={open}
                        onClick={() => setViewParams({ detail: formatDetail(rowDetail), volgorde: null })}
                      >
                        {t.sectors.showRecords}
                      </button>
                    );
                  },
                }
              : undefined
          }
        />
        {detail && listFilters?.schoolYear && (
          <RecognitionList key={formatDetail(detail)} filters={{ ...listFilters, schoolYear: listFilters.schoolYear }} subject={subject} />
        )}
      </div>
    </>
  );
}
