import { distinctTrainingLabels, LEVELS, PROVINCES, SYSTEMS, type Level, type Province, type System } from '@duaal/shared';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { SelectControl } from '../../../components/Controls';
import { enumLabels } from '../../../i18n/enum-labels';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { FILTER_KEYS, type FilterKey } from '../../../lib/filters';
import { useFilters } from '../../../lib/router';
import { activeFilterChips, setFilterCount, trainingOptions } from '../filter-options';
import { FilterBarQuery, FilterBarTrainingsQuery, filterBarVariables } from './filter-bar-query';
import { useSchoolYearDefault } from './useSchoolYearDefault';

// Kept importable from here (the overview's first request and the saved views use them).
export { FilterBarLists, FilterBarQuery, filterBarVariables } from './filter-bar-query';

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

  const years = data?.schoolYears;
  const { yearNotice, running } = useSchoolYearDefault(years);

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

  // Every filter but the school year: a select with "all" first, in the order of the bar.
  const selects: { key: Exclude<FilterKey, 'schoolYear'>; options: { value: string; label: string }[]; disabled?: boolean }[] = [
    { key: 'province', options: (provinces.length ? provinces.map((p) => p.code) : PROVINCES).map((p) => ({ value: p, label: fixed.province[p] })) },
    { key: 'municipality', options: (data?.municipalities ?? []).map((m) => ({ value: m.nisCode, label: m.nameNl })), disabled: !filters.province },
    { key: 'partnership', options: (data?.partnerships ?? []).map((p) => ({ value: p.code, label: p.nameNl })) },
    { key: 'jointCommittee', options: (data?.jointCommittees ?? []).map((j) => ({ value: j.code, label: j.nameNl ? `${j.code} – ${j.nameNl}` : j.code })) },
    { key: 'system', options: SYSTEMS.map((s) => ({ value: s, label: fixed.system[s] })) },
    { key: 'level', options: LEVELS.map((l) => ({ value: l, label: fixed.level[l] })) },
    {
      key: 'training',
      options: trainingOptions(data?.trainings ?? [], narrowTrainings ? (recognised?.kpi.rows.map((r) => r.keys[0]?.id ?? '') ?? null) : null, filters.training),
    },
  ];

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
          {selects.map((s) => (
            <SelectControl
              key={s.key}
              name={s.key}
              label={t.filters[s.key]}
              value={filters[s.key] ?? ''}
              allLabel={t.filters.all}
              disabled={s.disabled}
              options={s.options}
              onChange={onChange(s.key)}
            />
          ))}
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
