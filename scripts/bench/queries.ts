import { OVERVIEW_FIGURES as HEADLINE_FIGURES, defaultMeasureOf } from '@duaal/shared';
import { OVERVIEW_QUERY } from '@duaal/server/kpis';

// The query sets of the dashboard views (docs/kpi-api-contract.md), one aliased request per view,
// shaped like the views' own operations in web/src so the timings stand for a page's data.

export interface QuerySet {
  name: string;
  description: string;
  query: string;
}

const TOTAL = 'total { value comparisonValue status comparisonStatus }';
const ROWS = 'rows { keys { dimension id label } value comparisonValue status comparisonStatus note }';

function alias(name: string, id: string, args: { measure?: string; groupBy?: string[]; compare?: boolean }, fields: string): string {
  const list = [
    `id: ${id}`,
    args.measure ? `measure: "${args.measure}"` : '',
    'schoolYear: $schoolYear',
    args.compare ? 'compareWith: $compareWith' : '',
    args.groupBy ? `groupBy: [${args.groupBy.join(', ')}]` : '',
  ].filter(Boolean);
  return `  ${name}: kpi(${list.join(', ')}) { measure ${fields} }`;
}

function operation(name: string, aliases: string[]): string {
  // GraphQL refuses a declared variable that no field uses.
  const compare = aliases.some((a) => a.includes('$compareWith')) ? ', $compareWith: String' : '';
  return `query Bench${name}($schoolYear: String!${compare}) {\n${aliases.join('\n')}\n}`;
}

export type OverviewAlias = (typeof HEADLINE_FIGURES)[number]['alias'];

/** Alias of the overview request → the figure it asks (KPI, measure), as in OVERVIEW_QUERY. */
export const OVERVIEW_FIGURES = Object.fromEntries(
  HEADLINE_FIGURES.map((f) => [f.alias, `${f.kpi} ${'measure' in f ? f.measure : defaultMeasureOf(f.kpi)}`]),
) as Record<OverviewAlias, string>;

export const QUERY_SETS: QuerySet[] = [
  {
    name: 'overview',
    description: 'OVERVIEW_QUERY of the KPI module (docs/overview-query.md): 13 totals (K1, K2 ×2, K3, K5 ×3, K9, K10 ×2, K12, K13, K14) + previous year',
    // The KPI module's own text, so the benchmark times exactly what the overview asks.
    query: OVERVIEW_QUERY,
  },
  {
    name: 'province',
    description: 'K1 and K13 by PROVINCE and by MUNICIPALITY + previous year (4 aliases)',
    query: operation('Province', [
      alias('k1Provinces', 'K1', { groupBy: ['PROVINCE'], compare: true }, `${ROWS} ${TOTAL}`),
      alias('k1Municipalities', 'K1', { groupBy: ['MUNICIPALITY'], compare: true }, `${ROWS} ${TOTAL}`),
      alias('k13Provinces', 'K13', { groupBy: ['PROVINCE'], compare: true }, `${ROWS} ${TOTAL}`),
      alias('k13Municipalities', 'K13', { groupBy: ['MUNICIPALITY'], compare: true }, `${ROWS} ${TOTAL}`),
    ]),
  },
  {
    name: 'sector',
    description: 'K1 (+ previous year), K2 ×2, K9, K13, K16 by PARTNERSHIP (6 aliases)',
    query: operation('Sector', [
      alias('recognitions', 'K1', { groupBy: ['PARTNERSHIP'], compare: true }, `${ROWS} ${TOTAL}`),
      alias('establishments', 'K2', { measure: 'establishments', groupBy: ['PARTNERSHIP'] }, `${ROWS} ${TOTAL}`),
      alias('enterprises', 'K2', { measure: 'enterprises', groupBy: ['PARTNERSHIP'] }, `${ROWS} ${TOTAL}`),
      alias('mentors', 'K9', { groupBy: ['PARTNERSHIP'] }, `${ROWS} ${TOTAL}`),
      alias('agreements', 'K13', { groupBy: ['PARTNERSHIP'] }, `${ROWS} ${TOTAL}`),
      alias('activationRate', 'K16', { groupBy: ['PARTNERSHIP'] }, `${ROWS} ${TOTAL}`),
    ]),
  },
  {
    name: 'mentor',
    description: 'K10 due by PARTNERSHIP × STATUS, compliance rate by PARTNERSHIP (2 aliases)',
    query: operation('Mentor', [
      alias('due', 'K10', { measure: 'due', groupBy: ['PARTNERSHIP', 'STATUS'] }, `${ROWS} ${TOTAL}`),
      alias('complianceRate', 'K10', { measure: 'complianceRate', groupBy: ['PARTNERSHIP'] }, `${ROWS} ${TOTAL}`),
    ]),
  },
  {
    name: 'radar',
    description: 'K17, its 5 measures by TRAINING × PROVINCE (5 aliases)',
    query: operation(
      'Radar',
      ['recognisedEstablishments', 'runningAgreements', 'enrolments', 'unusedCapacity', 'shortage'].map((m) =>
        alias(m, 'K17', { measure: m, groupBy: ['TRAINING', 'PROVINCE'] }, `${ROWS} ${TOTAL}`),
      ),
    ),
  },
];
