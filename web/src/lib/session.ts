// The access token lives in sessionStorage: it survives a reload but not the closing of the tab.
const TOKEN_KEY = 'duaal-monitor.token';

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
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
