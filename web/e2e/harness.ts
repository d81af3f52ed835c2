import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Starts the product the way `npm start` does (scripts/start.ts) on a free port with a fresh
// database file, and drives Debian's chromium through playwright-core.

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
export const PASSWORD = 'duaal-demo';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Product {
  url: string;
  /** The product's SQLite file (e.g. for `npm run import` from another process). */
  dbFile: string;
  stop: () => Promise<void>;
  log: () => string;
}

/** Builds the dashboard once, then starts the product with --no-build and waits for its URL. */
export async function startProduct(options: { env?: Record<string, string>; startTimeoutMs?: number } = {}): Promise<Product> {
  // NODE_ENV=production: under vitest it is "test", and Vite would bundle React's development
  // build (StrictMode's double renders, twice the size) instead of the one `npm start` serves.
  execSync('npm run build --workspace web', { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  const port = await freePort();
  const dbFile = join(tmpdir(), `duaal-e2e-${process.pid}-${Date.now()}.sqlite`);
  let output = '';
  const child: ChildProcess = spawn('npx', ['tsx', 'scripts/start.ts', '--no-build'], {
    cwd: ROOT,
    // A fixed today: the demo history ends on it and the KPIs are read with it, so every run sees the same data.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_FILE: dbFile, TODAY: '2026-11-29', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const url = await new Promise<string>((resolve, reject) => {
    // Generating and importing the demo history up to today (about ten school years at scale 1)
    // takes minutes when the machine's two cores are shared.
    const timer = setTimeout(() => reject(new Error(`the product did not start in time:\n${output}`)), options.startTimeoutMs ?? 540_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /dashboard\s+(http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the product exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dbFile,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once('exit', r));
        // The group: npx → tsx → node; only the processes this test started.
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
}

/** A GraphQL client for the test: the same API the page uses, to compare numbers. */
export function api(url: string) {
  const request = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: { message: string }[] };
  };
  return {
    request,
    async login(email: string): Promise<string> {
      const r = await request<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: PASSWORD },
      );
      if (!r.data) throw new Error(`login ${email}: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    /** samePeriod: as the overview's tiles ask it (the running year up to today). */
    async kpiTotal(token: string, args: { id: string; measure?: string; schoolYear: string; filter?: Record<string, unknown>; samePeriod?: boolean }) {
      const r = await request<{ kpi: { total: { value: number | null; status: string } } }>(
        `query($id: KpiId!, $m: String, $y: String!, $f: KpiFilter, $s: Boolean) { kpi(id: $id, measure: $m, schoolYear: $y, filter: $f, samePeriod: $s) { total { value status } } }`,
        { id: args.id, m: args.measure, y: args.schoolYear, f: args.filter, s: args.samePeriod ?? null },
        token,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.kpi.total;
    },
  };
}

/** A page already signed in as `email` (token in localStorage, as the login screen stores it). */
export async function signedInPage(browser: Browser, url: string, token: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.addInitScript((t) => localStorage.setItem('duaal-monitor.token', t), token);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  void url;
  return { context, page };
}

/** Waits until no loading indicator is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main[data-view]', { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('.state-loading').length === 0 && !!document.querySelector('[data-chart], .tile'), undefined, {
    timeout: 60_000,
  });
}

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core in the page: the serious and critical violations. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  // Through DevTools, not a <script> tag: the dashboard's CSP refuses inline scripts, as it should.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}
