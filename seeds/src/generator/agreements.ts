import {
  schoolYearEnd,
  schoolYearOf,
  schoolYearStart,
  type AgreementStatus,
  type AgreementType,
  type Province,
  type TerminationReason,
} from '@duaal/shared';
import type { MunicipalityInfo } from './context.js';
import { plusDays } from './dates.js';
import { elapsedShare, lastDayIn, yearsFrom, type Horizon } from './horizon.js';
import { REPORT_YEAR, type Enterprise, type Establishment, type Rec } from './model.js';
import { LEREN_EN_WERKEN_PHASED_OUT_IN } from './plan.js';
import {
  HEADLINE_2022_2023,
  PARTNERSHIPS_2022_2023,
  PQ759_ACTIVE_BY_PROVINCE,
  PQ759_ACTIVE_BY_SECTOR,
    TERMINATION_REASONS_2022_2023,
} from './published.js';
import { PQ759_YEARS } from './organisations.js';
import { type Random, apportion, scaled } from './random.js';
import type { Timeline } from './timeline.js';

// Agreements per school year, system and partnership: started (K12), running on at least one
// day (K13, Tabel 21 by system and Tabel 22 by type for 2022-2023) and terminated early by
// reason (K14, Tabel 8 and 11). Each runs on a recognition of its establishment and training
// approved and valid on its start date. Leren en Werken agreements of 2019-2022 go to as many
// enterprises per sector and province as S003 answers 2a/2b publish.

export type Track = 'DUAL' | 'LEREN_EN_WERKEN' | 'ADULT';

export interface Provider {
  code: string;
  name: string;
  type: 'SCHOOL' | 'CDO' | 'SYNTRA' | 'ADULT_EDUCATION_CENTRE';
  municipality: MunicipalityInfo;
}

export interface Agreement {
  number: string;
  type: AgreementType;
  learner: string;
  rec: Rec;
  training: string;
  provider: Provider;
  startOn: string;
  plannedEndOn: string;
  actualEndOn: string | null;
  status: AgreementStatus;
  terminationReason: TerminationReason | null;
  track: Track;
}

/** Agreements started per school year (K12): published for 2021-2022 and 2022-2023, ours elsewhere. */
const STARTED: Record<string, Record<Track, number>> = {
  '2016-2017': { DUAL: 146, LEREN_EN_WERKEN: 6400, ADULT: 0 },
  '2017-2018': { DUAL: 503, LEREN_EN_WERKEN: 6200, ADULT: 0 },
  '2018-2019': { DUAL: 1250, LEREN_EN_WERKEN: 5900, ADULT: 0 },
  '2019-2020': { DUAL: 1850, LEREN_EN_WERKEN: 5300, ADULT: 0 },
  '2020-2021': { DUAL: 2150, LEREN_EN_WERKEN: 4700, ADULT: 0 },
  '2021-2022': { DUAL: HEADLINE_2022_2023.agreementsStartedDual - 1170, LEREN_EN_WERKEN: HEADLINE_2022_2023.agreementsStartedLerenEnWerken + 1016, ADULT: 0 },
  '2022-2023': {
    DUAL: HEADLINE_2022_2023.agreementsStartedDual,
    LEREN_EN_WERKEN: HEADLINE_2022_2023.agreementsStartedLerenEnWerken,
    ADULT: HEADLINE_2022_2023.agreementsStartedAdult,
  },
  '2023-2024': { DUAL: 4300, LEREN_EN_WERKEN: 1900, ADULT: 150 },
  '2024-2025': { DUAL: 4800, LEREN_EN_WERKEN: 900, ADULT: 260 },
};
const FIRST_STARTED_YEAR = '2016-2017';
const LAST_STARTED_YEAR = '2024-2025';

/**
 * Agreements started in a school year; after the listed years ours: Leren en Werken phased out
 * into dual learning (its learners start dual agreements: 5,600 in 2025-2026, then 4 % more a
 * year), adult dual learning growing by a quarter a year.
 */
