import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { Clock } from './clock.js';
import type { Db } from './db/client.js';
import { setDataChangeClock } from './modules/live/data-changes.js';
import { watchDataChanges } from './modules/live/data-watcher.js';
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
  const yoga = createApp(options);
  const files = options.webDist && existsSync(options.webDist) ? staticFiles(resolve(options.webDist)) : undefined;
  const server = createServer(
    guarded((req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path.startsWith('/graphql') || !files) return yoga(req, res);
      return files(req, res);
    }),
  );
  await new Promise<void>((done) => server.listen(options.port, options.host, done));
  if (options.clock) setDataChangeClock(options.db, options.clock);
  const watcher = watchDataChanges(options.db);
  server.on('close', () => watcher.stop());
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
