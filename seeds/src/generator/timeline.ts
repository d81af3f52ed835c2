import {
  AUTO_APPROVAL_DAYS,
  AUTO_CANCEL_DAYS,
  schoolYearEnd,
  schoolYearStart,
  validityEnd as sharedValidityEnd,
  type ApplicationKind,
  type System,
} from '@duaal/shared';
import { monthsLater, plusDays } from './dates.js';
import { elapsedShare, lastDayIn, submissionShare, submissionWeights, type Horizon } from './horizon.js';
import { REPORT_YEAR, type Chain, type Outcome, type Rec, type Unit } from './model.js';
import { LEREN_EN_WERKEN_PHASED_OUT_IN, PLANNED_YEARS, partialPlan, yearPlan, type YearPlan } from './plan.js';
import { HEADLINE_2022_2023 } from './published.js';
import { Random, apportion, scaled } from './random.js';

// The life cycle of every application, driven by the yearly counts of plan.ts: submissions,
// decisions (14-day automatic approval, 60-day cancellation), renewals before expiry, revocations
// and stops in clusters per establishment, the duplicates of 3 February 2023, and expiry the day
// after the validity end, and the applications still undecided on the end date. Partnerships,
// establishments and trainings are assigned afterwards.

const validityEnds = new Map<string, string>();
/** validityEnd of shared/rules.ts, cached: the generator asks it for the same days over and over. */
function validityEnd(from: string): string {
  let end = validityEnds.get(from);
  if (end === undefined) validityEnds.set(from, (end = sharedValidityEnd(from)));
  return end;
}

export const DUPLICATES_ON = '2023-02-03';
/** Recognitions approved before this day belong to cohorts whose expiries are published. */
const NEW_COHORTS_FROM = '2018-09-01';

export interface Timeline {
  recs: Rec[];
  chains: Chain[];
  units: Unit[];
  /** Duplicates created on 3 February 2023, with their originals. */
  duplicates: Rec[];
}

export interface TimelineOptions {
  scale: number;
  /** Endings before 2022-2023 that hit recognitions approved from 2018-2019 on: the knob for K1. */
  endingsOnNewCohorts: number;
  horizon: Horizon;
}

type Group = 'OLD' | 'NEW';

export function buildTimeline(random: Random, options: TimelineOptions): Timeline {
  return new TimelineBuilder(random, options).build();
}

class TimelineBuilder {
  private readonly recs: Rec[] = [];
  private readonly chains: Chain[] = [];
  private readonly units: Unit[] = [];
  private readonly duplicates: Rec[] = [];
  /** Cohorts with published expiries: members that still need an ending, per cohort year. */
  private readonly toEnd = new Map<string, Rec[]>();

  constructor(
    private readonly random: Random,
    private readonly options: TimelineOptions,
  ) {}

  private s(value: number): number {
    return scaled(value, this.options.scale);
  }

  build(): Timeline {
    const endingsPlan = this.planEndings();
    const { horizon } = this.options;
    for (const year of horizon.years) {
      const plan = partialPlan(yearPlan(year), submissionShare(horizon, year), elapsedShare(horizon, year));
      this.submitNew(year, plan, endingsPlan.cohortEndings.get(year) ?? 0);
      if (year === horizon.runningYear) this.submitUndecided(year, plan);
      this.renew(year, plan);
      if (year === REPORT_YEAR) this.createDuplicates();
      this.end(year, plan, endingsPlan.newCohortEndings.get(year));
    }
    this.expire();
    return { recs: this.recs, chains: this.chains, units: this.units, duplicates: this.duplicates };
  }

