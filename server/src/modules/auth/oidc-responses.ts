import type { IncomingMessage } from 'node:http';
import * as client from 'openid-client';

// What the single sign-on routes send back besides redirects: the pending sign-in's cookie, the
// refusal page, and a one-line reason for a refused provider answer.

export const OIDC_COOKIE = 'duaal_oidc';

export function cookieOf(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || null;
  }
  return null;
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (sent on the provider's top-level redirect back,
 * not on cross-site subrequests), scoped to the callback's folder, Secure behind https.
 */
export function pendingCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${OIDC_COOKIE}=${value}`, 'Path=/auth/oidc', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

// Element content only: quotes need no escaping there.
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One line on why openid-client refused an answer: its message and those of the errors it wraps
 * (e.g. `unexpected "state" response parameter value`), the provider's error code, and the ID
 * token claim at fault (nonce, aud, iss).
 */
export function describeFailure(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (e instanceof client.ResponseBodyError || e instanceof client.AuthorizationResponseError) {
      parts.push(`${e.error}${e.error_description ? ` (${e.error_description})` : ''}`);
    } else if (e instanceof Error) {
      parts.push(e.message);
    } else if (typeof e === 'object' && 'claim' in e && typeof e.claim === 'string') {
      parts.push(`ID token claim "${e.claim}"`);
    }
    e = typeof e === 'object' && e !== null && 'cause' in e ? e.cause : undefined;
  }
  return [...new Set(parts)].join(': ') || String(error);
}

/** The page of a refused sign-in: Dutch and English (no script: the CSP allows none inline). */
export function refusalPage(reason: string): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aanmelden mislukt - Duaal Monitor</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}code{background:#f2f2f2;padding:.1rem .3rem;word-break:break-word}a{color:#05c}</style></head>
<body><main>
<h1>Aanmelden mislukt</h1>
<p>Je bent bij de aanmeldpagina aangemeld, maar Duaal Monitor kan je niet binnenlaten. Er is niets opgeslagen.</p>
<p>Reden: <code>${escapeHtml(reason)}</code></p>
<p>Vraag je beheerder van het toegangsbeheer om je rol (en voor sectormedewerkers je partnerschap) na te kijken.</p>
<p><a href="/">Terug naar aanmelden</a></p>
<hr>
<section lang="en"><h2>Sign-in refused</h2>
<p>You signed in at the provider, but Duaal Monitor cannot let you in; nothing was saved. Ask the access-management administrator to check your role (and, for sector staff, your partnership).</p>
<p><a href="/">Back to sign in</a></p></section>
</main></body></html>`;
}
