import {
  AGREEMENT_TYPE_LABELS,
  APPLICATION_KIND_LABELS,
  LEVEL_LABELS,
  MANDATE_TYPE_LABELS,
  PROVINCE_LABELS,
  SYSTEM_LABELS,
  trainingLabel,
  type Level,
  type System,
} from '@duaal/shared';
import type { Db } from '../../../db/client.js';
import { all, NONE_KEY } from './sql.js';
import type { KpiDimension } from './types.js';

// Dutch labels of group keys: enumerations from shared/labels.ts, names from the database.

const NONE_LABELS: Partial<Record<KpiDimension, string>> = {
  JOINT_COMMITTEE: 'Zonder PC-nummer',
  PARTNERSHIP: 'Onbekend (geen erkenning)',
  REASON: 'Geen',
};

/** Enumerated dimensions whose labels do not depend on the KPI. */
const FIXED_LABELS: Partial<Record<KpiDimension, Readonly<Record<string, string>>>> = {
  PROVINCE: PROVINCE_LABELS,
  SYSTEM: SYSTEM_LABELS,
  LEVEL: LEVEL_LABELS,
  AGREEMENT_TYPE: AGREEMENT_TYPE_LABELS,
  MANDATE_TYPE: MANDATE_TYPE_LABELS,
  APPLICATION_KIND: APPLICATION_KIND_LABELS,
};

const LOOKUPS: Partial<Record<KpiDimension, string>> = {
  MUNICIPALITY: 'SELECT nis_code AS id, name_nl AS label FROM municipalities WHERE nis_code IN (SELECT value FROM json_each(@ids))',
  PARTNERSHIP: 'SELECT code AS id, name_nl AS label FROM partnerships WHERE code IN (SELECT value FROM json_each(@ids))',
  HANDLING_PARTNERSHIP: 'SELECT code AS id, name_nl AS label FROM partnerships WHERE code IN (SELECT value FROM json_each(@ids))',
  JOINT_COMMITTEE:
    "SELECT code AS id, 'PC ' || code || COALESCE(' – ' || name_nl, '') AS label FROM joint_committees WHERE code IN (SELECT value FROM json_each(@ids))",
  // The label is written by trainingLabel (name, system, level) below.
  TRAINING: 'SELECT code AS id, name_nl AS label, system, level FROM trainings WHERE code IN (SELECT value FROM json_each(@ids))',
  PROVIDER: 'SELECT code AS id, name AS label FROM training_providers WHERE code IN (SELECT value FROM json_each(@ids))',
};

export interface DimensionLabels {
  label(id: string): string;
  /** Sort position: enumeration order, otherwise alphabetical; "none" last. */
  compare(a: string, b: string): number;
}

export function dimensionLabels(
  db: Db,
  dimension: KpiDimension,
  ids: Iterable<string>,
  sourceLabels?: Readonly<Record<string, string>>,
): DimensionLabels {
  const enumeration = sourceLabels ?? FIXED_LABELS[dimension];
  const names = new Map<string, string>();
  if (enumeration) for (const [id, label] of Object.entries(enumeration)) names.set(id, label);
  const lookup = LOOKUPS[dimension];
  const wanted = [...new Set(ids)].filter((id) => id !== NONE_KEY);
  if (lookup && wanted.length) {
    for (const row of all<{ id: string; label: string; system?: System; level?: Level }>(db, lookup, { ids: JSON.stringify(wanted) })) {
      names.set(row.id, row.system && row.level ? trainingLabel({ nameNl: row.label, system: row.system, level: row.level }) : row.label);
    }
  }
  const label = (id: string) => (id === NONE_KEY ? (NONE_LABELS[dimension] ?? 'Onbekend') : (names.get(id) ?? id));
  const order = enumeration ? Object.keys(enumeration) : null;
  const position = (id: string) => (id === NONE_KEY ? Number.MAX_SAFE_INTEGER : (order?.indexOf(id) ?? -1));
  return {
    label,
    compare: (a, b) => {
      const byPosition = position(a) - position(b);
      if (order || a === NONE_KEY || b === NONE_KEY) return byPosition || label(a).localeCompare(label(b), 'nl');
      return label(a).localeCompare(label(b), 'nl');
    },
  };
}
