// Published figures the generator is driven by and the calibration compares with, read once at
// module load from seeds/data/published/ (copies of /work/shared/reference/, listed in
// seeds/data/README.md): Jaarrapport 2022-2023 = S000, parliamentary question 759 = S003.
// Partnership names become their codes (shared/src/partnerships.ts), reasons their codes
// (shared/src/labels.ts). Only row_type=detail rows are read, except where a printed total is
// itself the figure; the choices where tables contradict are in seeds/src/calibration/README.md.
import {
  MENTOR_REMOVAL_REASON_LABELS,
  PROVINCE_LABELS,
  TERMINATION_REASON_LABELS,
  type MentorRemovalReason,
  type Province,
  type TerminationReason,
} from '@duaal/shared';
import { readDataCsv } from '../reference/data-files.js';
import { partnershipCodeOf } from '../reference/partnership-names.js';

type Row = Record<string, string>;

/** The tables read, relative to seeds/data (listed with their source in its README). */
const FILES = {
  headline: 'published/headline_figures_2022_2023.csv',
  renewals: 'published/renewals_2022_2023.csv',
  mentorTraining: 'published/mentor_training_compliance_2022_2023.csv',
  applications: 'published/applications_by_partnership_2022_2023.csv',
  followUp: 'published/followup_by_partnership_2022_2023.csv',
  // Shared with the reference lists, which check partnership names on it.
  mentors: 'mentors_by_partnership_2022_2023.csv',
  agreementsBySystem: 'published/agreements_by_partnership_system_2022_2023.csv',
  agreementsByType: 'published/agreements_by_partnership_type_2022_2023.csv',
  recognisedByProvince: 'published/pq759_recognised_enterprises_by_province.csv',
  recognisedBySector: 'published/pq759_recognised_enterprises_by_sector.csv',
  activeByProvince: 'published/pq759_agreement_enterprises_by_province.csv',
  activeBySector: 'published/pq759_agreement_enterprises_by_sector.csv',
  decisions: 'published/decisions_by_year.csv',
  revocations: 'published/revocations_by_year.csv',
  ended: 'published/recognitions_ended_by_year.csv',
  mentorRemovals: 'published/mentor_removals_by_reason_by_year.csv',
  terminations: 'published/early_termination_reasons_so_2022_2023.csv',
  enrolments: 'published/enrolments_dual_by_trajectory_by_year.csv',
  appeals: 'published/appeals_2022_2023.csv',
} as const;

const rows = readDataCsv;

function ofType(all: Row[], rowType: 'detail' | 'total'): Row[] {
  return all.filter((row) => row.row_type === rowType);
}

/** The detail rows: printed totals and subtotals left out. */
function details(file: string): Row[] {
  return ofType(rows(file), 'detail');
}

function text(row: Row, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`published: no column ${column}`);
  return value;
}

function num(row: Row, column: string): number {
  const cell = text(row, column);
  const value = Number(cell);
  if (cell === '' || !Number.isFinite(value)) throw new Error(`published: ${column} "${cell}" is not a number`);
  return value;
}

function partnership(name: string): string {
  const code = partnershipCodeOf(name);
  if (!code) throw new Error(`published: unknown partnership "${name}"`);
  return code;
}

/** Inverts a code → Dutch label list, so a label printed exactly so finds its code. */
function codeOfLabel<C extends string>(labels: Record<C, string>): (label: string) => C {
  const codes = new Map(Object.entries<string>(labels).map(([code, label]) => [label, code as C]));
  return (label) => {
    const code = codes.get(label);
    if (!code) throw new Error(`published: unknown label "${label}"`);
    return code;
  };
}

/** The only row whose `keyColumn` is `key`. */
function rowOf(all: Row[], keyColumn: string, key: string): Row {
  const found = all.filter((row) => row[keyColumn] === key);
  if (found.length !== 1) throw new Error(`published: ${found.length} rows with ${keyColumn}=${key}`);
  return found[0]!;
}

/** Long table → school year → count. */
function byYear(all: Row[]): Record<string, number> {
  return Object.fromEntries(all.map((row) => [text(row, 'school_year'), num(row, 'count')]));
}

/** Long table → name → school year → count. */
function byNameAndYear(all: Row[], nameColumn: string, codeOf: (name: string) => string): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {};
  for (const row of all) (result[codeOf(text(row, nameColumn))] ??= {})[text(row, 'school_year')] = num(row, 'count');
  return result;
}

