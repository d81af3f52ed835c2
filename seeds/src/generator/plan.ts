import { DECISIONS_BY_YEAR, EXPIRED_BY_YEAR, HEADLINE_2022_2023, REVOCATIONS_BY_YEAR, STOPPED_BY_YEAR } from './published.js';

// Yearly counts the timeline is built from: the published series where they exist, and our own
// continuation where they don't (marked "ours"). All at scale 1; the generator scales them.

/** The years with a plan of their own; later ones continue the last (yearPlan). */
export const PLANNED_YEARS = [
  '2015-2016',
  '2016-2017',
  '2017-2018',
  '2018-2019',
  '2019-2020',
  '2020-2021',
  '2021-2022',
  '2022-2023',
  '2023-2024',
  '2024-2025',
] as const;

export interface YearPlan {
  /** Approved applications (renewals included); null: follows from the expiry counts (cohorts before 2018-2019). */
  approved: number | null;
  approvedAutomatic: number | null;
  rejected: number;
  renewalsApproved: number;
  renewalsRejected: number;
  renewalsCancelled: number;
  /** New applications cancelled (by the company or after 60 days); null: 8.5 % of the decided ones. */
  newCancelled: number | null;
  revocations: number;
  revocationEstablishments: number;
  revocationEnterprises: number;
  stopped: number;
  /** Published expiries of the cohort approved five years earlier (2020-2021 to 2022-2023). */
  expiredFromCohortApprovedIn: Record<string, number>;
  /** Share of new applications for a dual training (ours; the rest is Leren en Werken). */
  dualShare: number;
  /** Share submitted under a mandate (K4: 56 % in 2021-2022, 46 % in 2022-2023; 64 % in 2017-2018). */
  mandatedShare: number;
}

const decided = (year: string) => DECISIONS_BY_YEAR[year];
const revoked = (year: string) => REVOCATIONS_BY_YEAR[year];

function published(year: string, fallback: Partial<YearPlan>): Partial<YearPlan> {
  const d = decided(year);
  const r = revoked(year);
  return {
    ...fallback,
    ...(d ? { approved: d.approved, approvedAutomatic: d.approvedAutomatic, rejected: d.rejected } : {}),
    ...(r ? { revocations: r.revocations, revocationEstablishments: r.establishments, revocationEnterprises: r.enterprises } : {}),
    ...(STOPPED_BY_YEAR[year] !== undefined ? { stopped: STOPPED_BY_YEAR[year] } : {}),
  };
}

const base: Omit<YearPlan, 'dualShare' | 'mandatedShare'> = {
  approved: null,
  approvedAutomatic: null,
  rejected: 0,
  renewalsApproved: 0,
  renewalsRejected: 0,
  renewalsCancelled: 0,
  newCancelled: null,
  revocations: 0,
  revocationEstablishments: 0,
  revocationEnterprises: 0,
  stopped: 0,
  expiredFromCohortApprovedIn: {},
};

// Renewals 2021-2022: 1,638 submitted (1,600 + 38, S000 §5.5.1.1); 2022-2023: Tabel 25.
// New applications: 10,812 in 2022-2023 and 10,269 in 2021-2022 (10,812 − 543).
const newIn2122 = HEADLINE_2022_2023.applicationsNew - 543;

