import { KPI_FILTERS, kpiNoteTextNl, type KpiFilterField } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import { ProvinceEnum } from '../geography/geography.graphql.js';
import { LevelEnum, SystemEnum } from '../trainings/trainings.graphql.js';
import { KPI_CATALOG } from './catalog.js';
import { KpiDimensionEnum, KpiIdEnum, KpiNoteRef } from './kpi-notes.graphql.js';
import { breakdowns } from './engine/define.js';
import { isPersonMeasure } from './engine/disclosure.js';
import {
  KPI_UNITS,
  VALUE_STATUSES,
  type GroupKey,
  type KpiDefinition,
  type KpiResult,
  type KpiRow,
  type MeasureDefinition,
} from './engine/types.js';
import { KPI_PERIOD_KIND, KPI_PERIOD_KINDS, type KpiPeriodKind } from './methodology.js';
import { computeKpi, computeKpiTrend, listSchoolYears, type KpiInput, type KpiTrendInput } from './kpis.service.js';
import type { Context } from '../../graphql/context.js';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

// docs/kpi-api-contract.md: kpi, kpiTrend, kpiCatalog, schoolYears. Resolvers stay thin: the
// service validates (zod) and computes; an input error becomes BAD_USER_INPUT naming the argument.

const VALUE_STATUS_DESCRIPTIONS: Record<(typeof VALUE_STATUSES)[number], string> = {
  OK: 'The value as computed.',
  ROUNDED:
    'Policymakers (docs/methodology-disclosure.md): a person count rounded to a multiple of 5, or a percentage computed from rounded counts, in whole percent.',
  SUPPRESSED: 'Withheld: a person count below the threshold, or a percentage based on one.',
  NOT_APPLICABLE: 'No value can be computed (a denominator of 0, a dimension the KPI cannot be split by).',
};
export const ValueStatusEnum = builder.enumType('ValueStatus', {
  values: Object.fromEntries(VALUE_STATUSES.map((s) => [s, { description: VALUE_STATUS_DESCRIPTIONS[s] }])),
});
const KpiUnitEnum = builder.enumType('KpiUnit', { values: KPI_UNITS });
const KPI_PERIOD_KIND_DESCRIPTIONS: Record<KpiPeriodKind, string> = {
  EVENTS: 'Counts dated events: up to a day, the events dated on or before it.',
  PRESENCE: 'Counts what is valid or running on at least one day: up to a day, on at least one day from 1 September up to it.',
  DEADLINES: 'Counts mentors by training deadline: up to a day, the deadlines passed by then.',
  SCHOOL_YEAR: 'Stored per whole school year: never cut at a day.',
};
const KpiPeriodKindEnum = builder.enumType('KpiPeriodKind', {
  description: 'How a school year of the KPI is cut at a day, for the running year compared on the same period.',
  values: Object.fromEntries(KPI_PERIOD_KINDS.map((k) => [k, { description: KPI_PERIOD_KIND_DESCRIPTIONS[k] }])),
});

/** The GraphQL enum of each enumerated filter's values (shared KPI_FILTERS). */
const FILTER_ENUMS = { PROVINCE: ProvinceEnum, SYSTEM: SystemEnum, LEVEL: LevelEnum } as const;

const KpiFilterInput = builder.inputType('KpiFilter', {
  description: 'Every list restricts to the given values; empty or absent lists do not filter.',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(KPI_FILTERS).map(([field, spec]) => {
        const type = spec.values ? FILTER_ENUMS[spec.dimension as keyof typeof FILTER_ENUMS] : null;
        if (spec.values && !type) throw new Error(`KpiFilter.${field}: no GraphQL enum for ${spec.dimension}`);
        const description = spec.description ?? undefined;
        return [field, type ? t.field({ type: [type], required: false, description }) : t.stringList({ required: false, description })];
      }),
    ) as Record<KpiFilterField, ReturnType<typeof t.stringList>>,
});

