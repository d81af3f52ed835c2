import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';

// The two kinds of short-lived state single sign-on keeps in memory: sign-ins started at the
// provider, and the one-time codes that hand a finished sign-in to the dashboard.

const random = () => randomBytes(32).toString('base64url');
const digest = (value: string) => createHash('sha256').update(value).digest();

/** A sign-in started at the provider: what the callback must find again. */
interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

/** How long a user may take at the provider's sign-in page. */
export const PENDING_SIGN_IN_SECONDS = 10 * 60;
/** How long the dashboard has to redeem the one-time code of a finished sign-in. */
export const SIGN_IN_CODE_SECONDS = 60;
/** Anonymous requests start sign-ins: the memory they may hold is bounded. */
const MAX_PENDING = 10_000;

/**
 * Sign-ins in progress, in memory (one process), keyed by a random id that only the browser's
 * cookie holds. Each is taken once: a second callback with the same cookie finds nothing.
 */
export class PendingSignIns {
  private readonly entries = new Map<string, PendingSignIn>();

  begin(now: Date): { id: string } & PendingSignIn {
    this.purge(now);
    if (this.entries.size >= MAX_PENDING) this.entries.delete(this.entries.keys().next().value!);
    const id = random();
    const entry = { state: random(), nonce: random(), codeVerifier: client.randomPKCECodeVerifier(), expiresAt: now.getTime() + PENDING_SIGN_IN_SECONDS * 1000 };
    this.entries.set(id, entry);
    return { id, ...entry };
  }

  take(id: string, now: Date): PendingSignIn | null {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry && entry.expiresAt > now.getTime() ? entry : null;
  }

  private purge(now: Date) {
    for (const [id, entry] of this.entries) if (entry.expiresAt <= now.getTime()) this.entries.delete(id);
  }
}

/**
 * One-time codes that hand a finished sign-in to the dashboard. Only a hash is kept; a code is
 * redeemed once, within a minute, for the user it was issued to.
 */
export class SignInCodes {
  private readonly entries = new Map<string, { digest: Buffer; userId: number; expiresAt: number }>();

  issue(userId: number, now: Date): string {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now.getTime()) this.entries.delete(key);
    const code = random();
    const hash = digest(code);
    this.entries.set(hash.toString('hex'), { digest: hash, userId, expiresAt: now.getTime() + SIGN_IN_CODE_SECONDS * 1000 });
    return code;
  }

  redeem(code: string, now: Date): number | null {
    if (code.length > 100) return null;
    const hash = digest(code);
    const key = hash.toString('hex');
    const entry = this.entries.get(key);
    this.entries.delete(key);
    if (!entry || !timingSafeEqual(entry.digest, hash) || entry.expiresAt <= now.getTime()) return null;
    return entry.userId;
  }
}
