import { FLEMISH_PARTNERSHIP_CODE, PARTNERSHIP_DEFINITIONS, schoolYearOf } from '@duaal/shared';
import { REPORT_YEAR, type Chain, type Unit } from './model.js';
import { HEADLINE_2022_2023, PARTNERSHIPS_2022_2023, PQ759_RECOGNISED_BY_SECTOR } from './published.js';
import { Random, apportion } from './random.js';
import { validInYear, type Timeline } from './timeline.js';

// Systems and partnerships of the timeline's chains, chosen so that the 2022-2023 tables come out:
// K1 by system, applications per partnership (new / renewal, Tabel 12) and recognitions per
// partnership (Tabel 16).

export const PARTNERSHIP_CODES = PARTNERSHIP_DEFINITIONS.map((p) => p.code);
const BEDIENDEN = 'BEDIENDEN';

/** Flips the system of chains valid in 2022-2023 until K1 by system matches (duplicates are dual). */
export function settleSystems(random: Random, timeline: Timeline, scale: number): void {
  const target = Math.round(HEADLINE_2022_2023.recognitionsSecondaryLerenEnWerken * scale);
  const originals = new Set(timeline.duplicates.map((d) => d.previous?.chain));
  const counted = new Map<Chain, number>();
  for (const r of timeline.recs) {
    if (r.kind !== 'DUPLICATE' && validInYear(r, REPORT_YEAR)) counted.set(r.chain, (counted.get(r.chain) ?? 0) + 1);
  }
  let lenw = 0;
  for (const [chain, n] of counted) if (chain.system === 'LEREN_EN_WERKEN') lenw += n;
  const flippable = random.shuffle([...counted.keys()].filter((c) => !originals.has(c)));
  // Older chains are the Leren en Werken ones: flip the oldest to LenW, the newest to dual.
  const firstDay = (c: Chain) => c.recs[0]?.validFrom ?? '';
  if (lenw < target) {
    flippable.sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
    for (const c of flippable) {
      if (lenw >= target) break;
      const n = counted.get(c) ?? 0;
      if (c.system === 'DUAL' && lenw + n <= target) {
        c.system = 'LEREN_EN_WERKEN';
        lenw += n;
      }
    }
  } else {
    flippable.sort((a, b) => firstDay(b).localeCompare(firstDay(a)));
    for (const c of flippable) {
      if (lenw <= target) break;
      const n = counted.get(c) ?? 0;
      if (c.system === 'LEREN_EN_WERKEN' && lenw - n >= target) {
        c.system = 'DUAL';
        lenw -= n;
      }
    }
  }
}

interface UnitFeatures {
  renewals: number;
  news: number;
  valid: number;
  lenw: boolean;
  /** School year the unit is mostly about (for units outside 2022-2023). */
  year: string;
}

function featuresOf(unit: Unit): UnitFeatures {
  let renewals = 0;
  let news = 0;
  let valid = 0;
  let lenw = false;
  let first = '';
  for (const chain of unit.chains) {
    if (chain.system === 'LEREN_EN_WERKEN') lenw = true;
    for (const r of chain.recs) {
      if (r.kind !== 'DUPLICATE' && schoolYearOf(r.submittedOn) === REPORT_YEAR) {
        if (r.kind === 'RENEWAL') renewals++;
        else news++;
      }
      if (validInYear(r, REPORT_YEAR)) valid++;
      if (!first || r.submittedOn < first) first = r.submittedOn;
    }
  }
  return { renewals, news, valid, lenw, year: schoolYearOf(first) };
}

/** Share of Leren en Werken among a partnership's enterprises, relative to the national share (S003 vs Tabel 15). */
function lenwAffinity(code: string): number {
  const pq = (c: string) => PQ759_RECOGNISED_BY_SECTOR[c]?.['2021-2022'] ?? 0;
  const enterprises = (c: string) => PARTNERSHIPS_2022_2023[c]?.enterprises ?? 0;
  const ratio = (c: string) => {
    if (c === BEDIENDEN || c === FLEMISH_PARTNERSHIP_CODE) return pq(FLEMISH_PARTNERSHIP_CODE) / (enterprises(FLEMISH_PARTNERSHIP_CODE) + enterprises(BEDIENDEN));
    return enterprises(c) > 0 ? pq(c) / enterprises(c) : 0.5;
  };
  const national = 10896 / HEADLINE_2022_2023.enterprisesSecondary;
  return Math.min(1, Math.max(0.02, (ratio(code) / national) * 0.48));
}

