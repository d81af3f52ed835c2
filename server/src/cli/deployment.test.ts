import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';

// Issue "Live", part 6: a real deployment, not only the demo. Runs the README's start script as a
// child process (without building the dashboard) on a fresh database file.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const freshDatabase = () => join(mkdtempSync(join(tmpdir(), 'duaal-deploy-')), 'deploy.sqlite');

/** Starts scripts/start.ts, waits for "is running" and returns its URL and a stop function. */
async function start(env: Record<string, string>): Promise<{ url: string; output: () => string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(TSX, ['scripts/start.ts', '--no-build'], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' } });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is running')) resolve(`http://127.0.0.1:${port}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  return { url, output: () => output, stop: () => child.kill('SIGTERM') };
}

async function login(url: string, email: string, password: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { role } } }', variables: { email, password } }),
  });
  return (await response.json()) as { data?: { login: { token: string; user: { role: string } } | null }; errors?: { message: string }[] };
}

describe('a deployment without the demo (DEMO=false)', () => {
  it('refuses to start with the built-in secret, saying what to set', () => {
    const unset: NodeJS.ProcessEnv = { ...process.env, DEMO: 'false', DATABASE_FILE: freshDatabase() };
    delete unset.AUTH_SECRET;
    const refused = spawnSync(TSX, ['scripts/start.ts', '--no-build'], { cwd: ROOT, env: unset, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('DEMO=false needs a secret of its own: set AUTH_SECRET');
  });

  it('starts with a secret of its own, without demo users or demo data; user:add creates an admin who signs in', async () => {
    const databaseFile = freshDatabase();
    const env = { DEMO: 'false', AUTH_SECRET: 'a-real-deployment-secret-0123456789', DATABASE_FILE: databaseFile, WEB_DIST: '/nonexistent' };
    const product = await start(env);
    try {
      expect(product.output()).toContain('npm run user:add -- --role ADMIN <email>');
      expect((await login(product.url, 'admin@duaal.test', 'duaal-demo')).data?.login ?? null).toBeNull();

      const added = spawnSync(TSX, ['server/src/cli/user-add.ts', '--role', 'ADMIN', 'Beheer@Example.org'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(added.status).toBe(0);
      const password = /one-time password: (\S+)/.exec(added.stdout)?.[1];
      expect(password).toBeDefined();

      const signedIn = await login(product.url, 'beheer@example.org', password as string);
      expect(signedIn.data?.login?.user.role).toBe('ADMIN');
    } finally {
      product.stop();
    }
    const db = openDatabase(databaseFile);
    const counts = db.sqlite.prepare("select (select count(*) from users where email like '%@duaal.test') as demo, (select count(*) from recognitions) as recognitions, (select count(*) from partnerships) as partnerships").get() as Record<string, number>;
    db.sqlite.close();
    // Reference data are always loaded; no demo user, no demo record.
    expect(counts).toEqual({ demo: 0, recognitions: 0, partnerships: 23 });
  });

  it('user:add names the field it cannot accept and writes nothing', () => {
    const databaseFile = freshDatabase();
    const env = { ...process.env, DATABASE_FILE: databaseFile };
    const bad = spawnSync(TSX, ['server/src/cli/user-add.ts', '--role', 'SECTOR_STAFF', 'staff@example.org'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('partnershipCode: is required for SECTOR_STAFF');
    const role = spawnSync(TSX, ['server/src/cli/user-add.ts', '--role', 'KING', 'staff@example.org'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(role.stderr).toContain('role: must be one of ADMIN');
    const db = openDatabase(databaseFile);
    expect((db.sqlite.prepare('select count(*) as n from users').get() as { n: number }).n).toBe(0);
    db.sqlite.close();
  });
});
