import { and, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.js';
import {
  agreements,
  appeals,
  enterpriseJointCommittees,
  enterprises,
  establishments,
  jointCommitteeAssignments,
  mentorTrainings,
  mentors,
  recognitionMentors,
  recognitions,
} from '../../db/schema/index.js';
import type { Actor } from '../auth/actor.js';
import { aliased } from './sql-alias.js';

/*
 * Who may read which records (DOMAIN.md §5), decided from the authenticated actor only.
 *  - ADMIN, PARTNERSHIP_MEMBER: every record of Flanders.
 *  - SECTOR_STAFF of partnership P: the records of P (see the predicates below).
 *  - POLICYMAKER, anonymous: no records at all (aggregates only).
 * Personal fields are a second, narrower rule: see canReadMentorPersonalData / canReadLearnerPseudonym.
 * Each predicate is written once as SQL and used three ways: to filter lists (RQB `RAW`), to count
 * them (totalCount) and to check one row (node() and any other path to a record type, see canSeeRecord).
 */

export interface RecordContext {
  db: Db;
  actor: Actor;
  /** "Today" of the request (the clock, Europe/Brussels). */
  today: string;
}

/** SECTOR_STAFF scope: the partnership and the PC numbers assigned to it today. */
export interface PartnershipScope {
  partnershipId: number;
  jointCommittees: string[];
}

export type RecordScope = { kind: 'ALL' } | ({ kind: 'PARTNERSHIP' } & PartnershipScope) | { kind: 'NONE' };

const scopes = new WeakMap<object, RecordScope>();

/** The actor's record scope, resolved once per request (ctx). */
export function recordScope(ctx: RecordContext): RecordScope {
  const known = scopes.get(ctx);
  if (known) return known;
  const { actor } = ctx;
  let scope: RecordScope = { kind: 'NONE' };
  if (actor.role === 'ADMIN' || actor.role === 'PARTNERSHIP_MEMBER') scope = { kind: 'ALL' };
  else if (actor.role === 'SECTOR_STAFF' && actor.partnershipId != null) scope = { kind: 'PARTNERSHIP', ...partnershipScope(ctx, actor.partnershipId) };
  scopes.set(ctx, scope);
  return scope;
}

/** Partnership P with the PC numbers assigned to it today: what P follows up. */
export function partnershipScope(ctx: RecordContext, partnershipId: number): PartnershipScope {
  const { today } = ctx;
  const jointCommittees = ctx.db
    .select({ code: jointCommitteeAssignments.jointCommitteeCode })
    .from(jointCommitteeAssignments)
    .where(
      and(
        eq(jointCommitteeAssignments.partnershipId, partnershipId),
        lte(jointCommitteeAssignments.validFrom, today),
        or(isNull(jointCommitteeAssignments.validTo), gte(jointCommitteeAssignments.validTo, today)),
      ),
    )
    .all()
    .map((row) => row.code);
  return { partnershipId, jointCommittees };
}

type Col = SQLiteColumn | SQL.Aliased | SQL;

// Each predicate is a semi-join `column in (select … union …)` on a subquery that does not refer to
// the outer row: SQLite evaluates it once per statement into a temporary index and probes it per
// row, and the subquery itself starts from P's indexed keys (handling partnership, PC number).
// A correlated EXISTS per row instead re-read all of P's recognitions for every enterprise
// (minutes on the demo data). Aliases keep the subqueries unambiguous whatever the outer query
// aliases its table as. The predicates are only ever used positively (filters, `and`, `or`): a
// null key is "not in P" there, as before.
const [vRec, vRecFrom] = aliased(recognitions, 'v_rec');
const [vEjc, vEjcFrom] = aliased(enterpriseJointCommittees, 'v_ejc');
const [vEst, vEstFrom] = aliased(establishments, 'v_est');
const [vEnt, vEntFrom] = aliased(enterprises, 'v_ent');
const [vRm, vRmFrom] = aliased(recognitionMentors, 'v_rm');
const [vMt, vMtFrom] = aliased(mentorTrainings, 'v_mt');
const [vAgr, vAgrFrom] = aliased(agreements, 'v_agr');

const codeIn = (column: Col, codes: string[]) =>
  codes.length === 0 ? sql`1 = 0` : sql`${column} in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`;

/** A recognition belongs to P when P handles it or it reports under P (its PC number is P's today). */
export const recognitionOfPartnership = (t: { handlingPartnershipId: Col; jointCommitteeCode: Col }, p: PartnershipScope) =>
  sql`(${t.handlingPartnershipId} = ${p.partnershipId} or ${codeIn(t.jointCommitteeCode, p.jointCommittees)})`;

/** Ids of P's recognitions (two index searches). */
const recognitionIdsOf = (p: PartnershipScope) =>
  sql`select ${vRec.id} from ${vRecFrom} where ${recognitionOfPartnership(vRec, p)}`;

const recognitionIdOfPartnership = (recognitionId: Col, p: PartnershipScope) => sql`${recognitionId} in (${recognitionIdsOf(p)})`;

/**
 * Ids of the enterprises P follows up: assigned by PC number or declared sector, or with a
 * recognition of P at one of its establishments.
 */
const enterpriseIdsOf = (p: PartnershipScope) =>
  sql`select ${vEnt.id} from ${vEntFrom} where ${vEnt.declaredPartnershipId} = ${p.partnershipId}
    union select ${vEjc.enterpriseId} from ${vEjcFrom} where ${codeIn(vEjc.jointCommitteeCode, p.jointCommittees)}
    union select ${vEst.enterpriseId} from ${vRecFrom} join ${vEstFrom} on ${vEst.id} = ${vRec.establishmentId}
      where ${recognitionOfPartnership(vRec, p)}`;

/** P follows up an enterprise it is assigned by PC number or declared sector, or one with a recognition of P. */
export const enterpriseOfPartnership = (t: { id: Col }, p: PartnershipScope) => sql`${t.id} in (${enterpriseIdsOf(p)})`;

/** The establishments of P's enterprises. */
export const establishmentOfPartnership = (t: { enterpriseId: Col }, p: PartnershipScope) => sql`${t.enterpriseId} in (${enterpriseIdsOf(p)})`;

/** Mentors named on a recognition of P, or followed up by P. */
export const mentorOfPartnership = (t: { id: Col }, p: PartnershipScope) =>
  sql`${t.id} in (select ${vRm.mentorId} from ${vRecFrom} join ${vRmFrom} on ${vRm.recognitionId} = ${vRec.id}
      where ${recognitionOfPartnership(vRec, p)}
    union select ${vMt.mentorId} from ${vMtFrom} where ${vMt.partnershipId} = ${p.partnershipId})`;

/** Agreements report through their recognition. */
export const agreementOfPartnership = (t: { recognitionId: Col }, p: PartnershipScope) => recognitionIdOfPartnership(t.recognitionId, p);

export const appealOfPartnership = (t: { handlingPartnershipId: Col; recognitionId: Col; agreementId: Col }, p: PartnershipScope) =>
  sql`(${t.handlingPartnershipId} = ${p.partnershipId} or ${recognitionIdOfPartnership(t.recognitionId, p)}
    or ${t.agreementId} in (select ${vAgr.id} from ${vAgrFrom} where ${agreementOfPartnership(vAgr, p)}))`;

/** A mentor's link to a recognition, or a training record: shown with the recognition or partnership they belong to. */
export const recognitionMentorOfPartnership = (t: { recognitionId: Col }, p: PartnershipScope) => recognitionIdOfPartnership(t.recognitionId, p);

export const mentorTrainingOfPartnership = (t: { partnershipId: Col; recognitionId: Col }, p: PartnershipScope) =>
  sql`(${t.partnershipId} = ${p.partnershipId} or ${recognitionIdOfPartnership(t.recognitionId, p)})`;

/** The scope of an actor as one SQL condition on table t: true for ALL, false for NONE. */
export function scopeCondition<T>(ctx: RecordContext, t: T, predicate: (t: T, p: PartnershipScope) => SQL): SQL {
  const scope = recordScope(ctx);
  if (scope.kind === 'ALL') return sql`1 = 1`;
  if (scope.kind === 'NONE') return sql`1 = 0`;
  return predicate(t, scope);
}

const RECORD_TABLES = {
  recognitions: { table: recognitions, predicate: recognitionOfPartnership },
  enterprises: { table: enterprises, predicate: enterpriseOfPartnership },
  establishments: { table: establishments, predicate: establishmentOfPartnership },
  mentors: { table: mentors, predicate: mentorOfPartnership },
  agreements: { table: agreements, predicate: agreementOfPartnership },
  appeals: { table: appeals, predicate: appealOfPartnership },
} as const;

export type RecordKind = keyof typeof RECORD_TABLES;

// Per-request memo: a type check runs once per object in a response.
const memo = new WeakMap<object, Map<string, boolean>>();
function remember(key: object, id: string, compute: () => boolean): boolean {
  let map = memo.get(key);
  if (!map) memo.set(key, (map = new Map()));
  const known = map.get(id);
  if (known !== undefined) return known;
  const value = compute();
  map.set(id, value);
  return value;
}

// Per request: the ids of each record kind the actor may see, read once with the kind's predicate.
const visible = new WeakMap<object, Map<RecordKind, Set<number>>>();
function visibleIds(ctx: RecordContext, kind: RecordKind, scope: PartnershipScope): Set<number> {
  let byKind = visible.get(ctx);
  if (!byKind) visible.set(ctx, (byKind = new Map()));
  let ids = byKind.get(kind);
  if (!ids) {
    const { table, predicate } = RECORD_TABLES[kind] as { table: typeof recognitions; predicate: (t: unknown, p: PartnershipScope) => SQL };
    ids = new Set(ctx.db.select({ id: table.id }).from(table).where(predicate(table, scope)).all().map((row) => row.id));
    byKind.set(kind, ids);
  }
  return ids;
}

/**
 * May this actor see record `id` of this kind? Used as the type-level auth check of every record
 * type. A recognition is checked on its own row (its predicate reads only its columns); the other
 * kinds' predicates are semi-joins over all of P's records, so their visible ids are read once per
 * request and every check of that request is a lookup.
 */
export function canSeeRecord(ctx: RecordContext, kind: RecordKind, id: number): boolean {
  const scope = recordScope(ctx);
  if (scope.kind !== 'PARTNERSHIP') return scope.kind === 'ALL';
  if (kind !== 'recognitions') return visibleIds(ctx, kind, scope).has(id);
  return remember(ctx, `${kind}:${id}`, () => {
    const row = ctx.db
      .select({ one: sql<number>`1` })
      .from(recognitions)
      .where(and(eq(recognitions.id, id), recognitionOfPartnership(recognitions, scope)))
      .get();
    return row !== undefined;
  });
}

/**
 * Mentor name, national number and birth date: ADMIN, and SECTOR_STAFF of a partnership that
 * handles a recognition naming the mentor. Not PARTNERSHIP_MEMBER, not staff of the partnership the
 * recognition only reports under.
 */
export function canReadMentorPersonalData(ctx: RecordContext, mentorId: number): boolean {
  return remember(ctx, `mentor-personal:${mentorId}`, () => mentorsWithReadablePersonalData(ctx, [mentorId]).has(mentorId));
}

/** canReadMentorPersonalData for a page of mentors at once (one statement): the ids that may be read. */
export function mentorsWithReadablePersonalData(ctx: RecordContext, mentorIds: readonly number[]): Set<number> {
  if (ctx.actor.role === 'ADMIN') return new Set(mentorIds);
  const scope = recordScope(ctx);
  if (ctx.actor.role !== 'SECTOR_STAFF' || scope.kind !== 'PARTNERSHIP' || mentorIds.length === 0) return new Set();
  const rows = ctx.db
    .selectDistinct({ mentorId: recognitionMentors.mentorId })
    .from(recognitionMentors)
    .innerJoin(recognitions, eq(recognitions.id, recognitionMentors.recognitionId))
    .where(and(inArray(recognitionMentors.mentorId, [...mentorIds]), eq(recognitions.handlingPartnershipId, scope.partnershipId)))
    .all();
  return new Set(rows.map((row) => row.mentorId));
}

/** Learner pseudonym: ADMIN, and SECTOR_STAFF of the partnership handling the agreement's recognition. */
export function canReadLearnerPseudonym(ctx: RecordContext, recognitionId: number | null): boolean {
  if (ctx.actor.role === 'ADMIN') return true;
  const scope = recordScope(ctx);
  if (ctx.actor.role !== 'SECTOR_STAFF' || scope.kind !== 'PARTNERSHIP' || recognitionId == null) return false;
  return remember(ctx, `learner-personal:${recognitionId}`, () => {
    const row = ctx.db
      .select({ one: sql<number>`1` })
      .from(recognitions)
      .where(and(eq(recognitions.id, recognitionId), eq(recognitions.handlingPartnershipId, scope.partnershipId)))
      .get();
    return row !== undefined;
  });
}
