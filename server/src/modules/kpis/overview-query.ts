// The overview page in one request (docs/overview-query.md shows and explains the same text; a
// test checks both are equal and that it runs).
export const OVERVIEW_QUERY = /* GraphQL */ `query Overview($schoolYear: String!, $compareWith: String, $filter: KpiFilter) {
  recognitions: kpi(id: K1, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  establishments: kpi(id: K2, measure: "establishments", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  enterprises: kpi(id: K2, measure: "enterprises", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  applications: kpi(id: K3, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  approved: kpi(id: K5, measure: "approved", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  rejected: kpi(id: K5, measure: "rejected", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  approvalRate: kpi(id: K5, measure: "approvalRate", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  mentors: kpi(id: K9, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  mentorsDue: kpi(id: K10, measure: "due", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  mentorCompliance: kpi(id: K10, measure: "complianceRate", schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  agreementsStarted: kpi(id: K12, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  agreementsRunning: kpi(id: K13, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
  earlyTerminations: kpi(id: K14, schoolYear: $schoolYear, compareWith: $compareWith, filter: $filter) { ...OverviewFigure }
}

fragment OverviewFigure on KpiResult {
  measure
  schoolYear
  compareWith
  kpi { id nameNl unit footnotes }
  total { value comparisonValue status comparisonStatus note }
}
`;
