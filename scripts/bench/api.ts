import type { Server } from 'node:http';
import { openDatabase, signToken, startHttpServer, type Db } from '@duaal/server';

// The product's own listener (startHttpServer) on a free port against the benchmark file, with an
// ADMIN user of its own and a signed token, and a minimal fetch client.

export const AUTH_SECRET = 'duaal-monitor-benchmark-secret-not-for-production';
const BENCH_EMAIL = 'bench-admin@duaal.test';

export interface BenchServer {
  url: string;
  db: Db;
  adminId: number;
  token: string;
  /**
   * Removes the change marks through the server's connection. The KPI module keeps results until
   * a change touches them (docs/kpi-cache.md); without marks nothing can be kept, so the next
   * request computes from SQLite.
   */
  dropKpiCache: () => void;
  stop: () => Promise<void>;
}

/** An ADMIN row (no password: token only), created once per file. */
function ensureBenchAdmin(db: Db): number {
  const existing = db.sqlite.prepare('SELECT id FROM users WHERE email = ?').get(BENCH_EMAIL) as { id: number } | undefined;
  if (existing) return existing.id;
  const inserted = db.sqlite.prepare("INSERT INTO users (email, name, role) VALUES (?, 'Benchmark', 'ADMIN')").run(BENCH_EMAIL);
  return Number(inserted.lastInsertRowid);
}

export async function startBenchServer(file: string, webDist?: string): Promise<BenchServer> {
  const db = openDatabase(file);
  const adminId = ensureBenchAdmin(db);
  // A benchmark run can outlast a working day: a longer-lived token than the 8 h of a login.
  const token = await signToken(adminId, AUTH_SECRET, new Date(), 24 * 60 * 60);
  const resetMarks = db.sqlite.prepare('DELETE FROM data_change_marks');
  const { server, url } = await startHttpServer({ db, port: 0, host: '127.0.0.1', authSecret: AUTH_SECRET, suppressionThreshold: 5, webDist });
  // Node closes an idle keep-alive socket after 5 s; on a large file the gaps between requests are
  // longer, and fetch would reuse a socket just as the server closes it (ECONNRESET).
  server.keepAliveTimeout = 10 * 60_000;
  return {
    url,
    db,
    adminId,
    token,
    dropKpiCache: () => void resetMarks.run(),
    stop: async () => {
      await close(server);
      db.sqlite.close();
    },
  };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done, fail) => server.close((error) => (error ? fail(error) : done())));
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POST /graphql; throws on a transport error, returns GraphQL errors as they come. */
export async function graphql<T>(server: { url: string; token: string }, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
}
