import {
  englishDimensionLabel,
  LEVEL_LABELS,
  LEVEL_LABELS_EN,
  PROVINCE_LABELS,
  PROVINCE_LABELS_EN,
  RECOGNITION_STATUS_LABELS,
  RECOGNITION_STATUS_LABELS_EN,
  ROLE_LABELS,
  ROLE_LABELS_EN,
  SYSTEM_LABELS,
  SYSTEM_LABELS_EN,
} from '@duaal/shared';
import type { Lang } from './i18n';

// The labels of the fixed lists (roles, provinces, systems, levels, statuses) in the UI's
// language: Dutch from @duaal/shared's labels.ts, English from its labels-en.ts.

export function enumLabels(lang: Lang) {
  const en = lang === 'en';
  return {
    role: en ? ROLE_LABELS_EN : ROLE_LABELS,
    province: en ? PROVINCE_LABELS_EN : PROVINCE_LABELS,
    system: en ? SYSTEM_LABELS_EN : SYSTEM_LABELS,
    level: en ? LEVEL_LABELS_EN : LEVEL_LABELS,
    recognitionStatus: en ? RECOGNITION_STATUS_LABELS_EN : RECOGNITION_STATUS_LABELS,
  };
}

// KPI rows carry the API's Dutch label; the pure chart mappers (lib/kpi.ts) read the UI's language
// from here, set by the I18nProvider on every render, so no mapper needs a language argument.
let keyLanguage: Lang = 'nl';
export const setKeyLabelLanguage = (lang: Lang): void => {
  keyLanguage = lang;
};

/** A KPI row key's label in the UI's language: fixed lists in English when asked, data names as given. */
export function keyLabel(key: { dimension: string; id: string; label: string }, lang: Lang = keyLanguage): string {
  return (lang === 'en' ? englishDimensionLabel(key.dimension, key.id) : undefined) ?? key.label;
}