function startedIn(year: string): Record<Track, number> {
  const listed = STARTED[year];
  if (listed) return listed;
  const k = Number(year.slice(0, 4)) - Number(LAST_STARTED_YEAR.slice(0, 4));
  const last = STARTED[LAST_STARTED_YEAR] as Record<Track, number>;
  return {
    DUAL: Math.round(5600 * 1.04 ** (k - 1)),
    LEREN_EN_WERKEN: year >= LEREN_EN_WERKEN_PHASED_OUT_IN ? 0 : last.LEREN_EN_WERKEN,
    ADULT: Math.round(last.ADULT * 1.25 ** k),
  };
}

/** Share of agreements running on into the next school year (2022-2023: 183 dual, 764 LenW carried). */
const MULTI_YEAR: Record<Track, number> = { DUAL: 0.07, LEREN_EN_WERKEN: 0.195, ADULT: 0 };
/** Early terminations as a share of the agreements running (2022-2023: 1,088 / 3,984 and 1,269 / 3,672). */
const TERMINATION_RATE: Record<Track, number> = { DUAL: 1088 / 3984, LEREN_EN_WERKEN: 1269 / 3672, ADULT: 8 / 64 };
const ADULT_TERMINATIONS: [TerminationReason, number][] = [
  ['STOPPED_STUDYING', 5],
  ['REGULAR_CONTRACT_OFFERED_STOPPED', 2],
  ['DISCIPLINARY_EXCLUSION', 1],
];

/** Share of agreements at an establishment and training that already has a learner that year. */
const REUSE_SHARE = 0.15;

const SECONDARY_TYPES = ['OAO', 'DA', 'DA_SM', 'SAO'] as const;
const ADULT_TYPES = ['ODO_W', 'ODOS'] as const;

export function generateProviders(random: Random, municipalities: MunicipalityInfo[]): Provider[] {
  const flemish = municipalities.filter((m) => m.province !== 'BRUSSEL' && m.province !== 'WALLONIE');
  const providers: Provider[] = [];
  const add = (type: Provider['type'], count: number, label: string) => {
    for (let i = 0; i < count; i++) {
      const municipality = random.weighted(flemish, (m) => m.population);
      providers.push({
        code: `${type === 'ADULT_EDUCATION_CENTRE' ? 'CVO' : type}-${String(providers.length + 1).padStart(4, '0')}`,
        name: `${label} ${municipality.nameNl}${i > 0 && random.chance(0.3) ? ` ${i}` : ''}`,
        type,
        municipality,
      });
    }
  };
  // 192 providers of dual secondary education, 49 CDOs, 5 Syntra, 3 adult-education centres (S000 §4.1-4.2).
  add('SCHOOL', 192, 'Secundaire school');
  add('CDO', 49, 'CDO');
  add('SYNTRA', 5, 'Syntra');
  add('ADULT_EDUCATION_CENTRE', 3, 'CVO');
  return providers;
}

