import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Db } from './db/client.js';
import { createApp } from './yoga.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface ServerOptions {
  db: Db;
  port: number;
  host: string;
  authSecret: string;
  suppressionThreshold: number;
  /** Built dashboard to serve next to /graphql; the SPA's index.html answers unknown paths. */
  webDist?: string;
}

/** One listener for the API (/graphql) and the built dashboard. */
export async function startHttpServer(options: ServerOptions): Promise<{ server: Server; url: string }> {
  const yoga = createApp(options);
  const webRoot = options.webDist && existsSync(options.webDist) ? resolve(options.webDist) : undefined;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/graphql') || !webRoot) return yoga(req, res);
    let file = normalize(join(webRoot, decodeURIComponent(path)));
    if (!file.startsWith(webRoot) || !existsSync(file) || statSync(file).isDirectory()) file = join(webRoot, 'index.html');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = file.includes(`${join(webRoot, 'assets')}`);
    res.writeHead(200, { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(options.port, options.host, done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}` };
}
