import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { isSchoolYear, schoolYearEnd, schoolYearOf, schoolYearStart, type Level, type Province, type SizeClass, type System } from '@duaal/shared';
import type { Db } from '../../db/client.js';
import {
  agreements,
  enrolments,
  enterpriseJointCommittees,
  enterprises,
  establishments,
  jointCommitteeAssignments,
  municipalities,
  partnerships,
  recognitions,
  trainingEquivalences,
  trainingProviders,
  trainings,
} from '../../db/schema/index.js';
import type { Actor } from '../auth/actor.js';
import { enterpriseOfPartnership, scopeCondition } from '../records/access.js';
import { badUserInput, notFound } from '../records/errors.js';
import { allOf, municipalityMatches, oneOf } from '../records/filters.js';
import { aliased } from '../records/sql-alias.js';
import { PROSPECT_WEIGHTS as W, type ProspectReasonCode } from './prospect-weights.js';

/*
 * The radar's ranked prospect list (K17 prospecting, docs/prospects.md): enterprises to approach
 * for a training in a region, each with the signals that put it where it is, strongest first.
 * Who is on the list is one SQL condition (prospectRankingCondition); the signals are read for
 * those enterprises in a few grouped queries and scored here with the weights of
 * prospect-weights.ts; the whole list is ranked, then one page is cut from it, so every page and
 * the export follow one order.
 */

export interface ProspectRankingFilter {
  trainingCode: string;
  /** The reference day is the school year's last day when that lies before today. */
  schoolYear?: string | null;
  provinces?: readonly Province[] | null;
  municipalities?: readonly string[] | null;
  /** Partnership code: enterprises with a PC number assigned to it. */
  partnership?: string | null;
  jointCommittees?: readonly string[] | null;
  systems?: readonly System[] | null;
  levels?: readonly Level[] | null;
}

export const PROSPECT_SORTS = ['SCORE', 'NAME', 'MUNICIPALITY'] as const;
export type ProspectSort = (typeof PROSPECT_SORTS)[number];

export interface ProspectReason {
  kind: ProspectReasonCode;
  points: number;
  /** AGREEMENTS: agreements started; PROVIDER_*: learners enrolled. */
  count: number | null;
  /** AGREEMENTS: school year of the latest start; *_EARLIER: school year of the last valid day. */
  schoolYear: string | null;
  /** RELATED_*: the related training(s), by name. */
  trainingNames: string[];
  /** PROVIDER_*: the municipality or province; SIZE: the size class. */
  place: string | null;
  sizeClass: SizeClass | null;
  /** COVERING_PARTNERSHIP, JOINT_COMMITTEE: the PC numbers and their partnership. */
  jointCommitteeCodes: string[];
  partnershipName: string | null;
}

export interface ProspectRow {
  enterpriseId: number;
  name: string;
  kboNumber: string;
  sizeClass: SizeClass;
  jointCommitteeCodes: string[];
  /** Municipalities of its open establishments in the region, alphabetical. */
  municipalities: string[];
  score: number;
  reasons: ProspectReason[];
}

export interface ProspectPage {
  totalCount: number;
  offset: number;
  rows: ProspectRow[];
  trainingName: string;
  referenceDay: string;
}

const [pEjc, pEjcFrom] = aliased(enterpriseJointCommittees, 'p_ejc');
const [pJca, pJcaFrom] = aliased(jointCommitteeAssignments, 'p_jca');
const [pEst, pEstFrom] = aliased(establishments, 'p_est');
const [pRec, pRecFrom] = aliased(recognitions, 'p_rec');
const [pEst2, pEst2From] = aliased(establishments, 'p_est2');
const [pPar, pParFrom] = aliased(partnerships, 'p_par');

interface Context {
  db: Db;
  actor: Actor;
  today: string;
}

const validOn = (day: string) =>
  sql`${recognitions.approvedOn} is not null and ${recognitions.validFrom} <= ${day} and ${recognitions.validTo} >= ${day} and (${recognitions.endedOn} is null or ${recognitions.endedOn} > ${day})`;