  /**
   * How many endings (revocations + stops) of each year hit the cohorts with published expiries
   * (approved before 2018-2019) and how many hit later ones. K1 of 2022-2023 counts every later
   * recognition not ended before it, so the split sets K1; the cohorts grow by the endings they take.
   */
  private planEndings() {
    const endingYears = PLANNED_YEARS.filter((y) => y >= '2016-2017' && y <= '2021-2022');
    const total = (y: string) => yearPlan(y).revocations + yearPlan(y).stopped;
    // Weight of the later cohorts in each year: their approvals so far.
    let cumulative = 0;
    const weights = endingYears.map((y) => {
      const w = y >= '2018-2019' ? (cumulative + (yearPlan(y).approved ?? 0) / 2) * total(y) : 0;
      if (y >= '2018-2019') cumulative += yearPlan(y).approved ?? 0;
      return w;
    });
    const onNew = apportion(this.options.endingsOnNewCohorts, weights);
    const newCohortEndings = new Map<string, number>();
    const oldEndings = new Map<string, number>();
    endingYears.forEach((y, i) => {
      const all = this.s(total(y));
      const n = Math.min(all, scaled(onNew[i] ?? 0, this.options.scale));
      newCohortEndings.set(y, n);
      oldEndings.set(y, all - n);
    });
    // Old endings by cohort: 2015-2016 (valid until 2020-2021), 2016-2017, 2017-2018 (from 2017-2018 on).
    const cohortEndings = new Map<string, number>();
    const byCohortAndYear = new Map<string, Map<string, number>>();
    for (const y of endingYears) {
      const presence: [string, number][] = [
        ['2015-2016', y <= '2020-2021' ? 315 : 0],
        ['2016-2017', y === '2016-2017' ? 8635 * 0.4 : 8635],
        ['2017-2018', y === '2017-2018' ? 7242 * 0.5 : y > '2017-2018' ? 7242 : 0],
      ];
      const split = apportion(oldEndings.get(y) ?? 0, presence.map(([, w]) => w));
      presence.forEach(([cohort], i) => {
        const n = split[i] ?? 0;
        cohortEndings.set(cohort, (cohortEndings.get(cohort) ?? 0) + n);
        let perYear = byCohortAndYear.get(cohort);
        if (!perYear) byCohortAndYear.set(cohort, (perYear = new Map()));
        perYear.set(y, n);
      });
    }
    this.cohortEndingYears = byCohortAndYear;
    return { newCohortEndings, cohortEndings };
  }

  private cohortEndingYears = new Map<string, Map<string, number>>();

  // ---- applications -------------------------------------------------------------------------

  private newChain(system: System): Chain {
    const unit: Unit = { idx: this.units.length, chains: [], revokedIn: null, partnership: null, establishment: null };
    const chain: Chain = { idx: this.chains.length, recs: [], system, unit, training: null };
    unit.chains.push(chain);
    this.units.push(unit);
    this.chains.push(chain);
    return chain;
  }

  private newRec(chain: Chain, kind: ApplicationKind, previous: Rec | null, submittedOn: string): Rec {
    const rec: Rec = {
      idx: this.recs.length,
      kind,
      previous,
      chain,
      submittedOn,
      outcome: 'PENDING',
      decidedOn: null,
      automatic: false,
      incompleteOn: null,
      reviewOn: null,
      onHoldOn: null,
      validFrom: null,
      validTo: null,
      end: null,
      expiredOn: null,
      mustExpire: false,
      protected: false,
      renewedBy: null,
      mandateType: 'NONE',
      rejectionReasons: [],
      adultTraining: null,
    };
    chain.recs.push(rec);
    this.recs.push(rec);
    return rec;
  }

  private readonly monthWeights = new Map<string, number[]>();

  /** A submission day of the school year up to the end date, with the monthly pattern of the 2017-2018 report. */
  private submissionDay(year: string, from?: string): string {
    const { horizon } = this.options;
    let weights = this.monthWeights.get(year);
    if (!weights) this.monthWeights.set(year, (weights = submissionWeights(horizon, year)));
    const month = this.random.weightedIndex(weights);
    const monthStart = monthsLater(schoolYearStart(year), month);
    const monthEnd = plusDays(monthsLater(monthStart, 1), -1);
    const day = this.random.date(monthStart, monthEnd < horizon.endDate ? monthEnd : horizon.endDate);
    return from && day < from ? this.random.date(from, lastDayIn(horizon, year)) : day;
  }

