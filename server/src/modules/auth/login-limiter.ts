// Brute-force protection for `login`, kept in memory: it holds for one server process (the way
// Duaal Monitor runs); several processes behind a balancer would each count on their own.

export interface LimiterPolicy {
  /** Failed attempts allowed within `windowSeconds`; the next attempt is refused. */
  maxFailures: number;
  windowSeconds: number;
}

export interface LoginLimiterOptions {
  /** Per account (the normalised email, known or not). */
  account?: LimiterPolicy;
  /** Per client (its IP address): password spraying over many emails. */
  client?: LimiterPolicy;
  /** First lockout; each further one within `forgetAfterSeconds` doubles, up to `maxLockoutSeconds`. */
  lockoutSeconds?: number;
  maxLockoutSeconds?: number;
  forgetAfterSeconds?: number;
  /** Bound on remembered keys, so random emails cannot grow the process without end. */
  maxKeys?: number;
}

interface Entry {
  failures: number[];
  lockedUntil: number;
  lockouts: number;
  lastSeen: number;
}

export interface LoginKeys {
  account: string;
  client: string;
}

export class LoginLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly account: LimiterPolicy;
  private readonly client: LimiterPolicy;
  private readonly lockoutMs: number;
  private readonly maxLockoutMs: number;
  private readonly forgetMs: number;
  private readonly maxKeys: number;

  constructor(options: LoginLimiterOptions = {}) {
    this.account = options.account ?? { maxFailures: 10, windowSeconds: 60 };
    this.client = options.client ?? { maxFailures: 30, windowSeconds: 60 };
    this.lockoutMs = (options.lockoutSeconds ?? 60) * 1000;
    this.maxLockoutMs = (options.maxLockoutSeconds ?? 15 * 60) * 1000;
    this.forgetMs = (options.forgetAfterSeconds ?? 60 * 60) * 1000;
    this.maxKeys = options.maxKeys ?? 50_000;
  }

  /** Seconds until an attempt is allowed again, or 0 when it may go ahead. */
  retryAfter(keys: LoginKeys, now: Date): number {
    const t = now.getTime();
    const until = Math.max(this.get(`a:${keys.account}`)?.lockedUntil ?? 0, this.get(`c:${keys.client}`)?.lockedUntil ?? 0);
    return until > t ? Math.ceil((until - t) / 1000) : 0;
  }

  /** Records a wrong password; returns true when this failure starts a lockout. */
  fail(keys: LoginKeys, now: Date): boolean {
    const accountLocked = this.count(`a:${keys.account}`, this.account, now.getTime());
    const clientLocked = this.count(`c:${keys.client}`, this.client, now.getTime());
    return accountLocked || clientLocked;
  }

  /** A good password clears the account's failures (not the client's: one client, many accounts). */
  succeed(keys: LoginKeys): void {
    this.entries.delete(`a:${keys.account}`);
  }

  private get(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  private count(key: string, policy: LimiterPolicy, t: number): boolean {
    let entry = this.entries.get(key);
    if (entry && t - entry.lastSeen > this.forgetMs) entry = undefined;
    if (!entry) {
      if (this.entries.size >= this.maxKeys) this.evict(t);
      entry = { failures: [], lockedUntil: 0, lockouts: 0, lastSeen: t };
    }
    // Re-insert so the Map's order is least recently seen first (eviction order).
    this.entries.delete(key);
    this.entries.set(key, entry);
    entry.lastSeen = t;
    const windowStart = t - policy.windowSeconds * 1000;
    entry.failures = entry.failures.filter((at) => at > windowStart);
    entry.failures.push(t);
    if (entry.failures.length < policy.maxFailures) return false;
    entry.lockouts += 1;
    entry.lockedUntil = t + Math.min(this.lockoutMs * 2 ** (entry.lockouts - 1), this.maxLockoutMs);
    entry.failures = [];
    return true;
  }

  /** Drops the least recently seen keys that are not locked, then the oldest if still full. */
  private evict(t: number): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size < this.maxKeys * 0.9) return;
      if (entry.lockedUntil <= t) this.entries.delete(key);
    }
    while (this.entries.size >= this.maxKeys) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) return;
      this.entries.delete(oldest);
    }
  }
}
