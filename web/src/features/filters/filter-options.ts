import { distinctTrainingLabels, type TrainingNaming } from '@duaal/shared';
import { FILTER_KEYS, type FilterKey, type Filters } from '../../lib/filters';

/**
 * Training options: the catalogue (already narrowed by level and system by the API), further
 * narrowed to the trainings recognised under the chosen partnership / PC number when given.
 * The selected training always stays in the list, so the select never shows a wrong value.
 * Labels carry system and level ("Kapper (duaal, SO)"), so no two options read alike.
 */
export function trainingOptions(
  catalogue: readonly (TrainingNaming & { code: string })[],
  recognisedCodes: readonly string[] | null,
  selected?: string,
): { value: string; label: string }[] {
  const allowed = recognisedCodes ? new Set(recognisedCodes) : null;
  const labels = distinctTrainingLabels(catalogue);
  return catalogue
    .filter((x) => !allowed || allowed.has(x.code) || x.code === selected)
    .map((x) => ({ value: x.code, label: labels.get(x.code) ?? x.nameNl }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

/** The removable chips of the filters set (the school year is always set, so no chip). */
export function activeFilterChips(
  filters: Filters,
  label: Record<Exclude<FilterKey, 'schoolYear'>, (value: string) => string>,
): { key: FilterKey; label: string }[] {
  return (Object.keys(label) as Exclude<FilterKey, 'schoolYear'>[]).flatMap((key) => {
    const value = filters[key];
    return value ? [{ key, label: label[key](value) }] : [];
  });
}

/** The count on the phone's "Filters (n)" button: the filters set besides the school year (always set). */
export function setFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((k) => k !== 'schoolYear' && filters[k]).length;
}
