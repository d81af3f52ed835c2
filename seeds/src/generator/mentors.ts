import {
  MENTOR_TRAINING_FROM,
  latestMentorTrainingDeadline,
  schoolYearEnd,
  schoolYearOf,
  schoolYearStart,
  type MentorRemovalReason,
  type MentorTrainingStatus,
} from '@duaal/shared';
import { monthsLater, plusDays } from './dates.js';
import { elapsedShare, lastDayIn, yearsFrom, type Horizon } from './horizon.js';
import { REPORT_YEAR, type Establishment, type Rec } from './model.js';
import { nationalNumber, personName } from './names.js';
import { HEADLINE_2022_2023, MENTOR_REMOVALS_BY_YEAR, PARTNERSHIPS_2022_2023 } from './published.js';
import { type Random, scaled } from './random.js';
import { validInYear, type Timeline } from './timeline.js';

// Mentors: one per establishment, named on each of its recognitions; removals by reason per
// year (Tabel 20) with one successor per removed mentor where a recognition would be left without
// mentor; mentor-training follow-up with a deadline per partnership (K10, Tabel 19; not completed
// at the deadline at least as often as Tabel 20 removes for it); and co-mentors on older
// recognitions until each partnership has its published number of mentors (Tabel 18), after a
// first pass that measures where the rules give more than that.

export interface Mentor {
  key: string;
  firstName: string;
  lastName: string;
  nationalNumber: string;
  birthDate: string;
}

export interface MentorLink {
  rec: Rec;
  mentor: Mentor;
  addedOn: string;
  removedOn: string | null;
  removalReason: MentorRemovalReason | null;
}

export interface MentorTrainingRecord {
  mentor: Mentor;
  partnership: string;
  rec: Rec;
  status: MentorTrainingStatus;
  deadline: string | null;
  completedOn: string | null;
  followUpStoppedOn: string | null;
  location: string | null;
}

export interface MentorData {
  mentors: Mentor[];
  links: MentorLink[];
  trainings: MentorTrainingRecord[];
}

/** Mentor data is kept for recognitions filed from this day on (earlier ones: see generateMentors). */
const COUNTER_FROM = '2019-09-01';
/** Share of recognitions filed since 1 September 2019 that name a second, new mentor. */
const CO_MENTOR_SHARE = 0.05;

/** Months to the deadline set by each partnership (at most 12; 6 for some sectors). */
const SHORT_DEADLINE = new Set(['BOUW', 'HORECA', 'HAARTOOI', 'AUTO', 'ELEKTRICIENS']);

const partnershipOf = (r: Rec) => r.chain.unit.partnership as string;

/** Per partnership: share of new establishment mentors left out (trim), room left under Tabel 18 (room). */
interface MentorTuning {
  trim: Map<string, number>;
  room: Map<string, number>;
}

/**
 * Tabel 18 per partnership: a first pass measures the mentors the rules below give before the
 * top-up; where that is more than published, the second pass names fewer new establishment
 * mentors (a sibling's mentor or no mentor data instead), by the share of the excess, aiming a
 * little low so that the top-up lands on the published count.
 */
export function generateMentors(random: Random, timeline: Timeline, establishments: Establishment[], scale: number, horizon: Horizon): MentorData {
  const first = buildMentors(random.fork('measure'), timeline, establishments, scale, { trim: new Map(), room: new Map() }, horizon);
  const trim = new Map<string, number>();
  const room = new Map<string, number>();
  for (const [p, f] of Object.entries(PARTNERSHIPS_2022_2023)) {
    const measured = first.counted.get(p) ?? 0;
    // Aim about two standard deviations low: the second pass draws anew.
    const target = scaled(f.mentors, scale);
    const wanted = target - 2 * Math.sqrt(target) - 2;
    room.set(p, Math.max(0, scaled(f.mentors, scale) - measured));
    if (measured > wanted && measured > 0) trim.set(p, Math.min(0.9, 1 - wanted / measured));
  }
  return buildMentors(random.fork('final'), timeline, establishments, scale, { trim, room }, horizon).data;
}

