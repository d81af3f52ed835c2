import { plusDays } from './dates.js';
import { schoolYearEnd, schoolYearOf, schoolYearStart, type AppealOutcome, type AppealStatus, type FollowUpActionType } from '@duaal/shared';
import type { Agreement, Provider } from './agreements.js';
import type { ReferenceContext, TrainingInfo } from './context.js';
import { elapsedShare, lastDayIn, yearsFrom, type Horizon } from './horizon.js';
import { REPORT_YEAR, type Establishment, type Rec } from './model.js';
import { APPEALS_2022_2023, ENROLMENTS_BY_TRAJECTORY, PARTNERSHIPS_2022_2023 } from './published.js';
import { type Random, apportion, scaled } from './random.js';
import { validInYear, type Timeline } from './timeline.js';

// Enrolments (demand, Tabel 29), follow-up actions after recognition (Tabel 16) and appeals
// (Tabel 28).

export interface Enrolment {
  training: string;
  provider: Provider;
  schoolYear: string;
  learners: number;
}

export interface FollowUpAction {
  key: string;
  partnership: string;
  establishment: Establishment;
  rec: Rec | null;
  type: FollowUpActionType;
  performedOn: string;
}

export interface Appeal {
  key: string;
  type: 'NON_RECOGNITION' | 'TERMINATION_REASON';
  rec: Rec | null;
  agreement: Agreement | null;
  partnership: string;
  filedOn: string;
  status: AppealStatus;
  outcome: AppealOutcome | null;
  decidedOn: string | null;
}