  /**
   * Decides an application within its school year: investigated (1–13 days, or after a round of
   * "dossier onvolledig"), automatically approved on day 14, or cancelled (by the company, or on
   * day 60 without decision).
   */
  private decide(rec: Rec, outcome: Outcome, automatic: boolean, year: string): void {
    const last = lastDayIn(this.options.horizon, year);
    rec.outcome = outcome;
    if (outcome === 'PENDING') return;
    let delay: number;
    if (outcome === 'CANCELLED') {
      delay = this.random.chance(0.6) ? AUTO_CANCEL_DAYS : this.random.int(5, 45);
      rec.incompleteOn = plusDays(rec.submittedOn, this.random.int(1, 4));
    } else if (automatic) {
      delay = AUTO_APPROVAL_DAYS;
      rec.automatic = true;
    } else if (this.random.chance(0.12)) {
      rec.incompleteOn = plusDays(rec.submittedOn, this.random.int(1, 5));
      delay = this.random.int(12, 50);
    } else {
      delay = this.random.int(1, 13);
    }
    // Keep the decision in the school year of the submission: move the submission earlier.
    let decided = plusDays(rec.submittedOn, delay);
    if (decided > last) {
      const shift = Math.min(delay, Math.max(0, Math.round((Date.parse(decided) - Date.parse(last)) / 86_400_000)));
      rec.submittedOn = plusDays(rec.submittedOn, -shift);
      if (rec.submittedOn < schoolYearStart(year)) rec.submittedOn = schoolYearStart(year);
      if (rec.incompleteOn && rec.incompleteOn <= rec.submittedOn) rec.incompleteOn = plusDays(rec.submittedOn, 1);
      decided = plusDays(rec.submittedOn, delay);
      if (decided > last) decided = last;
    }
    if (rec.incompleteOn && rec.incompleteOn >= decided) rec.incompleteOn = null;
    rec.decidedOn = decided;
    if (outcome === 'APPROVED') {
      rec.validFrom = decided;
      rec.validTo = validityEnd(decided);
    }
  }

  private systemFor(plan: YearPlan): System {
    return this.random.chance(plan.dualShare) ? 'DUAL' : 'LEREN_EN_WERKEN';
  }

  private submitNew(year: string, plan: YearPlan, cohortEndings: number): void {
    const expiring = plan.expiredFromCohortApprovedIn[year];
    const approved = plan.approved !== null ? this.s(plan.approved - plan.renewalsApproved) : this.s(expiring ?? 0) + cohortEndings;
    const automaticTotal = plan.approvedAutomatic !== null ? this.s(plan.approvedAutomatic) : Math.round(approved * 0.025);
    const [automaticNew] = apportion(automaticTotal, [approved, this.s(plan.renewalsApproved)]);
    const rejected = this.s(plan.rejected - plan.renewalsRejected);
    const cancelled = plan.newCancelled !== null ? this.s(plan.newCancelled) : Math.round((approved + rejected) * 0.085);

    const outcomes: [Outcome, boolean][] = [];
    for (let i = 0; i < approved; i++) outcomes.push(['APPROVED', i < (automaticNew ?? 0)]);
    for (let i = 0; i < rejected; i++) outcomes.push(['REJECTED', false]);
    for (let i = 0; i < cancelled; i++) outcomes.push(['CANCELLED', false]);
    this.random.shuffle(outcomes);

    const cohort: Rec[] = [];
    for (const [outcome, automatic] of outcomes) {
      const chain = this.newChain(this.systemFor(plan));
      // The first cohort: approvals of the summer of 2016 only.
      const from = year === '2015-2016' ? '2016-05-15' : undefined;
      const submitted = this.submissionDay(year, from);
      const rec = this.newRec(chain, 'NEW', null, submitted);
      rec.mandateType = this.mandate(plan);
      this.decide(rec, outcome, automatic, year);
      if (outcome === 'REJECTED') rec.rejectionReasons = this.rejectionReasons();
      if (outcome === 'APPROVED' && expiring !== undefined) cohort.push(rec);
    }
    if (expiring !== undefined) this.assignCohortFates(year, cohort);
  }

