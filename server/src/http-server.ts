import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { Clock } from './clock.js';
import type { Db } from './db/client.js';
import { KpiWorkerPool } from './modules/kpis/kpi-workers.js';
import { warmKpiCache } from './modules/kpis/kpis.service.js';
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
  /** KPI worker threads (default 1; 0, or an in-memory database: KPIs on the main thread). */
  kpiWorkers?: number;
  /** Time budget of one request's KPI computations in the workers, in ms. */
  queryBudgetMs?: number;
  /** Fill the KPI result cache with the overview figures of this day before the first visit. */
  warmKpiCacheFor?: string;
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

/** One listener for the API (/graphql) and the built dashboard. */
export async function startHttpServer(options: ServerOptions): Promise<{ server: Server; url: string }> {
  const file = options.db.sqlite.name;
  const workers = options.db.sqlite.memory ? 0 : (options.kpiWorkers ?? 1);
  const kpiPool = workers > 0 ? new KpiWorkerPool({ file, size: workers, warmToday: options.warmKpiCacheFor }) : undefined;
  if (!kpiPool && options.warmKpiCacheFor) warmKpiCache(options.db, options.warmKpiCacheFor);
  const yoga = createApp({ ...options, kpiPool });
  const files = options.webDist && existsSync(options.webDist) ? staticFiles(resolve(options.webDist)) : undefined;
  const server = createServer(
    guarded((req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path.startsWith('/graphql') || !files) return yoga(req, res);
      return files(req, res);
    }),
  );
  server.on('close', () => void kpiPool?.close());
  // Listen once the workers have opened the file (and warmed their cache): the first requests'
  // budgets should not pay for the workers' start.
  await kpiPool?.ready();
  await new Promise<void>((done) => server.listen(options.port, options.host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}` };
}
