import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { readToken } from './session';

// The one urql client and cache configuration. KPI results are aggregates without an id, so
// the document cache (keyed by query + variables) is the right cache: no normalisation.
export function createUrqlClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-first',
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          const unauthenticated =
            error.response?.status === 401 ||
            error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (unauthenticated) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = readToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
  });
}
