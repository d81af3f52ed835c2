import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { addDays, FOLLOW_UP_ACTION_TYPES, isIsoDate } from '@duaal/shared';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { establishments, followUpActions, mentors, partnerships, recognitions } from '../../db/schema/index.js';
import { ServiceError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { appendAuditLog } from '../auth/audit.js';
import { publishDataChange } from '../live/data-changes.js';
import {
  establishmentOfPartnership,
  mentorOfPartnership,
  partnershipScope,
  recognitionOfPartnership,
  recordScope,
  type PartnershipScope,
} from '../records/access.js';

// K19 follow-up actions recorded by sector staff (issue "Follow-up", part 2). The counter's own
// rows (recordedByUserId null) are never changed here; staff correct or delete only their own
// actions, within a day of recording them. Every write is validated, scoped to the staff member's
// partnership, and audited in the same transaction.

export const NOTE_MAX_LENGTH = 1000;
/** How long after recording an action its author may still correct or delete it. */
export const EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Actions older than this cannot be recorded after the fact. */
const OLDEST_DAYS = 365;

export type FollowUpActionRow = typeof followUpActions.$inferSelect;

/** An expected failure; `code` becomes the GraphQL error code, `field` names the input. */
export class FollowUpError extends ServiceError {
  constructor(
    code: 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND',
    message: string,
    readonly field?: string,
  ) {
    super(code, field ? `${field}: ${message}` : message, field ? { field } : {});
  }
}

interface VerbContext {
  db: Db;
  actor: Actor;
  today: string;
  now: Date;
}

const details = (today: string) => ({
  type: z.enum(FOLLOW_UP_ACTION_TYPES, { message: `must be one of ${FOLLOW_UP_ACTION_TYPES.join(', ')}` }),
  performedOn: z
    .string()
    .refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' })
    .refine((d) => d <= today, { message: `lies after today (${today})` })
    .refine((d) => d >= addDays(today, -OLDEST_DAYS), { message: `lies more than ${OLDEST_DAYS} days before today` }),
  note: z.string().trim().max(NOTE_MAX_LENGTH, { message: `is longer than ${NOTE_MAX_LENGTH} characters` }).nullish(),
});

const recordSchema = (today: string) =>
  z.object({
    ...details(today),
    establishmentId: z.number().int().positive(),
    mentorId: z.number().int().positive().nullish(),
    recognitionId: z.number().int().positive().nullish(),
    /** ADMIN only: the partnership the action is recorded for. */
    partnershipCode: z.string().max(64).nullish(),
  });

export type RecordFollowUpInput = z.input<ReturnType<typeof recordSchema>>;
export type CorrectFollowUpInput = z.input<z.ZodObject<ReturnType<typeof details>>>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  throw new FollowUpError('BAD_USER_INPUT', issue.message, issue.path.map(String).join('.') || 'input');
}

/** The partnership an action is recorded for: the staff member's own, or the one an ADMIN names. */
function actingPartnership(ctx: VerbContext, code: string | null | undefined): PartnershipScope {
  const { actor } = ctx;
  if (actor.role === 'SECTOR_STAFF' && actor.partnershipId != null) {
    if (code) throw new FollowUpError('BAD_USER_INPUT', 'is set by your account; leave it out', 'partnershipCode');
    return partnershipScope(ctx, actor.partnershipId);
  }
  if (actor.role === 'ADMIN') {
    if (!code) throw new FollowUpError('BAD_USER_INPUT', 'is required: the partnership the action is recorded for', 'partnershipCode');
    const row = ctx.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.code, code)).get();
    if (!row) throw new FollowUpError('BAD_USER_INPUT', `no partnership with code ${code}`, 'partnershipCode');
    return partnershipScope(ctx, row.id);
  }
  throw new FollowUpError('FORBIDDEN', 'Only sector partnership staff and administrators record follow-up actions');
}

/** Is record `id` of this table one that partnership `scope` follows up (the access predicates)? */
function belongs(
  ctx: VerbContext,
  table: typeof establishments | typeof mentors | typeof recognitions,
  id: number,
  predicate: (t: never, p: PartnershipScope) => SQL,
  scope: PartnershipScope,
): boolean {
  const row = ctx.db
    .select({ one: sql<number>`1` })
    .from(table)
    .where(and(eq(table.id, id), predicate(table as never, scope)))
    .get();
  return row !== undefined;
}

