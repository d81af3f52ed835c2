import { KPI_FILTERS, KPI_MEASURES, OVERVIEW_FIGURES, defaultMeasureOf, type KpiFilter, type KpiMeasureRef } from '@duaal/shared';
import { getNamedType, isInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../graphql/schema.js';
import { KPI_CATALOG } from './catalog.js';
import { FILTER_DIMENSIONS, type KpiDefinition, type KpiDimension } from './engine/types.js';
import { kpiFilterSchema } from './kpis.service.js';
import { OVERVIEW_QUERY } from './overview-query.js';

// The KPI vocabulary is declared once in shared/src/kpi-vocabulary.ts. These tests hold the
// server's catalogue, GraphQL input and zod input to it; the expected type errors at the end prove that
// the compiler refuses a misspelt KPI, measure, dimension or filter (`npx tsc -p server` reads
// this file: an error that no longer occurs fails the type check).

describe('the KPI vocabulary', () => {
  it('lists every measure of the catalogue, in order, the default first', () => {
    // KPI_MEASURES is written by hand; the catalogue is built from the definitions.
    expect(Object.fromEntries(KPI_CATALOG.map((k) => [k.id, k.measures.map((m) => m.id)]))).toEqual(KPI_MEASURES);
    for (const kpi of KPI_CATALOG) expect([kpi.id, kpi.defaultMeasure]).toEqual([kpi.id, defaultMeasureOf(kpi.id)]);
  });

  it('is the GraphQL KpiFilter input, field for field', () => {
    const input = getNamedType(schema.getType('KpiFilter'));
    if (!isInputObjectType(input)) throw new Error('KpiFilter is not an input type');
    // The printed schema sorts fields by name.
    expect(Object.keys(input.getFields()).sort()).toEqual(Object.keys(KPI_FILTERS).sort());
    // Enumerated filters are GraphQL enums of exactly their values; the others are code lists.
    expect(String(input.getFields().systems?.type)).toBe('[System!]');
    expect(String(input.getFields().trainings?.type)).toBe('[String!]');
  });

  it('validates enumerated filters by their values and code filters by their length', () => {
    expect(kpiFilterSchema.safeParse({ systems: ['DUAL'], trainings: ['x'.repeat(64)] }).success).toBe(true);
    expect(kpiFilterSchema.safeParse({ systems: ['DUAAL'] }).success).toBe(false);
    expect(kpiFilterSchema.safeParse({ trainings: ['x'.repeat(65)] }).success).toBe(false);
  });

  it('writes one overview query field per headline figure, default measures without a measure argument', () => {
    expect(OVERVIEW_QUERY.match(/^ {2}\w+: kpi\(/gm)).toHaveLength(OVERVIEW_FIGURES.length);
    // K1's figure names no measure (its default, recognitions); K2's establishments names its own.
    expect(OVERVIEW_QUERY).toContain('recognitions: kpi(id: K1, schoolYear:');
    expect(OVERVIEW_QUERY).toContain('establishments: kpi(id: K2, measure: "establishments", schoolYear:');
    expect(FILTER_DIMENSIONS.jointCommittees).toBe('JOINT_COMMITTEE');
  });
});

// Compile-time checks: each line below must be a type error.
export const misspelt = () => {
  // @ts-expect-error K21 is no KPI.
  const kpi: KpiMeasureRef = { kpi: 'K21' };
  // @ts-expect-error K1 has no measure "establishments" (K2 has).
  const measure: KpiMeasureRef = { kpi: 'K1', measure: 'establishments' };
  // @ts-expect-error a misspelt measure.
  const measure2: KpiMeasureRef = { kpi: 'K10', measure: 'complianceRatio' };
  // @ts-expect-error a misspelt dimension.
  const dimension: KpiDimension = 'PROVINCES';
  // @ts-expect-error a misspelt filter field.
  const filter: KpiFilter = { province: ['ANTWERPEN'] };
  // @ts-expect-error a value outside the filter's enumeration.
  const value: KpiFilter = { systems: ['DUAAL'] };
  // @ts-expect-error a definition's default measure must be one of its KPI's.
  const definition: Pick<KpiDefinition<'K2'>, 'defaultMeasure'> = { defaultMeasure: 'recognitions' };
  return [kpi, measure, measure2, dimension, filter, value, definition];
};
