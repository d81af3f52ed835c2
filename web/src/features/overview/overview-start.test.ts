import { cacheExchange, Client, CombinedError, makeResult, type Exchange, type Operation } from 'urql';
import { filter, map, pipe } from 'wonka';
import { describe, expect, it } from 'vitest';
import { KpiDefinitionButtonQuery } from '../../components/KpiDefinitionButton';
import { SchoolYearGateQuery } from '../../components/SchoolYearGate';
import { parseFilters } from '../../lib/filters';
import { createPrefetch } from '../../lib/prefetch';
import { SessionQuery } from '../auth/session-query';
import { ClockQuery } from '../clock/clock';
import { FilterBarQuery, filterBarVariables } from '../filters/components/FilterBar';
import { START_TILES, startOverview } from './overview-start';
import { KpiTileQuery, kpiTileVariables, OVERVIEW_TILES } from './tile-query';

const operationName = (op: Operation) =>
  op.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '?';

const tileResult = (value: number) => ({ measure: 'count', kpi: { id: 'K1', nameNl: 'K', nameEn: 'K', unit: 'COUNT', measures: [] }, total: { value, comparisonValue: null, status: 'OK', comparisonStatus: null } });
const trendResult = { rows: [] };

/**
 * The composed response: tile tN has the value 100 + N, so each tile's slice is recognisable;
 * `failAlias` makes that tile's field come back null with an error at its path.
 */
function startResponse(failAlias?: string) {
  const data: Record<string, unknown> = {
    me: { email: 'lid@duaal.test', name: 'Lid', role: 'PARTNERSHIP_MEMBER', partnership: null },
    clock: { today: '2025-03-14', schoolYear: '2024-2025' },
    schoolYears: ['2023-2024', '2024-2025'],
    partnerships: [],
    provinces: [],
    jointCommittees: [],
    trainings: [],
    kpiCatalog: [],
  };
  START_TILES.forEach(({ alias }, i) => {
    data[alias] = alias === failAlias ? null : tileResult(100 + i);
    data[`${alias}Trend`] = trendResult;
  });
  const errors = failAlias ? [{ message: 'time budget', path: [failAlias] }] : [];
  return { data, errors };
}

/** A fake network that records the name of every operation it receives and answers the composed one. */
function fakeNetwork(requests: string[], failAlias?: string): Exchange {
  return () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind === 'query'),
      map((op: Operation) => {
        requests.push(operationName(op));
        if (operationName(op) === 'OverviewStart') {
          const { data, errors } = startResponse(failAlias);
          return makeResult(op, { data, errors: errors.length ? errors : undefined });
        }
        // Any other query: answered by "the network" with a recognisable marker.
        if (operationName(op) === 'KpiTile') return makeResult(op, { data: { kpi: tileResult(-1), kpiTrend: trendResult } });
        return makeResult(op, { data: { network: true } });
      }),
    );
}

function setup(url: string, failAlias?: string) {
  const requests: string[] = [];
  const prefetch = createPrefetch();
  const client = new Client({ url: '/graphql', exchanges: [cacheExchange, prefetch.exchange, fakeNetwork(requests, failAlias)] });
  const { pathname, search } = new URL(url, 'http://localhost');
  const started = startOverview(client, prefetch, { pathname, search });
  return { client, prefetch, requests, started, filters: parseFilters(new URLSearchParams(search)) };
}

describe('the overview in one round trip', () => {
  it('composes exactly the tiles of the overview, in order', () => {
    expect(START_TILES.map(({ kpi, ...rest }) => ({ kpi, measure: 'measure' in rest ? rest.measure : undefined }))).toEqual(
      OVERVIEW_TILES.map(({ kpi, measure }) => ({ kpi, measure })),
    );
  });

  it('answers the user, clock, school years, filter bar, catalogue and every tile from one request', async () => {
    const { client, requests, started, filters } = setup('/overzicht?jaar=2024-2025&provincie=ANTWERPEN');
    expect(started).toBe(true);
    const me = await client.query(SessionQuery, {}).toPromise();
    const clock = await client.query(ClockQuery, {}).toPromise();
    const years = await client.query(SchoolYearGateQuery, {}).toPromise();
    const bar = await client.query(FilterBarQuery, filterBarVariables(filters)).toPromise();
    const catalogue = await client.query(KpiDefinitionButtonQuery, {}).toPromise();
    const tiles = await Promise.all(OVERVIEW_TILES.map((tile) => client.query(KpiTileQuery, kpiTileVariables(tile, filters)).toPromise()));
    // Only the composed operation went to the network.
    expect(requests).toEqual(['OverviewStart']);
    expect(me.data?.me.email).toBe('lid@duaal.test');
    expect(clock.data?.clock).toEqual({ today: '2025-03-14', schoolYear: '2024-2025' });
    expect(years.data?.schoolYears).toEqual(['2023-2024', '2024-2025']);
    expect(bar.data?.partnerships).toEqual([]);
    expect(catalogue.data?.kpiCatalog).toEqual([]);
    // Tile i got alias t<i>'s result, 100 + i (the slices are not mixed up).
    expect(tiles.map((t) => t.data?.kpi.total.value)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108]);
  });

  it('sends a part whose field failed, a refetch and other variables to the network', async () => {
    const { client, requests, filters } = setup('/overzicht?jaar=2024-2025', 't4');
    const tiles = await Promise.all(OVERVIEW_TILES.map((tile) => client.query(KpiTileQuery, kpiTileVariables(tile, filters)).toPromise()));
    // t4 (K9) failed in the composed response: that one tile asked the network (value −1).
    expect(tiles.map((t) => t.data?.kpi.total.value)).toEqual([100, 101, 102, 103, -1, 105, 106, 107, 108]);
    expect(requests).toEqual(['OverviewStart', 'KpiTile']);
    // A live refresh (network-only) of the user goes to the network, not to the prefetched answer.
    await client.query(SessionQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    // Another school year is not what was prefetched.
    await client.query(KpiTileQuery, kpiTileVariables(OVERVIEW_TILES[0]!, parseFilters(new URLSearchParams('jaar=2023-2024')))).toPromise();
    expect(requests).toEqual(['OverviewStart', 'KpiTile', 'Session', 'KpiTile']);
  });

  it('falls back to the network for every part when the whole request failed', async () => {
    const requests: string[] = [];
    const prefetch = createPrefetch();
    const failing: Exchange = () => (ops$) =>
      pipe(
        ops$,
        filter((op: Operation) => op.kind === 'query'),
        map((op: Operation) => {
          requests.push(operationName(op));
          if (operationName(op) === 'OverviewStart') return { operation: op, error: new CombinedError({ networkError: new Error('offline') }), stale: false, hasNext: false };
          return makeResult(op, { data: { me: { email: 'net@duaal.test', name: 'N', role: 'ADMIN', partnership: null } } });
        }),
      );
    const client = new Client({ url: '/graphql', exchanges: [cacheExchange, prefetch.exchange, failing] });
    startOverview(client, prefetch, { pathname: '/overzicht', search: '?jaar=2024-2025' });
    const me = await client.query(SessionQuery, {}).toPromise();
    expect(me.data?.me.email).toBe('net@duaal.test');
    expect(requests).toEqual(['OverviewStart', 'Session']);
  });

  it('is not issued for another view or without a school year in the URL', () => {
    expect(setup('/provincies?jaar=2024-2025').started).toBe(false);
    expect(setup('/overzicht').started).toBe(false);
    expect(setup('/').started).toBe(false);
  });
});
