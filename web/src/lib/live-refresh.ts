import { makeOperation, type Client, type Exchange, type Operation } from 'urql';
import { map, pipe, tap } from 'wonka';

// When the data changed (a `dataChanged` event, or a live stream that reconnected), every query
// on screen is asked again from the network. The components keep showing their previous result
// until the new one arrives (urql keeps `data` while refetching), so nothing flashes. Cached
// results of queries not on screen are marked stale and revalidated when they come back.

export interface LiveRefresh {
  /** Goes first in the exchanges: it tracks the queries and rewrites the policy of stale ones. */
  exchange: Exchange;
  /** Fetches every active query again (network-only). */
  refresh: () => void;
}

export function createLiveRefresh(): LiveRefresh {
  const active = new Map<number, Operation>();
  const seen = new Set<number>();
  const stale = new Set<number>();
  let client: Client | null = null;

  const refresh = () => {
    for (const key of seen) if (!active.has(key)) stale.add(key);
    for (const operation of active.values()) {
      client?.reexecuteOperation(makeOperation('query', operation, { ...operation.context, requestPolicy: 'network-only' }));
    }
  };

  const track = (operation: Operation): Operation => {
    if (operation.kind === 'teardown') {
      active.delete(operation.key);
      return operation;
    }
    if (operation.kind !== 'query') return operation;
    active.set(operation.key, operation);
    seen.add(operation.key);
    if (stale.delete(operation.key) && operation.context.requestPolicy === 'cache-first') {
      // Show the cached figures at once, then the current ones.
      return makeOperation('query', operation, { ...operation.context, requestPolicy: 'cache-and-network' });
    }
    return operation;
  };

  // (Not mapExchange: it hides teardowns, and we must see queries leave the screen.)
  const exchange: Exchange = ({ forward, client: c }) => {
    client = c;
    return (operations$) =>
      pipe(
        forward(pipe(operations$, map(track))),
        tap((result) => {
          if (result.operation.kind === 'subscription' && (result.data as { dataChanged?: unknown } | undefined)?.dataChanged) refresh();
        }),
      );
  };

  return { exchange, refresh };
}
