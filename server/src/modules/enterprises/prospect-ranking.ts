import { isSchoolYear, schoolYearEnd, schoolYearOf, type SizeClass } from '@duaal/shared';
import { enterprises } from '../../db/schema/index.js';
import { badUserInput } from '../records/errors.js';
import { prospectRankingCondition, trainingFacts } from './prospect-candidates.js';
import { prospectSignals } from './prospect-signals.js';
import type { ProspectContext, ProspectRankingFilter, ProspectReason, ProspectRow } from './prospect-types.js';
import { PROSPECT_WEIGHTS as W, type ProspectReasonCode } from './prospect-weights.js';

// Scoring: candidates (prospect-candidates.ts) → signals (prospect-signals.ts) → reasons and score.

const SIZE_POINTS: Partial<Record<SizeClass, number>> = { LARGE: W.SIZE_LARGE, MEDIUM: W.SIZE_MEDIUM };

function reason(kind: ProspectReasonCode, points: number, more: Partial<ProspectReason> = {}): ProspectReason {
  return { kind, points, count: null, schoolYear: null, trainingNames: [], place: null, sizeClass: null, jointCommitteeCodes: [], partnershipName: null, ...more };
}

export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ranked list of every prospect (all rows; `prospectPage` cuts a page from it). */
export function rankProspects(ctx: ProspectContext, filter: ProspectRankingFilter) {
  const { db, today } = ctx;
  const year = filter.schoolYear ?? schoolYearOf(today);
  if (!isSchoolYear(year)) throw badUserInput(`prospectRanking: filter.schoolYear "${year}" is not a school year such as 2024-2025`);
  const day = schoolYearEnd(year) < today ? schoolYearEnd(year) : today;
  const facts = trainingFacts(db, filter.trainingCode);
  const { training } = facts;
  const empty = { rows: [] as ProspectRow[], trainingName: training.nameNl, referenceDay: day };
  // The training itself must pass the system and level filters; otherwise nothing is asked for it.
  if ((filter.systems?.length && !filter.systems.includes(training.system)) || (filter.levels?.length && !filter.levels.includes(training.level))) return empty;

  const condition = prospectRankingCondition(ctx, filter, training.id, facts.handlingIds, day);
  const candidates = db
    .select({ id: enterprises.id, name: enterprises.name, kboNumber: enterprises.kboNumber, sizeClass: enterprises.sizeClass })
    .from(enterprises)
    .where(condition(enterprises))
    .all();
  if (candidates.length === 0) return empty;
  const { pcs, sites, recs, names, deals, demandByNis, demandByProvince } = prospectSignals(db, { facts, filter, year, day, candidateIds: candidates.map((c) => c.id) });

  const group = <T extends { enterpriseId: number }>(rows: T[]) => {
    const out = new Map<number, T[]>();
    for (const r of rows) {
      const list = out.get(r.enterpriseId);
      if (list) list.push(r);
      else out.set(r.enterpriseId, [r]);
    }
    return out;
  };
  const pcsOf = group(pcs);
  const sitesOf = group(sites);
  const recsOf = group(recs);
  const dealsOf = new Map(deals.map((d) => [d.enterpriseId, d]));
  const handling = new Set(facts.handlingIds);
  const covering = new Set(facts.covering);
  const lastYear = (r: { validTo: string | null; endedOn: string | null }) => {
    const end = r.endedOn && (!r.validTo || r.endedOn <= r.validTo) ? r.endedOn : r.validTo;
    return end ? schoolYearOf(end) : null;
  };
  const latest = (years: (string | null)[]) => years.filter((y): y is string => !!y).sort().at(-1) ?? null;

  const rows: ProspectRow[] = candidates.map((e) => {
    const reasons: ProspectReason[] = [];
    const own = recsOf.get(e.id) ?? [];
    const same = own.filter((r) => r.trainingId === training.id || r.adultTrainingId === training.id);
    if (same.length) reasons.push(reason('SAME_TRAINING_EARLIER', W.SAME_TRAINING_EARLIER, { schoolYear: latest(same.map(lastYear)) }));
    const relatedOf = (rs: typeof own) => [...new Set(rs.map((r) => names.get(facts.related.has(r.trainingId) ? r.trainingId : r.adultTrainingId!)!))].sort(byText);
    const related = own.filter((r) => !same.includes(r));
    const relatedNow = related.filter((r) => r.valid);
    const relatedEarlier = related.filter((r) => !r.valid);
    if (relatedNow.length) reasons.push(reason('RELATED_TRAINING_NOW', W.RELATED_TRAINING_NOW, { trainingNames: relatedOf(relatedNow) }));
    else if (relatedEarlier.length)
      reasons.push(reason('RELATED_TRAINING_EARLIER', W.RELATED_TRAINING_EARLIER, { trainingNames: relatedOf(relatedEarlier), schoolYear: latest(relatedEarlier.map(lastYear)) }));

    const ownPcs = pcsOf.get(e.id) ?? [];
    const coveringPcs = ownPcs.filter((p) => p.partnershipId != null && covering.has(p.partnershipId));
    if (coveringPcs.length)
      reasons.push(reason('COVERING_PARTNERSHIP', W.COVERING_PARTNERSHIP, { jointCommitteeCodes: coveringPcs.map((p) => p.code).sort(byText), partnershipName: coveringPcs[0]!.partnershipName }));

    const deal = dealsOf.get(e.id);
    if (deal) reasons.push(reason('AGREEMENTS', W.AGREEMENTS + Math.min(deal.n, W.AGREEMENTS_EXTRA_MAX), { count: deal.n, schoolYear: schoolYearOf(deal.last) }));

    const ownSites = sitesOf.get(e.id) ?? [];
    const near = [...new Set(ownSites.map((s) => s.nis))].map((nis) => demandByNis.get(nis)).filter((d) => d !== undefined);
    if (near.length) {
      const best = near.sort((a, b) => b.learners - a.learners || byText(a.municipality, b.municipality))[0]!;
      reasons.push(reason('PROVIDER_MUNICIPALITY', W.PROVIDER_MUNICIPALITY, { place: best.municipality, count: best.learners }));
    } else {
      const provinces = [...new Set(ownSites.map((s) => s.province))].filter((p) => demandByProvince.has(p)).sort((a, b) => demandByProvince.get(b)! - demandByProvince.get(a)! || byText(a, b));
      if (provinces.length) reasons.push(reason('PROVIDER_PROVINCE', W.PROVIDER_PROVINCE, { place: provinces[0]!, count: demandByProvince.get(provinces[0]!)! }));
    }

    const size = SIZE_POINTS[e.sizeClass];
    if (size) reasons.push(reason('SIZE', size, { sizeClass: e.sizeClass }));

    // Always last: the condition of the list, so every row says why it is there.
    const fitting = ownPcs.filter((p) => p.partnershipId != null && handling.has(p.partnershipId) && !covering.has(p.partnershipId));
    if (fitting.length || !coveringPcs.length)
      reasons.push(reason('JOINT_COMMITTEE', W.JOINT_COMMITTEE, { jointCommitteeCodes: fitting.map((p) => p.code).sort(byText), partnershipName: fitting[0]?.partnershipName ?? null }));

    return {
      enterpriseId: e.id,
      name: e.name,
      kboNumber: e.kboNumber,
      sizeClass: e.sizeClass,
      jointCommitteeCodes: [...new Set(ownPcs.map((p) => p.code))].sort(byText),
      municipalities: [...new Set(ownSites.map((s) => s.municipality))].sort(byText),
      score: reasons.reduce((sum, r) => sum + r.points, 0),
      reasons,
    };
  });
  return { rows, trainingName: training.nameNl, referenceDay: day };
}
