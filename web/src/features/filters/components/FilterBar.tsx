import { distinctTrainingLabels, LEVELS, PROVINCES, SYSTEMS, type Level, type Province, type System } from '@duaal/shared';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { SelectControl } from '../../../components/Controls';
import { graphql, type VariablesOf } from '../../../graphql';
import { enumLabels } from '../../../i18n/enum-labels';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { FILTER_KEYS, type FilterKey, type Filters } from '../../../lib/filters';
import { useFilters } from '../../../lib/router';
import { activeFilterChips, setFilterCount, trainingOptions } from '../filter-options';
import { useClock } from '../../clock/clock';

// The lists as a fragment on Query, so the overview's first request (overview-start.ts) asks
// for exactly these fields with the same variables.
export const FilterBarLists = graphql(`
  fragment FilterBarLists on Query {
    schoolYears
    partnerships {
      code
      nameNl
    }
    provinces {
      code
      nameNl
    }
    municipalities(provinces: $provinces) @include(if: $withMunicipalities) {
      nisCode
      nameNl
    }
    jointCommittees(partnerships: $partnerships) {
      code
      nameNl
      partnershipCode
    }
    trainings(level: $level, system: $system) {
      code
      nameNl
      system
      level
    }
  }
`);

export const FilterBarQuery = graphql(
  `
    query FilterBar(
      $partnerships: [String!]
      $provinces: [Province!]
      $withMunicipalities: Boolean!
      $level: Level
      $system: System
    ) {
      ...FilterBarLists
    }
  `,
  [FilterBarLists],
);

/** The filter bar's variables for the filters in the URL (the bar and the first request use this one function). */
export function filterBarVariables(filters: Filters): VariablesOf<typeof FilterBarQuery> {
  return {
    partnerships: filters.partnership ? [filters.partnership] : undefined,
    provinces: filters.province ? [filters.province] : undefined,
    withMunicipalities: !!filters.province,
    level: filters.level,
    system: filters.system,
  };
}

// With a partnership or PC number chosen, the training list narrows to trainings recognised there.
const FilterBarTrainingsQuery = graphql(`
  query FilterBarTrainings($schoolYear: String!, $filter: KpiFilter) {
    kpi(id: K1, schoolYear: $schoolYear, filter: $filter, groupBy: [TRAINING]) {
      rows {
        keys {
          id
          label
        }
      }
    }
  }
`);