  /**
   * Applications still undecided on the end date (DOMAIN.md §3: a decision within 14 days, a
   * cancellation after 60): submitted in the last 14 days and just received, in review or on hold;
   * or sent back as incomplete within the last 60 days.
   */
  private submitUndecided(year: string, plan: YearPlan): void {
    const { endDate } = this.options.horizon;
    const start = schoolYearStart(year);
    const notBefore = (day: string) => (day < start ? start : day);
    const open = (submitted: string): Rec => {
      const rec = this.newRec(this.newChain(this.systemFor(plan)), 'NEW', null, submitted);
      rec.mandateType = this.mandate(plan);
      return rec;
    };
    const after = (day: string, from: number, to: number) => {
      const later = plusDays(day, this.random.int(from, to));
      return later < endDate ? later : endDate;
    };
    const recent = this.s(180 * elapsedShareCapped(start, endDate, 14));
    for (let i = 0; i < recent; i++) {
      const kind = this.random.weightedIndex([3, 5, 2]);
      if (kind === 0) {
        open(this.random.date(notBefore(plusDays(endDate, -2)), endDate));
        continue;
      }
      const rec = open(this.random.date(notBefore(plusDays(endDate, -13)), endDate));
      rec.reviewOn = after(rec.submittedOn, 0, 3);
      if (kind === 2 && rec.reviewOn < endDate) rec.onHoldOn = after(rec.reviewOn, 1, 6);
    }
    const incomplete = this.s(70 * elapsedShareCapped(start, endDate, 60));
    for (let i = 0; i < incomplete; i++) {
      const rec = open(this.random.date(notBefore(plusDays(endDate, -59)), endDate));
      rec.incompleteOn = after(rec.submittedOn, 1, 5);
    }
  }

  /** Members of a cohort with a published expiry count either expire or end in a planned year. */
  private assignCohortFates(year: string, cohort: Rec[]): void {
    cohort.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    const perYear = this.cohortEndingYears.get(year) ?? new Map<string, number>();
    const free = new Set(cohort);
    for (const [endYear, n] of [...perYear.entries()].sort()) {
      // Only members approved well before the ending can end in the approval year itself.
      const lastStart = plusDays(schoolYearEnd(endYear), -30);
      const eligible = [...free].filter((r) => (r.validFrom as string) < lastStart);
      this.random.shuffle(eligible);
      const chosen = eligible.slice(0, n);
      for (const r of chosen) free.delete(r);
      this.toEnd.set(`${year}|${endYear}`, chosen);
    }
    for (const r of free) r.mustExpire = true;
  }

  private mandate(plan: YearPlan): Rec['mandateType'] {
    if (!this.random.chance(plan.mandatedShare)) return 'NONE';
    // Tabel 8 (2017-2018): training provider 69 %, workplace counsellor 17 %, sector 8 %, unknown 6 %.
    return (['TRAINING_PROVIDER', 'WORKPLACE_COUNSELLOR', 'SECTOR_PARTNERSHIP', 'UNKNOWN'] as const)[
      this.random.weightedIndex([69, 17, 8, 6])
    ] as Rec['mandateType'];
  }

  /** One or more reasons; insufficient equipment on 688 of 975 rejections (S000 §5.5.2.3). */
  private rejectionReasons(): Rec['rejectionReasons'] {
    const reasons: Rec['rejectionReasons'] = [];
    const equipment = this.random.chance(HEADLINE_2022_2023.rejectedEquipment / HEADLINE_2022_2023.rejected);
    if (equipment) reasons.push('INSUFFICIENT_EQUIPMENT');
    if (!equipment || this.random.chance(0.15)) {
      // Tabel 10 (2017-2018) without equipment: not in order 260, mentor 116, finance 31, conviction 2.
      reasons.push((['NOT_IN_ORDER', 'NO_QUALIFIED_MENTOR', 'INSUFFICIENT_FINANCIAL_CAPACITY', 'CONVICTION'] as const)[this.random.weightedIndex([260, 116, 31, 2])]!);
    }
    return [...new Set(reasons)];
  }

