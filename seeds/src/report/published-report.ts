import {
  APPEALS_2022_2023,
  DECISIONS_BY_YEAR,
  EXPIRED_BY_YEAR,
  HEADLINE_2022_2023,
  MENTOR_REMOVALS_BY_YEAR,
  PARTNERSHIPS_2022_2023,
  PQ759_ACTIVE_BY_PROVINCE,
  PQ759_ACTIVE_BY_SECTOR,
  PQ759_RECOGNISED_BY_PROVINCE,
  PQ759_RECOGNISED_BY_SECTOR,
  PQ759_TOTALS,
  REVOCATIONS_BY_YEAR,
  STOPPED_BY_YEAR,
  TERMINATION_REASONS_2022_2023,
} from '../generator/published.js';

// The printed figures of the 2022-2023 annual report (S000) and of the answer to written question
// 759 (S003), placed on the cells of the report's tables (shared/src/annual-report.ts), keyed
// `table|row|column|schoolYear` (row "*" = the table's total row). Only figures printed in the
// source are placed: a printed total that is the sum of its rows is that sum; where our columns
// split what the print merges (ODO and ODO-W) or the print has no such figure, no cell is placed.
// `npm run report:published` writes them to shared/src/annual-report-published.ts, which the
// server reads; a test checks that file against this function.

const Y = '2022-2023';