export function generateAgreements(random: Random, timeline: Timeline, providers: Provider[], scale: number, horizon: Horizon): Agreement[] {
  const agreements: Agreement[] = [];
  const years = yearsFrom(horizon, FIRST_STARTED_YEAR);
  const partnerships = Object.keys(PARTNERSHIPS_2022_2023);
  // The Flemish Partnership, Bedienden and Lokale besturen first: their local governments and public
  // bodies tie them to their provinces (Brussels above all); the province steering below then
  // evens out with the other partnerships.
  const tied = new Set(['VLAAMS_PARTNERSCHAP', 'BEDIENDEN', 'LOKALE_BESTUREN']);
  const startOrder = [...partnerships.keys()].sort((a, b) => Number(tied.has(partnerships[b] as string)) - Number(tied.has(partnerships[a] as string)) || a - b);
  const running = (p: string, t: Track) => PARTNERSHIPS_2022_2023[p]?.runningBySystem[t] ?? 0;

  // Recognitions by partnership and track, for the draws.
  const pools = new Map<string, Rec[]>();
  for (const r of timeline.recs) {
    if (r.outcome !== 'APPROVED') continue;
    const p = r.chain.unit.partnership as string;
    const key = `${p}|${r.chain.system}`;
    (pools.get(key) ?? pools.set(key, []).get(key))!.push(r);
    if (r.adultTraining) (pools.get(`${p}|ADULT`) ?? pools.set(`${p}|ADULT`, []).get(`${p}|ADULT`))!.push(r);
  }
  const providersByType = (type: Provider['type']) => providers.filter((p) => p.type === type);
  const providerFor = (track: Track, province: string): Provider => {
    const list = providersByType(track === 'DUAL' ? 'SCHOOL' : track === 'ADULT' ? 'ADULT_EDUCATION_CENTRE' : random.chance(0.9) ? 'CDO' : 'SYNTRA');
    const near = list.filter((p) => p.municipality.province === (province as Province));
    return random.pick(near.length > 0 && random.chance(0.85) ? near : list);
  };

  // 2022-2023: started per partnership in proportion to Tabel 21; the rest of Tabel 21 is carried
  // over from agreements started in 2021-2022.
  const carried = new Map<string, number>();
  const startedShares = new Map<string, number[]>();
  for (const track of ['DUAL', 'LEREN_EN_WERKEN', 'ADULT'] as Track[]) {
    const total = scaled(STARTED[REPORT_YEAR]![track], scale);
    const split = apportion(total, partnerships.map((p) => running(p, track)));
    startedShares.set(track, split);
    partnerships.forEach((p, i) => carried.set(`${p}|${track}`, Math.max(0, scaled(running(p, track), scale) - (split[i] ?? 0))));
  }

  /**
   * Partnership weights of the agreements started in a year: Leren en Werken before 2022-2023 as
   * the active enterprises of S003 answer 2b (PC 200 then under the Flemish Partnership), the rest
   * as Tabel 21.
   */
  const weightOf = (p: string, track: Track, year: string): number => {
    if (track !== 'LEREN_EN_WERKEN' || year >= REPORT_YEAR) return running(p, track) + (track === 'ADULT' ? 0 : 1);
    const pqYear = year < '2019-2020' ? '2019-2020' : year;
    if (p === 'BEDIENDEN' || p === 'VLAAMS_PARTNERSCHAP') {
      const vp = PQ759_ACTIVE_BY_SECTOR.VLAAMS_PARTNERSCHAP?.[pqYear] ?? 0;
      return (vp * running(p, track)) / Math.max(1, running('BEDIENDEN', track) + running('VLAAMS_PARTNERSCHAP', track));
    }
    return PQ759_ACTIVE_BY_SECTOR[p]?.[pqYear] ?? 0;
  };

  let serial = 0;
  const used = new Map<string, Rec[]>();
  const pick = (p: string, track: Track, day: string): Rec | null => {
    const key = `${p}|${track}|${schoolYearOf(day)}`;
    const again = used.get(key) ?? [];
    const validOn = (r: Rec) => (r.validFrom as string) <= day && day <= (r.validTo as string) && !(r.end && r.end.on <= day);
    if (again.length > 0 && random.chance(REUSE_SHARE)) {
      const r = random.pick(again);
      if (validOn(r)) return r;
    }
    const pool = pools.get(`${p}|${track === 'ADULT' ? 'ADULT' : track}`) ?? [];
    for (let attempt = 0; attempt < 80 && pool.length > 0; attempt++) {
      const r = random.pick(pool);
      if (validOn(r)) {
        again.push(r);
        used.set(key, again);
        return r;
      }
    }
    const valid = pool.filter(validOn);
    return valid.length > 0 ? random.pick(valid) : null;
  };

  // S003 answer 2a/2b: Leren en Werken enterprises with an agreement running in 2019-2022, per
  // sector and province. In those years an agreement goes to an enterprise not yet active that
  // year while its partnership has fewer than the published number, otherwise to one already
  // active; new ones are drawn towards the provinces furthest behind answer 2a.
  const activeTarget = (p: string, year: string): number | null => {
    const row = (code: string) => PQ759_ACTIVE_BY_SECTOR[code]?.[year];
    if (p === 'BEDIENDEN' || p === 'VLAAMS_PARTNERSCHAP') {
      const vp = row('VLAAMS_PARTNERSCHAP');
      if (vp === undefined) return null;
      const both = running('BEDIENDEN', 'LEREN_EN_WERKEN') + running('VLAAMS_PARTNERSCHAP', 'LEREN_EN_WERKEN');
      return (vp * running(p, 'LEREN_EN_WERKEN') * scale) / Math.max(1, both);
    }
    const n = row(p);
    return n === undefined ? null : n * scale;
  };
  /** Enterprise × province pairs active per province this year (an enterprise counts in each of its provinces). */
  const activePairs = new Set<string>();
  const activeInProvince = new Map<string, number>();
  const markActive = (r: Rec) => {
    const establishment = r.chain.unit.establishment as Establishment;
    const pair = `${establishment.enterprise.idx}|${establishment.province}`;
    if (activePairs.has(pair)) return;
    activePairs.add(pair);
    activeInProvince.set(establishment.province, (activeInProvince.get(establishment.province) ?? 0) + 1);
  };
  /**
   * Weight of an enterprise not yet active in a province: the province's target of S003 answer 2a
   * over its count so far, to the twelfth power: nearly always a province furthest behind, also
   * once every province has its count (the partnerships come one after the other, each with its
   * own provinces).
   */
  const provinceNeed = (year: string) => {
    const need = new Map<string, number>();
    for (const [province, years] of Object.entries(PQ759_ACTIVE_BY_PROVINCE)) {
      const target = Math.max(1, (years[year] ?? 0) * scale);
      need.set(province, (target / ((activeInProvince.get(province) ?? 0) + 1)) ** 12);
    }
    const most = Math.max(...need.values());
    return (province: string) => (need.get(province) ?? 0) / most;
  };
  const enterpriseOf = (r: Rec) => (r.chain.unit.establishment as Establishment).enterprise;
  const pickSteered = (p: string, day: string, active: Set<Enterprise>, wantNew: boolean, year: string, activate: (e: Enterprise) => void): Rec | null => {
    const key = `${p}|LEREN_EN_WERKEN|${schoolYearOf(day)}`;
    const again = used.get(key) ?? [];
    used.set(key, again);
    const validOn = (r: Rec) => (r.validFrom as string) <= day && day <= (r.validTo as string) && !(r.end && r.end.on <= day);
    const pool = pools.get(`${p}|LEREN_EN_WERKEN`) ?? [];
    if (pool.length === 0) return null;
    const take = (r: Rec) => {
      again.push(r);
      active.add(enterpriseOf(r));
      activate(enterpriseOf(r));
      markActive(r);
      return r;
    };
    if (wantNew) {
      const need = provinceNeed(year);
      for (let attempt = 0; attempt < 400; attempt++) {
        const r = random.pick(pool);
        const province = (r.chain.unit.establishment as Establishment).province;
        if (validOn(r) && !active.has(enterpriseOf(r)) && random.chance(need(province))) return take(r);
      }
      const fresh = pool.filter((r) => validOn(r) && !active.has(enterpriseOf(r)));
      if (fresh.length > 0) return take(random.weighted(fresh, (r) => need((r.chain.unit.establishment as Establishment).province)));
    } else {
      // An enterprise already active: now and then at an establishment in a province still
      // behind answer 2a (an enterprise counts in each of its provinces).
      const need = provinceNeed(year);
      for (let attempt = 0; attempt < 30; attempt++) {
        const r = random.pick(pool);
        if (validOn(r) && active.has(enterpriseOf(r)) && random.chance(need((r.chain.unit.establishment as Establishment).province))) return take(r);
      }
      for (let attempt = 0; attempt < 60 && again.length > 0; attempt++) {
        const r = random.pick(again);
        if (validOn(r)) return take(r);
      }
      const known = pool.filter((r) => validOn(r) && active.has(enterpriseOf(r)));
      if (known.length > 0) return take(random.pick(known));
    }
    const valid = pool.filter(validOn);
    return valid.length > 0 ? take(random.pick(valid)) : null;
  };

  for (const year of years) {
    const start = schoolYearStart(year);
    const end = schoolYearEnd(year);
    const steered = (PQ759_YEARS as readonly string[]).includes(year);
    // Enterprises already active this year through agreements carried over from the year before.
    const activeBy = new Map<string, Set<Enterprise>>();
    // K15 counts an active enterprise in the sector of each of its PC numbers (DOMAIN.md §4), so
    // it is active in every partnership of the enterprise, not only in that of the agreement.
    const activate = (e: Enterprise) => {
      for (const q of e.partnerships) (activeBy.get(q) ?? activeBy.set(q, new Set()).get(q))!.add(e);
    };
    activePairs.clear();
    activeInProvince.clear();
    if (steered) {
      for (const a of agreements) {
        if (a.track !== 'LEREN_EN_WERKEN' || a.plannedEndOn < start || a.startOn > end) continue;
        const p = a.rec.chain.unit.partnership as string;
        (activeBy.get(p) ?? activeBy.set(p, new Set()).get(p))!.add(enterpriseOf(a.rec));
        activate(enterpriseOf(a.rec));
        markActive(a.rec);
      }
    }
    for (const track of ['DUAL', 'LEREN_EN_WERKEN', 'ADULT'] as Track[]) {
      const total = scaled(startedIn(year)[track], scale);
      if (total === 0) continue;
      const perPartnership =
        year === REPORT_YEAR ? (startedShares.get(track) as number[]) : apportion(total, partnerships.map((p) => weightOf(p, track, year)));
      if (year === '2021-2022') partnerships.forEach((p, i) => (perPartnership[i] = Math.max(perPartnership[i] ?? 0, carried.get(`${p}|${track}`) ?? 0)));
      startOrder.forEach((i) => {
        const p = partnerships[i] as string;
        const count = perPartnership[i] ?? 0;
        const multi = year === '2021-2022' ? Math.min(count, carried.get(`${p}|${track}`) ?? 0) : Math.round(count * MULTI_YEAR[track]);
        for (let k = 0; k < count; k++) {
          const day = random.chance(0.6) ? random.date(start, plusDays(start, 14)) : random.date(plusDays(start, 15), plusDays(end, -62));
          // Not started yet on the end date: not in the history.
          if (day > horizon.endDate) continue;
          const target = steered && track === 'LEREN_EN_WERKEN' ? activeTarget(p, year) : null;
          let rec: Rec | null;
          if (target === null) rec = pick(p, track, day);
          else {
            const active = activeBy.get(p) ?? activeBy.set(p, new Set()).get(p)!;
            rec = pickSteered(p, day, active, active.size < Math.round(target), year, activate);
          }
          if (!rec) continue;
          const establishment = rec.chain.unit.establishment as Establishment;
          const plannedEnd = k < multi ? `${Number(end.slice(0, 4)) + 1}-06-30` : `${end.slice(0, 4)}-06-30`;
          agreements.push({
            number: `OVK-${String(++serial).padStart(7, '0')}`,
            type: track === 'ADULT' ? 'ODOS' : 'OAO',
            learner: `L${String(serial).padStart(7, '0')}`,
            rec,
            training: track === 'ADULT' ? (rec.adultTraining as string) : (rec.chain.training as string),
            provider: providerFor(track, establishment.province),
            startOn: day,
            plannedEndOn: plannedEnd,
            actualEndOn: null,
            status: 'RUNNING',
            terminationReason: null,
            track,
          });
        }
      });
    }
  }
  assignTypes(random, agreements, scale);
  terminate(random, agreements, scale, horizon);
  settleStatuses(agreements, horizon.endDate);
  return agreements;
}

