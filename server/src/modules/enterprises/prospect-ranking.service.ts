import type { Db } from '../../db/client.js';
import { byText, rankProspects } from './prospect-ranking.js';
import type { ProspectContext, ProspectPage, ProspectRankingFilter, ProspectRow, ProspectSort } from './prospect-types.js';

/*
 * The radar's ranked prospect list (K17 prospecting, docs/prospects.md): enterprises to approach
 * for a training in a region, each with the signals that put it where it is, strongest first.
 * Who is on the list is one SQL condition (prospectRankingCondition); the signals are read for
 * those enterprises in a few grouped queries and scored here with the weights of
 * prospect-weights.ts; the whole list is ranked, then one page is cut from it, so every page and
 * the export follow one order.
 */

// Kept as the module's face for the prospect list (the GraphQL fields import from here).
export { rankProspects } from './prospect-ranking.js';
export { PROSPECT_SORTS } from './prospect-types.js';
export type { ProspectContext, ProspectPage, ProspectRankingFilter, ProspectReason, ProspectRow, ProspectSort } from './prospect-types.js';

// Paging through the list (and its export, 200 rows a request) asks for the same ranking again and
// again: it is kept per connection, for the same filter, scope and day, until the data change
// (PRAGMA data_version moves on another connection's commit, total_changes() on our own writes).
const RANKED_KEPT = 16;
const rankedCache = new WeakMap<object, Map<string, { stamp: string; ranked: ReturnType<typeof rankProspects> }>>();

function dataStamp(db: Db): string {
  const changes = (db.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;
  return `${db.sqlite.pragma('data_version', { simple: true }) as number}:${changes}`;
}

function rankedOnce(ctx: ProspectContext, filter: ProspectRankingFilter) {
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
  ctx: ProspectContext,
  args: { filter: ProspectRankingFilter; sort?: ProspectSort | null; direction?: 'ASC' | 'DESC' | null; limit: number; offset: number },
): ProspectPage {
  const sort = args.sort ?? 'SCORE';
  // Score reads strongest first by default; name and municipality read A→Z.
  const dir = args.direction ? (args.direction === 'ASC' ? 1 : -1) : sort === 'SCORE' ? -1 : 1;
  const ranked = rankedOnce(ctx, args.filter);
  const rows = [...ranked.rows].sort(compare(sort, dir));
  return { totalCount: rows.length, offset: args.offset, rows: rows.slice(args.offset, args.offset + args.limit), trainingName: ranked.trainingName, referenceDay: ranked.referenceDay };
}
