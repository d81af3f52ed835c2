import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { canonicalSavedViewQuery, SAVED_VIEW_NAME_MAX, SAVED_VIEW_PATHS, savedViewQueryProblems } from '@duaal/shared';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { savedViews } from '../../db/schema/index.js';
import type { Actor } from '../auth/actor.js';
import { appendAuditLog } from '../auth/audit.js';
import { ServiceError } from '../../errors.js';

// Saved views (issue 11): a signed-in user names a view of the dashboard (path + URL filters) and
// opens, renames or deletes it later. A user sees and changes only their own views: another user's
// view answers NOT_FOUND, as if it did not exist. Every write is validated, runs in one transaction
// with its audit row, and is not dashboard data (no change marks, no live notice).

export type SavedViewRow = typeof savedViews.$inferSelect;

/** An expected failure: a ServiceError whose message starts with the input field it names. */
export class SavedViewError extends ServiceError {
  constructor(code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN', message: string, field?: string) {
    super(code, field ? `${field}: ${message}` : message, field ? { field } : {});
  }
}

interface VerbContext {
  db: Db;
  actor: Actor;
  now: Date;
}

const name = z
  .string()
  .trim()
  .min(1, { message: 'is empty; give the view a name' })
  .max(SAVED_VIEW_NAME_MAX, { message: `is longer than ${SAVED_VIEW_NAME_MAX} characters` });

const saveSchema = z.object({
  name,
  path: z
    .string()
    .transform((p) => p.replace(/^\/+/, '').replace(/\/+$/, ''))
    .refine((p) => (SAVED_VIEW_PATHS as readonly string[]).includes(p), { message: `must be one of the dashboard's views: /${SAVED_VIEW_PATHS.join(', /')}` }),
  query: z
    .string()
    .max(2000, { message: 'is longer than 2000 characters' })
    .nullish()
    .transform((q) => q ?? '')
    .superRefine((q, ctx) => {
      for (const problem of savedViewQueryProblems(q)) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(canonicalSavedViewQuery),
});

export type SaveViewInput = z.input<typeof saveSchema>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  throw new SavedViewError('BAD_USER_INPUT', issue.message, issue.path.map(String).join('.') || 'input');
}

function userOf(actor: Actor): number {
  if (actor.userId == null) throw new SavedViewError('FORBIDDEN', 'Sign in to keep views');
  return actor.userId;
}

/** Names compare without regard to case: "Limburg" and "limburg" would be one entry in the menu. */
function assertNameFree(db: Pick<Db, 'select'>, userId: number, candidate: string, exceptId?: number): void {
  const clash = db
    .select({ id: savedViews.id })
    .from(savedViews)
    .where(and(eq(savedViews.userId, userId), sql`lower(${savedViews.name}) = lower(${candidate})`, exceptId === undefined ? undefined : ne(savedViews.id, exceptId)))
    .get();
  if (clash) throw new SavedViewError('BAD_USER_INPUT', `you already have a view named "${candidate}"`, 'name');
}

function ownView(db: Pick<Db, 'select'>, userId: number, id: number): SavedViewRow {
  const row = db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .get();
  if (!row) throw new SavedViewError('NOT_FOUND', `you have no saved view with id ${id}`, 'id');
  return row;
}

/** The signed-in user's views, by name. */
export function listSavedViews(ctx: Pick<VerbContext, 'db' | 'actor'>): SavedViewRow[] {
  if (ctx.actor.userId == null) return [];
  return ctx.db.select().from(savedViews).where(eq(savedViews.userId, ctx.actor.userId)).orderBy(asc(sql`lower(${savedViews.name})`), asc(savedViews.id)).all();
}

export function saveView(ctx: VerbContext & { input: SaveViewInput }): SavedViewRow {
  const userId = userOf(ctx.actor);
  const input = parse(saveSchema, ctx.input);
  const at = ctx.now.toISOString();
  return ctx.db.transaction((tx) => {
    assertNameFree(tx, userId, input.name);
    const row = tx.insert(savedViews).values({ userId, name: input.name, path: input.path, query: input.query, createdAt: at, updatedAt: at }).returning().get();
    appendAuditLog(tx, { userId, action: 'saved_view_created', entity: 'saved_views', detail: `${row.id} /${row.path}${row.query ? `?${row.query}` : ''}` }, ctx.now);
    return row;
  });
}

export function renameSavedView(ctx: VerbContext & { id: number; name: string }): SavedViewRow {
  const userId = userOf(ctx.actor);
  const next = parse(z.object({ name }), { name: ctx.name }).name;
  return ctx.db.transaction((tx) => {
    const before = ownView(tx, userId, ctx.id);
    assertNameFree(tx, userId, next, before.id);
    const row = tx.update(savedViews).set({ name: next, updatedAt: ctx.now.toISOString() }).where(eq(savedViews.id, before.id)).returning().get();
    appendAuditLog(tx, { userId, action: 'saved_view_renamed', entity: 'saved_views', detail: `${row.id}` }, ctx.now);
    return row;
  });
}

/** Deletes one of the user's views; returns its id. */
export function deleteSavedView(ctx: VerbContext & { id: number }): number {
  const userId = userOf(ctx.actor);
  return ctx.db.transaction((tx) => {
    const row = ownView(tx, userId, ctx.id);
    tx.delete(savedViews).where(eq(savedViews.id, row.id)).run();
    appendAuditLog(tx, { userId, action: 'saved_view_deleted', entity: 'saved_views', detail: `${row.id}` }, ctx.now);
    return row.id;
  });
}