  // ---- renewals -------------------------------------------------------------------------------

  /** Renewal applications filed 10–120 days before the validity end of a recognition not ended. */
  private renew(year: string, plan: YearPlan): void {
    const approved = this.s(plan.renewalsApproved);
    const rejected = this.s(plan.renewalsRejected);
    const cancelled = this.s(plan.renewalsCancelled);
    const total = approved + rejected + cancelled;
    if (total === 0) return;
    const start = schoolYearStart(year);
    const end = lastDayIn(this.options.horizon, year);
    const firstValidTo = plusDays(start, 10);
    const lastValidTo = plusDays(end, 120);
    const lerenEnWerken = year < LEREN_EN_WERKEN_PHASED_OUT_IN;
    const candidates = this.recs.filter(
      (r) =>
        r.outcome === 'APPROVED' &&
        r.kind !== 'DUPLICATE' &&
        r.renewedBy === null &&
        r.end === null &&
        !this.endPlanned.has(r) &&
        (lerenEnWerken || r.chain.system !== 'LEREN_EN_WERKEN') &&
        // Old cohorts: only the members that must expire; their endings are planned.
        (r.mustExpire || (r.validFrom as string) >= NEW_COHORTS_FROM) &&
        (r.validTo as string) >= firstValidTo &&
        (r.validTo as string) <= lastValidTo,
    );
    this.random.shuffle(candidates);
    const [automatic] = apportion(plan.approvedAutomatic !== null ? this.s(plan.approvedAutomatic) : 0, [
      this.s((plan.approved ?? 0) - plan.renewalsApproved),
      approved,
    ]).slice(1);
    const outcomes: Outcome[] = [
      ...Array<Outcome>(approved).fill('APPROVED'),
      ...Array<Outcome>(rejected).fill('REJECTED'),
      ...Array<Outcome>(cancelled).fill('CANCELLED'),
    ];
    this.random.shuffle(outcomes);
    let automaticLeft = automatic ?? 0;
    for (let i = 0; i < outcomes.length && i < candidates.length; i++) {
      const old = candidates[i] as Rec;
      const outcome = outcomes[i] as Outcome;
      const latest = plusDays(old.validTo as string, -10);
      const earliest = plusDays(old.validTo as string, -120);
      const submitted = this.random.date(earliest > start ? earliest : start, latest < end ? latest : end);
      const rec = this.newRec(old.chain, 'RENEWAL', old, submitted);
      rec.mandateType = this.mandate(plan);
      const isAutomatic = outcome === 'APPROVED' && automaticLeft > 0 && this.random.chance(0.5);
      if (isAutomatic) automaticLeft--;
      this.decide(rec, outcome, isAutomatic, year);
      if (outcome === 'REJECTED') rec.rejectionReasons = this.rejectionReasons();
      if (outcome === 'APPROVED') {
        // The renewal takes over the day after the old recognition ends.
        const next = plusDays(old.validTo as string, 1);
        rec.validFrom = (rec.decidedOn as string) > next ? (rec.decidedOn as string) : next;
        rec.validTo = validityEnd(rec.validFrom);
      }
      old.renewedBy = rec;
      old.protected = true;
    }
  }

  private readonly endPlanned = new Set<Rec>();

  // ---- duplicates -----------------------------------------------------------------------------