export function publishedReportCells(): Record<string, number> {
  const cells: Record<string, number> = {};
  const put = (table: string, row: string | null, column: string, value: number | undefined, year = Y) => {
    if (value !== undefined) cells[`${table}|${row ?? '*'}|${column}|${year}`] = value;
  };
  const sumOver = <T>(items: T[], f: (t: T) => number) => items.reduce((s, t) => s + f(t), 0);
  const h = HEADLINE_2022_2023;

  // Tabel 8.
  for (const [reason, c] of Object.entries(TERMINATION_REASONS_2022_2023)) {
    put('terminationReasons', reason, 'dual', c.DUAL);
    put('terminationReasons', reason, 'lenw', c.LEREN_EN_WERKEN);
    put('terminationReasons', reason, 'total', c.DUAL + c.LEREN_EN_WERKEN);
  }
  put('terminationReasons', null, 'dual', h.terminationsDual);
  put('terminationReasons', null, 'lenw', h.terminationsLerenEnWerken);
  put('terminationReasons', null, 'total', h.terminations);

  const partnerships = Object.entries(PARTNERSHIPS_2022_2023);
  const p = partnerships.map(([, f]) => f);
  // Tabel 12, 15, 16, 18, 21, 22.
  for (const [code, f] of partnerships) {
    put('applicationsByPartnership', code, 'new', f.applicationsNew);
    put('applicationsByPartnership', code, 'renewal', f.applicationsRenewal);
    put('applicationsByPartnership', code, 'total', f.applicationsNew + f.applicationsRenewal);
    put('recognisedUnits', code, 'enterprises', f.enterprises);
    put('recognisedUnits', code, 'establishments', f.establishments);
    put('followUpActions', code, 'recognitions', f.recognitions);
    put('followUpActions', code, 'establishments', f.establishments);
    put('followUpActions', code, 'phone', f.phone);
    put('followUpActions', code, 'siteVisit', f.siteVisits);
    put('followUpActions', code, 'virtual', f.virtual);
    put('mentorsByPartnership', code, 'mentors', f.mentors);
    const s = f.runningBySystem;
    put('agreementsBySystem', code, 'dualSo', s.DUAL);
    put('agreementsBySystem', code, 'lenwSo', s.LEREN_EN_WERKEN);
    put('agreementsBySystem', code, 'adult', s.ADULT);
    put('agreementsBySystem', code, 'total', s.DUAL + s.LEREN_EN_WERKEN + s.ADULT);
    const t = f.runningByType;
    for (const type of ['OAO', 'DA', 'DA_SM', 'SAO', 'ODOS'] as const) put('agreementsByType', code, type, t[type]);
    put('agreementsByType', code, 'total', s.DUAL + s.LEREN_EN_WERKEN + s.ADULT);
  }
  put('applicationsByPartnership', null, 'new', h.applicationsNew);
  put('applicationsByPartnership', null, 'renewal', h.applicationsRenewal);
  put('applicationsByPartnership', null, 'total', h.applications);
  // Tabel 15 and 16 print the sum of their rows as the total (11,937 / 14,313 / 44,694 …).
  put('recognisedUnits', null, 'enterprises', sumOver(p, (f) => f.enterprises));
  put('recognisedUnits', null, 'establishments', sumOver(p, (f) => f.establishments));
  put('followUpActions', null, 'recognitions', sumOver(p, (f) => f.recognitions));
  put('followUpActions', null, 'establishments', sumOver(p, (f) => f.establishments));
  put('followUpActions', null, 'phone', sumOver(p, (f) => f.phone));
  put('followUpActions', null, 'siteVisit', sumOver(p, (f) => f.siteVisits));
  put('followUpActions', null, 'virtual', sumOver(p, (f) => f.virtual));
  put('mentorsByPartnership', null, 'mentors', h.mentors);
  put('agreementsBySystem', null, 'dualSo', sumOver(p, (f) => f.runningBySystem.DUAL));
  put('agreementsBySystem', null, 'lenwSo', sumOver(p, (f) => f.runningBySystem.LEREN_EN_WERKEN));
  put('agreementsBySystem', null, 'adult', sumOver(p, (f) => f.runningBySystem.ADULT));
  put('agreementsBySystem', null, 'total', h.agreementsRunning);
  for (const type of ['OAO', 'DA', 'DA_SM', 'SAO', 'ODOS'] as const) put('agreementsByType', null, type, sumOver(p, (f) => f.runningByType[type]));
  put('agreementsByType', null, 'total', h.agreementsRunning);

  // Tabel 14, 17.
  const d = DECISIONS_BY_YEAR[Y];
  put('decisions', null, 'approvedInvestigated', d?.approvedInvestigated);
  put('decisions', null, 'approvedAutomatic', d?.approvedAutomatic);
  put('decisions', null, 'approved', d?.approved);
  put('decisions', null, 'rejected', d?.rejected);
  const r = REVOCATIONS_BY_YEAR[Y];
  put('revocations', null, 'revocations', r?.revocations);
  put('revocations', null, 'enterprises', r?.enterprises);
  put('revocations', null, 'establishments', r?.establishments);

  // Tabel 19, 20, 23, 24 ('measures' tables: the row is the column key, one value column).
  put('mentorTraining', 'due', 'value', h.mentorsDue);
  put('mentorTraining', 'completed', 'value', h.mentorsCompleted);
  put('mentorTraining', 'exempt', 'value', h.mentorsExempt);
  put('mentorTraining', 'notCompleted', 'value', h.mentorsNotCompleted);
  put('mentorTraining', 'followUpStopped', 'value', h.mentorsFollowUpStopped);
  for (const [reason, n] of Object.entries(MENTOR_REMOVALS_BY_YEAR[Y] ?? {})) put('mentorRemovals', reason, 'mentors', n);
  put('mentorRemovals', null, 'mentors', h.mentorsRemoved);
  put('ended', 'stopped', 'value', STOPPED_BY_YEAR[Y]);
  put('ended', 'expired', 'value', EXPIRED_BY_YEAR[Y]);

  // Tabel 28.
  for (const a of APPEALS_2022_2023) {
    put('appeals', a.partnership, 'inadmissible', a.not_admissible);
    put('appeals', a.partnership, 'admissible', a.admissible);
    put('appeals', a.partnership, 'withdrawn', a.withdrawn);
    put('appeals', a.partnership, 'handled', a.handled);
    put('appeals', a.partnership, 'total', a.total_submitted_type1);
  }
  put('appeals', null, 'inadmissible', sumOver([...APPEALS_2022_2023], (a) => a.not_admissible));
  put('appeals', null, 'admissible', sumOver([...APPEALS_2022_2023], (a) => a.admissible));
  put('appeals', null, 'withdrawn', sumOver([...APPEALS_2022_2023], (a) => a.withdrawn));
  put('appeals', null, 'handled', sumOver([...APPEALS_2022_2023], (a) => a.handled));
  put('appeals', null, 'total', sumOver([...APPEALS_2022_2023], (a) => a.total_submitted_type1));

  // S003: every printed year (2022-2023 was not finished when the answer was given).
  const pq = (table: string, data: Record<string, Record<string, number>>, totals?: Record<string, number>) => {
    for (const [row, years] of Object.entries(data)) for (const [year, n] of Object.entries(years)) put(table, row, 'year', n, year);
    for (const [year, n] of Object.entries(totals ?? {})) put(table, null, 'year', n, year);
  };
  pq('pqRecognisedByProvince', PQ759_RECOGNISED_BY_PROVINCE, PQ759_TOTALS.recognised);
  pq('pqRecognisedBySector', PQ759_RECOGNISED_BY_SECTOR);
  pq('pqActiveByProvince', PQ759_ACTIVE_BY_PROVINCE, PQ759_TOTALS.active);
  pq('pqActiveBySector', PQ759_ACTIVE_BY_SECTOR);
  return cells;
}

/** The generated module's text. */
export function publishedReportModule(): string {
  const cells = publishedReportCells();
  const lines = Object.keys(cells)
    .sort()
    .map((k) => `  '${k}': ${cells[k]},`);
  return [
    '// Generated by `npm run report:published` from seeds/data/published (seeds/src/report/published-report.ts).',
    '// The printed figures of the 2022-2023 annual report and of written question 759, keyed',
    '// table|row|column|schoolYear (row * = total row). Do not edit by hand.',
    'export const PUBLISHED_REPORT_CELLS: Readonly<Record<string, number>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}