/** Records one action (K19 counts it at once: the KPI cache drops on the write). */
export function recordFollowUpAction(ctx: VerbContext & { input: RecordFollowUpInput }): FollowUpActionRow {
  const scope = actingPartnership(ctx, ctx.input.partnershipCode);
  const input = parse(recordSchema(ctx.today), ctx.input);
  if (!belongs(ctx, establishments, input.establishmentId, establishmentOfPartnership, scope)) {
    throw new FollowUpError('FORBIDDEN', 'This establishment is not followed up by your partnership', 'establishmentId');
  }
  if (input.mentorId != null && !belongs(ctx, mentors, input.mentorId, mentorOfPartnership, scope)) {
    throw new FollowUpError('FORBIDDEN', 'This mentor is not followed up by your partnership', 'mentorId');
  }
  if (input.recognitionId != null) {
    const recognition = ctx.db.select({ establishmentId: recognitions.establishmentId }).from(recognitions).where(eq(recognitions.id, input.recognitionId)).get();
    if (!recognition || !belongs(ctx, recognitions, input.recognitionId, recognitionOfPartnership, scope)) {
      throw new FollowUpError('FORBIDDEN', 'This recognition is not followed up by your partnership', 'recognitionId');
    }
    if (recognition.establishmentId !== input.establishmentId) {
      throw new FollowUpError('BAD_USER_INPUT', 'belongs to another establishment', 'recognitionId');
    }
  }
  const recorded = ctx.db.transaction((tx) => {
    const row = tx
      .insert(followUpActions)
      .values({
        actionKey: `APP-${randomUUID()}`,
        partnershipId: scope.partnershipId,
        establishmentId: input.establishmentId,
        recognitionId: input.recognitionId ?? null,
        mentorId: input.mentorId ?? null,
        type: input.type,
        performedOn: input.performedOn,
        note: input.note || null,
        recordedByUserId: ctx.actor.userId,
        recordedAt: ctx.now.toISOString(),
      })
      .returning()
      .get();
    appendAuditLog(tx, { userId: ctx.actor.userId, action: 'follow_up_recorded', entity: 'follow_up_actions', detail: `${row.id} ${row.type} ${row.performedOn}` }, ctx.now);
    return row;
  });
  announce(ctx.db);
  return recorded;
}

/** After the commit: open dashboards fetch K19 and the lists again. */
const announce = (db: Db) => publishDataChange(db, { source: 'FOLLOW_UP', tables: ['follow_up_actions'] });

/** The action, if the actor recorded it less than a day ago; otherwise why not. */
function ownEditable(ctx: VerbContext, id: number): FollowUpActionRow {
  const row = ctx.db.select().from(followUpActions).where(eq(followUpActions.id, id)).get();
  if (!row) throw new FollowUpError('NOT_FOUND', `No follow-up action ${id}`, 'id');
  if (row.recordedByUserId == null || row.recordedByUserId !== ctx.actor.userId) {
    throw new FollowUpError('FORBIDDEN', 'Only the author of an action recorded in the monitor may change it', 'id');
  }
  if (ctx.now.getTime() - Date.parse(row.recordedAt as string) > EDIT_WINDOW_MS) {
    throw new FollowUpError('FORBIDDEN', 'An action can be corrected or deleted only within a day of recording it', 'id');
  }
  return row;
}

export function correctFollowUpAction(ctx: VerbContext & { id: number; input: CorrectFollowUpInput }): FollowUpActionRow {
  ownEditable(ctx, ctx.id);
  const input = parse(z.object(details(ctx.today)), ctx.input);
  const corrected = ctx.db.transaction((tx) => {
    const row = tx
      .update(followUpActions)
      .set({ type: input.type, performedOn: input.performedOn, note: input.note || null })
      .where(eq(followUpActions.id, ctx.id))
      .returning()
      .get() as FollowUpActionRow;
    appendAuditLog(tx, { userId: ctx.actor.userId, action: 'follow_up_corrected', entity: 'follow_up_actions', detail: `${row.id} ${row.type} ${row.performedOn}` }, ctx.now);
    return row;
  });
  announce(ctx.db);
  return corrected;
}

export function deleteFollowUpAction(ctx: VerbContext & { id: number }): number {
  const row = ownEditable(ctx, ctx.id);
  ctx.db.transaction((tx) => {
    tx.delete(followUpActions).where(eq(followUpActions.id, row.id)).run();
    appendAuditLog(tx, { userId: ctx.actor.userId, action: 'follow_up_deleted', entity: 'follow_up_actions', detail: `${row.id} ${row.type} ${row.performedOn}` }, ctx.now);
  });
  announce(ctx.db);
  return row.id;
}

/**
 * The history of actions on an establishment or about a mentor, newest first: all of them for
 * ADMIN and partnership members, the actions of their own partnership for sector staff.
 */
export function listFollowUpActions(ctx: Omit<VerbContext, 'now'> & { establishmentId?: number | null; mentorId?: number | null; limit: number }): FollowUpActionRow[] {
  const scope = recordScope(ctx);
  if (scope.kind === 'NONE') throw new FollowUpError('FORBIDDEN', 'Follow-up actions are records: not for this role');
  const conditions = [
    ctx.establishmentId != null ? eq(followUpActions.establishmentId, ctx.establishmentId) : undefined,
    ctx.mentorId != null ? eq(followUpActions.mentorId, ctx.mentorId) : undefined,
    scope.kind === 'PARTNERSHIP' ? eq(followUpActions.partnershipId, scope.partnershipId) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  return ctx.db
    .select()
    .from(followUpActions)
    .where(and(...conditions))
    .orderBy(desc(followUpActions.performedOn), desc(followUpActions.id))
    .limit(ctx.limit)
    .all();
}