function buildMentors(
  random: Random,
  timeline: Timeline,
  establishments: Establishment[],
  scale: number,
  tuning: MentorTuning,
  horizon: Horizon,
): { data: MentorData; counted: Map<string, number> } {
  const mentors: Mentor[] = [];
  const links: MentorLink[] = [];
  const linksByMentor = new Map<Mentor, MentorLink[]>();
  const linksByRec = new Map<Rec, MentorLink[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const newMentor = (on: string): Mentor => {
    const name = personName(random);
    const age = random.int(26, 60);
    const birthDate = random.date(plusDays(monthsLater(on, -12 * (age + 1)), 1), monthsLater(on, -12 * age));
    const mentor: Mentor = {
      key: `M${String(mentors.length + 1).padStart(7, '0')}`,
      firstName: name.firstName,
      lastName: name.lastName,
      nationalNumber: nationalNumber(birthDate, mentors.length, name.male),
      birthDate,
    };
    mentors.push(mentor);
    return mentor;
  };
  const linked = new Set<string>();
  const link = (rec: Rec, mentor: Mentor, addedOn: string): MentorLink | null => {
    // A mentor is named on a recognition once (recognition_mentors is unique on the pair).
    const pair = `${rec.idx}|${mentor.key}`;
    if (linked.has(pair)) return null;
    linked.add(pair);
    const l: MentorLink = { rec, mentor, addedOn, removedOn: null, removalReason: null };
    links.push(l);
    push(linksByMentor, mentor, l);
    push(linksByRec, rec, l);
    return l;
  };

  // The establishment's mentor, named on every approved recognition there. Establishments of one
  // enterprise share a mentor where the partnership has fewer mentors than establishments.
  const approvedAt = new Map<Establishment, Rec[]>();
  for (const r of timeline.recs) {
    if (r.outcome !== 'APPROVED') continue;
    const e = r.chain.unit.establishment as Establishment;
    push(approvedAt, e, r);
  }
  // Recognitions filed before the digital counter (before 2018-2019) carry no mentor data unless a
  // later recognition of the establishment names one: the published mentor counts (Tabel 18: 14,836
  // for 14,058 establishments, with 1,497 removals in the year) leave no room for more.
  const mentorOf = new Map<Establishment, Mentor>();
  const sharedShare = new Map<string, number>();
  const coMentorShare = new Map<string, number>();
  for (const [code, f] of Object.entries(PARTNERSHIPS_2022_2023)) {
    sharedShare.set(code, Math.max(0, 1 - f.mentors / Math.max(1, f.establishments)));
    coMentorShare.set(code, Math.min(0.5, Math.max(0, CO_MENTOR_SHARE + 0.25 * (f.mentors / Math.max(1, f.establishments) - 1))));
  }
  for (const e of establishments) {
    const recs = (approvedAt.get(e) ?? []).sort((a, b) => a.submittedOn.localeCompare(b.submittedOn));
    const firstRecorded = recs.findIndex((r) => r.submittedOn >= COUNTER_FROM);
    if (firstRecorded < 0) continue;
    const partnership = partnershipOf(recs[firstRecorded] as Rec);
    const sibling = e.enterprise.establishments.find((x) => x !== e && mentorOf.has(x));
    const fewer = sharedShare.get(partnership) ?? 0;
    // Fewer mentors than establishments (Tabel 18 vs 15): a sibling's mentor, or no mentor data.
    if (!sibling && random.chance(fewer * 1.2)) continue;
    const trim = tuning.trim.get(partnership) ?? 0;
    let mentor: Mentor;
    if (sibling && random.chance(fewer * 1.3)) mentor = mentorOf.get(sibling) as Mentor;
    else if (trim > 0 && random.chance(trim)) {
      if (!sibling) continue;
      mentor = mentorOf.get(sibling) as Mentor;
    } else mentor = newMentor((recs[firstRecorded] as Rec).submittedOn);
    const coMentors = coMentorShare.get(partnership) ?? CO_MENTOR_SHARE;
    mentorOf.set(e, mentor);
    for (const r of recs.slice(firstRecorded)) {
      link(r, mentor, r.submittedOn);
      // A second mentor on some recognitions filed since mentor training became mandatory.
      if (r.submittedOn >= MENTOR_TRAINING_FROM && r.kind !== 'DUPLICATE' && random.chance(coMentors)) link(r, newMentor(r.submittedOn), r.submittedOn);
    }
  }

  const trainings = followUpTrainings(links);
  const hasLink = (pair: string) => linked.has(pair);
  const markLink = (pair: string) => linked.add(pair);

  /**
   * K10 (Tabel 19): 4,396 mentors due in 2022-2023. When fewer follow-ups have their deadline in
   * that year, a second mentor on recognitions whose follow-up would fall due then, in the
   * partnerships with room left under Tabel 18.
   */
  const ensureDueInReportYear = () => {
    const wanted = Math.ceil(scaled(HEADLINE_2022_2023.mentorsDue, scale) * 1.01) + 2;
    let missing = wanted - trainings.filter((t) => t.deadline !== null && schoolYearOf(t.deadline) === REPORT_YEAR).length;
    if (missing <= 0) return;
    const roomOf = (p: string) => (tuning.room.size === 0 ? 1 : (tuning.room.get(p) ?? 0));
    const most = Math.max(...PARTNERSHIP_KEYS.map(roomOf));
    const candidates = random.shuffle(
      timeline.recs.filter(
        (r) =>
          r.outcome === 'APPROVED' &&
          r.kind !== 'DUPLICATE' &&
          r.submittedOn >= MENTOR_TRAINING_FROM &&
          validInYear(r, REPORT_YEAR) &&
          schoolYearOf(deadlineFor(partnershipOf(r), r.decidedOn as string)) === REPORT_YEAR &&
          roomOf(partnershipOf(r)) > 0,
      ),
    );
    for (const r of candidates) {
      if (missing <= 0) break;
      if (most <= 0 || !random.chance(roomOf(partnershipOf(r)) / most)) continue;
      const mentor = newMentor(r.decidedOn as string);
      if (!link(r, mentor, r.decidedOn as string)) continue;
      trainings.push({
        mentor,
        partnership: partnershipOf(r),
        rec: r,
        status: 'PENDING',
        deadline: deadlineFor(partnershipOf(r), r.decidedOn as string),
        completedOn: null,
        followUpStoppedOn: null,
        location: null,
      });
      missing--;
    }
  };

  const removed = removeMentors(random, links, linksByMentor, linksByRec, trainings, newMentor, link, hasLink, markLink, scale, ensureDueInReportYear, horizon);
  settleTrainingStatuses(random, trainings, removed, horizon.endDate);
  const counted = topUpMentors(random, timeline, links, newMentor, link, scale);
  return { data: { mentors, links, trainings }, counted };
}

const PARTNERSHIP_KEYS = Object.keys(PARTNERSHIPS_2022_2023);

const deadlines = new Map<string, string>();

/** Deadline set by the partnership: 6 or 12 months after the approval, within the legal maximum (cached per day). */
function deadlineFor(partnership: string, approved: string): string {
  const months = SHORT_DEADLINE.has(partnership) ? 6 : 12;
  const key = `${months}|${approved}`;
  let deadline = deadlines.get(key);
  if (deadline === undefined) {
    const latest = latestMentorTrainingDeadline(approved);
    const wanted = monthsLater(approved, months);
    deadlines.set(key, (deadline = wanted < latest ? wanted : latest));
  }
  return deadline;
}

/** One follow-up record per mentor and partnership, for recognitions filed from 1 September 2019. */
function followUpTrainings(links: MentorLink[]): MentorTrainingRecord[] {
  const records = new Map<string, MentorTrainingRecord>();
  const sorted = [...links].sort((a, b) => (a.rec.decidedOn ?? '').localeCompare(b.rec.decidedOn ?? ''));
  for (const l of sorted) {
    if (l.rec.submittedOn < MENTOR_TRAINING_FROM || l.rec.kind === 'DUPLICATE' || !l.rec.decidedOn) continue;
    const partnership = partnershipOf(l.rec);
    const key = `${l.mentor.key}|${partnership}`;
    if (records.has(key)) continue;
    const approved = l.addedOn > (l.rec.decidedOn as string) ? l.addedOn : (l.rec.decidedOn as string);
    records.set(key, {
      mentor: l.mentor,
      partnership,
      rec: l.rec,
      status: 'PENDING',
      deadline: deadlineFor(partnership, approved),
      completedOn: null,
      followUpStoppedOn: null,
      location: null,
    });
  }
  return [...records.values()];
}

/** Shares at the deadline: Tabel 19 for 2022-2023, lower compliance in the COVID years. */
function shares(year: string): { completed: number; exempt: number; notCompleted: number; stopped: number } {
  const h = HEADLINE_2022_2023;
  if (year === '2020-2021') return { completed: 0.48, exempt: 0.05, notCompleted: 0.44, stopped: 0.03 };
  if (year === '2021-2022') return { completed: 0.52, exempt: 0.05, notCompleted: 0.4, stopped: 0.03 };
  return {
    completed: h.mentorsCompleted / h.mentorsDue,
    exempt: h.mentorsExempt / h.mentorsDue,
    notCompleted: h.mentorsNotCompleted / h.mentorsDue,
    stopped: h.mentorsFollowUpStopped / h.mentorsDue,
  };
}

type DeadlineClass = 'completed' | 'exempt' | 'notCompleted' | 'stopped';

/**
 * Decides who is in order at a deadline of the year. 2022-2023 exactly as Tabel 19: 4,396 mentors
 * due; the others of that year had followed the training before (not followed up).
 */
function classify(
  random: Random,
  trainings: MentorTrainingRecord[],
  year: string,
  scale: number,
  removable: (t: MentorTrainingRecord) => boolean,
  endDate: string,
): void {
  // Deadlines still ahead on the end date stay pending.
  const list = random.shuffle(trainings.filter((t) => t.deadline && t.deadline < endDate && !classesCache.has(t) && schoolYearOf(t.deadline) === year));
  let counts: number[];
  if (year === REPORT_YEAR) {
    const h = HEADLINE_2022_2023;
    for (const t of list.splice(scaled(h.mentorsDue, scale))) {
      t.status = 'NOT_APPLICABLE';
      t.deadline = null;
    }
    counts = [scaled(h.mentorsExempt, scale), scaled(h.mentorsNotCompleted, scale), scaled(h.mentorsFollowUpStopped, scale)];
  } else {
    // Not completed at the deadline: at least the removals for training not followed that Tabel 20
    // publishes for the year (plus a tenth: not every one can be removed in the year).
    const s = shares(year);
    const removals = scaled(MENTOR_REMOVALS_BY_YEAR[year]?.TRAINING_NOT_FOLLOWED ?? 0, scale);
    const exempt = Math.round(list.length * s.exempt);
    const stopped = Math.round(list.length * s.stopped);
    const notCompleted = Math.min(list.length - exempt - stopped, Math.max(Math.round(list.length * s.notCompleted), Math.ceil(removals * 1.1)));
    // Those who can still be removed in the year are the ones the removals need: they come first.
    const first = list.filter(removable);
    const rest = list.filter((t) => !removable(t));
    const notInOrder = [...first, ...rest].slice(0, notCompleted);
    for (const t of notInOrder) classesCache.set(t, 'notCompleted');
    const others = random.shuffle(list.filter((t) => !classesCache.has(t)));
    others.forEach((t, k) => classesCache.set(t, k < exempt ? 'exempt' : k < exempt + stopped ? 'stopped' : 'completed'));
    return;
  }
  let i = 0;
  (['exempt', 'notCompleted', 'stopped'] as const).forEach((cls, k) => {
    for (let n = 0; n < (counts[k] ?? 0) && i < list.length; n++) classesCache.set(list[i++] as MentorTrainingRecord, cls);
  });
  for (; i < list.length; i++) classesCache.set(list[i] as MentorTrainingRecord, 'completed');
}

let classesCache = new Map<MentorTrainingRecord, DeadlineClass>();

/**
 * Removals per reason and school year (Tabel 20): "training not followed" falls on mentors not in
 * order at their deadline, 20–150 days after it; the other reasons on any mentor in place. A
 * successor is named where a still-valid recognition would be left without mentor.
 */
function removeMentors(
  random: Random,
  links: MentorLink[],
  linksByMentor: Map<Mentor, MentorLink[]>,
  linksByRec: Map<Rec, MentorLink[]>,
  trainings: MentorTrainingRecord[],
  newMentor: (on: string) => Mentor,
  link: (rec: Rec, mentor: Mentor, addedOn: string) => MentorLink | null,
  hasLink: (pair: string) => boolean,
  markLink: (pair: string) => void,
  scale: number,
  beforeReportYear: () => void,
  horizon: Horizon,
): Set<MentorTrainingRecord> {
  classesCache = new Map();
  const recordKeys = new Set(trainings.map((t) => `${t.mentor.key}|${t.partnership}`));
  const removedRecords = new Set<MentorTrainingRecord>();
  const removedMentors = new Set<Mentor>();
  const years = yearsFrom(horizon, '2016-2017');
  const removeOn = (mentor: Mentor, partnership: string | null, day: string, reason: MentorRemovalReason): boolean => {
    const active = (linksByMentor.get(mentor) ?? []).filter(
      (l) => l.removedOn === null && l.addedOn < day && (partnership === null || partnershipOf(l.rec) === partnership) && isValidOn(l.rec, day),
    );
    if (active.length === 0) return false;
    for (const l of active) {
      l.removedOn = day;
      l.removalReason = reason;
      // A successor for the recognitions still valid after the removal.
      const others = (linksByRec.get(l.rec) ?? []).some((o) => o.mentor !== mentor && o.removedOn === null);
      if (!others) {
        const successor = successorFor(mentor, day);
        link(l.rec, successor, day);
        // The successor is followed up too, with the longest deadline the rules allow.
        const key = `${successor.key}|${partnershipOf(l.rec)}`;
        if (l.rec.submittedOn >= MENTOR_TRAINING_FROM && !recordKeys.has(key)) {
          recordKeys.add(key);
          trainings.push({
            mentor: successor,
            partnership: partnershipOf(l.rec),
            rec: l.rec,
            status: 'PENDING',
            deadline: latestMentorTrainingDeadline(day),
            completedOn: null,
            followUpStoppedOn: null,
            location: null,
          });
        }
      }
    }
    // Recognitions filed after the removal name the successor instead.
    for (const l of linksByMentor.get(mentor) ?? []) {
      if (l.addedOn < day || l.removedOn !== null) continue;
      if (partnership !== null && partnershipOf(l.rec) !== partnership) continue;
      const successor = successorFor(mentor, day);
      const pair = `${l.rec.idx}|${successor.key}`;
      if (hasLink(pair)) continue;
      l.mentor = successor;
      markLink(pair);
      (linksByMentor.get(successor) ?? linksByMentor.set(successor, []).get(successor))!.push(l);
    }
    linksByMentor.set(mentor, (linksByMentor.get(mentor) ?? []).filter((l) => l.mentor === mentor));
    removedMentors.add(mentor);
    return true;
  };
  // One successor takes over all recognitions of the removed mentor (an enterprise's shared mentor
  // is replaced by one person, not one per establishment).
  const successors = new Map<Mentor, Mentor>();
  const successorFor = (removedMentor: Mentor, day: string): Mentor => {
    let m = successors.get(removedMentor);
    if (!m || removedMentors.has(m)) successors.set(removedMentor, (m = newMentor(day)));
    return m;
  };

  for (const year of years) {
    if (year === REPORT_YEAR) beforeReportYear();
    // Removable in the year: the mentor is still named on a recognition of the partnership, valid
    // 20 days after the deadline (or on the first day of the year), and that day lies in the year.
    const yearStart = schoolYearStart(year);
    const yearEnd = lastDayIn(horizon, year);
    const removable = (t: MentorTrainingRecord) => {
      const after = plusDays(t.deadline as string, 20);
      const day = after > yearStart ? after : yearStart;
      if (day > yearEnd || removedMentors.has(t.mentor)) return false;
      return (linksByMentor.get(t.mentor) ?? []).some((l) => l.removedOn === null && l.addedOn < day && partnershipOf(l.rec) === t.partnership && isValidOn(l.rec, day));
    };
    classify(random, trainings, year, scale, removable, horizon.endDate);
    const targets = MENTOR_REMOVALS_BY_YEAR[year] ?? extrapolatedRemovals(year);
    const start = schoolYearStart(year);
    const end = yearEnd;
    // The running year: only the removals of the days elapsed.
    const share = elapsedShare(horizon, year);
    for (const [reason, published] of Object.entries(targets) as [MentorRemovalReason, number][]) {
      const wanted = scaled(published * share, scale);
      let done = 0;
      if (reason === 'TRAINING_NOT_FOLLOWED') {
        const candidates = trainings.filter(
          (t) => classesCache.get(t) === 'notCompleted' && !removedRecords.has(t) && t.deadline && plusDays(t.deadline, 20) <= end && plusDays(t.deadline, 150) >= start,
        );
        for (const t of random.shuffle(candidates)) {
          if (done >= wanted) break;
          const from = plusDays(t.deadline as string, 20) > start ? plusDays(t.deadline as string, 20) : start;
          const to = plusDays(t.deadline as string, 150) < end ? plusDays(t.deadline as string, 150) : end;
          if (removedMentors.has(t.mentor)) continue;
          // On a day the mentor is still named on a valid recognition: the first day of the window otherwise.
          if (!removeOn(t.mentor, t.partnership, random.date(from, to), reason) && !removeOn(t.mentor, t.partnership, from, reason)) continue;
          removedRecords.add(t);
          done++;
        }
      } else {
        for (let attempt = 0; attempt < wanted * 30 && done < wanted; attempt++) {
          const l = links[random.int(0, links.length - 1)] as MentorLink;
          if (removedMentors.has(l.mentor)) continue;
          if (removeOn(l.mentor, null, random.date(start, end), reason)) done++;
        }
      }
    }
  }
  return removedRecords;
}

function extrapolatedRemovals(year: string): Record<string, number> {
  if (year < '2019-2020') return { INSUFFICIENT_AVAILABILITY: year === '2018-2019' ? 120 : 40, INSUFFICIENT_EXPERIENCE: 2 };
  return { TRAINING_NOT_FOLLOWED: 1300, INSUFFICIENT_AVAILABILITY: 80, INSUFFICIENT_EXPERIENCE: 4, TASKS_NOT_FULFILLED: 4, INSUFFICIENT_AGE: 1 };
}

function isValidOn(r: Rec, day: string): boolean {
  return r.outcome === 'APPROVED' && (r.validFrom as string) <= day && day <= (r.validTo as string) && !(r.end && r.end.on <= day);
}

/** Status and dates as they stand on the end date, consistent with the class at the deadline. */
function settleTrainingStatuses(random: Random, trainings: MentorTrainingRecord[], removed: Set<MentorTrainingRecord>, endDate: string): void {
  for (const t of trainings) {
    if (t.status === 'NOT_APPLICABLE' || !t.deadline) continue;
    const cls = classesCache.get(t);
    // Not before the mentor was named: a successor is named long after the approval.
    const named = monthsLater(t.deadline, -12);
    const approved = (t.rec.decidedOn as string) > named ? (t.rec.decidedOn as string) : named;
    if (!cls) {
      t.status = 'PENDING';
      if (random.chance(0.4)) {
        const done = random.date(approved < endDate ? approved : endDate, endDate);
        t.status = random.chance(0.8) ? 'COMPLETED_SECTOR' : 'COMPLETED_ELSEWHERE';
        t.completedOn = done;
      }
      continue;
    }
    const before = (from: string) => random.date(from < t.deadline! ? from : t.deadline!, t.deadline as string);
    switch (cls) {
      case 'completed':
        t.status = random.chance(0.8) ? 'COMPLETED_SECTOR' : 'COMPLETED_ELSEWHERE';
        t.completedOn = before(approved);
        t.location = t.status === 'COMPLETED_SECTOR' ? 'Opleiding bij de sector' : 'Externe opleidingsverstrekker';
        break;
      case 'exempt':
        t.status = 'EXEMPT';
        t.completedOn = before(approved);
        break;
      case 'stopped':
        t.status = 'FOLLOW_UP_STOPPED';
        t.followUpStoppedOn = before(approved);
        break;
      case 'notCompleted': {
        // Some follow the training late; the ones removed stay "not completed".
        const late = !removed.has(t) && random.chance(0.35) ? random.date(plusDays(t.deadline, 1), plusDays(t.deadline, 200) < endDate ? plusDays(t.deadline, 200) : endDate) : null;
        t.status = late ? 'COMPLETED_SECTOR' : 'NOT_COMPLETED';
        t.completedOn = late;
        break;
      }
    }
  }
}

/**
 * K9 (Tabel 18): co-mentors on recognitions filed before 1 September 2019 and valid in 2022-2023
 * (no training follow-up applies to them) until each partnership has its published number.
 */
function topUpMentors(
  random: Random,
  timeline: Timeline,
  links: MentorLink[],
  newMentor: (on: string) => Mentor,
  link: (rec: Rec, mentor: Mentor, addedOn: string) => MentorLink | null,
  scale: number,
): Map<string, number> {
  const start = schoolYearStart(REPORT_YEAR);
  const end = schoolYearEnd(REPORT_YEAR);
  const counted = new Map<string, Set<Mentor>>();
  for (const l of links) {
    const r = l.rec;
    if (!validInYear(r, REPORT_YEAR)) continue;
    const first = (r.validFrom as string) > start ? (r.validFrom as string) : start;
    const last = [end, r.validTo as string, r.end ? plusDays(r.end.on, -1) : end].sort()[0] as string;
    if (l.addedOn > last || (l.removedOn !== null && l.removedOn <= first)) continue;
    const p = partnershipOf(r);
    let set = counted.get(p);
    if (!set) counted.set(p, (set = new Set()));
    set.add(l.mentor);
  }
  const older = new Map<string, Rec[]>();
  for (const r of timeline.recs) {
    // No follow-up applies (filed before 1 September 2019), or its deadline lies after 2022-2023.
    if (r.kind === 'DUPLICATE' || (r.submittedOn >= MENTOR_TRAINING_FROM && r.submittedOn < start) || !validInYear(r, REPORT_YEAR)) continue;
    const list = older.get(partnershipOf(r));
    if (list) list.push(r);
    else older.set(partnershipOf(r), [r]);
  }
  for (const [p, f] of Object.entries(PARTNERSHIPS_2022_2023)) {
    const missing = scaled(f.mentors, scale) - (counted.get(p)?.size ?? 0);
    const pool = random.shuffle(older.get(p) ?? []);
    // A small partnership with many mentors per recognition (Chemie: 234 for 192) names several.
    for (let k = 0; k < missing && pool.length > 0; k++) {
      const r = pool[k % pool.length] as Rec;
      link(r, newMentor(r.submittedOn), r.submittedOn);
    }
  }
  return new Map([...counted].map(([p, set]) => [p, set.size]));
}