/** The training, its handling partnerships (with their number of recognitions) and its related trainings. */
function trainingFacts(db: Db, code: string) {
  const training = db.select().from(trainings).where(eq(trainings.code, code)).get();
  if (!training) throw notFound(`prospectRanking: filter.trainingCode: no training with code "${code}"`);
  const handling = db
    .select({ id: recognitions.handlingPartnershipId, n: sql<number>`count(*)` })
    .from(recognitions)
    .where(eq(recognitions.trainingId, training.id))
    .groupBy(recognitions.handlingPartnershipId)
    .all();
  const most = Math.max(0, ...handling.map((h) => h.n));
  const covering = handling.filter((h) => h.n === most).map((h) => h.id);
  // Related: the counter's equivalences either way (Leren en Werken ↔ duaal, secondary ↔ adult), a
  // training of the same name in another system or level, and a training of the same study area.
  const equivalent = db
    .select({ from: trainingEquivalences.fromTrainingId, to: trainingEquivalences.toTrainingId })
    .from(trainingEquivalences)
    .where(or(eq(trainingEquivalences.fromTrainingId, training.id), eq(trainingEquivalences.toTrainingId, training.id)))
    .all()
    .map((e) => (e.from === training.id ? e.to : e.from));
  const similar = db
    .select({ id: trainings.id })
    .from(trainings)
    .where(training.studyArea ? or(eq(trainings.nameNl, training.nameNl), eq(trainings.studyArea, training.studyArea)) : eq(trainings.nameNl, training.nameNl))
    .all()
    .map((t) => t.id);
  const related = new Set([...equivalent, ...similar]);
  related.delete(training.id);
  return { training, handlingIds: handling.map((h) => h.id), covering, related };
}

/**
 * Who is on the list: open enterprises the actor may see, with a PC number assigned (on the reference
 * day) to a partnership that handles recognitions of the training, an open establishment in the
 * region, and no recognition for this training valid on the reference day (they are workplaces
 * already). A recognition for another training does not keep an enterprise off the list: it is a
 * reason to rank it higher when that training is related.
 */
function prospectRankingCondition(ctx: Context, filter: ProspectRankingFilter, trainingId: number, handlingIds: number[], day: string) {
  return (t: typeof enterprises): SQL => {
    const inRegion = municipalityMatches(pEst.municipalityNisCode, filter);
    const pcFits = allOf([
      sql`${pJca.validFrom} <= ${day} and (${pJca.validTo} is null or ${pJca.validTo} >= ${day})`,
      handlingIds.length ? inArray(pJca.partnershipId, handlingIds) : sql`0 = 1`,
      filter.partnership ? sql`${pJca.partnershipId} in (select ${pPar.id} from ${pParFrom} where ${pPar.code} = ${filter.partnership})` : undefined,
    ]);
    // Semi-joins on subqueries that do not refer to the outer row: SQLite evaluates each once per
    // statement, starting from the region's establishments, instead of probing every enterprise.
    return allOf([
      sql`${t.id} in (select ${pEst.enterpriseId} from ${pEstFrom} where (${pEst.closedOn} is null or ${pEst.closedOn} > ${day}) and ${inRegion ?? sql`1 = 1`})`,
      sql`${t.id} in (select ${pEjc.enterpriseId} from ${pEjcFrom} where ${oneOf(pEjc.jointCommitteeCode, filter.jointCommittees) ?? sql`1 = 1`}
        and ${pEjc.jointCommitteeCode} in (select ${pJca.jointCommitteeCode} from ${pJcaFrom} where ${pcFits}))`,
      sql`(${t.closedOn} is null or ${t.closedOn} > ${day})`,
      sql`${t.id} not in (select ${pEst2.enterpriseId} from ${pRecFrom} join ${pEst2From} on ${pEst2.id} = ${pRec.establishmentId}
        where (${pRec.trainingId} = ${trainingId} or ${pRec.adultTrainingId} = ${trainingId})
          and ${pRec.approvedOn} is not null and ${pRec.validFrom} <= ${day} and ${pRec.validTo} >= ${day}
          and (${pRec.endedOn} is null or ${pRec.endedOn} > ${day}))`,
      scopeCondition(ctx, t, enterpriseOfPartnership),
    ]);
  };
}

const SIZE_POINTS: Partial<Record<SizeClass, number>> = { LARGE: W.SIZE_LARGE, MEDIUM: W.SIZE_MEDIUM };

