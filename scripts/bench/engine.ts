import { systemClock, type Db } from '@duaal/server';
import { computeKpi } from '@duaal/server/kpis';
import { OVERVIEW_FIGURES } from './queries.js';

// The overview figures straight from the KPI module's verb (computeKpi), without GraphQL or HTTP:
// splits the GraphQL+HTTP / raw SQL ratio into the engine's own SQL and the transport around it.

export function engineOverview(db: Db, userId: number, schoolYear: string, compareWith: string) {
  const actor = { userId, role: 'ADMIN' as const, partnershipId: null };
  const today = systemClock.today();
  const inputs = Object.values(OVERVIEW_FIGURES).map((figure) => {
    const [id, measure] = figure.split(' ') as [Parameters<typeof computeKpi>[0]['input']['id'], string];
    return { id, measure, schoolYear, compareWith };
  });
  return () => inputs.map((input) => computeKpi({ db, actor, today, suppressionThreshold: 5, input }));
}
