import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider, useQuery, type Client } from 'urql';
import { graphql, type ResultOf } from '../../graphql';
import { createPrefetch } from '../../lib/prefetch';
import { createUrqlClient } from '../../lib/urql-client';
import { startOverview } from '../overview/overview-start';
import { SessionQuery, SessionUserFields } from './session-query';
import { readToken, storeToken, takeSignInCode, tokenExpiry, TOKEN_KEY } from '../../lib/session';

export { SessionQuery, SessionUserFields };

const RedeemSignInCodeMutation = graphql(
  `
    mutation RedeemSignInCode($code: String!) {
      redeemSignInCode(code: $code) {
        token
        user {
          ...SessionUser
        }
      }
    }
  `,
  [SessionUserFields],
);

export type SessionUser = ResultOf<typeof SessionUserFields>;

type Redeemed = { token: string; user: SessionUser } | null;
// One redemption per code, even when React runs the effect twice (StrictMode): a code works once.
const redemptions = new Map<string, Promise<Redeemed>>();

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
  /** A single sign-on came back but its code could not be redeemed (expired, used). */
  ssoFailed: boolean;
}

const SessionContext = createContext<Session>({ token: null, user: null, signIn: () => undefined, signOut: () => undefined, ssoFailed: false });
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
  // With a token, the overview's first request (user, clock, school years and tiles in one) goes
  // out with the client, before any component asks (features/overview/overview-start.ts).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => clientFor(token, signOut), [token, signOut]);
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
  // Back from single sign-on: the one-time code becomes our token (and the user) in one request.
  const [sso, setSso] = useState<'none' | 'redeeming' | 'failed'>(() => (takeSignInCode() ? 'redeeming' : 'none'));
  useEffect(() => {
    const code = takeSignInCode();
    if (!code || sso !== 'redeeming') return;
    let redemption = redemptions.get(code);
    if (!redemption) {
      redemption = client
        .mutation(RedeemSignInCodeMutation, { code })
        .toPromise()
        .then((r) => r.data?.redeemSignInCode ?? null);
      redemptions.set(code, redemption);
    }
    let current = true;
    void redemption.then((redeemed) => {
      if (!current) return;
      if (redeemed) {
        signIn(redeemed.token, redeemed.user);
        setSso('none');
      } else setSso('failed');
    });
    return () => {
      current = false;
    };
  }, [client, sso, signIn]);
  const value = useMemo(() => ({ token, user, signIn, signOut, ssoFailed: sso === 'failed' }), [token, user, signIn, signOut, sso]);
  return (
    <Provider value={client}>
      <SessionContext.Provider value={value}>
        {token ? <LoadUser user={user} setUser={setUser} signOut={signOut} render={children} /> : children(sso === 'redeeming' ? 'loading' : 'anonymous')}
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
