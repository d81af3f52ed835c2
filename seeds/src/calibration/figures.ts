import { PARTNERSHIP_DEFINITIONS, TERMINATION_REASONS, type Province } from '@duaal/shared';
import { trajectoryTraining } from '../generator/activities.js';
import type { TrainingInfo } from '../generator/context.js';
import {
  DECISIONS_BY_YEAR,
  ENROLMENTS_BY_TRAJECTORY,
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

// Every published figure the calibration compares with, and how to ask the KPI API for it.

export interface KpiQuery {
  id: string;
  measure?: string;
  schoolYear: string;
  filter?: Record<string, string[]>;
  groupBy?: string[];
}

export interface Figure {
  kpi: string;
  breakdown: string;
  published: number;
  query: KpiQuery;
  /** Key ids of the row to read, in groupBy order; absent: the total. */
  row?: string[];
  /** Relative tolerance; `absolute` passes small cells within that many units. */
  tolerance: { relative: number; absolute?: number };
}

const Y = '2022-2023';
const HEADLINE = { relative: 0.02 };
const TABLE = { relative: 0.05, absolute: 3 };
const SERIES = { relative: 0.05 };
const SECONDARY = { levels: ['SECONDARY'] };
const LENW = { systems: ['LEREN_EN_WERKEN'] };
const name = (code: string) => PARTNERSHIP_DEFINITIONS.find((p) => p.code === code)?.nameNl ?? code;

export function publishedFigures(trainings: TrainingInfo[]): Figure[] {
  const h = HEADLINE_2022_2023;
  const f: Figure[] = [];
  const headline = (kpi: string, breakdown: string, published: number, query: Omit<KpiQuery, 'schoolYear'>, row?: string[]) =>
    f.push({ kpi, breakdown, published, query: { schoolYear: Y, ...query }, row, tolerance: HEADLINE });

  // 2022-2023 headline figures (S000 §4-§5).
  headline('K1', 'secondary', h.recognitionsSecondary, { id: 'K1', filter: SECONDARY });
  headline('K1', 'secondary dual', h.recognitionsSecondaryDual, { id: 'K1', filter: SECONDARY, groupBy: ['SYSTEM'] }, ['DUAL']);
  headline('K1', 'secondary Leren en Werken', h.recognitionsSecondaryLerenEnWerken, { id: 'K1', filter: SECONDARY, groupBy: ['SYSTEM'] }, ['LEREN_EN_WERKEN']);
  headline('K1', 'adult', h.recognitionsAdult, { id: 'K1', filter: { levels: ['ADULT'] } });
  headline('K2', 'secondary establishments', h.establishmentsSecondary, { id: 'K2', measure: 'establishments', filter: SECONDARY });
  headline('K2', 'secondary enterprises', h.enterprisesSecondary, { id: 'K2', measure: 'enterprises', filter: SECONDARY });
  headline('K3', 'all', h.applications, { id: 'K3' });
  headline('K3', 'new', h.applicationsNew, { id: 'K3', groupBy: ['APPLICATION_KIND'] }, ['NEW']);
  headline('K3', 'renewal', h.applicationsRenewal, { id: 'K3', groupBy: ['APPLICATION_KIND'] }, ['RENEWAL']);
  headline('K5', 'approved', h.approved, { id: 'K5', measure: 'approved' });
  headline('K5', 'approved after investigation', h.approvedInvestigated, { id: 'K5', measure: 'approvedInvestigated' });
  headline('K5', 'approved automatically', h.approvedAutomatic, { id: 'K5', measure: 'approvedAutomatic' });
  headline('K5', 'rejected', h.rejected, { id: 'K5', measure: 'rejected' });
  headline('K7', 'revocations', h.revocations, { id: 'K7', measure: 'revocations' });
  headline('K7', 'unique enterprises', h.revocationEnterprises, { id: 'K7', measure: 'enterprises' });
  headline('K7', 'unique establishments', h.revocationEstablishments, { id: 'K7', measure: 'establishments' });
  headline('K8', 'stopped', h.stopped, { id: 'K8', measure: 'stopped' });
  headline('K8', 'expired', h.expired, { id: 'K8', measure: 'expired' });
  headline('K9', 'unique mentors', h.mentors, { id: 'K9' });
  headline('K10', 'due', h.mentorsDue, { id: 'K10', measure: 'due' });
  headline('K10', 'completed', h.mentorsCompleted, { id: 'K10', measure: 'completed' });
  headline('K10', 'exempt', h.mentorsExempt, { id: 'K10', measure: 'exempt' });
  headline('K10', 'not completed in time', h.mentorsNotCompleted, { id: 'K10', measure: 'notCompleted' });
  headline('K10', 'follow-up stopped', h.mentorsFollowUpStopped, { id: 'K10', measure: 'followUpStopped' });
  headline('K11', 'mentors removed', h.mentorsRemoved, { id: 'K11' });
  headline('K12', 'dual secondary', h.agreementsStartedDual, { id: 'K12', filter: SECONDARY, groupBy: ['SYSTEM'] }, ['DUAL']);
  headline('K12', 'Leren en Werken', h.agreementsStartedLerenEnWerken, { id: 'K12', filter: SECONDARY, groupBy: ['SYSTEM'] }, ['LEREN_EN_WERKEN']);
  headline('K12', 'adult', h.agreementsStartedAdult, { id: 'K12', filter: { levels: ['ADULT'] } });
  headline('K13', 'running', h.agreementsRunning, { id: 'K13' });
  headline('K14', 'secondary', h.terminations, { id: 'K14', filter: SECONDARY });
  headline('K14', 'dual', h.terminationsDual, { id: 'K14', filter: SECONDARY, groupBy: ['SYSTEM'] }, ['DUAL']);
  headline('K14', 'Leren en Werken', h.terminationsLerenEnWerken, { id: 'K14', filter: SECONDARY, groupBy: ['SYSTEM'] }, ['LEREN_EN_WERKEN']);

  // Per partnership, 2022-2023 (Tabel 12, 15, 16, 18, 21, 22).
  const table = (kpi: string, breakdown: string, published: number, query: Omit<KpiQuery, 'schoolYear'>, row: string[]) =>
    f.push({ kpi, breakdown, published, query: { schoolYear: Y, ...query }, row, tolerance: TABLE });
  for (const [code, p] of Object.entries(PARTNERSHIPS_2022_2023)) {
    const n = name(code);
    table('K3', `${n} · new`, p.applicationsNew, { id: 'K3', groupBy: ['PARTNERSHIP', 'APPLICATION_KIND'] }, [code, 'NEW']);
    table('K3', `${n} · renewal`, p.applicationsRenewal, { id: 'K3', groupBy: ['PARTNERSHIP', 'APPLICATION_KIND'] }, [code, 'RENEWAL']);
    table('K1', `${n} · recognitions`, p.recognitions, { id: 'K1', filter: SECONDARY, groupBy: ['PARTNERSHIP'] }, [code]);
    table('K2', `${n} · establishments`, p.establishments, { id: 'K2', measure: 'establishments', groupBy: ['PARTNERSHIP'] }, [code]);
    table('K2', `${n} · enterprises`, p.enterprises, { id: 'K2', measure: 'enterprises', groupBy: ['PARTNERSHIP'] }, [code]);
    table('K9', `${n} · mentors`, p.mentors, { id: 'K9', groupBy: ['PARTNERSHIP'] }, [code]);
    table('K13', `${n} · dual secondary`, p.runningBySystem.DUAL, { id: 'K13', groupBy: ['PARTNERSHIP', 'SYSTEM', 'LEVEL'] }, [code, 'DUAL', 'SECONDARY']);
    table('K13', `${n} · Leren en Werken`, p.runningBySystem.LEREN_EN_WERKEN, { id: 'K13', groupBy: ['PARTNERSHIP', 'SYSTEM', 'LEVEL'] }, [code, 'LEREN_EN_WERKEN', 'SECONDARY']);
    table('K13', `${n} · adult`, p.runningBySystem.ADULT, { id: 'K13', groupBy: ['PARTNERSHIP', 'SYSTEM', 'LEVEL'] }, [code, 'DUAL', 'ADULT']);
    for (const [type, count] of Object.entries(p.runningByType)) {
      table('K13', `${n} · ${type}`, count, { id: 'K13', groupBy: ['PARTNERSHIP', 'AGREEMENT_TYPE'] }, [code, type]);
    }
    table('K19', `${n} · phone contacts`, p.phone, { id: 'K19', groupBy: ['PARTNERSHIP', 'STATUS'] }, [code, 'PHONE_CONTACT']);
    table('K19', `${n} · site visits`, p.siteVisits, { id: 'K19', groupBy: ['PARTNERSHIP', 'STATUS'] }, [code, 'SITE_VISIT']);
    table('K19', `${n} · virtual contacts`, p.virtual, { id: 'K19', groupBy: ['PARTNERSHIP', 'STATUS'] }, [code, 'VIRTUAL_CONTACT']);
  }

  // Per reason: early terminations 2022-2023 (Tabel 8), mentor removals 2019-2023 (Tabel 20).
  TERMINATION_REASONS.forEach((reason) => {
    const c = TERMINATION_REASONS_2022_2023[reason];
    if (!c) return;
    table('K14', `${reason} · dual`, c.DUAL, { id: 'K14', filter: SECONDARY, groupBy: ['REASON', 'SYSTEM'] }, [reason, 'DUAL']);
    table('K14', `${reason} · Leren en Werken`, c.LEREN_EN_WERKEN, { id: 'K14', filter: SECONDARY, groupBy: ['REASON', 'SYSTEM'] }, [reason, 'LEREN_EN_WERKEN']);
  });
  for (const [year, reasons] of Object.entries(MENTOR_REMOVALS_BY_YEAR)) {
    for (const [reason, count] of Object.entries(reasons)) {
      f.push({ kpi: 'K11', breakdown: `${year} · ${reason}`, published: count, query: { id: 'K11', schoolYear: year, groupBy: ['REASON'] }, row: [reason], tolerance: TABLE });
    }
  }
  table('K6', 'insufficient equipment', h.rejectedEquipment, { id: 'K6', groupBy: ['REASON'] }, ['INSUFFICIENT_EQUIPMENT']);

  // Yearly series.
  const series = (kpi: string, breakdown: string, year: string, published: number, query: Omit<KpiQuery, 'schoolYear'>, row?: string[]) =>
    f.push({ kpi, breakdown: `${year} · ${breakdown}`, published, query: { schoolYear: year, ...query }, row, tolerance: SERIES });
  for (const [year, d] of Object.entries(DECISIONS_BY_YEAR)) {
    series('K5', 'approved', year, d.approved, { id: 'K5', measure: 'approved' });
    series('K5', 'rejected', year, d.rejected, { id: 'K5', measure: 'rejected' });
  }
  for (const [year, r] of Object.entries(REVOCATIONS_BY_YEAR)) {
    series('K7', 'revocations', year, r.revocations, { id: 'K7', measure: 'revocations' });
    series('K7', 'unique enterprises', year, r.enterprises, { id: 'K7', measure: 'enterprises' });
    series('K7', 'unique establishments', year, r.establishments, { id: 'K7', measure: 'establishments' });
  }
  for (const [year, n] of Object.entries(STOPPED_BY_YEAR)) series('K8', 'stopped', year, n, { id: 'K8', measure: 'stopped' });
  for (const [year, n] of Object.entries(EXPIRED_BY_YEAR)) series('K8', 'expired', year, n, { id: 'K8', measure: 'expired' });

  // Dual enrolments per trajectory (Tabel 29): yearly totals, and per training where the
  // trajectory has one (several printed trajectories can share a training).
  const dualSecondary = { systems: ['DUAL'], levels: ['SECONDARY'] };
  const perTraining = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const [trajectory, years] of Object.entries(ENROLMENTS_BY_TRAJECTORY)) {
    const training = trajectoryTraining(trajectory, trainings);
    for (const [year, n] of Object.entries(years)) {
      totals.set(year, (totals.get(year) ?? 0) + n);
      if (training) perTraining.set(`${year}|${training.code}`, (perTraining.get(`${year}|${training.code}`) ?? 0) + n);
    }
  }
  for (const [year, n] of [...totals].sort()) series('K17', 'dual enrolments', year, n, { id: 'K17', measure: 'enrolments', filter: dualSecondary });
  for (const [key, n] of [...perTraining].sort()) {
    const [year, code] = key.split('|') as [string, string];
    f.push({
      kpi: 'K17',
      breakdown: `${year} · ${code}`,
      published: n,
      query: { id: 'K17', measure: 'enrolments', schoolYear: year, filter: dualSecondary, groupBy: ['TRAINING'] },
      row: [code],
      tolerance: TABLE,
    });
  }

  // Leren en Werken enterprises recognised / active per province and sector, 2019-2022 (S003;
  // 2022-2023 left out: the answer was given before the school year ended).
  const PROVINCE_OF: Record<string, Province> = {};
  for (const year of ['2019-2020', '2020-2021', '2021-2022']) {
    series('K15', 'recognised enterprises (LenW)', year, PQ759_TOTALS.recognised?.[year] ?? 0, { id: 'K15', measure: 'recognisedEnterprises', filter: LENW });
    series('K15', 'active enterprises (LenW)', year, PQ759_TOTALS.active?.[year] ?? 0, { id: 'K15', measure: 'activeEnterprises', filter: LENW });
    for (const [province, years] of Object.entries(PQ759_RECOGNISED_BY_PROVINCE)) {
      PROVINCE_OF[province] = province as Province;
      series('K15', `recognised · ${province}`, year, years[year] ?? 0, { id: 'K15', measure: 'recognisedEnterprises', filter: LENW, groupBy: ['PROVINCE'] }, [province]);
    }
    for (const [province, years] of Object.entries(PQ759_ACTIVE_BY_PROVINCE)) {
      series('K15', `active · ${province}`, year, years[year] ?? 0, { id: 'K15', measure: 'activeEnterprises', filter: LENW, groupBy: ['PROVINCE'] }, [province]);
    }
    for (const [sector, years] of Object.entries(PQ759_RECOGNISED_BY_SECTOR)) {
      f.push({
        kpi: 'K15',
        breakdown: `${year} · recognised · ${name(sector)}`,
        published: years[year] ?? 0,
        query: { id: 'K15', measure: 'recognisedEnterprises', schoolYear: year, filter: LENW, groupBy: ['PARTNERSHIP'] },
        row: [sector],
        tolerance: TABLE,
      });
    }
    for (const [sector, years] of Object.entries(PQ759_ACTIVE_BY_SECTOR)) {
      f.push({
        kpi: 'K15',
        breakdown: `${year} · active · ${name(sector)}`,
        published: years[year] ?? 0,
        query: { id: 'K15', measure: 'activeEnterprises', schoolYear: year, filter: LENW, groupBy: ['PARTNERSHIP'] },
        row: [sector],
        tolerance: TABLE,
      });
    }
  }
  return f;
}