const YEAR_PLANS: Record<(typeof PLANNED_YEARS)[number], YearPlan> = {
  // ours: a few recognitions approved in the summer of 2016, which expire in 2020-2021 (Tabel 24: 315)
  '2015-2016': { ...base, rejected: 20, dualShare: 0, mandatedShare: 0.6, expiredFromCohortApprovedIn: { '2015-2016': EXPIRED_BY_YEAR['2020-2021'] ?? 0 } },
  // ours: the first wave; its size follows from the 8,635 expiries of 2021-2022
  '2016-2017': {
    ...base,
    ...published('2016-2017', {}),
    rejected: 900,
    stopped: 250,
    dualShare: 0.03,
    mandatedShare: 0.62,
    expiredFromCohortApprovedIn: { '2016-2017': EXPIRED_BY_YEAR['2021-2022'] ?? 0 },
  } as YearPlan,
  '2017-2018': {
    ...base,
    ...published('2017-2018', {}),
    rejected: 1207,
    stopped: 380,
    dualShare: 0.1,
    mandatedShare: 0.64,
    expiredFromCohortApprovedIn: { '2017-2018': EXPIRED_BY_YEAR['2022-2023'] ?? 0 },
  } as YearPlan,
  '2018-2019': { ...base, ...published('2018-2019', {}), dualShare: 0.28, mandatedShare: 0.62 } as YearPlan,
  '2019-2020': { ...base, ...published('2019-2020', {}), renewalsApproved: 5, dualShare: 0.42, mandatedShare: 0.6 } as YearPlan,
  '2020-2021': { ...base, ...published('2020-2021', {}), renewalsApproved: 90, renewalsCancelled: 6, dualShare: 0.52, mandatedShare: 0.58 } as YearPlan,
  '2021-2022': {
    ...base,
    ...published('2021-2022', {}),
    renewalsApproved: 1500,
    renewalsRejected: 25,
    renewalsCancelled: 1638 - 1500 - 25,
    newCancelled: newIn2122 - (10051 - 1500) - (929 - 25),
    dualShare: 0.62,
    mandatedShare: 0.56,
  } as YearPlan,
  '2022-2023': {
    ...base,
    ...published('2022-2023', {}),
    renewalsApproved: HEADLINE_2022_2023.renewalsApproved,
    renewalsRejected: HEADLINE_2022_2023.renewalsRejected,
    renewalsCancelled: HEADLINE_2022_2023.applicationsRenewal - HEADLINE_2022_2023.renewalsApproved - HEADLINE_2022_2023.renewalsRejected,
    newCancelled:
      HEADLINE_2022_2023.applicationsNew -
      (HEADLINE_2022_2023.approved - HEADLINE_2022_2023.renewalsApproved) -
      (HEADLINE_2022_2023.rejected - HEADLINE_2022_2023.renewalsRejected),
    dualShare: 0.78,
    mandatedShare: 0.46,
  } as YearPlan,
  // ours: the phase-out of Leren en Werken continues; volumes stay at the 2022-2023 level
  '2023-2024': {
    ...base,
    approved: 10300,
    approvedAutomatic: 300,
    rejected: 950,
    renewalsApproved: 1450,
    renewalsRejected: 25,
    renewalsCancelled: 100,
    revocations: 2900,
    revocationEstablishments: 1200,
    revocationEnterprises: 1040,
    stopped: 700,
    dualShare: 0.9,
    mandatedShare: 0.45,
  },
  '2024-2025': {
    ...base,
    approved: 10050,
    approvedAutomatic: 290,
    rejected: 930,
    renewalsApproved: 1150,
    renewalsRejected: 20,
    renewalsCancelled: 90,
    revocations: 2700,
    revocationEstablishments: 1150,
    revocationEnterprises: 1000,
    stopped: 680,
    dualShare: 0.97,
    mandatedShare: 0.45,
  },
};

/** Leren en Werken is phased out into dual learning by this school year: no new applications or renewals. */
export const LEREN_EN_WERKEN_PHASED_OUT_IN = '2025-2026';

const LAST_PLANNED = PLANNED_YEARS[PLANNED_YEARS.length - 1] as (typeof PLANNED_YEARS)[number];

/**
 * The plan of a school year: its own, or (ours) the last planned one continued: every new
 * application for a dual training, approvals growing 3 % a year as the Leren en Werken companies
 * move over, renewals growing with the larger cohorts of 2020-2022 reaching their five years.
 */
export function yearPlan(year: string): YearPlan {
  const own = (YEAR_PLANS as Record<string, YearPlan>)[year];
  if (own) return own;
  const last = YEAR_PLANS[LAST_PLANNED];
  const k = Number(year.slice(0, 4)) - Number(LAST_PLANNED.slice(0, 4));
  const grow = (n: number, rate: number) => Math.round(n * (1 + rate) ** k);
  const approved = grow(last.approved ?? 0, 0.03);
  return {
    ...last,
    approved,
    approvedAutomatic: Math.round(approved * 0.029),
    rejected: Math.round(approved * 0.092),
    renewalsApproved: grow(last.renewalsApproved, 0.05),
    renewalsRejected: grow(last.renewalsRejected, 0.05),
    renewalsCancelled: grow(last.renewalsCancelled, 0.05),
    revocations: grow(last.revocations, -0.02),
    revocationEstablishments: grow(last.revocationEstablishments, -0.02),
    revocationEnterprises: grow(last.revocationEnterprises, -0.02),
    stopped: grow(last.stopped, -0.02),
    expiredFromCohortApprovedIn: {},
    dualShare: year >= LEREN_EN_WERKEN_PHASED_OUT_IN ? 1 : last.dualShare,
  };
}

/**
 * The plan of a year filled up to the end date only: applications in proportion to the
 * submissions of the months elapsed, endings to the days elapsed.
 */
export function partialPlan(plan: YearPlan, submissions: number, days: number): YearPlan {
  if (submissions >= 1 && days >= 1) return plan;
  const part = (n: number, share: number) => Math.round(n * share);
  return {
    ...plan,
    approved: plan.approved === null ? null : part(plan.approved, submissions),
    approvedAutomatic: plan.approvedAutomatic === null ? null : part(plan.approvedAutomatic, submissions),
    rejected: part(plan.rejected, submissions),
    renewalsApproved: part(plan.renewalsApproved, submissions),
    renewalsRejected: part(plan.renewalsRejected, submissions),
    renewalsCancelled: part(plan.renewalsCancelled, submissions),
    newCancelled: plan.newCancelled === null ? null : part(plan.newCancelled, submissions),
    revocations: part(plan.revocations, days),
    revocationEstablishments: part(plan.revocationEstablishments, days),
    revocationEnterprises: part(plan.revocationEnterprises, days),
    stopped: part(plan.stopped, days),
  };
}

/** Monthly weights of submissions, September first (2017-2018 report, Tabel 6, shifted to the school year). */
export const SUBMISSION_MONTH_WEIGHTS = [1723, 1298, 833, 520, 668, 539, 744, 400, 542, 798, 718, 626];