const KpiGroupKeyRef = builder.objectRef<GroupKey>('KpiGroupKey').implement({
  fields: (t) => ({
    dimension: t.expose('dimension', { type: KpiDimensionEnum }),
    id: t.exposeString('id'),
    label: t.exposeString('label', { description: 'Dutch label' }),
  }),
});

const KpiRowRef = builder.objectRef<KpiRow>('KpiRow').implement({
  fields: (t) => ({
    keys: t.expose('keys', { type: [KpiGroupKeyRef], description: 'One per groupBy dimension, same order; [] for the total.' }),
    value: t.exposeFloat('value', { nullable: true, description: 'Null when status is not OK. Percentages run 0–100.' }),
    comparisonValue: t.exposeFloat('comparisonValue', { nullable: true }),
    status: t.expose('status', { type: ValueStatusEnum }),
    comparisonStatus: t.expose('comparisonStatus', { type: ValueStatusEnum, nullable: true }),
    note: t.string({
      nullable: true,
      description: 'Why a value is suppressed or not applicable, as a Dutch sentence.',
      deprecationReason: 'Use explanation (a code and parameters to word in the client’s language).',
      resolve: (r) => (r.note ? kpiNoteTextNl(r.note) : null),
    }),
    explanation: t.expose('note', {
      type: KpiNoteRef,
      nullable: true,
      description: 'Why the value (or else the comparison value) is suppressed or not applicable; null when both have a number.',
    }),
  }),
});

const KpiMeasureRef = builder.objectRef<MeasureDefinition>('KpiMeasure').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    nameNl: t.exposeString('nameNl'),
    nameEn: t.exposeString('nameEn'),
    unit: t.expose('unit', { type: KpiUnitEnum }),
    personCount: t.boolean({
      description: 'Counts persons, or is a percentage of person counts: rounded, and suppressed when small, for policymakers.',
      resolve: (m) => isPersonMeasure(m),
    }),
  }),
});

const KpiDefinitionRef = builder.objectRef<KpiDefinition>('KpiDefinition').implement({
  fields: (t) => ({
    id: t.expose('id', { type: KpiIdEnum }),
    nameNl: t.exposeString('nameNl'),
    nameEn: t.exposeString('nameEn'),
    unit: t.expose('unit', { type: KpiUnitEnum }),
    definitionNl: t.exposeString('definitionNl'),
    definitionEn: t.exposeString('definitionEn'),
    footnotes: t.stringList({
      description: 'The footnotes in Dutch.',
      deprecationReason: 'Use footnotesNl or footnotesEn.',
      resolve: (k) => k.footnotes.map((f) => f.nl),
    }),
    footnotesNl: t.stringList({ resolve: (k) => k.footnotes.map((f) => f.nl) }),
    footnotesEn: t.stringList({ resolve: (k) => k.footnotes.map((f) => f.en) }),
    measures: t.expose('measures', { type: [KpiMeasureRef] }),
    defaultMeasure: t.exposeString('defaultMeasure'),
    breakdowns: t.field({ type: [KpiDimensionEnum], description: 'Dimensions this KPI can be grouped by.', resolve: (k) => breakdowns(k) }),
    publishedFigure: t.string({
      nullable: true,
      description: 'The 2022-2023 figure of the annual report, in Dutch.',
      deprecationReason: 'Use publishedFigureNl or publishedFigureEn.',
      resolve: (k) => k.publishedFigure?.nl ?? null,
    }),
    publishedFigureNl: t.string({
      nullable: true,
      description: 'The 2022-2023 figure of the annual report, in Dutch (Dutch number notation).',
      resolve: (k) => k.publishedFigure?.nl ?? null,
    }),
    publishedFigureEn: t.string({
      nullable: true,
      description: 'The same figure in English (English number notation).',
      resolve: (k) => k.publishedFigure?.en ?? null,
    }),
    periodKind: t.field({ type: KpiPeriodKindEnum, resolve: (k) => KPI_PERIOD_KIND[k.id] }),
  }),
});

