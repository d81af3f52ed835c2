import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from './http-server.js';
import { createTestDb } from './testing/test-db.js';

// Issue 9, item 1: one anonymous request stopped the process (URIError on `/%`), and a sibling
// folder whose name starts with the dashboard's folder name was served (`/../dist-private/…`).

/** A GET with the path sent exactly as written (no URL normalisation by the client). */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the HTTP listener', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'duaal-http-'));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    mkdirSync(join(root, 'dist-private'));
    writeFileSync(join(root, 'dist-private', 'secret.txt'), 'top secret');
    const started = await startHttpServer({ db: createTestDb(), port: 0, host: '127.0.0.1', authSecret: 'a-test-secret-of-32-characters!!', suppressionThreshold: 5, webDist: dist });
    server = started.server;
    port = Number(new URL(started.url).port);
  });
  afterAll(() => server.close());

  it.each(['/%', '/%E0%A4%A', '/assets/%', '/%00', '/..%2f..%2fetc%2fpasswd'])('survives GET %s and keeps answering', async (path) => {
    const bad = await rawGet(port, path);
    expect(bad.status).toBeLessThan(500);
    const next = await rawGet(port, '/');
    expect(next.status).toBe(200);
    expect(next.body).toContain('<title>dashboard</title>');
  });

  it('never serves a file outside the dashboard folder', async () => {
    for (const path of ['/../dist-private/secret.txt', '/..%2fdist-private%2fsecret.txt', '/%2e%2e/dist-private/secret.txt']) {
      const res = await rawGet(port, path);
      expect(res.body).not.toContain('top secret');
    }
  });

  it('serves the dashboard files, hashed assets cached for good, and index.html for app routes', async () => {
    expect((await rawGet(port, '/assets/app-1234.js')).body).toBe('console.log(1)');
    const route = await rawGet(port, '/mentoren?jaar=2022-2023');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>dashboard</title>');
  });
});