const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bdl\b/g, 'duaal')
    .replace(/\bdual\b/g, 'duaal')
    .replace(/\basp\./g, 'aspirant')
    .replace(/\bnat\./g, 'nationaal')
    .replace(/\bov ?[34]\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Trajectories of Tabel 29 printed differently from their training in Tabel 30. */
const TRAJECTORY_ALIASES: Record<string, string> = {
  'Ijzervlechterenbekister-betonnerder DL': 'Ijzervlechter en bekister-betonnerder duaal',
  'Moderealisatie duaal': 'Moderealizatie duaal',
  'Offsetrotatie- en flexodrukker duaal': 'Flexodrukker duaal',
  'Schilder duaal OV3': 'Medewerker schilder- en behangwerken duaal',
  'Zorgkundige duaal': 'Verzorgende/Zorgkundige duaal',
};

/** The dual training of a printed trajectory name (Tabel 29 abbreviates: "DL", "OV3", "Asp."). */
export function trajectoryTraining(name: string, trainings: TrainingInfo[]): TrainingInfo | undefined {
  const dual = trainings.filter((t) => t.system === 'DUAL' && t.level === 'SECONDARY');
  const wanted = norm(TRAJECTORY_ALIASES[name] ?? name);
  const exact = dual.find((t) => norm(t.nameNl) === wanted || norm(t.standardTrajectory ?? '') === wanted);
  if (exact) return exact;
  // Otherwise the best token overlap, if it is convincing.
  const tokens = new Set(wanted.split(' ').filter((w) => w !== 'duaal'));
  let best: TrainingInfo | undefined;
  let bestScore = 0;
  for (const t of dual) {
    const other = new Set(norm(t.nameNl).split(' ').filter((w) => w !== 'duaal'));
    const common = [...tokens].filter((w) => other.has(w) || [...other].some((o) => o.startsWith(w) || w.startsWith(o))).length;
    const score = common / Math.max(tokens.size, other.size);
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return bestScore >= 0.6 ? best : undefined;
}

/** Learners on 1 February per training and provider: Tabel 29 spread over 1–4 schools. */
export function generateEnrolments(random: Random, ref: ReferenceContext, providers: Provider[], scale: number): { enrolments: Enrolment[]; unmatched: string[] } {
  const schools = providers.filter((p) => p.type === 'SCHOOL');
  const cells = new Map<string, Enrolment>();
  const unmatched: string[] = [];
  const schoolsOf = new Map<string, Provider[]>();
  const add = (training: string, provider: Provider, schoolYear: string, learners: number) => {
    if (learners <= 0) return;
    const key = `${training}|${provider.code}|${schoolYear}`;
    const cell = cells.get(key);
    if (cell) cell.learners += learners;
    else cells.set(key, { training, provider, schoolYear, learners });
  };
  for (const [trajectory, years] of Object.entries(ENROLMENTS_BY_TRAJECTORY)) {
    const training = trajectoryTraining(trajectory, ref.trainings);
    if (!training) {
      unmatched.push(trajectory);
      continue;
    }
    let own = schoolsOf.get(training.code);
    if (!own) schoolsOf.set(training.code, (own = Array.from({ length: random.int(1, 4) }, () => random.pick(schools))));
    for (const [year, count] of Object.entries(years)) {
      const n = scaled(count, scale);
      const split = apportion(n, own.map((_, i) => 1 / (i + 1)));
      own.forEach((school, i) => add(training.code, school, year, split[i] ?? 0));
    }
  }
  // Adult education 2022-2023 (Tabel 9, not yet validated): Zorgkundige 60, Hulpkok 5.
  const centres = providers.filter((p) => p.type === 'ADULT_EDUCATION_CENTRE');
  for (const [name, count] of [['Zorgkundige', 60], ['Hulpkok', 5]] as const) {
    const training = ref.trainings.find((t) => t.level === 'ADULT' && t.nameNl.toLowerCase() === name.toLowerCase());
    if (training && centres.length > 0) add(training.code, random.pick(centres), REPORT_YEAR, scaled(count, scale));
  }
  return { enrolments: [...cells.values()], unmatched };
}

/**
 * Phone contacts, site visits and virtual contacts of each partnership with its recognised
 * establishments: Tabel 16 for 2022-2023 (one action per establishment, more where the table
 * counts more contacts than establishments); the other years scaled (1,284 site visits in 2021-2022).
 */
export function generateFollowUp(random: Random, timeline: Timeline, scale: number, horizon: Horizon): FollowUpAction[] {
  const actions: FollowUpAction[] = [];
  // Later years (ours) as 2024-2025; the running year up to the end date.
  const factor: Record<string, number> = { '2018-2019': 0.6, '2019-2020': 0.55, '2020-2021': 0.6, '2021-2022': 1284 / 1505, '2022-2023': 1, '2023-2024': 1.05 };
  for (const year of yearsFrom(horizon, '2018-2019')) {
    const volume = (factor[year] ?? 1.1) * elapsedShare(horizon, year);
    const start = schoolYearStart(year);
    const end = lastDayIn(horizon, year);
    const byPartnership = new Map<string, Map<Establishment, Rec>>();
    for (const r of timeline.recs) {
      // Not a renewal whose validity only starts after the end date.
      if (!validInYear(r, year) || (r.validFrom as string) > end) continue;
      const p = r.chain.unit.partnership as string;
      let m = byPartnership.get(p);
      if (!m) byPartnership.set(p, (m = new Map()));
      m.set(r.chain.unit.establishment as Establishment, r);
    }
    for (const [p, f] of Object.entries(PARTNERSHIPS_2022_2023)) {
      const places = random.shuffle([...(byPartnership.get(p) ?? new Map<Establishment, Rec>()).entries()]);
      if (places.length === 0) continue;
      for (const [type, published] of [['PHONE_CONTACT', f.phone], ['SITE_VISIT', f.siteVisits], ['VIRTUAL_CONTACT', f.virtual]] as const) {
        const n = scaled(published * volume, scale);
        for (let k = 0; k < n; k++) {
          const [establishment, rec] = places[k % places.length] as [Establishment, Rec];
          const from = (rec.validFrom as string) > start ? (rec.validFrom as string) : start;
          actions.push({
            key: `FU-${String(actions.length + 1).padStart(7, '0')}`,
            partnership: p,
            establishment,
            rec,
            type,
            performedOn: random.date(from, end > from ? end : from),
          });
        }
      }
    }
  }
  return actions;
}

/**
 * Type-1 appeals against a rejection or revocation, filed within 10 days and decided within 60;
 * 2022-2023 as Tabel 28 (plus one type-2 appeal), about 20 a year otherwise.
 */
export function generateAppeals(random: Random, timeline: Timeline, agreements: Agreement[], scale: number, horizon: Horizon): Appeal[] {
  const { endDate } = horizon;
  const appeals: Appeal[] = [];
  const contested = new Map<string, Rec[]>();
  for (const r of timeline.recs) {
    const day = r.outcome === 'REJECTED' ? r.decidedOn : r.end?.kind === 'REVOKED' ? r.end.on : null;
    if (!day) continue;
    const key = `${r.chain.unit.partnership}|${schoolYearOf(day)}`;
    (contested.get(key) ?? contested.set(key, []).get(key))!.push(r);
  }
  const contestedOn = (r: Rec) => (r.outcome === 'REJECTED' ? (r.decidedOn as string) : (r.end?.on as string));
  const file = (partnership: string, year: string, status: AppealStatus, outcome: AppealOutcome | null) => {
    const pool = contested.get(`${partnership}|${year}`) ?? [...contested.entries()].find(([k]) => k.endsWith(year))?.[1] ?? [];
    if (pool.length === 0) return;
    const rec = random.pick(pool);
    const filedOn = plusDays(contestedOn(rec), random.int(1, 10));
    if (filedOn > endDate) return;
    const decidedOn = status === 'SUBMITTED' ? null : plusDays(filedOn, random.int(10, 60));
    // Not yet decided on the end date: filed (within 10 days) or admissible, without an outcome.
    const open = decidedOn !== null && decidedOn > endDate;
    appeals.push({
      key: `BER-${String(appeals.length + 1).padStart(5, '0')}`,
      type: 'NON_RECOGNITION',
      rec,
      agreement: null,
      partnership,
      filedOn,
      status: open ? (plusDays(filedOn, 10) > endDate ? 'SUBMITTED' : 'ADMISSIBLE') : status,
      outcome: open ? null : outcome,
      decidedOn: open ? null : decidedOn,
    });
  };
  for (const year of yearsFrom(horizon, '2016-2017')) {
    if (year === REPORT_YEAR) {
      let handled = 0;
      for (const row of APPEALS_2022_2023) {
        for (let k = 0; k < scaled(row.total_submitted_type1, scale); k++) {
          if (k < row.handled) {
            file(row.partnership, year, 'HANDLED', handled++ % 2 === 0 ? 'CONFIRMED' : 'ANNULLED');
          } else if (k < row.handled + row.withdrawn && row.not_admissible === 0) {
            file(row.partnership, year, 'WITHDRAWN', null);
          } else {
            file(row.partnership, year, row.not_admissible > 0 ? 'INADMISSIBLE' : 'WITHDRAWN', null);
          }
        }
      }
      // One type-2 appeal against the stated reason of an early termination.
      const terminated = agreements.filter((a) => a.status === 'TERMINATED_EARLY' && schoolYearOf(a.actualEndOn as string) === year);
      if (terminated.length > 0 && scale >= 0.5) {
        const a = random.pick(terminated);
        const filedOn = plusDays(a.actualEndOn as string, random.int(1, 10));
        const decidedOn = plusDays(filedOn, random.int(10, 60));
        appeals.push({
          key: `BER-${String(appeals.length + 1).padStart(5, '0')}`,
          type: 'TERMINATION_REASON',
          rec: null,
          agreement: a,
          partnership: a.rec.chain.unit.partnership as string,
          filedOn,
          ...(decidedOn <= endDate ? { status: 'HANDLED', outcome: 'CONFIRMED', decidedOn } : { status: 'ADMISSIBLE', outcome: null, decidedOn: null }),
        });
      }
      continue;
    }
    const n = scaled((year === '2021-2022' ? 25 : year === '2017-2018' ? 7 : 15) * elapsedShare(horizon, year), scale);
    const partnerships = Object.keys(PARTNERSHIPS_2022_2023);
    for (let k = 0; k < n; k++) {
      const status = (['HANDLED', 'HANDLED', 'HANDLED', 'WITHDRAWN', 'INADMISSIBLE'] as const)[random.int(0, 4)] as AppealStatus;
      file(random.weighted(partnerships, (p) => PARTNERSHIPS_2022_2023[p]?.applicationsNew ?? 0), year, status, status === 'HANDLED' ? (random.chance(0.5) ? 'CONFIRMED' : 'ANNULLED') : null);
    }
  }
  return appeals;
}