// ---- headline figures of 2022-2023 ---------------------------------------------------------

const prose = rows(FILES.headline);
const fromProse = (key: string) => num(rowOf(prose, 'metric_key', key), 'value');
const renewals = rows(FILES.renewals);
const mentorTraining = rows(FILES.mentorTraining);

/** As stated in the prose of S000 §4-§6; the six figures the prose does not state from its tables. */
export const HEADLINE_2022_2023 = {
  // K1 secondary dual: the prose figure, not the Tabel 30 rows (+78).
  recognitionsSecondaryDual: fromProse('recognitions_so_dual'),
  recognitionsSecondaryLerenEnWerken: fromProse('recognitions_so_leren_en_werken'),
  recognitionsSecondary: fromProse('recognitions_so'),
  recognitionsAdult: fromProse('recognitions_vwo'),
  // K2: the prose distinct totals; Tabel 15 rows (14,313 / 11,937) are the per-partnership counts.
  establishmentsSecondary: fromProse('recognitions_so_establishments'),
  enterprisesSecondary: fromProse('recognitions_so_enterprises'),
  applications: fromProse('applications_submitted'),
  applicationsNew: fromProse('applications_new'),
  applicationsRenewal: fromProse('applications_renewal'),
  mandatedSharePct: fromProse('applications_via_mandate_pct'),
  approved: fromProse('applications_approved'),
  approvedInvestigated: fromProse('applications_approved_investigated'),
  approvedAutomatic: fromProse('applications_approved_automatic'),
  rejected: fromProse('applications_rejected'),
  rejectedEquipment: fromProse('applications_rejected_insufficient_equipment'),
  revocations: fromProse('recognitions_revoked'),
  revocationEnterprises: fromProse('recognitions_revoked_enterprises'),
  revocationEstablishments: fromProse('recognitions_revoked_establishments'),
  stopped: fromProse('recognitions_stopped'),
  expired: fromProse('recognitions_expired'),
  expiredWithRenewal: fromProse('expired_recognitions_with_renewal_application'),
  // Tabel 25.
  renewalsApproved: num(rowOf(renewals, 'metric_key', 'renewal_applications_approved'), 'count'),
  renewalsRejected: num(rowOf(renewals, 'metric_key', 'renewal_applications_rejected'), 'count'),
  // K9: the printed total of Tabel 18 as the distinct total; its rows add up to 15,012.
  mentors: num(rowOf(rows(FILES.mentors), 'row_type', 'total'), 'unique_mentors'),
  mentorsDue: fromProse('mentors_required_training'),
  mentorsCompleted: fromProse('mentors_training_followed'),
  mentorsExempt: fromProse('mentors_training_exempted'),
  // Tabel 19.
  mentorsNotCompleted: num(rowOf(mentorTraining, 'category_key', 'not_followed_in_time'), 'count'),
  mentorsFollowUpStopped: num(rowOf(mentorTraining, 'category_key', 'followup_stopped'), 'count'),
  mentorsRemoved: fromProse('mentors_removed'),
  agreementsStartedDual: fromProse('agreements_started_dual_so'),
  agreementsStartedLerenEnWerken: fromProse('agreements_started_leren_en_werken'),
  agreementsStartedAdult: fromProse('agreements_started_vwo'),
  // The printed total of Tabel 21 (= its rows).
  agreementsRunning: num(rowOf(rows(FILES.agreementsBySystem), 'row_type', 'total'), 'total'),
  terminations: fromProse('agreements_terminated_early_so'),
  terminationsDual: fromProse('agreements_terminated_early_dual_so'),
  terminationsLerenEnWerken: fromProse('agreements_terminated_early_leren_en_werken'),
  terminationsAdult: fromProse('agreements_terminated_early_vwo'),
  siteVisits: fromProse('site_visits_after_recognition'),
  appeals: fromProse('appeals_submitted'),
  duplicates: fromProse('duplicates_created'),
  duplicatedOriginals: fromProse('lw_recognitions_duplicated'),
} as const;

// ---- per reporting partnership, 2022-2023: Tabel 12, 15, 16, 18, 21, 22 ----------------------

