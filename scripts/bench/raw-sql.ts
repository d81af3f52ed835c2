import { previousSchoolYear, schoolYearEnd, schoolYearStart } from '@duaal/shared';
import type { Db } from '@duaal/server';
import type { OverviewAlias } from './queries.js';

// The overview figures as hand-written SQL on the same file: the floor that the GraphQL + HTTP
// timings are compared with. Simple versions of the DOMAIN.md §4 day rules, good for timing and
// for a rough cross-check of the API's totals; the KPI module (server/src/modules/kpis) is the
// reference implementation.

const VALID = `r.approved_on IS NOT NULL AND r.valid_from <= @end AND r.valid_to >= @start
  AND (r.ended_on IS NULL OR r.ended_on > MAX(@start, r.valid_from))`;

// Column names are the aliases of the overview request.
const STATEMENTS: Record<string, string> = {
  // K1, K2: approved and valid on ≥ 1 day of the year; distinct establishments and enterprises over them.
  recognitions: `SELECT COUNT(*) AS recognitions, COUNT(DISTINCT r.establishment_id) AS establishments,
      COUNT(DISTINCT est.enterprise_id) AS enterprises
    FROM recognitions r JOIN establishments est ON est.id = r.establishment_id
    WHERE ${VALID}`,
  // K3: applications (no duplicates) submitted in the year.
  applications: `SELECT COUNT(*) AS applications FROM recognitions r
    WHERE r.kind <> 'DUPLICATE' AND r.submitted_on BETWEEN @start AND @end`,
  // K5: applications whose transition to APPROVED / REJECTED falls in the year; approval rate over both.
  decisions: `SELECT approved, rejected, 100.0 * approved / NULLIF(decisions, 0) AS approvalRate
    FROM (SELECT COUNT(DISTINCT CASE WHEN ev.status = 'APPROVED' THEN r.id END) AS approved,
        COUNT(DISTINCT CASE WHEN ev.status = 'REJECTED' THEN r.id END) AS rejected, COUNT(DISTINCT r.id) AS decisions
      FROM recognition_status_events ev JOIN recognitions r ON r.id = ev.recognition_id
      WHERE ev.status IN ('APPROVED', 'REJECTED') AND ev.occurred_on BETWEEN @start AND @end AND r.kind <> 'DUPLICATE')`,
  // K9: unique mentors on a recognition of K1, named on a day it was valid.
  mentors: `SELECT COUNT(DISTINCT rm.mentor_id) AS mentors FROM recognition_mentors rm
    JOIN recognitions r ON r.id = rm.recognition_id
    WHERE ${VALID}
      AND rm.added_on <= MIN(@end, r.valid_to, COALESCE(date(r.ended_on, '-1 day'), r.valid_to))
      AND (rm.removed_on IS NULL OR rm.removed_on > MAX(@start, r.valid_from))`,
  // K10: deadline in the year; compliant = completed or exempt on or before it, over those settled or past.
  compliance: `SELECT COUNT(DISTINCT mentor_id) AS mentorsDue,
      100.0 * COUNT(DISTINCT CASE WHEN c IN ('COMPLETED', 'EXEMPT') THEN mentor_id END)
      / NULLIF(COUNT(DISTINCT CASE WHEN c <> 'PENDING' THEN mentor_id END), 0) AS mentorCompliance
    FROM (SELECT mt.mentor_id, CASE
        WHEN mt.status = 'EXEMPT' THEN 'EXEMPT'
        WHEN mt.completed_on <= mt.deadline OR (mt.completed_on IS NULL AND mt.status IN ('COMPLETED_SECTOR', 'COMPLETED_ELSEWHERE')) THEN 'COMPLETED'
        WHEN mt.follow_up_stopped_on <= mt.deadline OR mt.status = 'FOLLOW_UP_STOPPED' THEN 'FOLLOW_UP_STOPPED'
        WHEN mt.deadline < @asOf THEN 'NOT_COMPLETED'
        ELSE 'PENDING' END AS c
      FROM mentor_trainings mt
      WHERE mt.status <> 'NOT_APPLICABLE' AND mt.deadline BETWEEN @start AND @end)`,
  // K12: agreements (not cancelled) started in the year.
  started: `SELECT COUNT(*) AS agreementsStarted FROM agreements a
    WHERE a.status <> 'CANCELLED' AND a.start_on BETWEEN @start AND @end`,
  // K13: agreements running on ≥ 1 day of the year.
  running: `SELECT COUNT(*) AS agreementsRunning FROM agreements a
    WHERE a.status <> 'CANCELLED' AND a.start_on <= @end AND COALESCE(a.actual_end_on, a.planned_end_on) >= @start`,
  // K14: early terminations with an end date in the year.
  terminations: `SELECT COUNT(*) AS earlyTerminations FROM agreements a
    WHERE a.status = 'TERMINATED_EARLY' AND a.actual_end_on BETWEEN @start AND @end`,
};

export type OverviewFigures = Partial<Record<OverviewAlias, number | null>>;

/** Prepared once; `run` computes the overview figures for the year and the previous year. */
export function rawOverview(db: Db, schoolYear: string) {
  const statements = Object.values(STATEMENTS).map((sql) => db.sqlite.prepare(sql));
  const asOf = new Date().toISOString().slice(0, 10);
  const params = (year: string) => ({ start: schoolYearStart(year), end: schoolYearEnd(year), asOf });
  const current = params(schoolYear);
  const previous = params(previousSchoolYear(schoolYear));
  const figures = (p: typeof current) => Object.assign({}, ...statements.map((s) => s.get(p) as object)) as OverviewFigures;
  return {
    statementCount: statements.length * 2,
    run: () => ({ current: figures(current), previous: figures(previous) }),
  };
}