/** Types of the agreements running in 2022-2023 exactly as Tabel 22; the same mix in other years. */
function assignTypes(random: Random, agreements: Agreement[], scale: number): void {
  const start = schoolYearStart(REPORT_YEAR);
  const end = schoolYearEnd(REPORT_YEAR);
  const byPartnership = new Map<string, Agreement[]>();
  for (const a of agreements) {
    const p = a.rec.chain.unit.partnership as string;
    (byPartnership.get(p) ?? byPartnership.set(p, []).get(p))!.push(a);
  }
  for (const [p, list] of byPartnership) {
    const types = PARTNERSHIPS_2022_2023[p]?.runningByType;
    if (!types) continue;
    for (const level of ['SECONDARY', 'ADULT'] as const) {
      const names = level === 'ADULT' ? ADULT_TYPES : SECONDARY_TYPES;
      const weights = names.map((t) => types[t]);
      const mine = list.filter((a) => (a.track === 'ADULT') === (level === 'ADULT'));
      const inReport = random.shuffle(mine.filter((a) => a.startOn <= end && a.plannedEndOn >= start));
      const counts = apportion(inReport.length, weights.some((w) => w > 0) ? weights : names.map((t) => (t === 'OAO' || t === 'ODOS' ? 1 : 0)));
      let i = 0;
      names.forEach((t, k) => {
        for (let n = 0; n < (counts[k] ?? 0); n++) (inReport[i++] as Agreement).type = t;
      });
      for (const a of mine) {
        if (a.startOn <= end && a.plannedEndOn >= start) continue;
        a.type = names[random.weightedIndex(weights.some((w) => w > 0) ? weights : names.map(() => 1))] as AgreementType;
      }
    }
  }
  void scale;
}