const KpiResultRef = builder.objectRef<KpiResult>('KpiResult').implement({
  fields: (t) => ({
    kpi: t.expose('kpi', { type: KpiDefinitionRef }),
    measure: t.exposeString('measure'),
    schoolYear: t.exposeString('schoolYear', { description: 'For kpiTrend: the last year.' }),
    compareWith: t.exposeString('compareWith', { nullable: true }),
    groupBy: t.expose('groupBy', { type: [KpiDimensionEnum] }),
    rows: t.expose('rows', { type: [KpiRowRef] }),
    total: t.expose('total', { type: KpiRowRef, description: 'The result’s own distinct total: a unit counts once.' }),
    periodEnd: t.string({
      nullable: true,
      description: 'With samePeriod on the running school year: the last day counted (today); null when the whole year is counted.',
      resolve: (r) => r.periodEnd ?? null,
    }),
    comparisonPeriodEnd: t.string({
      nullable: true,
      description: 'With samePeriod: the same day in the comparison year, the last day counted there.',
      resolve: (r) => r.comparisonPeriodEnd ?? null,
    }),
  }),
});

/** Whether the field being resolved selects `name` (directly, or through a fragment). */
function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : true;
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet?.selections ?? []));
}

/** In the worker pool under the request's budget when the server has one, else on this thread. */
async function compute(ctx: Context, verb: 'kpi' | 'kpiTrend', input: KpiInput | KpiTrendInput) {
  if (ctx.kpiPool) {
    const job = { input, actor: ctx.actor, today: ctx.today, suppressionThreshold: ctx.suppressionThreshold };
    return await ctx.kpiPool.compute(verb, job, ctx.kpiBudget);
  }
  return verb === 'kpi' ? computeKpi({ ...ctx, input: input as KpiInput }) : computeKpiTrend({ ...ctx, input });
}

builder.queryFields((t) => ({
  kpi: t.field({
    type: KpiResultRef,
    description: 'One KPI measure for a school year, optionally grouped, filtered and compared with another year.',
    authScopes: { authenticated: true },
    args: {
      id: t.arg({ type: KpiIdEnum, required: true }),
      measure: t.arg.string(),
      schoolYear: t.arg.string({ required: true }),
      compareWith: t.arg.string({ description: 'No comparison is made with a year before the first school year with data.' }),
      filter: t.arg({ type: KpiFilterInput }),
      groupBy: t.arg({ type: [KpiDimensionEnum] }),
      samePeriod: t.arg.boolean({
        description:
          'When schoolYear is the running one: count it up to today and the comparison year up to the same day (see KpiPeriodKind); ignored for other years.',
      }),
    },
    resolve: (_root, args, ctx) => compute(ctx, 'kpi', args),
  }),
  kpiTrend: t.field({
    type: KpiResultRef,
    description: 'One KPI measure over every school year: rows keyed by SCHOOL_YEAR first, then groupBy.',
    authScopes: { authenticated: true },
    args: {
      id: t.arg({ type: KpiIdEnum, required: true }),
      measure: t.arg.string(),
      filter: t.arg({ type: KpiFilterInput }),
      groupBy: t.arg({ type: [KpiDimensionEnum] }),
    },
    // The total over every year is computed only when the request selects it.
    resolve: (_root, args, ctx, info) => compute(ctx, 'kpiTrend', { ...args, withTotal: selectsField(info, 'total') }),
  }),
  kpiCatalog: t.field({
    type: [KpiDefinitionRef],
    description: 'Every KPI of the catalogue (K1–K20) with its definition, measures and breakdowns.',
    authScopes: { authenticated: true },
    resolve: () => [...KPI_CATALOG],
  }),
  schoolYears: t.stringList({
    description: 'School years that hold data, oldest first.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => listSchoolYears(ctx.db),
  }),
}));
