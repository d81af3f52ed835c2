// The access token lives in localStorage, so a new tab (or a link opened in one) of the same
// browser is signed in too. It is still sent as a bearer header, never as a cookie: a request
// from another site carries no credentials, and the API's CSRF prevention stays what it is.
// (An HttpOnly cookie would hide the token from scripts, but would make the browser attach it to
// every request to the API, so CSRF would rest on the header check alone; with a strict CSP and no
// inline scripts, the header token is the smaller risk here.) The token's own expiry (`exp`) is
// checked on every read: an expired token is removed, and the tab signs out (session.tsx).
// Signing out removes it, and the `storage` event signs out the other tabs.
export const TOKEN_KEY = 'duaal-monitor.token';

/** The token's expiry (ms since the epoch) from its payload; null when it cannot be read. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp * 1000 : null;
  } catch {
    return null;
  }
}

/** The stored token when it has not expired at `now` (ms; the browser's clock, as the token's exp is an instant). */
export function readToken(now: number = Date.now()): string | null {
  try {
    const token = localStorage.getItem(TOKEN_KEY) ?? sessionStorage.getItem(TOKEN_KEY);
    if (!token) return null;
    const expiry = tokenExpiry(token);
    if (expiry !== null && expiry <= now) {
      storeToken(null);
      return null;
    }
    return token;
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else {
      localStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(TOKEN_KEY);
    }
  } catch {
    // Storage refused (private mode): the session lasts as long as the page.
  }
}

// Single sign-on ends at `/#sso=<one-time code>`: the fragment never reaches a server log or a
// Referer. It is read once and removed from the address bar (and the history) at once.
let signInCode: string | null | undefined;

/** The one-time code of a finished single sign-on, or null; the same answer on every call. */
export function takeSignInCode(): string | null {
  if (signInCode !== undefined) return signInCode;
  signInCode = null;
  if (typeof window === 'undefined') return signInCode;
  const match = /^#sso=([\w-]{1,100})$/.exec(window.location.hash);
  if (match) {
    signInCode = match[1]!;
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  return signInCode;
}