export interface PartnershipFigures {
  applicationsNew: number;
  applicationsRenewal: number;
  enterprises: number;
  establishments: number;
  recognitions: number;
  phone: number;
  siteVisits: number;
  virtual: number;
  mentors: number;
  runningBySystem: { DUAL: number; LEREN_EN_WERKEN: number; ADULT: number };
  runningByType: { OAO: number; DA: number; DA_SM: number; SAO: number; ODO_W: number; ODOS: number };
}

/** Detail rows of a per-partnership table by partnership code. */
function byPartnership(file: string, column = 'partnership'): Map<string, Row> {
  const result = new Map<string, Row>();
  for (const row of details(file)) {
    const code = partnership(text(row, column));
    if (result.has(code)) throw new Error(`published: ${file} lists ${code} twice`);
    result.set(code, row);
  }
  return result;
}

function loadPartnerships(): Record<string, PartnershipFigures> {
  // Tabel 12 is counted per handling partnership: the Flemish Partnership's sector rows, its one
  // "Bedienden" application included, add up to its 528; Bedienden keeps its own 275.
  const applications = new Map<string, { applicationsNew: number; applicationsRenewal: number }>();
  for (const row of details(FILES.applications)) {
    const code = partnership(text(row, 'handling_partnership'));
    const sum = applications.get(code) ?? { applicationsNew: 0, applicationsRenewal: 0 };
    sum.applicationsNew += num(row, 'new_applications');
    sum.applicationsRenewal += num(row, 'renewal_applications');
    applications.set(code, sum);
  }
  const followUp = byPartnership(FILES.followUp);
  const mentors = byPartnership(FILES.mentors);
  const bySystem = byPartnership(FILES.agreementsBySystem);
  const byType = byPartnership(FILES.agreementsByType);
  for (const table of [applications, mentors, bySystem, byType]) {
    if (table.size !== followUp.size || [...table.keys()].some((code) => !followUp.has(code))) {
      throw new Error('published: the per-partnership tables list different partnerships');
    }
  }

  const result: Record<string, PartnershipFigures> = {};
  // In the row order of Tabel 15/16; the generator iterates in this order.
  for (const [code, f] of followUp) {
    const s = bySystem.get(code)!;
    const t = byType.get(code)!;
    result[code] = {
      ...applications.get(code)!,
      enterprises: num(f, 'unique_enterprises'),
      establishments: num(f, 'unique_establishments'),
      recognitions: num(f, 'recognitions'), // Tabel 16 rows: 44,694 together, the prose 44,545
      phone: num(f, 'phone_contact_establishments'),
      siteVisits: num(f, 'site_visit_establishments'),
      virtual: num(f, 'virtual_contact_establishments'),
      mentors: num(mentors.get(code)!, 'unique_mentors'),
      runningBySystem: { DUAL: num(s, 'so_dual'), LEREN_EN_WERKEN: num(s, 'so_leren_en_werken'), ADULT: num(s, 'vwo_dual') },
      runningByType: {
        OAO: num(t, 'oao'),
        DA: num(t, 'da'),
        DA_SM: num(t, 'da_sm'),
        SAO: num(t, 'sao'),
        ODO_W: num(t, 'odo_w'),
        ODOS: num(t, 'odos'),
      },
    };
  }
  return result;
}

export const PARTNERSHIPS_2022_2023: Record<string, PartnershipFigures> = loadPartnerships();

// ---- S003: Leren en Werken enterprises recognised / with an agreement (2022-2023 incomplete) --

const provinceOfLabel = codeOfLabel(PROVINCE_LABELS);
function province(printed: string): Province {
  // S003 abbreviates the Brussels region and prefixes the provinces with "Provincie".
  if (printed === 'Brussels H. Gewest') return 'BRUSSEL';
  return provinceOfLabel(printed.replace(/^Provincie /, ''));
}

const recognisedByProvince = rows(FILES.recognisedByProvince);
const activeByProvince = rows(FILES.activeByProvince);