/** One filter bar for every view, with cascading options; its state lives in the URL. */
export function FilterBar() {
  const { t, lang } = useI18n();
  const { filters, set, update } = useFilters();
  const [copied, setCopied] = useState(false);
  // On a phone the filters fold behind one button that says how many are set.
  const [open, setOpen] = useState(false);
  const setCount = setFilterCount(filters);
  const [{ data, error }] = useQuery({
    query: FilterBarQuery,
    variables: filterBarVariables(filters),
  });
  const narrowTrainings = !!(filters.partnership || filters.jointCommittee) && !!filters.schoolYear;
  const [{ data: recognised }] = useQuery({
    query: FilterBarTrainingsQuery,
    variables: {
      schoolYear: filters.schoolYear ?? '',
      filter: {
        partnerships: filters.partnership ? [filters.partnership] : undefined,
        jointCommittees: filters.jointCommittee ? [filters.jointCommittee] : undefined,
        levels: filters.level ? [filters.level] : undefined,
        systems: filters.system ? [filters.system] : undefined,
      },
    },
    pause: !narrowTrainings,
  });

  // A link without a school year opens on the running one (the server's today), or the latest
  // with data; written into the URL so a copied link keeps showing that year next year too.
  const years = data?.schoolYears;
  const { schoolYear: running } = useClock();
  // A link with a year the data does not hold (a later one, typically) is not rewritten in silence:
  // a notice names the year asked for and the year shown, until another year is chosen.
  const [replaced, setReplaced] = useState<{ requested: string; shown: string } | null>(null);
  useEffect(() => {
    const fallback = years?.includes(running) ? running : years?.at(-1);
    if (years && fallback && (!filters.schoolYear || !years.includes(filters.schoolYear))) {
      setReplaced(filters.schoolYear ? { requested: filters.schoolYear, shown: fallback } : null);
      update({ ...filters, schoolYear: fallback }, { replace: true });
    }
  }, [years, running, filters, update]);
  const yearNotice = replaced && replaced.shown === filters.schoolYear ? replaced : null;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch {
      window.prompt(t.filters.copyLink, window.location.href);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  const trainingLabels = useMemo(() => distinctTrainingLabels(data?.trainings ?? []), [data?.trainings]);
  const onChange = (key: FilterKey) => (value: string) => set(key, (value || undefined) as never);
  const provinces = data?.provinces ?? [];
  const fixed = enumLabels(lang);
  const labels = {
    partnership: (code: string) => data?.partnerships.find((p) => p.code === code)?.nameNl ?? code,
    municipality: (nis: string) => data?.municipalities?.find((m) => m.nisCode === nis)?.nameNl ?? nis,
    training: (code: string) => trainingLabels.get(code) ?? code,
  };
  const chips = activeFilterChips(filters, {
    province: (p) => fixed.province[p as Province] ?? p,
    municipality: labels.municipality,
    partnership: labels.partnership,
    jointCommittee: (c) => `PC ${c}`,
    system: (s) => fixed.system[s as System] ?? s,
    level: (l) => fixed.level[l as Level] ?? l,
    training: labels.training,
  });

  return (
    <section className="filter-bar" aria-label={t.filters.label}>
      {error && (
        <p className="form-error" role="alert">
          {t.state.error}
        </p>
      )}
      {yearNotice && (
        <p className="notice" role="status" data-testid="school-year-notice">
          {template(yearNotice.requested > running ? t.filters.laterYear : t.filters.missingYear, yearNotice)}
        </p>
      )}
      <button
        type="button"
        className="button small filter-toggle"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen((o) => !o)}
      >
        {template(t.filters.toggle, { count: setCount })}
        {filters.schoolYear ? ` · ${filters.schoolYear}` : ''}
      </button>
      <div id="filter-panel" className={`filter-panel${open ? ' open' : ''}`}>
        <div className="filter-grid">
          <SelectControl
            name="schoolYear"
            label={t.filters.schoolYear}
            value={filters.schoolYear ?? ''}
            options={[...(years ?? [])].reverse().map((y) => ({ value: y, label: y }))}
            onChange={onChange('schoolYear')}
          />
          <SelectControl
            name="province"
            label={t.filters.province}
            value={filters.province ?? ''}
            allLabel={t.filters.all}
            options={(provinces.length ? provinces.map((p) => p.code) : PROVINCES).map((p) => ({
              value: p,
              label: fixed.province[p],
            }))}
            onChange={onChange('province')}
          />
          <SelectControl
            name="municipality"
            label={t.filters.municipality}
            value={filters.municipality ?? ''}
            allLabel={t.filters.all}
            disabled={!filters.province}
            options={(data?.municipalities ?? []).map((m) => ({ value: m.nisCode, label: m.nameNl }))}
            onChange={onChange('municipality')}
          />
          <SelectControl
            name="partnership"
            label={t.filters.partnership}
            value={filters.partnership ?? ''}
            allLabel={t.filters.all}
            options={(data?.partnerships ?? []).map((p) => ({ value: p.code, label: p.nameNl }))}
            onChange={onChange('partnership')}
          />
          <SelectControl
            name="jointCommittee"
            label={t.filters.jointCommittee}
            value={filters.jointCommittee ?? ''}
            allLabel={t.filters.all}
            options={(data?.jointCommittees ?? []).map((j) => ({ value: j.code, label: j.nameNl ? `${j.code} – ${j.nameNl}` : j.code }))}
            onChange={onChange('jointCommittee')}
          />
          <SelectControl
            name="system"
            label={t.filters.system}
            value={filters.system ?? ''}
            allLabel={t.filters.all}
            options={SYSTEMS.map((s) => ({ value: s, label: fixed.system[s] }))}
            onChange={onChange('system')}
          />
          <SelectControl
            name="level"
            label={t.filters.level}
            value={filters.level ?? ''}
            allLabel={t.filters.all}
            options={LEVELS.map((l) => ({ value: l, label: fixed.level[l] }))}
            onChange={onChange('level')}
          />
          <SelectControl
            name="training"
            label={t.filters.training}
            value={filters.training ?? ''}
            allLabel={t.filters.all}
            options={trainingOptions(data?.trainings ?? [], narrowTrainings ? (recognised?.kpi.rows.map((r) => r.keys[0]?.id ?? '') ?? null) : null, filters.training)}
            onChange={onChange('training')}
          />
        </div>
        <div className="filter-actions">
          {chips.length > 0 && (
            <ul className="chips" aria-label={t.filters.active}>
              {chips.map((chip) => (
                <li key={chip.key}>
                  <button type="button" className="chip" onClick={() => set(chip.key, undefined)} aria-label={`${t.filters.remove}: ${chip.label}`}>
                    {chip.label} <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <span className="spacer" />
          <button
            type="button"
            className="button small"
            onClick={() => update({ schoolYear: filters.schoolYear })}
            disabled={FILTER_KEYS.every((k) => k === 'schoolYear' || !filters[k])}
          >
            {t.filters.reset}
          </button>
          <button type="button" className="button small" onClick={() => void copyLink()}>
            {copied ? t.filters.linkCopied : t.filters.copyLink}
          </button>
          <span className="visually-hidden" role="status">
            {copied ? t.filters.linkCopied : ''}
          </span>
        </div>
      </div>
    </section>
  );
}