function reason(kind: ProspectReasonCode, points: number, more: Partial<ProspectReason> = {}): ProspectReason {
  return { kind, points, count: null, schoolYear: null, trainingNames: [], place: null, sizeClass: null, jointCommitteeCodes: [], partnershipName: null, ...more };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The ranked list of every prospect (all rows; `prospectPage` cuts a page from it). */
export function rankProspects(ctx: Context, filter: ProspectRankingFilter) {
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
  // The candidates' ids as one JSON parameter: the signal queries start from them.
  const ids = sql`(select value from json_each(${JSON.stringify(candidates.map((c) => c.id))}))`;

  // PC numbers with the partnership they are assigned to on the reference day.
  const pcs = db
    .select({ enterpriseId: enterpriseJointCommittees.enterpriseId, code: enterpriseJointCommittees.jointCommitteeCode, partnershipId: jointCommitteeAssignments.partnershipId, partnershipName: partnerships.nameNl })
    .from(enterpriseJointCommittees)
    .leftJoin(
      jointCommitteeAssignments,
      and(eq(jointCommitteeAssignments.jointCommitteeCode, enterpriseJointCommittees.jointCommitteeCode), sql`${jointCommitteeAssignments.validFrom} <= ${day} and (${jointCommitteeAssignments.validTo} is null or ${jointCommitteeAssignments.validTo} >= ${day})`),
    )
    .leftJoin(partnerships, eq(partnerships.id, jointCommitteeAssignments.partnershipId))
    .where(sql`${enterpriseJointCommittees.enterpriseId} in ${ids}`)
    .all();

  // Open establishments in the region, with their municipality and province.
  const inRegion = municipalityMatches(establishments.municipalityNisCode, filter);
  const sites = db
    .select({ enterpriseId: establishments.enterpriseId, nis: municipalities.nisCode, municipality: municipalities.nameNl, province: municipalities.provinceCode })
    .from(establishments)
    .innerJoin(municipalities, eq(municipalities.nisCode, establishments.municipalityNisCode))
    .where(allOf([sql`${establishments.enterpriseId} in ${ids}`, sql`(${establishments.closedOn} is null or ${establishments.closedOn} > ${day})`, inRegion]))
    .all();

  // Approved recognitions of this training or a related one, up to the reference day; a revoked
  // one is no reason to come back (the partnership withdrew it), an expired or stopped one is.
  const wanted = [training.id, ...facts.related];
  const recs = db
    .select({
      enterpriseId: establishments.enterpriseId,
      trainingId: recognitions.trainingId,
      adultTrainingId: recognitions.adultTrainingId,
      validTo: recognitions.validTo,
      endedOn: recognitions.endedOn,
      status: recognitions.status,
      valid: sql<number>`${validOn(day)}`,
    })
    .from(recognitions)
    .innerJoin(establishments, eq(establishments.id, recognitions.establishmentId))
    .where(
      allOf([
        sql`${establishments.enterpriseId} in ${ids}`,
        sql`${recognitions.approvedOn} is not null and ${recognitions.approvedOn} <= ${day}`,
        or(inArray(recognitions.trainingId, wanted), inArray(recognitions.adultTrainingId, wanted)),
        sql`not (${recognitions.status} = 'REVOKED' and ${recognitions.endedOn} <= ${day})`,
      ]),
    )
    .all();
  const names = new Map(db.select({ id: trainings.id, name: trainings.nameNl }).from(trainings).where(inArray(trainings.id, wanted)).all().map((r) => [r.id, r.name]));

  // Agreements started up to the reference day (not cancelled before the start), any training.
  const deals = db
    .select({ enterpriseId: establishments.enterpriseId, n: sql<number>`count(*)`, last: sql<string>`max(${agreements.startOn})` })
    .from(agreements)
    .innerJoin(establishments, eq(establishments.id, agreements.establishmentId))
    .where(allOf([sql`${establishments.enterpriseId} in ${ids}`, sql`${agreements.startOn} <= ${day}`, sql`${agreements.status} not in ('NOT_STARTED', 'CANCELLED')`]))
    .groupBy(establishments.enterpriseId)
    .all();

  // Learners enrolled in this training in the school year (1 February), by the provider's
  // municipality. The enrolment data covers the dual trainings only: for a training without any
  // enrolment that year, the learners with an agreement in it running in the school year, by the
  // provider that placed them, stand in for them.
  const demandFrom = (learners: SQL, from: 'enrolments' | 'agreements') => {
    const q = db
      .select({ nis: municipalities.nisCode, municipality: municipalities.nameNl, province: municipalities.provinceCode, learners: sql<number>`${learners}`.mapWith(Number) })
      .from(from === 'enrolments' ? enrolments : agreements);
    return from === 'enrolments'
      ? q
          .innerJoin(trainingProviders, eq(trainingProviders.id, enrolments.providerId))
          .innerJoin(municipalities, eq(municipalities.nisCode, trainingProviders.municipalityNisCode))
          .where(and(eq(enrolments.trainingId, training.id), eq(enrolments.schoolYear, year), sql`${enrolments.learners} > 0`))
          .groupBy(municipalities.nisCode)
          .all()
      : q
          .innerJoin(trainingProviders, eq(trainingProviders.id, agreements.providerId))
          .innerJoin(municipalities, eq(municipalities.nisCode, trainingProviders.municipalityNisCode))
          .where(
            allOf([
              eq(agreements.trainingId, training.id),
              sql`${agreements.status} not in ('NOT_STARTED', 'CANCELLED')`,
              sql`${agreements.startOn} <= ${schoolYearEnd(year)}`,
              sql`coalesce(${agreements.actualEndOn}, ${agreements.plannedEndOn}) >= ${schoolYearStart(year)}`,
            ]),
          )
          .groupBy(municipalities.nisCode)
          .all();
  };
  const enrolled = demandFrom(sql`sum(${enrolments.learners})`, 'enrolments');
  const demand = enrolled.length > 0 ? enrolled : demandFrom(sql`count(distinct ${agreements.learnerPseudonym})`, 'agreements');
  const demandByNis = new Map(demand.map((d) => [d.nis, d]));
  const demandByProvince = new Map<string, number>();
  for (const d of demand) demandByProvince.set(d.province, (demandByProvince.get(d.province) ?? 0) + d.learners);

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

// Paging through the list (and its export, 200 rows a request) asks for the same ranking again and
// again: it is kept per connection, for the same filter, scope and day, until the data change
// (PRAGMA data_version moves on another connection's commit, total_changes() on our own writes).
const RANKED_KEPT = 16;
const rankedCache = new WeakMap<object, Map<string, { stamp: string; ranked: ReturnType<typeof rankProspects> }>>();

function dataStamp(db: Db): string {
  const changes = (db.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;
  return `${db.sqlite.pragma('data_version', { simple: true }) as number}:${changes}`;
}

function rankedOnce(ctx: Context, filter: ProspectRankingFilter) {
  const { db, actor, today } = ctx;
  let cache = rankedCache.get(db.sqlite);
  if (!cache) rankedCache.set(db.sqlite, (cache = new Map()));
  const key = JSON.stringify([actor.role, actor.partnershipId ?? null, today, filter]);
  const stamp = dataStamp(db);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.ranked;
  const ranked = rankProspects(ctx, filter);
  cache.delete(key);
  cache.set(key, { stamp, ranked });
  if (cache.size > RANKED_KEPT) cache.delete(cache.keys().next().value!);
  return ranked;
}

/** Ties are broken by name, then enterprise number, so the order (and each page) is stable. */
function compare(sort: ProspectSort, dir: 1 | -1) {
  const tie = (a: ProspectRow, b: ProspectRow) => byText(a.name, b.name) || byText(a.kboNumber, b.kboNumber);
  switch (sort) {
    case 'SCORE':
      return (a: ProspectRow, b: ProspectRow) => dir * (a.score - b.score) || tie(a, b);
    case 'NAME':
      return (a: ProspectRow, b: ProspectRow) => dir * tie(a, b);
    case 'MUNICIPALITY':
      return (a: ProspectRow, b: ProspectRow) => dir * byText(a.municipalities[0] ?? '', b.municipalities[0] ?? '') || tie(a, b);
  }
}

/** One page of the ranked list: by score (strongest first) unless another sort is asked. */
export function prospectPage(
  ctx: Context,
  args: { filter: ProspectRankingFilter; sort?: ProspectSort | null; direction?: 'ASC' | 'DESC' | null; limit: number; offset: number },
): ProspectPage {
  const sort = args.sort ?? 'SCORE';
  // Score reads strongest first by default; name and municipality read A→Z.
  const dir = args.direction ? (args.direction === 'ASC' ? 1 : -1) : sort === 'SCORE' ? -1 : 1;
  const ranked = rankedOnce(ctx, args.filter);
  const rows = [...ranked.rows].sort(compare(sort, dir));
  return { totalCount: rows.length, offset: args.offset, rows: rows.slice(args.offset, args.offset + args.limit), trainingName: ranked.trainingName, referenceDay: ranked.referenceDay };
}
