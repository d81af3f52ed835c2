import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { systemClock, type Clock } from './clock.js';
import type { Db } from './db/client.js';
import { setDataChangeClock, setDataChangeWarmer, WARM_MS } from './modules/live/data-changes.js';
import { watchDataChanges } from './modules/live/data-watcher.js';
import { KpiWorkerPool, warmKpiCache } from './modules/kpis/index.js';
import { LoginLimiter } from './modules/auth/login-limiter.js';
import { oidcRoutes, SignInCodes, type OidcSettings } from './modules/auth/oidc.js';
import { createApp } from './yoga.js';

export interface ServerOptions {
  db: Db;
  port: number;
  host: string;
  authSecret: string;
  suppressionThreshold: number;
  clock?: Clock;
  /** Built dashboard to serve next to /graphql; the SPA's index.html answers unknown paths. */
  webDist?: string;
  /** Origins other than the dashboard's own that may call the API (CORS); default none. */
  corsOrigins?: readonly string[];
  /** Behind one reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  trustProxy?: boolean;
  production?: boolean;
  /** KPI worker threads (default 1; 0, or an in-memory database: KPIs on the main thread). */
  kpiWorkers?: number;
  /** Time budget of one request's KPI computations in the workers, in ms. */
  queryBudgetMs?: number;
  /** Fill the KPI result cache with the overview figures of this day before the first visit. */
  warmKpiCacheFor?: string;
  /** Single sign-on (OpenID Connect) at /auth/oidc/…; absent: local accounts only. */
  oidc?: OidcSettings | null;
  /** Sign-in with e-mail and password (default true). */
  localSignIn?: boolean;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * The built dashboard through sirv: it serves only the files it listed at start (no path is ever
 * joined to the disk), tolerates malformed escapes, and falls back to index.html for the SPA's
 * routes. Hashed assets are cached for good, the rest revalidated.
 */
function staticFiles(webRoot: string): Handler {
  return sirv(webRoot, {
    single: true,
    etag: true,
    setHeaders: (res, pathname) => {
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/**
 * On every response, API and dashboard alike. The dashboard's build has no inline script; React
 * and recharts set inline style attributes, hence 'unsafe-inline' for styles only. connect-src
 * 'self': the dashboard only talks to its own /graphql.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The spreadsheet writer (fflate) compresses large sheets in a worker it starts from a blob.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * The address the limiter counts per client. X-Forwarded-For is written by whoever sends the
 * request, so it is read only when a proxy we run appends to it (TRUST_PROXY), and then only its
 * last entry, the one our proxy added.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').pop()?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** One bad request must never stop the process: an unexpected error answers 500 and is logged. */
function guarded(handler: Handler): Handler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      console.error(`request ${req.method} ${JSON.stringify(req.url)} failed:`, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal server error');
    }
  };
}

export interface RunningServer {
  server: Server;
  url: string;
  /** Stops the data watcher, ends open connections (live-update streams) and closes the listener. */
  stop: () => Promise<void>;
}

/**
 * One listener for the API (/graphql) and the built dashboard. While it listens, commits of other
 * processes to the database are announced to open dashboards (modules/live/data-watcher.ts).
 */
export async function startHttpServer(options: ServerOptions): Promise<RunningServer> {
  const file = options.db.sqlite.name;
  const workers = options.db.sqlite.memory ? 0 : (options.kpiWorkers ?? 1);
  const kpiPool = workers > 0 ? new KpiWorkerPool({ file, size: workers, warmToday: options.warmKpiCacheFor }) : undefined;
  if (!kpiPool && options.warmKpiCacheFor) warmKpiCache(options.db, options.warmKpiCacheFor);
  const clock = options.clock ?? systemClock;
  const signInCodes = new SignInCodes();
  // One limiter for the login mutation and the single sign-on callback.
  const loginLimiter = new LoginLimiter();
  const clientOf = (req: IncomingMessage) => clientAddress(req, options.trustProxy ?? false);
  const oidc = options.oidc ? oidcRoutes({ db: options.db, settings: options.oidc, clock, codes: signInCodes, limiter: loginLimiter, clientOf }) : undefined;
  const yoga = createApp({ ...options, kpiPool, loginLimiter, signIn: { local: options.localSignIn ?? true, oidc: options.oidc ? { label: options.oidc.label, codes: signInCodes } : null } });
  const files = options.webDist && existsSync(options.webDist) ? staticFiles(resolve(options.webDist)) : undefined;
  const server = createServer(
    guarded(async (req, res) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (oidc && (await oidc(req, res))) return;
      if (path.startsWith('/graphql') || !files) return yoga(req, res, { clientAddress: clientAddress(req, options.trustProxy ?? false) });
      return files(req, res);
    }),
  );
  server.on('close', () => void kpiPool?.close());
  // Listen once the workers have opened the file (and warmed their cache): the first requests'
  // budgets should not pay for the workers' start.
  await kpiPool?.ready();
  await new Promise<void>((done) => server.listen(options.port, options.host, done));
  if (options.clock) setDataChangeClock(options.db, options.clock);
  // After a change, the figures open dashboards show are computed before the change is announced.
  if (kpiPool) setDataChangeWarmer(options.db, () => kpiPool.warm(WARM_MS));
  const watcher = watchDataChanges(options.db);
  server.on('close', () => {
    watcher.stop();
    setDataChangeWarmer(options.db, undefined);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const stop = () =>
    new Promise<void>((done) => {
      watcher.stop();
      server.close(() => done());
      // Live-update streams never end by themselves; close() alone would wait for them.
      server.closeAllConnections();
    });
  return { server, url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`, stop };
}