/** S003 answer 1a: recognised enterprises per province and school year. */
export const PQ759_RECOGNISED_BY_PROVINCE: Record<string, Record<string, number>> = byNameAndYear(ofType(recognisedByProvince, 'detail'), 'province_or_sector', province);
/** S003 answer 2a: enterprises with an agreement that ran, per province. */
export const PQ759_ACTIVE_BY_PROVINCE: Record<string, Record<string, number>> = byNameAndYear(ofType(activeByProvince, 'detail'), 'province_or_sector', province);
/** S003 answer 1b, per sector = partnership code. */
export const PQ759_RECOGNISED_BY_SECTOR: Record<string, Record<string, number>> = byNameAndYear(details(FILES.recognisedBySector), 'province_or_sector', partnership);
/** S003 answer 2b, per sector = partnership code. */
export const PQ759_ACTIVE_BY_SECTOR: Record<string, Record<string, number>> = byNameAndYear(details(FILES.activeBySector), 'province_or_sector', partnership);
/** The printed "Totaal Vlaamse gemeenschap" of 1a / 2a: not the sum of the provinces (S003 footnote **). */
export const PQ759_TOTALS: Record<string, Record<string, number>> = {
  recognised: byYear(ofType(recognisedByProvince, 'total')),
  active: byYear(ofType(activeByProvince, 'total')),
};

// ---- yearly series --------------------------------------------------------------------------

/** Tabel 14: decisions per school year (duplicates excluded). */
export const DECISIONS_BY_YEAR: Record<string, { approved: number; approvedInvestigated: number; approvedAutomatic: number; rejected: number }> =
  Object.fromEntries(
    rows(FILES.decisions).map((row) => [
      text(row, 'school_year'),
      {
        approved: num(row, 'approved'),
        approvedInvestigated: num(row, 'approved_investigated'),
        approvedAutomatic: num(row, 'approved_automatic'),
        rejected: num(row, 'rejected'),
      },
    ]),
  );

/** Tabel 17: revocations with unique enterprises and establishments. */
export const REVOCATIONS_BY_YEAR: Record<string, { revocations: number; enterprises: number; establishments: number }> = Object.fromEntries(
  rows(FILES.revocations).map((row) => [
    text(row, 'school_year'),
    { revocations: num(row, 'revoked_recognitions'), enterprises: num(row, 'unique_enterprises'), establishments: num(row, 'unique_establishments') },
  ]),
);

const ended = rows(FILES.ended);
const endedOfKind = (kind: string) => byYear(ended.filter((row) => row.kind === kind));
/** Tabel 23: recognitions stopped; Tabel 24: recognitions expired. */
export const STOPPED_BY_YEAR: Record<string, number> = endedOfKind('stopped');
export const EXPIRED_BY_YEAR: Record<string, number> = endedOfKind('expired');

/** Tabel 20: unique mentors removed, school year → reason → count. */
export const MENTOR_REMOVALS_BY_YEAR: Record<string, Record<string, number>> = (() => {
  const reasonOf = codeOfLabel<MentorRemovalReason>(MENTOR_REMOVAL_REASON_LABELS);
  const result: Record<string, Record<string, number>> = {};
  for (const row of details(FILES.mentorRemovals)) {
    (result[text(row, 'school_year')] ??= {})[reasonOf(text(row, 'reason'))] = num(row, 'count');
  }
  return result;
})();

/** Tabel 8: early terminations in secondary education per reason and system, 2022-2023. */
export const TERMINATION_REASONS_2022_2023: Record<string, { DUAL: number; LEREN_EN_WERKEN: number }> = (() => {
  const reasonOf = codeOfLabel<TerminationReason>(TERMINATION_REASON_LABELS);
  return Object.fromEntries(
    details(FILES.terminations).map((row) => [
      reasonOf(text(row, 'reason')),
      { DUAL: num(row, 'dual_count'), LEREN_EN_WERKEN: num(row, 'lw_count') },
    ]),
  );
})();

/**
 * Tabel 29: dual enrolments on 1 February per standard trajectory (names as printed; matched to
 * trainings in activities.ts). Its 2022-2023 rows add up to 2,969, the prose says 2,968: this table.
 */
export const ENROLMENTS_BY_TRAJECTORY: Record<string, Record<string, number>> = byNameAndYear(
  details(FILES.enrolments),
  'standard_trajectory',
  (name) => name,
);

/** Tabel 28: type-1 appeals per handling partnership. */
export const APPEALS_2022_2023: readonly { partnership: string; not_admissible: number; admissible: number; withdrawn: number; handled: number; total_submitted_type1: number }[] =
  details(FILES.appeals).map((row) => ({
    partnership: partnership(text(row, 'handling_partnership')),
    not_admissible: num(row, 'not_admissible'),
    admissible: num(row, 'admissible'),
    withdrawn: num(row, 'withdrawn'),
    handled: num(row, 'handled'),
    total_submitted_type1: num(row, 'total_submitted_type1'),
  }));
