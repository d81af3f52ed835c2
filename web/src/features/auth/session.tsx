import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../graphql';
import { createUrqlClient } from '../../lib/urql-client';
import { readToken, storeToken, tokenExpiry, TOKEN_KEY } from '../../lib/session';

export const SessionUserFields = graphql(`
  fragment SessionUser on User {
    email
    name
    role
    partnership {
      code
      nameNl
    }
  }
`);

const SessionQuery = graphql(
  `
    query Session {
      me {
        ...SessionUser
      }
    }
  `,
  [SessionUserFields],
);

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

/**
 * Holds the token (localStorage, shared by the tabs of the browser) and the signed-in user; a new
 * urql client per session so no cached result of one user is shown to the next. Signs out when
 * the token expires, and follows a sign-in or sign-out in another tab.
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
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => createUrqlClient(signOut), [token, signOut]);
  useEffect(() => {
    // Another tab signed out (token removed) or in (another token): follow it.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== null && e.key !== TOKEN_KEY) return;
      const stored = readToken();
      if (stored === token) return;
      setUser(null);
      setToken(stored);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [token]);
  useEffect(() => {
    // Signed out at the token's expiry (the API would refuse it from then on).
    const expiry = token ? tokenExpiry(token) : null;
    if (expiry === null) return;
    const timer = setTimeout(signOut, Math.max(0, Math.min(expiry - Date.now(), 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [token, signOut]);
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
