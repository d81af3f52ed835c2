import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createLiveRefresh } from './live-refresh';
import type { Prefetch } from './prefetch';
import { readToken } from './session';
import { sseSubscriptions } from './sse-transport';

// The one urql client and cache configuration. KPI results are aggregates without an id, so
// the document cache (keyed by query + variables) is the right cache: no normalisation.
// Subscriptions (the `dataChanged` live updates) go over Server-Sent Events; each event makes
// every query on screen fetch again (lib/live-refresh.ts). A prefetch (lib/prefetch.ts) answers
// queries whose data one earlier request already brought (the overview's first paint).
export function createUrqlClient(onUnauthenticated: () => void, prefetch?: Prefetch): Client {
  const live = createLiveRefresh();
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-first',
    preferGetMethod: false,
    exchanges: [
      live.exchange,
      cacheExchange,
      mapExchange({
        onError(error) {
          const unauthenticated =
            error.response?.status === 401 ||
            error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (unauthenticated) onUnauthenticated();
        },
      }),
      ...(prefetch ? [prefetch.exchange] : []),
      subscriptionExchange({ forwardSubscription: sseSubscriptions({ url: '/graphql', token: readToken, onReconnect: live.refresh }) }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = readToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}