  /**
   * 842 duplicates from 816 approved Leren en Werken recognitions, created on 3 February 2023; 26
   * originals (Motorist 221 kW) give two. Originals expire after 2022-2023 so that no duplicate
   * ends in the report year.
   */
  private createDuplicates(): void {
    const originals = this.recs.filter(
      (r) =>
        r.outcome === 'APPROVED' &&
        r.kind !== 'DUPLICATE' &&
        r.chain.system === 'LEREN_EN_WERKEN' &&
        r.end === null &&
        !r.protected &&
        (r.validFrom as string) <= DUPLICATES_ON &&
        (r.validTo as string) > '2023-08-31',
    );
    this.random.shuffle(originals);
    const count = this.s(HEADLINE_2022_2023.duplicatedOriginals);
    const doubles = this.s(HEADLINE_2022_2023.duplicates - HEADLINE_2022_2023.duplicatedOriginals);
    originals.slice(0, count).forEach((original, i) => {
      original.protected = true;
      for (let k = 0; k < (i < doubles ? 2 : 1); k++) {
        // The duplicate shares the establishment (the unit) of its original.
        const unit = original.chain.unit;
        const chain: Chain = { idx: this.chains.length, recs: [], system: 'DUAL', unit, training: null };
        unit.chains.push(chain);
        this.chains.push(chain);
        const dup = this.newRec(chain, 'DUPLICATE', original, DUPLICATES_ON);
        dup.outcome = 'APPROVED';
        dup.decidedOn = DUPLICATES_ON;
        dup.validFrom = DUPLICATES_ON;
        dup.validTo = original.validTo;
        dup.mandateType = original.mandateType;
        dup.protected = true;
        this.duplicates.push(dup);
      }
    });
  }


  // ---- revocations and stops ------------------------------------------------------------------

  private end(year: string, plan: YearPlan, newCohortEndings: number | undefined): void {
    const start = schoolYearStart(year);
    const end = lastDayIn(this.options.horizon, year);
    const revocations = this.s(plan.revocations);
    const stops = this.s(plan.stopped);
    if (revocations + stops === 0) return;

    // Members of the old cohorts planned to end this year.
    const old: Rec[] = [];
    for (const cohort of ['2015-2016', '2016-2017', '2017-2018']) old.push(...(this.toEnd.get(`${cohort}|${year}`) ?? []));
    this.random.shuffle(old);
    const onNew = newCohortEndings ?? revocations + stops - old.length;
    const groups: Group[] = [...Array<Group>(old.length).fill('OLD'), ...Array<Group>(Math.max(0, onNew)).fill('NEW')];
    this.random.shuffle(groups);

    // Revocation clusters: one establishment each; sizes add up to the revocations.
    const clusters = Math.max(1, Math.min(revocations, this.s(plan.revocationEstablishments) || Math.round(revocations / 2)));
    const sizes = revocations === 0 ? [] : clusterSizes(this.random, revocations, clusters);
    const stopSizes = stops === 0 ? [] : clusterSizes(this.random, stops, Math.max(1, Math.round(stops / 1.4)));

    let g = 0;
    const takeOld = (day: string): Rec | null => {
      const i = old.findIndex((r) => (r.validFrom as string) < day && (r.validTo as string) >= day);
      return i >= 0 ? (old.splice(i, 1)[0] as Rec) : null;
    };
    const realise = (kind: 'REVOKED' | 'STOPPED', size: number) => {
      const kinds = groups.slice(g, g + size);
      g += size;
      const members: Rec[] = [];
      let day = this.random.date(year === '2016-2017' ? '2017-01-01' : start, end);
      // A cluster with an old member takes its day from that member's validity.
      if (kinds.includes('OLD') && old.length > 0) {
        const first = old.pop() as Rec;
        const from = (first.validFrom as string) >= start ? plusDays(first.validFrom as string, 1) : start;
        const to = (first.validTo as string) < end ? (first.validTo as string) : end;
        day = this.random.date(from, to > from ? to : from);
        members.push(first);
        kinds.splice(kinds.indexOf('OLD'), 1);
      }
      for (const group of kinds) {
        const m = (group === 'OLD' ? takeOld(day) : null) ?? this.pickNewCohortMember(day);
        if (m) members.push(m);
      }
      for (const m of members) {
        m.end = { kind, on: day };
        this.endPlanned.add(m);
      }
      if (members.length > 0) this.mergeUnits(members.map((m) => m.chain.unit), kind === 'REVOKED' ? year : null);
    };
    for (const size of sizes) realise('REVOKED', size);
    for (const size of stopSizes) realise('STOPPED', size);
    // Members of old cohorts left over (no valid day found) still have to end this year.
    for (const r of old) {
      const from = (r.validFrom as string) > start ? plusDays(r.validFrom as string, 1) : start;
      const to = (r.validTo as string) < end ? (r.validTo as string) : end;
      r.end = { kind: 'STOPPED', on: this.random.date(from, to > from ? to : from) };
    }
  }

