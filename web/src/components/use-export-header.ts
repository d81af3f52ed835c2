import { useClient } from 'urql';
import { useClock } from '../features/clock/clock';
import { graphql } from '../graphql';
import { useI18n } from '../i18n/i18n';
import { buildExportHeader, filtersInWords, type FilterNames } from '../lib/export-header';
import { useFilters } from '../lib/router';
import type { ExportHeader, TableModel } from '../lib/table';
import { KpiDefinitionButtonQuery } from './KpiDefinitionButton';

const ExportNamesQuery = graphql(`
  query ExportNames($provinces: [Province!], $withMunicipalities: Boolean!, $withTrainings: Boolean!) {
    partnerships {
      code
      nameNl
    }
    jointCommittees {
      code
      nameNl
    }
    municipalities(provinces: $provinces) @include(if: $withMunicipalities) {
      nisCode
      nameNl
    }
    trainings @include(if: $withTrainings) {
      code
      label
    }
  }
`);

/**
 * The header of an export of the current view: asked when the user downloads (names and the
 * KPI's definition come from the cache when the filter bar and the definition button have them).
 */
export function useExportHeader(kpi?: string): (model: TableModel) => Promise<ExportHeader> {
  const client = useClient();
  const { filters } = useFilters();
  const clock = useClock();
  const { t, lang, locale } = useI18n();
  return async (model) => {
    const [names, catalogue] = await Promise.all([
      client
        .query(ExportNamesQuery, {
          provinces: filters.province ? [filters.province] : undefined,
          withMunicipalities: !!filters.municipality,
          withTrainings: !!filters.training,
        })
        .toPromise(),
      kpi ? client.query(KpiDefinitionButtonQuery, {}).toPromise() : Promise.resolve(null),
    ]);
    const byCode = <T,>(list: readonly T[] | undefined | null, key: (x: T) => string, name: (x: T) => string | null) =>
      Object.fromEntries((list ?? []).map((x) => [key(x), name(x) ?? key(x)]));
    const data = names.data;
    const filterNames: FilterNames = {
      partnership: byCode(data?.partnerships, (p) => p.code, (p) => p.nameNl),
      jointCommittee: byCode(data?.jointCommittees, (j) => j.code, (j) => j.nameNl),
      municipality: byCode(data?.municipalities, (m) => m.nisCode, (m) => m.nameNl),
      training: byCode(data?.trainings, (x) => x.code, (x) => x.label),
    };
    const def = kpi ? catalogue?.data?.kpiCatalog.find((k) => k.id === kpi) : undefined;
    return buildExportHeader(
      model,
      {
        filters: filtersInWords(filters, filterNames, t.filters),
        today: clock.today,
        dataUntil: clock.dataUntil,
        loadedAt: clock.loadedAt,
        definition: def ? `${kpi} · ${lang === 'en' ? def.definitionEn : def.definitionNl}` : null,
      },
      t,
      locale,
    );
  };
}