/** Early terminations per school year: exact per reason and system in 2022-2023 (Tabel 8, 11). */
function terminate(random: Random, agreements: Agreement[], scale: number, horizon: Horizon): void {
  for (const year of yearsFrom(horizon, FIRST_STARTED_YEAR)) {
    const start = schoolYearStart(year);
    const end = lastDayIn(horizon, year);
    // The running year: only the terminations of the days elapsed.
    const share = elapsedShare(horizon, year);
    for (const track of ['DUAL', 'LEREN_EN_WERKEN', 'ADULT'] as Track[]) {
      // Candidates: running in the year, not yet terminated, at least a week left.
      // Candidates: running in the year, not yet terminated, at least a week left; outside the
      // report year only those planned to end in the year (the carried-over ones run on).
      const candidates = random.shuffle(
        agreements.filter(
          (a) =>
            a.track === track &&
            a.actualEndOn === null &&
            a.startOn <= plusDays(end, -8) &&
            a.plannedEndOn >= plusDays(start, 8) &&
            (year === REPORT_YEAR || a.plannedEndOn <= schoolYearEnd(year)),
        ),
      );
      const reasons: [TerminationReason, number][] =
        year === REPORT_YEAR
          ? track === 'ADULT'
            ? ADULT_TERMINATIONS.map(([r, n]) => [r, scaled(n, scale)])
            : Object.entries(TERMINATION_REASONS_2022_2023).map(([r, c]) => [r as TerminationReason, scaled(c[track as 'DUAL' | 'LEREN_EN_WERKEN'], scale)])
          : (track === 'ADULT' ? ADULT_TERMINATIONS : Object.entries(TERMINATION_REASONS_2022_2023).map(([r, c]) => [r as TerminationReason, c.DUAL + c.LEREN_EN_WERKEN] as [TerminationReason, number])).map(
              ([r, n]) => [r, n],
            );
      const wanted = year === REPORT_YEAR ? reasons.reduce((a, [, n]) => a + n, 0) : Math.round(candidates.length * TERMINATION_RATE[track] * share);
      const perReason = year === REPORT_YEAR ? reasons.map(([, n]) => n) : apportion(wanted, reasons.map(([, n]) => n));
      let i = 0;
      reasons.forEach(([reason], k) => {
        for (let n = 0; n < (perReason[k] ?? 0) && i < candidates.length; n++) {
          const a = candidates[i++] as Agreement;
          const from = plusDays(a.startOn > start ? a.startOn : start, 7);
          const last = plusDays(a.plannedEndOn < end ? a.plannedEndOn : end, -1);
          a.actualEndOn = random.date(from, last > from ? last : from);
          a.status = 'TERMINATED_EARLY';
          a.terminationReason = reason;
        }
      });
    }
  }
}

/**
 * Status on the end date: running until the planned end, completed after it; completed agreements are
 * archived on 31 August two school years after the one in which they ended. Terminated ones keep
 * their status so that K14 can still count them.
 */
function settleStatuses(agreements: Agreement[], endDate: string): void {
  for (const a of agreements) {
    if (a.status === 'TERMINATED_EARLY') continue;
    if (a.plannedEndOn > endDate) {
      a.status = 'RUNNING';
      continue;
    }
    a.actualEndOn = a.plannedEndOn;
    const archiveOn = schoolYearEnd(`${Number(schoolYearOf(a.plannedEndOn).slice(0, 4)) + 2}-${Number(schoolYearOf(a.plannedEndOn).slice(0, 4)) + 3}`);
    a.status = archiveOn <= endDate ? 'ARCHIVED' : 'COMPLETED';
  }
}