  /** A recognition of the later cohorts approved and valid on the day, not protected, not ended. */
  private pickNewCohortMember(day: string): Rec | null {
    for (let attempt = 0; attempt < 60; attempt++) {
      const r = this.recs[this.random.int(0, this.recs.length - 1)] as Rec;
      if (
        r.outcome === 'APPROVED' &&
        r.kind !== 'DUPLICATE' &&
        r.end === null &&
        !r.protected &&
        !r.mustExpire &&
        (r.validFrom as string) >= NEW_COHORTS_FROM &&
        (r.validFrom as string) < day &&
        (r.validTo as string) >= day &&
        !this.endPlanned.has(r)
      ) {
        return r;
      }
    }
    const pool = this.recs.filter(
      (r) =>
        r.outcome === 'APPROVED' &&
        r.kind !== 'DUPLICATE' &&
        r.end === null &&
        !r.protected &&
        !r.mustExpire &&
        (r.validFrom as string) >= NEW_COHORTS_FROM &&
        (r.validFrom as string) < day &&
        (r.validTo as string) >= day &&
        !this.endPlanned.has(r),
    );
    return pool.length === 0 ? null : this.random.pick(pool);
  }

  /** Recognitions revoked or stopped together share an establishment: one unit. */
  private mergeUnits(units: Unit[], revokedIn: string | null): void {
    const [first, ...rest] = [...new Set(units)];
    if (!first) return;
    for (const u of rest) {
      for (const c of u.chains) {
        c.unit = first;
        first.chains.push(c);
      }
      u.chains = [];
    }
    if (revokedIn) first.revokedIn = revokedIn;
  }

  // ---- expiry ---------------------------------------------------------------------------------

  /** EXPIRED the day after the validity end, unless revoked or stopped before. */
  private expire(): void {
    for (const r of this.recs) {
      if (r.outcome !== 'APPROVED' || r.validTo === null) continue;
      const day = plusDays(r.validTo, 1);
      if (day > this.options.horizon.endDate) continue;
      if (r.end && r.end.on <= r.validTo) continue;
      if (r.end && r.end.on > r.validTo) r.end = null;
      r.expiredOn = day;
    }
  }
}

/** Share of a window of `days` days ending on the end date that lies in the year from `start`. */
function elapsedShareCapped(start: string, endDate: string, days: number): number {
  const inYear = Math.round((Date.parse(endDate) - Date.parse(start)) / 86_400_000) + 1;
  return Math.min(1, inYear / days);
}

/** Sizes ≥ 1 of `clusters` clusters adding up to `total`, skewed like real revocation waves. */
function clusterSizes(random: Random, total: number, clusters: number): number[] {
  const n = Math.max(1, Math.min(clusters, total));
  const weights = Array.from({ length: n }, () => random.next() ** 2);
  const extra = apportion(total - n, weights);
  return extra.map((e) => e + 1);
}


const yearBounds = new Map<string, [string, string]>();

/** DOMAIN.md §4 (K1): approved and valid on at least one day of the school year. */
export function validInYear(r: Rec, year: string): boolean {
  if (r.outcome !== 'APPROVED' || r.validFrom === null || r.validTo === null) return false;
  let bounds = yearBounds.get(year);
  if (!bounds) yearBounds.set(year, (bounds = [schoolYearStart(year), schoolYearEnd(year)]));
  const [start, end] = bounds;
  if (r.validFrom > end || r.validTo < start) return false;
  const first = r.validFrom > start ? r.validFrom : start;
  return r.end === null || r.end.on > first;
}
