import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider, useQuery, type Client } from 'urql';
import { type ResultOf } from '../../graphql';
import { createPrefetch } from '../../lib/prefetch';
import { createUrqlClient } from '../../lib/urql-client';
import { startOverview } from '../overview/overview-start';
import { SessionQuery, SessionUserFields } from './session-query';
import { readToken, storeToken } from '../../lib/session';

export { SessionQuery, SessionUserFields };

export type SessionUser = ResultOf<typeof SessionUserFields>;

/**
 * Roles that may list records (recognitions, enterprises, …); policymakers see aggregates only.
 * The server enforces the same rule; the UI only avoids showing and asking.
 */
export const mayReadRecords = (user: SessionUser | null | undefined): boolean =>
  user?.role === 'ADMIN' || user?.role === 'PARTNERSHIP_MEMBER' || user?.role === 'SECTOR_STAFF';

interface Session {
  token: string | null;
  user: SessionUser | null;
  signIn: (token: string, user: SessionUser) => void;
  signOut: () => void;
}

const SessionContext = createContext<Session>({ token: null, user: null, signIn: () => undefined, signOut: () => undefined });
export const useSession = () => useContext(SessionContext);

let session: { token: string | null; client: Client } | null = null;

/**
 * One client per token: a render React throws away (StrictMode in development, a suspended first
 * render) calls useMemo again, and that must not send the overview's first request twice.
 */
function clientFor(token: string | null, signOut: () => void): Client {
  if (session && session.token === token) return session.client;
  const prefetch = createPrefetch();
  const client = createUrqlClient(signOut, prefetch);
  if (token) startOverview(client, prefetch, window.location);
  session = { token, client };
  return client;
}

/**
 * Holds the token (sessionStorage) and the signed-in user; a new urql client per session so
 * no cached result of one user is shown to the next.
 */
export function SessionProvider({ children }: { children: (state: 'anonymous' | 'loading' | 'ready') => ReactNode }) {
  const [token, setToken] = useState<string | null>(() => readToken());
  const [user, setUser] = useState<SessionUser | null>(null);
  const signOut = useCallback(() => {
    storeToken(null);
    setToken(null);
    setUser(null);
  }, []);
  // A new client (and so an empty cache) whenever the token changes: no result of one user
  // is ever shown to the next.
  // With a token, the overview's first request (user, clock, school years and tiles in one) goes
  // out with the client, before any component asks (features/overview/overview-start.ts).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => clientFor(token, signOut), [token, signOut]);
  const signIn = useCallback((next: string, u: SessionUser) => {
    storeToken(next);
    setUser(u);
    setToken(next);
  }, []);
  const value = useMemo(() => ({ token, user, signIn, signOut }), [token, user, signIn, signOut]);
  return (
    <Provider value={client}>
      <SessionContext.Provider value={value}>
        {token ? <LoadUser user={user} setUser={setUser} signOut={signOut} render={children} /> : children('anonymous')}
      </SessionContext.Provider>
    </Provider>
  );
}

function LoadUser({
  user,
  setUser,
  signOut,
  render,
}: {
  user: SessionUser | null;
  setUser: (u: SessionUser) => void;
  signOut: () => void;
  render: (state: 'anonymous' | 'loading' | 'ready') => ReactNode;
}) {
  const [{ data, error }] = useQuery({ query: SessionQuery, pause: !!user });
  useEffect(() => {
    if (user) return;
    if (data?.me) setUser(data.me);
    else if (error || (data && !data.me)) signOut();
  }, [user, data, error, setUser, signOut]);
  return <>{render(user ? 'ready' : 'loading')}</>;
}
