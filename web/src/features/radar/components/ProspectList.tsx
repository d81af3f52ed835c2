import { useQuery } from 'urql';
import { DataTable } from '../../../components/DataTable';
import { QueryState } from '../../../components/StateView';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { useFilters } from '../../../lib/router';
import { prospectTable } from '../prospect-mapper';

const ProspectListQuery = graphql(`
  query ProspectList($trainingCode: String!, $provinces: [Province!], $municipalities: [String!], $first: Int!) {
    prospects(trainingCode: $trainingCode, provinces: $provinces, municipalities: $municipalities, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          kboNumber
          jointCommitteeCodes
          sizeClass
          establishments(first: 3) {
            edges {
              node {
                establishmentNumber
                municipality {
                  nameNl
                  provinceCode
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Radar prospects for the chosen training and region (roles that may read records only). */
export function ProspectList() {
  const { t } = useI18n();
  const { filters } = useFilters();
  const training = filters.training;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProspectListQuery,
    variables: {
      trainingCode: training ?? '',
      provinces: filters.province ? [filters.province] : undefined,
      municipalities: filters.municipality ? [filters.municipality] : undefined,
      first: 200,
    },
    pause: !training,
  });
  const nodes = data?.prospects.edges.map((e) => e.node) ?? [];
  const table = prospectTable(nodes, {
    title: t.radar.prospects,
    enterprise: t.radar.enterprise,
    kbo: 'KBO',
    jointCommittees: t.filters.jointCommittee,
    establishment: t.radar.establishment,
    municipality: t.radar.municipality,
  });
  return (
    <section className="card wide" aria-labelledby="prospects-title" data-chart="prospects">
      <header className="card-header">
        <h2 id="prospects-title">{t.radar.prospects}</h2>
      </header>
      <p className="muted small">{t.radar.prospectsIntro}</p>
      {!training ? (
        <p className="state state-empty">{t.radar.pickTraining}</p>
      ) : (
        <QueryState fetching={fetching && !data} error={error} empty={!!data && nodes.length === 0} retry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p className="small">{template(t.radar.prospectsShown, { shown: nodes.length, total: data?.prospects.totalCount ?? 0 })}</p>
          <DataTable model={table} />
        </QueryState>
      )}
    </section>
  );
}
