import { KPI_FILTERS, OVERVIEW_FIGURES, isSchoolYear, schoolYearOf, schoolYearsBetween, type KpiFilterField } from '@duaal/shared';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { ServiceError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { KPIS_BY_ID } from './catalog.js';
import { disclosureControl } from './engine/disclosure.js';
import { computeTrend, computeYear, type ComputeOptions } from './engine/result.js';
import { samePeriodCut } from './methodology.js';
import { all } from './engine/sql.js';
import { KPI_DIMENSIONS, KPI_IDS, type KpiFilter, type KpiResult } from './engine/types.js';

// The verbs of the KPI module: validate, pick the measure, decide disclosure control, compute.

/** An input the caller got wrong; `argument` names it (mapped to BAD_USER_INPUT). */
export class KpiInputError extends ServiceError {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super('BAD_USER_INPUT', message, { argument });
  }
}

const schoolYear = z.string().refine(isSchoolYear, { message: 'is not a school year: write it as 2022-2023' });
const codes = z.array(z.string().min(1).max(64)).max(500).nullish();
const filterField = (values: readonly string[] | null) =>
  values ? z.array(z.enum(values as [string, ...string[]])).max(500).nullish() : codes;

/** The API's KpiFilter (shared KPI_FILTERS): enumerations by their values, other filters as codes. */
export const kpiFilterSchema = z
  .object(
    Object.fromEntries(Object.entries(KPI_FILTERS).map(([field, spec]) => [field, filterField(spec.values)])) as Record<
      KpiFilterField,
      typeof codes
    >,
  )
  .nullish();

const common = {
  id: z.enum(KPI_IDS),
  measure: z.string().nullish(),
  filter: kpiFilterSchema,
  groupBy: z.array(z.enum(KPI_DIMENSIONS)).max(4, { message: 'groups by at most 4 dimensions' }).nullish(),
};
export const kpiInputSchema = z.object({
  ...common,
  schoolYear,
  compareWith: schoolYear.nullish(),
  /** When the school year is the running one: both years up to the same day (methodology.ts). */
  samePeriod: z.boolean().nullish(),
});
export const kpiTrendInputSchema = z.object({
  ...common,
  /** Compute the total over all years too (a distinct count over every year: the costly part). */
  withTotal: z.boolean().default(true),
});

export type KpiInput = z.input<typeof kpiInputSchema>;
export type KpiTrendInput = z.input<typeof kpiTrendInputSchema>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const argument = issue.path.map(String).join('.') || 'input';
  throw new KpiInputError(argument, `${argument}: ${issue.message}`);
}

interface VerbContext {
  db: Db;
  actor: Actor;
  suppressionThreshold: number;
  /** "Today" (ISO) of the request, from the clock. */
  today: string;
}

function options(ctx: VerbContext, input: z.output<typeof kpiInputSchema> | z.output<typeof kpiTrendInputSchema>): ComputeOptions {
  const kpi = KPIS_BY_ID.get(input.id);
  if (!kpi) throw new KpiInputError('id', `id: unknown KPI ${input.id}`);
  const measureId = input.measure ?? kpi.defaultMeasure;
  const measure = kpi.measures.find((m) => m.id === measureId);
  if (!measure) {
    throw new KpiInputError('measure', `measure: ${kpi.id} has no measure "${measureId}" (one of ${kpi.measures.map((m) => m.id).join(', ')})`);
  }
  return {
    kpi,
    measure,
    filter: (input.filter ?? {}) as KpiFilter,
    groupBy: [...new Set(input.groupBy ?? [])],
    // Disclosure control protects persons from policymakers' eyes only (DOMAIN.md §5).
    disclosure: ctx.actor.role === 'POLICYMAKER' ? disclosureControl(ctx.suppressionThreshold) : null,
    asOf: ctx.today,
  };
}

export function computeKpi(ctx: VerbContext & { input: KpiInput }): KpiResult {
  const input = parse(kpiInputSchema, ctx.input);
  const opts = options(ctx, input);
  // A comparison with a year before the data start would show a rise from nothing: none is made.
  const first = input.compareWith ? listSchoolYears(ctx.db)[0] : undefined;
  const compareWith = input.compareWith && first && input.compareWith < first ? null : (input.compareWith ?? null);
  const cut = input.samePeriod ? samePeriodCut(input.id, input.schoolYear, compareWith, ctx.today) : null;
  return computeYear(ctx.db, opts, input.schoolYear, compareWith, cut);
}

export function computeKpiTrend(ctx: VerbContext & { input: KpiTrendInput }): KpiResult {
  const input = parse(kpiTrendInputSchema, ctx.input);
  const opts = options(ctx, input);
  const years = listSchoolYears(ctx.db);
  return computeTrend(ctx.db, opts, years.length ? years : [schoolYearOf(opts.asOf)], input.withTotal);
}

/**
 * School years that hold data, oldest first: from the first to the last school year with a
 * submission, a decision, an agreement start or end, or enrolments (index-backed MIN/MAX).
 */
export function listSchoolYears(db: Db): string[] {
  const row = all<{ first: string | null; last: string | null }>(
    db,
    `SELECT MIN(d) AS first, MAX(d) AS last FROM (
      SELECT MIN(submitted_on) AS d FROM recognitions UNION ALL SELECT MAX(submitted_on) FROM recognitions
      UNION ALL SELECT MAX(decided_on) FROM recognitions
      UNION ALL SELECT MIN(start_on) FROM agreements UNION ALL SELECT MAX(start_on) FROM agreements
      UNION ALL SELECT MAX(actual_end_on) FROM agreements
      UNION ALL SELECT substr(MIN(school_year), 1, 4) || '-09-01' FROM enrolments
      UNION ALL SELECT substr(MAX(school_year), 1, 4) || '-09-01' FROM enrolments
    )`,
    {},
  )[0];
  if (!row?.first || !row.last) return [];
  return schoolYearsBetween(schoolYearOf(row.first), schoolYearOf(row.last));
}

/**
 * Computes the overview figures of the last school year with data and its predecessor, so the
 * first dashboard visit after an import is answered from the result cache.
 */
export function warmKpiCache(db: Db, today: string): void {
  const years = listSchoolYears(db);
  const [previous, last] = [years.at(-2), years.at(-1)];
  if (!last) return;
  const actor: Actor = { userId: null, role: 'ADMIN', partnershipId: null };
  for (const figure of OVERVIEW_FIGURES) {
    const { kpi: id } = figure;
    const measure = 'measure' in figure ? figure.measure : undefined;
    computeKpi({ db, actor, today, suppressionThreshold: 0, input: { id, measure, schoolYear: last, compareWith: previous ?? null, samePeriod: true } });
  }
}
