import { KPI_NOTE_CODES, type KpiNote, type KpiNoteCode, type KpiNoteParams } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import { KPI_DIMENSIONS, KPI_IDS } from './engine/types.js';

// The KPI enums every KPI type uses, and KpiNote: why a value has no number, as a code and
// parameters that clients word in their own language (the web: messages.ts, kpiNotes).

export const KpiIdEnum = builder.enumType('KpiId', { values: KPI_IDS });
export const KpiDimensionEnum = builder.enumType('KpiDimension', { values: KPI_DIMENSIONS });

const KPI_NOTE_CODE_DESCRIPTIONS: Record<KpiNoteCode, string> = {
  ZERO_DENOMINATOR: 'A percentage whose denominator is 0.',
  NO_DATA: 'No data to compute a value from.',
  SUPPRESSED_COUNT: 'A person count below params.threshold, withheld for policymakers.',
  SUPPRESSED_RATIO: 'A percentage computed on fewer than params.threshold units, withheld for policymakers.',
  DIMENSION_NOT_APPLICABLE: 'params.kpi (params.measure) cannot be filtered or grouped by params.dimensions.',
};
const KpiNoteCodeEnum = builder.enumType('KpiNoteCode', {
  values: Object.fromEntries(KPI_NOTE_CODES.map((c) => [c, { description: KPI_NOTE_CODE_DESCRIPTIONS[c] }])),
});

const KpiNoteParamsRef = builder.objectRef<KpiNoteParams>('KpiNoteParams').implement({
  description: 'The values a note’s message needs; null where its code needs none.',
  fields: (t) => ({
    threshold: t.int({ nullable: true, resolve: (p) => p.threshold ?? null }),
    kpi: t.field({ type: KpiIdEnum, nullable: true, resolve: (p) => p.kpi ?? null }),
    measure: t.string({ nullable: true, resolve: (p) => p.measure ?? null }),
    dimensions: t.field({ type: [KpiDimensionEnum], nullable: true, resolve: (p) => (p.dimensions ? [...p.dimensions] : null) }),
  }),
});

export const KpiNoteRef = builder.objectRef<KpiNote>('KpiNote').implement({
  description: 'Why a value has no number, as a code and parameters: clients word it in their own language.',
  fields: (t) => ({
    code: t.expose('code', { type: KpiNoteCodeEnum }),
    params: t.expose('params', { type: KpiNoteParamsRef }),
  }),
});

