import { OVERVIEW_FIGURES } from '@duaal/shared';

// The overview page in one request (docs/overview-query.md shows and explains the same text; a
// test checks both are equal and that it runs). One field per headline figure of shared
// OVERVIEW_FIGURES, in its order; a figure without a measure asks for the KPI's default.
const figureFields = OVERVIEW_FIGURES.map((figure) => {
  const measure = 'measure' in figure ? `, measure: "${figure.measure}"` : '';
  return `  ${figure.alias}: kpi(id: ${figure.kpi}${measure}, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }`;
});

export const OVERVIEW_QUERY = /* GraphQL */ `query Overview($schoolYear: String!, $compareWith: String, $filter: KpiFilter) {
${figureFields.join('\n')}
}

fragment OverviewFigure on KpiResult {
  measure
  schoolYear
  compareWith
  kpi { id nameNl nameEn unit footnotesNl footnotesEn }
  total { value comparisonValue status comparisonStatus explanation { code params { threshold } } }
}
`;
