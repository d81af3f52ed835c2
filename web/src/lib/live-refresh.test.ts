import { describe, expect, it } from 'vitest';
import { cacheExchange, Client, type Exchange, type Operation } from 'urql';
import { map, pipe, filter } from 'wonka';
import { createLiveRefresh } from './live-refresh';

const Figure = 'query Figure($year: String!) { figure(year: $year) }';

/**
 * A fake network: each query answers { figure: "<year>#<n>" } with n its network request count,
 * so a refetch is visible in the data; it records the request policy each request came with.
 */
function fakeNetwork(policies: string[]): Exchange {
  let n = 0;
  return () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind === 'query' || op.kind === 'subscription'),
      map((op: Operation) => {
        // A subscription gets one dataChanged event.
        if (op.kind === 'subscription') return { operation: op, data: { dataChanged: { at: '2026-11-29T13:32:00.000Z' } }, stale: false, hasNext: true };
        n += 1;
        policies.push(op.context.requestPolicy);
        return { operation: op, data: { figure: `${(op.variables as { year: string }).year}#${n}` }, stale: false, hasNext: false };
      }),
    );
}

describe('createLiveRefresh', () => {
  it('fetches every query on screen again, network-only, and revalidates cached ones when they come back', async () => {
    const policies: string[] = [];
    const live = createLiveRefresh();
    const client = new Client({ url: '/graphql', exchanges: [live.exchange, cacheExchange, fakeNetwork(policies)] });
    // 2023 is shown and stays on screen; 2022 was shown, then left (its result stays cached).
    const shown: unknown[] = [];
    const onScreen = client.query(Figure, { year: '2023' }).subscribe((r) => shown.push(r.data?.figure));
    await client.query(Figure, { year: '2022' }).toPromise();
    expect(shown).toEqual(['2023#1']);
    expect(policies).toEqual(['cache-first', 'cache-first']);

    live.refresh();
    // Only the query on screen went to the network again, without a request from the component.
    await new Promise((r) => setTimeout(r, 0));
    expect(policies).toEqual(['cache-first', 'cache-first', 'network-only']);
    expect(shown).toEqual(['2023#1', '2023#3']);

    // Back to 2022: the cached (stale) figure first, then the current one from the network.
    const back: unknown[] = [];
    const again = client.query(Figure, { year: '2022' }).subscribe((r) => back.push(r.data?.figure));
    await new Promise((r) => setTimeout(r, 0));
    // (cache-and-network: urql's cache answers, then asks the network with network-only.)
    expect(policies).toEqual(['cache-first', 'cache-first', 'network-only', 'network-only']);
    expect(back).toEqual(['2022#2', '2022#4']);
    again.unsubscribe();
    onScreen.unsubscribe();
  });

  it('refreshes on a dataChanged event of a subscription', async () => {
    const policies: string[] = [];
    const live = createLiveRefresh();
    const client = new Client({ url: '/graphql', exchanges: [live.exchange, cacheExchange, fakeNetwork(policies)] });
    const shown: unknown[] = [];
    const onScreen = client.query(Figure, { year: '2024' }).subscribe((r) => shown.push(r.data?.figure));
    expect(shown).toEqual(['2024#1']);
    const events = client.subscription('subscription { dataChanged { at } }', {}).subscribe(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    // The event made the query on screen go to the network once more.
    expect(policies).toEqual(['cache-first', 'network-only']);
    expect(shown).toEqual(['2024#1', '2024#2']);
    events.unsubscribe();
    onScreen.unsubscribe();
  });
});
