import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

// Issue 4/5, part 4: the built dashboard served by startHttpServer, driven by Debian's chromium.

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Where web/src/lib/session.ts keeps the access token (sessionStorage). */
const TOKEN_KEY = 'duaal-monitor.token';
/** A painted KPI value of an overview tile (web/src/features/overview/components/KpiTile.tsx). */
const VALUE_SELECTOR = '.tile-value, [data-testid="kpi-tile-value"]';
const TILE_SELECTOR = 'article[data-kpi]';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * web/dist, built when missing, older than web/src or when asked. A failed build (the dashboard
 * is being edited) falls back to the existing dist with a note; without any dist: undefined.
 */
export function ensureWebDist(root: string, force: boolean): { dist?: string; note: string } {
  const dist = join(root, 'web', 'dist');
  const index = join(dist, 'index.html');
  const stale = !existsSync(index) || newestMtime(join(root, 'web', 'src')) > statSync(index).mtimeMs;
  if (!force && !stale) return { dist, note: 'web/dist up to date' };
  try {
    console.log('building the dashboard (npm run build --workspace web) …');
    execSync('npm run build --workspace web', { cwd: root, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
    return { dist, note: 'web/dist built for this run' };
  } catch (error) {
    const reason = String((error as { stderr?: Buffer }).stderr ?? error).trim().split('\n').slice(-3).join(' ');
    if (existsSync(index)) return { dist, note: `web build failed, measured the existing web/dist (${reason})` };
    return { note: `no web/dist and the build failed: ${reason}` };
  }
}

export interface BundleSize {
  files: { name: string; bytes: number; gzipBytes: number; entry: boolean }[];
  totalGzipKb: number;
  entryGzipKb: number;
}

/** Gzipped size of every .js file in web/dist/assets; "entry" = loaded by index.html itself. */
export function bundleSize(dist: string): BundleSize {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = join(dist, 'assets');
  const files = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const content = readFileSync(join(assets, name));
      return { name, bytes: content.length, gzipBytes: gzipSync(content).length, entry: html.includes(`/assets/${name}`) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const kb = (list: typeof files) => list.reduce((s, f) => s + f.gzipBytes, 0) / 1024;
  return { files, totalGzipKb: kb(files), entryGzipKb: kb(files.filter((f) => f.entry)) };
}

/**
 * Runs before the app's scripts: puts the token where the app reads it and records, relative to
 * the navigation start, the first frame after the first (and after every) tile value is in the DOM.
 */
function initScript(token: string): string {
  return `(() => {
    try { sessionStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(token)}); } catch (e) {}
    const afterPaint = (name) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window[name] = performance.now();
        // The browser's network log at that frame: every response completed so far (an open
        // stream, like the live-update subscription, has no entry yet).
        window[name + 'Resources'] = performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd }));
      };
      channel.port2.postMessage(0);
    });
    let first = false;
    const observer = new MutationObserver(() => {
      const values = document.querySelectorAll(${JSON.stringify(VALUE_SELECTOR)}).length;
      const tiles = document.querySelectorAll(${JSON.stringify(TILE_SELECTOR)}).length;
      if (!first && values > 0) { first = true; afterPaint('__benchFirstKpi'); }
      if (first && tiles > 0 && values >= tiles) { observer.disconnect(); afterPaint('__benchAllKpis'); }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

export interface DashboardTiming {
  /** Navigation start → first frame after the first KPI value, ms, one per run. */
  firstKpi: number[];
  /** Gzipped kB of the scripts (web/dist/assets) the page had loaded at that frame, one per run. */
  jsBeforeFirstKpiKb: number[];
  /** GraphQL requests completed by then (queries and mutations; the live stream stays open), one per run. */
  graphqlBeforeFirstKpi: number[];
  /** The scripts of the last run, file names. */
  scriptsBeforeFirstKpi: string[];
  /** … after every overview tile shows its value. */
  allKpis: number[];
  tiles: number;
  browserLaunchMs: number;
}

export async function measureDashboard(
  url: string,
  token: string,
  { runs, warmup, before, path = '/overzicht', dist }: { runs: number; warmup: number; before?: () => void; path?: string; dist?: string },
): Promise<DashboardTiming> {
  const gzipKb = new Map<string, number>();
  const scriptKb = (name: string) => {
    if (!dist) return Number.NaN;
    if (!gzipKb.has(name)) gzipKb.set(name, gzipSync(readFileSync(join(dist, 'assets', name))).length / 1024);
    return gzipKb.get(name)!;
  };
  const launchStart = Date.now();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
  const browserLaunchMs = Date.now() - launchStart;
  const result: DashboardTiming = { firstKpi: [], jsBeforeFirstKpiKb: [], graphqlBeforeFirstKpi: [], scriptsBeforeFirstKpi: [], allKpis: [], tiles: 0, browserLaunchMs };
  try {
    for (let i = 0; i < warmup + runs; i++) {
      // A new context per run: empty HTTP cache and sessionStorage, as a first visit.
      const context = await browser.newContext();
      await context.addInitScript(initScript(token));
      const page = await context.newPage();
      before?.();
      try {
        await page.goto(`${url}${path}`);
        // Functions, not strings: the dashboard's Content-Security-Policy forbids eval in the page.
        // (Run in the page: globalThis is its window; this package compiles without the DOM types.)
        type BenchWindow = Record<string, unknown> & { document: { querySelectorAll: (s: string) => { length: number } } };
        await page.waitForFunction(() => (globalThis as unknown as BenchWindow).__benchFirstKpi !== undefined && (globalThis as unknown as BenchWindow).__benchAllKpis !== undefined, undefined, {
          timeout: 60_000,
        });
        const timing = (await page.evaluate((tileSelector) => {
          const w = globalThis as unknown as BenchWindow;
          return { first: w.__benchFirstKpi, resources: w.__benchFirstKpiResources, all: w.__benchAllKpis, tiles: w.document.querySelectorAll(tileSelector).length };
        }, TILE_SELECTOR)) as {
          first: number;
          resources: { name: string; start: number; end: number }[];
          all: number;
          tiles: number;
        };
        const scripts = timing.resources.map((r) => new URL(r.name).pathname).filter((p) => /^\/assets\/[\w.-]+\.js$/.test(p)).map((p) => p.slice('/assets/'.length));
        if (i >= warmup) {
          result.firstKpi.push(timing.first);
          result.scriptsBeforeFirstKpi = [...new Set(scripts)].sort();
          result.jsBeforeFirstKpiKb.push(result.scriptsBeforeFirstKpi.reduce((sum, name) => sum + scriptKb(name), 0));
          result.graphqlBeforeFirstKpi.push(timing.resources.filter((r) => new URL(r.name).pathname === '/graphql').length);
          result.allKpis.push(timing.all);
          result.tiles = timing.tiles;
        }
      } catch (error) {
        const text = (await page.locator('main').innerText().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ');
        throw new Error(`no KPI tile value (${VALUE_SELECTOR}) appeared on ${url}${path}: ${(error as Error).message.split('\n')[0]}; page says: "${text}"`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return result;
}
