import type { Bilingual } from '@duaal/shared';
import {
  KPI_DIMENSIONS,
  type FactDimension,
  type FactSource,
  type KpiDefinition,
  type KpiDimension,
  type MeasureDefinition,
  type UnitsWithFacts,
} from './types.js';

// Small constructors that keep the KPI files declarative.

interface Names<I extends string> {
  id: I;
  nameNl: string;
  nameEn: string;
  personCount?: boolean;
}

export function count<I extends string>(
  names: Names<I>,
  source: FactSource,
  unit: string,
  options: { where?: string; joins?: string[]; total?: UnitsWithFacts } = {},
): MeasureDefinition<I> {
  return { ...names, unit: 'COUNT', personCount: names.personCount ?? false, calc: { kind: 'count', source, unit, ...options } };
}

export function sum<I extends string>(
  names: Names<I>,
  source: FactSource,
  rowKey: string,
  expr: string,
  options: { where?: string; joins?: string[] } = {},
): MeasureDefinition<I> {
  return { ...names, unit: 'COUNT', personCount: names.personCount ?? false, calc: { kind: 'sum', source, rowKey, expr, ...options } };
}

export function medianDays<I extends string>(names: Names<I>, source: FactSource, unit: string, expr: string): MeasureDefinition<I> {
  return { ...names, unit: 'DAYS', personCount: false, calc: { kind: 'median', source, unit, expr } };
}

export function percent<I extends string>(
  names: Names<I>,
  numerator: MeasureDefinition,
  denominator: MeasureDefinition,
  denominatorIgnores?: FactDimension[],
): MeasureDefinition<I> {
  return {
    ...names,
    unit: 'PERCENT',
    personCount: false,
    calc: { kind: 'ratio', numerator, denominator, denominatorIgnores },
  };
}

function dimensionsOf(measure: MeasureDefinition): Set<FactDimension> {
  const calc = measure.calc;
  if (calc.kind === 'ratio') {
    const ignored = new Set(calc.denominatorIgnores ?? []);
    const den = dimensionsOf(calc.denominator);
    return new Set([...dimensionsOf(calc.numerator)].filter((d) => den.has(d) || ignored.has(d)));
  }
  return new Set(Object.keys(calc.source.dims) as FactDimension[]);
}

/** Dimensions at least one measure of the KPI can be grouped by, in contract order, plus SCHOOL_YEAR. */
export function breakdowns(kpi: KpiDefinition): KpiDimension[] {
  const found = new Set<KpiDimension>(['SCHOOL_YEAR']);
  for (const m of kpi.measures) for (const d of dimensionsOf(m)) found.add(d);
  return KPI_DIMENSIONS.filter((d) => found.has(d));
}

export const ROWS_MAY_EXCEED_TOTAL: Bilingual = {
  nl: 'Rijen kunnen samen meer zijn dan het totaal: wie tot meer dan één groep behoort, telt in elke groep mee en in het totaal één keer.',
  en: 'Rows can add up to more than the total: a unit in more than one group counts in each group and once in the total.',
};
