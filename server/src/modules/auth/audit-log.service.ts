import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { auditLog, users } from '../../db/schema/index.js';
import { UserInputError } from './users.service.js';

// The audit log as the Beheer page reads it: filtered, newest first, paged on the server.

export const AUDIT_PAGE_MAX = 500;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' });

const filterSchema = z
  .object({
    userId: z.number().int().positive().nullish(),
    action: z.string().trim().max(64, { message: 'is longer than 64 characters' }).nullish(),
    from: isoDay.nullish(),
    to: isoDay.nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be before from', path: ['to'] });

export type AuditLogFilter = z.input<typeof filterSchema>;

export interface AuditLogRow {
  id: number;
  at: string;
  userId: number | null;
  userEmail: string | null;
  userName: string | null;
  action: string;
  entity: string;
  detail: string | null;
}

const brusselsParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * The UTC instant at which a calendar day begins in Europe/Brussels (the filter's days are
 * Brussels days; `at` is stored in UTC). Midnight there is 23:00 or 22:00 UTC the day before
 * (CET or CEST); the one that reads as 00:00 of that day is it.
 */
export function brusselsDayStart(day: string): string {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(midnightUtc - offsetHours * 3_600_000);
    const p = Object.fromEntries(brusselsParts.formatToParts(candidate).map((x) => [x.type, x.value]));
    if (`${p.year}-${p.month}-${p.day}` === day && p.hour === '00' && p.minute === '00') return candidate.toISOString();
  }
  throw new Error(`no Brussels midnight found for ${day}`);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function whereOf(filter: AuditLogFilter | null | undefined): SQL | undefined {
  const parsed = filterSchema.safeParse(filter ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserInputError(`filter.${issue?.path.join('.') || 'input'}`, issue?.message ?? 'invalid');
  }
  const f = parsed.data;
  return and(
    f.userId ? eq(auditLog.userId, f.userId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, brusselsDayStart(f.from)) : undefined,
    // `to` is inclusive: everything before the start of the next day.
    f.to ? lt(auditLog.at, brusselsDayStart(nextDay(f.to))) : undefined,
  );
}

/**
 * One page of the filtered audit log, newest first (by id: rows are appended in time order),
 * with the total of the filter. `after` is the id of the last row of the previous page.
 */
export function queryAuditLog({ db, filter, first, after }: { db: Db; filter?: AuditLogFilter | null; first: number; after?: string | null }): {
  totalCount: number;
  nodes: AuditLogRow[];
  endCursor: string | null;
  hasNextPage: boolean;
} {
  if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX) throw new UserInputError('first', `must be between 1 and ${AUDIT_PAGE_MAX}`);
  let afterId: number | null = null;
  if (after !== null && after !== undefined) {
    afterId = Number(after);
    if (!Number.isSafeInteger(afterId) || afterId < 1) throw new UserInputError('after', 'is not a cursor of this list');
  }
  const where = whereOf(filter);
  const totalCount = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      userEmail: users.email,
      userName: users.name,
      action: auditLog.action,
      entity: auditLog.entity,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(where, afterId !== null ? lt(auditLog.id, afterId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(first + 1)
    .all();
  const nodes = rows.slice(0, first);
  return { totalCount, nodes, endCursor: nodes.length ? String(nodes[nodes.length - 1]!.id) : null, hasNextPage: rows.length > first };
}

/** The actions present in the log, for the filter's list. */
export function auditActions(db: Db): string[] {
  return db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(auditLog.action)
    .all()
    .map((r) => r.action);
}
