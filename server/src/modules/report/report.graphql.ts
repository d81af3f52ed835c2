import { ANNUAL_REPORT } from '@duaal/shared';
import { builder } from '../../graphql/builder.js';
import { ValueStatusEnum } from '../kpis/kpis.graphql.js';
import { computeKpi, type KpiInput } from '../kpis/index.js';
import {
  buildAnnualReport,
  reportDataDate,
  type AnnualReportResult,
  type ReportCell,
  type ReportColumnResult,
  type ReportRow,
  type ReportTableResult,
} from './report.service.js';

// annualReport(schoolYear): the annual report's tables (shared/src/annual-report.ts) computed
// through the KPI API, with the caller's disclosure control.

const sectionTitle = new Map(ANNUAL_REPORT.map((s) => [s.key, s]));

const ReportCellRef = builder.objectRef<ReportCell>('ReportCell').implement({
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true, description: 'Null when status is SUPPRESSED or NOT_APPLICABLE.' }),
    status: t.expose('status', { type: ValueStatusEnum }),
    previousValue: t.exposeFloat('previousValue', { nullable: true, description: 'The previous school year, by the same rules.' }),
    previousStatus: t.expose('previousStatus', { type: ValueStatusEnum, nullable: true }),
    published: t.exposeFloat('published', { nullable: true, description: 'The printed figure (report 2022-2023 and written question 759 only).' }),
  }),
});

const ReportRowRef = builder.objectRef<ReportRow>('ReportRow').implement({
  fields: (t) => ({
    id: t.exposeString('id', { nullable: true, description: 'Group key (partnership code, reason …); null for the total row.' }),
    label: t.exposeString('label', { description: 'Dutch label' }),
    labelEn: t.exposeString('labelEn', { nullable: true }),
    isTotal: t.exposeBoolean('isTotal'),
    cells: t.expose('cells', { type: [ReportCellRef], description: 'One per column, same order.' }),
  }),
});

const ReportColumnRef = builder.objectRef<ReportColumnResult>('ReportColumn').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    labelNl: t.exposeString('labelNl'),
    labelEn: t.exposeString('labelEn'),
    schoolYear: t.exposeString('schoolYear'),
  }),
});

const ReportTableRef = builder.objectRef<ReportTableResult>('ReportTable').implement({
  fields: (t) => ({
    number: t.string({ description: 'The number of the table in the 2022-2023 report ("12"), or of the answer to written question 759 ("759-1a").', resolve: (r) => r.spec.number }),
    key: t.string({ resolve: (r) => r.spec.key }),
    section: t.string({ resolve: (r) => r.spec.section }),
    sectionTitleNl: t.string({ resolve: (r) => sectionTitle.get(r.spec.section)?.titleNl ?? r.spec.section }),
    sectionTitleEn: t.string({ resolve: (r) => sectionTitle.get(r.spec.section)?.titleEn ?? r.spec.section }),
    titleNl: t.string({ resolve: (r) => r.spec.titleNl }),
    titleEn: t.string({ resolve: (r) => r.spec.titleEn }),
    footnotesNl: t.stringList({ resolve: (r) => r.spec.footnotesNl }),
    footnotesEn: t.stringList({ resolve: (r) => r.spec.footnotesEn }),
    definitionsNl: t.exposeStringList('definitionsNl'),
    definitionsEn: t.exposeStringList('definitionsEn'),
    kpis: t.stringList({ description: 'The KPIs the table shows (their sections on the methodology page).', resolve: (r) => [...r.spec.kpis] }),
    yearsAsColumns: t.boolean({ description: 'Columns are school years: no previous year beside them.', resolve: (r) => Boolean(r.spec.yearsAsColumns) }),
    columns: t.expose('columns', { type: [ReportColumnRef] }),
    rows: t.expose('rows', { type: [ReportRowRef], description: 'Groups, then the distinct total (isTotal).' }),
  }),
});

interface AnnualReportPayload extends AnnualReportResult {
  dataDate: string;
}

const AnnualReportRef = builder.objectRef<AnnualReportPayload>('AnnualReport').implement({
  fields: (t) => ({
    schoolYear: t.exposeString('schoolYear'),
    previousYear: t.exposeString('previousYear'),
    dataDate: t.exposeString('dataDate', { description: 'The day the data were taken: the last successful import, else today (ISO date).' }),
    tables: t.expose('tables', { type: [ReportTableRef] }),
  }),
});

builder.queryFields((t) => ({
  annualReport: t.field({
    type: AnnualReportRef,
    description: 'The annual report’s tables for a school year, with the previous year beside them; for policymakers with disclosure control.',
    authScopes: { authenticated: true },
    args: { schoolYear: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      // A report asks for some seventy KPI results (each with its previous year): it gets six
      // times the budget of a request, still bounded; the results are cached like any KPI's.
      const budget = { deadline: ctx.kpiBudget.deadline + 5 * ctx.kpiBudget.budgetMs, budgetMs: 6 * ctx.kpiBudget.budgetMs };
      const ask = (input: KpiInput) =>
        ctx.kpiPool
          ? ctx.kpiPool.compute('kpi', { input, actor: ctx.actor, today: ctx.today, suppressionThreshold: ctx.suppressionThreshold }, budget)
          : Promise.resolve(computeKpi({ ...ctx, input }));
      const report = await buildAnnualReport({ schoolYear: args.schoolYear, ask });
      return { ...report, dataDate: reportDataDate(ctx.db, ctx.today) };
    },
  }),
}));