/** Historical weight of a partnership for Leren en Werken units of a year (S003 answer 1b). */
function historicalWeight(code: string, year: string, lenw: boolean): number {
  const recognitions = PARTNERSHIPS_2022_2023[code]?.recognitions ?? 0;
  const pqYear = year < '2019-2020' ? '2019-2020' : year > '2021-2022' ? '2021-2022' : year;
  if (!lenw || year > '2022-2023') return recognitions;
  if (code === BEDIENDEN || code === FLEMISH_PARTNERSHIP_CODE) {
    const both = (PARTNERSHIPS_2022_2023[BEDIENDEN]?.recognitions ?? 0) + (PARTNERSHIPS_2022_2023[FLEMISH_PARTNERSHIP_CODE]?.recognitions ?? 0);
    return ((PQ759_RECOGNISED_BY_SECTOR[FLEMISH_PARTNERSHIP_CODE]?.[pqYear] ?? 0) * recognitions) / both;
  }
  return PQ759_RECOGNISED_BY_SECTOR[code]?.[pqYear] ?? 0;
}

/**
 * Assigns each unit (chains sharing an establishment) a partnership: first the units with a
 * renewal submitted in 2022-2023, then those with a new application, then those valid in
 * 2022-2023, each drawn in proportion to the partnership's remaining quota; the rest by the
 * historical weights.
 */
export function assignPartnerships(random: Random, units: Unit[], scale: number): void {
  const live = units.filter((u) => u.chains.length > 0);
  const features = new Map(live.map((u) => [u, featuresOf(u)]));
  const totalValid = [...features.values()].reduce((a, f) => a + f.valid, 0);
  const quota = (key: 'applicationsRenewal' | 'applicationsNew', total?: number) => {
    const weights = PARTNERSHIP_CODES.map((c) => PARTNERSHIPS_2022_2023[c]?.[key] ?? 0);
    const sum = weights.reduce((a, b) => a + b, 0);
    return new Map(PARTNERSHIP_CODES.map((c, i) => [c, apportion(total ?? Math.round(sum * scale), weights)[i] ?? 0]));
  };
  const renewalQuota = quota('applicationsRenewal');
  const newQuota = quota('applicationsNew');
  const validWeights = PARTNERSHIP_CODES.map((c) => PARTNERSHIPS_2022_2023[c]?.recognitions ?? 0);
  const validQuota = new Map(PARTNERSHIP_CODES.map((c, i) => [c, apportion(totalValid, validWeights)[i] ?? 0]));
  const affinity = new Map(PARTNERSHIP_CODES.map((c) => [c, lenwAffinity(c)]));

  const assign = (unit: Unit, code: string) => {
    const f = features.get(unit) as UnitFeatures;
    unit.partnership = code;
    renewalQuota.set(code, (renewalQuota.get(code) ?? 0) - f.renewals);
    newQuota.set(code, (newQuota.get(code) ?? 0) - f.news);
    validQuota.set(code, (validQuota.get(code) ?? 0) - f.valid);
  };
  const draw = (weightOf: (code: string) => number) => {
    const weights = PARTNERSHIP_CODES.map((c) => Math.max(0, weightOf(c)));
    if (weights.every((w) => w === 0)) return PARTNERSHIP_CODES[random.weightedIndex(validWeights)] as string;
    return PARTNERSHIP_CODES[random.weightedIndex(weights)] as string;
  };

  const ordered = random.shuffle([...live]);
  const rank = (u: Unit) => {
    const f = features.get(u) as UnitFeatures;
    return f.renewals > 0 ? 0 : f.news > 0 ? 1 : f.valid > 0 ? 2 : 3;
  };
  ordered.sort((a, b) => rank(a) - rank(b) || (features.get(b)?.valid ?? 0) - (features.get(a)?.valid ?? 0));
  for (const unit of ordered) {
    const f = features.get(unit) as UnitFeatures;
    const fit = (c: string) => (f.lenw ? (affinity.get(c) ?? 0.5) : 1 - (affinity.get(c) ?? 0.5));
    switch (rank(unit)) {
      case 0:
        assign(unit, draw((c) => (renewalQuota.get(c) ?? 0) * Math.min(1, Math.max(0, validQuota.get(c) ?? 0))));
        break;
      case 1:
        assign(unit, draw((c) => Math.min(newQuota.get(c) ?? 0, Math.max(0, validQuota.get(c) ?? 0))));
        break;
      case 2:
        assign(unit, draw((c) => (validQuota.get(c) ?? 0) * fit(c)));
        break;
      default:
        assign(unit, draw((c) => historicalWeight(c, f.year, f.lenw)));
    }
  }
}
