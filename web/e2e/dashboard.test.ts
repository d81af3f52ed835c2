import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { initialChunks, XLSX_WRITER_SIGNATURE } from './bundle';
import { api, axeViolations, launchBrowser, ROOT, SCREENSHOTS, settled, signedInPage, startProduct, type Product } from './harness';

// The dashboard against the running product: every view loads, shows the API's numbers for the
// same filters, keeps its state in the URL, cross-filters, exports, and respects the roles.

const VIEWS = ['overzicht', 'provincies', 'sectoren', 'mentoren', 'overeenkomsten', 'radar', 'trends'] as const;
const OVERVIEW_TILES: [string, string | undefined][] = [
  ['K1', undefined],
  ['K2', 'establishments'],
  ['K3', undefined],
  ['K5', 'approved'],
  ['K9', undefined],
  ['K10', 'complianceRate'],
  ['K12', undefined],
  ['K13', undefined],
  ['K14', undefined],
];

/** Polls with a timeout that fits a page running a dozen KPI queries on two shared cores. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000 });

let product: Product;
let browser: Browser;
let client: ReturnType<typeof api>;
let adminToken: string;
let year: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  product = await startProduct();
  browser = await launchBrowser();
  client = api(product.url);
  adminToken = await client.login('admin@duaal.test');
  const years = await client.request<{ schoolYears: string[] }>('{ schoolYears }', {}, adminToken);
  year = years.data!.schoolYears.at(-1)!;
  // startProduct waits up to 9 minutes for the demo history; the build and the browser come on top.
}, 720_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function open(page: Page, path: string) {
  await page.goto(`${product.url}${path}`);
  await settled(page);
}

const tileValue = (page: Page, kpi: string) =>
  page.locator(`.tile[data-kpi="${kpi}"] .tile-value`).getAttribute('data-value', { timeout: 30_000 });

async function waitForTile(page: Page, kpi: string, expected: number | null) {
  if (expected === null) {
    await poll(() => tileValue(page, kpi)).toBe('');
    return;
  }
  await expect
    .poll(async () => {
      const v = await tileValue(page, kpi);
      return v === '' || v === null ? null : Number(v);
    }, { timeout: 30_000 })
    .toBeCloseTo(expected, 6);
}

describe('the login screen', () => {
  it('signs in with the login mutation and keeps the token in localStorage (shared by the tabs)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${product.url}/`);
    await page.getByLabel('E-mailadres').fill('lid@duaal.test');
    await page.getByLabel('Wachtwoord').fill('duaal-demo');
    await page.screenshot({ path: join(SCREENSHOTS, '00-login.png') });
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await settled(page);
    expect(await page.evaluate(() => localStorage.getItem('duaal-monitor.token'))).toBeTruthy();
    await poll(() => new URL(page.url()).searchParams.get('jaar')).toBe(year);
    await context.close();
  });

  it('loads no chart, map or view code before sign-in; after it, only the view shown (the overview draws no chart with recharts)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${product.url}/`);
    await page.getByLabel('E-mailadres').waitFor();
    const lazy = /\/assets\/(charts|geo|xlsx|overzicht|provincies|sectoren|mentoren|overeenkomsten|radar|trends)-[\w-]+\.js$/;
    expect(scripts.filter((s) => lazy.test(s))).toEqual([]);
    await page.getByLabel('E-mailadres').fill('lid@duaal.test');
    await page.getByLabel('Wachtwoord').fill('duaal-demo');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await settled(page);
    expect(scripts.some((s) => /\/assets\/overzicht-/.test(s))).toBe(true);
    // The tiles' sparklines are plain SVG: the chart library waits for a view with charts.
    expect(scripts.filter((s) => /\/assets\/(charts|radar|trends|geo|xlsx)-/.test(s))).toEqual([]);
    await context.close();
  });

  it('rejects a wrong password', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${product.url}/`);
    await page.getByLabel('E-mailadres').fill('lid@duaal.test');
    await page.getByLabel('Wachtwoord').fill('wrong-password');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByRole('alert').waitFor();
    await context.close();
  });
});

describe('the first paint of the overview', () => {
  it('takes one GraphQL request (user, clock, school years and tiles together) and under 200 kB of JavaScript', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    // Requests as the browser sends them, in order; the live-update stream (an SSE POST that
    // stays open) is not a round trip of the first paint and is left out.
    const graphql: string[] = [];
    const scripts: string[] = [];
    let atFirstValue: { graphql: string[]; scripts: string[] } | undefined;
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/graphql' && r.method() === 'POST' && r.headers()['accept'] !== 'text/event-stream') {
        graphql.push((JSON.parse(r.postData() ?? '{}') as { operationName?: string }).operationName ?? '?');
      }
      if (r.resourceType() === 'script') scripts.push(url.pathname.replace('/assets/', ''));
    });
    // Called from the page the moment the first tile value is in the DOM (after its response).
    await page.exposeFunction('__firstTileValue', () => {
      atFirstValue ??= { graphql: [...graphql], scripts: [...scripts] };
    });
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('.tile .tile-value')) {
          observer.disconnect();
          void (window as unknown as { __firstTileValue: () => Promise<void> }).__firstTileValue();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await open(page, `/overzicht?jaar=${year}`);
    await poll(() => atFirstValue !== undefined).toBe(true);
    expect(atFirstValue!.graphql).toEqual(['OverviewStart']);
    // Every tile was answered by that one response: still no other query once all show a value.
    await poll(() => page.locator('.tile .tile-value').count()).toBe(OVERVIEW_TILES.length);
    expect(graphql).toEqual(['OverviewStart']);
    // The scripts before the first value, gzipped as a server would send them: within 200 kB.
    const dist = join(ROOT, 'web', 'dist');
    const kb = atFirstValue!.scripts.reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, 'assets', name))).length, 0) / 1024;
    expect(kb).toBeLessThanOrEqual(200);
    expect(atFirstValue!.scripts.filter((name) => /^(charts|geo|xlsx)-/.test(name))).toEqual([]);
    // The tiles' SVG sparklines on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, '14-overzicht-telefoon.png'), fullPage: true });
    await context.close();
  });

  it('keeps the spreadsheet writer out of the initial chunks (index.html and their static imports)', () => {
    const dist = join(ROOT, 'web', 'dist');
    const initial = initialChunks(dist);
    expect(initial.length).toBeGreaterThan(1);
    const withWriter = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js') && readFileSync(join(dist, 'assets', name), 'utf8').includes(XLSX_WRITER_SIGNATURE));
    // The writer is in the build (one lazy chunk) …
    expect(withWriter).toHaveLength(1);
    // … and not among the chunks loaded before any import().
    expect(initial).not.toContain(withWriter[0]);
  });
});

describe('every view', () => {
  it.each(VIEWS.map((v, i) => [v, i] as const))('%s loads without errors, has a screenshot and no serious axe violations', async (view, i) => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/${view}?jaar=${year}`);
    expect(await page.locator('.state-error').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, `${String(i + 1).padStart(2, '0')}-${view}.png`), fullPage: true });
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the overview is usable on a tablet (820 px)', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken, { width: 820, height: 1180 });
    await open(page, `/overzicht?jaar=${year}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, '08-overzicht-tablet.png'), fullPage: true });
    await context.close();
  });
});

describe('numbers', () => {
  it('the overview tiles show the API totals', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/overzicht?jaar=${year}`);
    for (const [kpi, measure] of OVERVIEW_TILES) {
      const total = await client.kpiTotal(adminToken, { id: kpi, measure, schoolYear: year, samePeriod: true });
      await waitForTile(page, kpi, total.value);
    }
    // The definition is one click away.
    await page.getByRole('button', { name: /^Definitie van .*naleving/i }).click();
    await poll(() => page.getByRole('dialog').textContent()).toMatch(/vrijgesteld/);
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await context.close();
  });

  it('the sector table shows the API values per partnership', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/sectoren?jaar=${year}`);
    const r = await client.request<{ kpi: { rows: { keys: { id: string }[]; value: number | null }[]; total: { value: number } } }>(
      'query($y: String!) { kpi(id: K1, schoolYear: $y, groupBy: [PARTNERSHIP]) { rows { keys { id } value } total { value } } }',
      { y: year },
      adminToken,
    );
    const table = page.locator('[data-chart="sector-table"]');
    for (const row of r.data!.kpi.rows.slice(0, 8)) {
      const cell = table.locator(`tr[data-row-id="${row.keys[0]!.id}"] td[data-col="recognitions"]`);
      expect(Number(await cell.getAttribute('data-value'))).toBe(row.value);
    }
    expect(Number(await table.locator('tfoot td[data-col="recognitions"]').getAttribute('data-value'))).toBe(r.data!.kpi.total.value);
    await poll(() => table.getByText(/meer zijn dan het totaal/).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('the agreements and mentors charts show the API values', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/overeenkomsten?jaar=${year}`);
    const k13 = await client.request<{ kpi: { rows: { keys: { id: string }[]; value: number | null }[] } }>(
      'query($y: String!) { kpi(id: K13, schoolYear: $y, groupBy: [AGREEMENT_TYPE]) { rows { keys { id } value } } }',
      { y: year },
      adminToken,
    );
    const card = page.locator('[data-chart="agreements-running-type"]');
    for (const row of k13.data!.kpi.rows) {
      const v = await card.locator(`tr[data-row-id="${row.keys[0]!.id}"] td[data-col="value"]`).getAttribute('data-value');
      expect(v === '' ? null : Number(v)).toBe(row.value);
    }
    await open(page, `/mentoren?jaar=${year}`);
    const k10 = await client.kpiTotal(adminToken, { id: 'K10', measure: 'due', schoolYear: year });
    const due = await page.locator('[data-chart="mentor-compliance-partnership"] tfoot td[data-col="due"]').getAttribute('data-value');
    expect(Number(due)).toBe(k10.value);
    await context.close();
  });
});

describe('filters and the URL', () => {
  it('setting a filter changes the URL and the numbers; the URL restores the view in a new page', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/overzicht?jaar=${year}`);
    const all = await client.kpiTotal(adminToken, { id: 'K1', schoolYear: year, samePeriod: true });
    const antwerp = await client.kpiTotal(adminToken, { id: 'K1', schoolYear: year, filter: { provinces: ['ANTWERPEN'] }, samePeriod: true });
    expect(antwerp.value).not.toBe(all.value);
    await waitForTile(page, 'K1', all.value);
    await page.getByLabel('Provincie', { exact: true }).selectOption('ANTWERPEN');
    await poll(() => new URL(page.url()).searchParams.get('provincie')).toBe('ANTWERPEN');
    await waitForTile(page, 'K1', antwerp.value);
    // The PC-number cascade: choosing a partnership limits the PC numbers to its own.
    await page.getByLabel('Partnerschap', { exact: true }).selectOption('BOUW');
    await poll(() => new URL(page.url()).searchParams.get('partnerschap')).toBe('BOUW');
    await poll(async () => (await page.getByLabel('PC-nummer').locator('option').allTextContents()).filter((o) => /^\d/.test(o)).every((o) => /^124\b/.test(o)))
      .toBe(true);
    const bouwAntwerp = await client.kpiTotal(adminToken, { id: 'K1', schoolYear: year, filter: { provinces: ['ANTWERPEN'], partnerships: ['BOUW'] }, samePeriod: true });
    await waitForTile(page, 'K1', bouwAntwerp.value);

    const link = page.url();
    const second = await context.newPage();
    await second.goto(link);
    await settled(second);
    expect(await second.getByLabel('Provincie', { exact: true }).inputValue()).toBe('ANTWERPEN');
    expect(await second.getByLabel('Partnerschap', { exact: true }).inputValue()).toBe('BOUW');
    await waitForTile(second, 'K1', bouwAntwerp.value);
    await context.close();
  });

  it('clicking a province on the map filters the other views', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/provincies?jaar=${year}`);
    await page.locator('path[data-region="LIMBURG"]').click();
    await poll(() => new URL(page.url()).searchParams.get('provincie')).toBe('LIMBURG');
    await page.screenshot({ path: join(SCREENSHOTS, '09-provincies-limburg.png'), fullPage: true });
    expect(await page.locator('path[data-region="LIMBURG"]').getAttribute('aria-pressed')).toBe('true');
    // Every other view follows the filter.
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('provincie')).toBe('LIMBURG');
    const limburg = await client.kpiTotal(adminToken, { id: 'K1', schoolYear: year, filter: { provinces: ['LIMBURG'] }, samePeriod: true });
    await waitForTile(page, 'K1', limburg.value);
    await context.close();
  });

  it('clicking a row in a table cross-filters (keyboard path of the bar click)', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/overeenkomsten?jaar=${year}`);
    const card = page.locator('[data-chart="agreements-started-system"]');
    await card.locator('summary').click();
    await card.locator('tbody button').first().click();
    await poll(() => new URL(page.url()).searchParams.get('stelsel')).toMatch(/DUAL|LEREN_EN_WERKEN/);
    await context.close();
  });
});

describe('downloads', () => {
  it('the CSV holds the rows of the table', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/sectoren?jaar=${year}`);
    const table = page.locator('[data-chart="sector-table"]');
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'CSV downloaden' }).click()]);
    const file = await download.path();
    const csv = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    // The header block (title, filters, dates, …) ends at the first empty line; the table follows.
    const all = csv.split('\r\n');
    expect(all[0]).toMatch(/^Titel;/);
    const lines = all.slice(all.indexOf('') + 1);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).dataset.value ?? c.textContent ?? '')),
    );
    expect(lines).toHaveLength(rows.length + 2); // header + rows + total
    expect(lines[0]!.split(';')[0]).toBe('Partnerschap');
    for (const [i, row] of rows.entries()) {
      const fields = lines[i + 1]!.split(';');
      expect(fields[0]).toBe(row[0]!.trim());
      expect(fields[1]).toBe(row[1]);
    }
    await context.close();
  });
});

describe('under the Content-Security-Policy', () => {
  it('the dashboard runs, exports XLSX from its lazy chunk, and the browser reports no violation', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const response = await page.goto(`${product.url}/sectoren?jaar=${year}`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response!.headers()['x-frame-options']).toBe('DENY');
    await settled(page);
    // The spreadsheet writer is fetched on the click, not with the view.
    expect(scripts.filter((s) => /\/assets\/xlsx-/.test(s))).toEqual([]);
    const table = page.locator('[data-chart="sector-table"]');
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'XLSX downloaden' }).click()]);
    expect(scripts.filter((s) => /\/assets\/xlsx-/.test(s))).toHaveLength(1);
    const sheet = await readSheet(readFileSync((await download.path())!));
    const rows = await table.locator('tbody tr').count();
    expect(sheet).toHaveLength(rows + 2); // header + rows + total
    expect(sheet[0]![0]).toBe('Partnerschap');
    expect(violations).toEqual([]);
    await context.close();
  });
});

// The records behind a figure (sector table → recognitions), for roles that may read records: the
// list holds exactly the recognitions the figure counts, so its total is the figure.
type K1Rows = { kpi: { rows: { keys: { id: string }[]; value: number | null }[]; total: { value: number | null } } };

async function k1(filter: Record<string, unknown>, groupBy: string[] = []) {
  const r = await client.request<K1Rows>(
    'query($y: String!, $f: KpiFilter, $g: [KpiDimension!]) { kpi(id: K1, schoolYear: $y, filter: $f, groupBy: $g) { rows { keys { id } value } total { value } } }',
    { y: year, f: filter, g: groupBy },
    adminToken,
  );
  return r.data!.kpi;
}

async function recognitionCount(filter: Record<string, unknown>) {
  const r = await client.request<{ recognitions: { totalCount: number } }>(
    'query($f: RecognitionFilter) { recognitions(first: 1, filter: $f) { totalCount } }',
    { f: { validInSchoolYear: year, ...filter } },
    adminToken,
  );
  return r.data!.recognitions.totalCount;
}

/** Opens the list of a row of the sector table and checks: list total = the row's figure = the API's. */
async function openRowList(page: Page, path: string, rowId: string, figure: number) {
  await open(page, path);
  const table = page.locator('[data-chart="sector-table"]');
  const row = table.locator(`tr[data-row-id="${rowId}"]`);
  expect(Number(await row.locator('td[data-col="recognitions"]').getAttribute('data-value', { timeout: 30_000 }))).toBe(figure);
  await row.locator('[data-action="show-recognitions"]').click();
  const list = page.locator('[data-chart="recognition-list"]');
  await poll(() => list.locator('[data-total]').getAttribute('data-total')).toBe(String(figure));
  await poll(() => list.locator('[data-figure]').getAttribute('data-figure')).toBe(String(figure));
  return list;
}

describe('drill-down to the records', { timeout: 180_000 }, () => {
  it('an ADMIN opens the recognitions of a training row: exactly the figure, sortable, exported, in the URL', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    const base = { reportingPartnerships: ['BOUW'], jointCommittees: ['124'] };
    // A secondary training of PC 124 with a handful of recognitions: the whole list fits on one page.
    const rows = (await k1({ partnerships: ['BOUW'], jointCommittees: ['124'] }, ['TRAINING'])).rows;
    const secondary = await client.request<{ trainings: { code: string }[] }>('{ trainings(level: SECONDARY) { code } }', {}, adminToken);
    const codes = new Set(secondary.data!.trainings.map((t) => t.code));
    const pick = [...rows]
      .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
      .map((row) => ({ id: row.keys[0]!.id, value: row.value ?? 0 }))
      .find((row) => codes.has(row.id) && row.value >= 5 && row.value <= 50);
    expect(pick).toBeDefined();
    expect(await recognitionCount({ ...base, trainings: [pick!.id] })).toBe(pick!.value);
    const list = await openRowList(page, `/sectoren?jaar=${year}&partnerschap=BOUW&pc=124`, pick!.id, pick!.value);
    await poll(() => new URL(page.url()).searchParams.get('detail')).toBe(`opleiding-${pick!.id}`);
    expect(await list.locator('tbody tr').count()).toBe(pick!.value);
    await page.screenshot({ path: join(SCREENSHOTS, '12-sectoren-erkenningen.png'), fullPage: true });

    // Sorting is the API's: by application id, descending.
    await list.getByRole('button', { name: 'Aanvraagnummer' }).click();
    await poll(() => new URL(page.url()).searchParams.get('volgorde')).toBe('applicationId-desc');
    const first = await client.request<{ recognitions: { edges: { node: { applicationId: string } }[] } }>(
      'query($f: RecognitionFilter) { recognitions(first: 1, filter: $f, orderBy: { field: APPLICATION_ID, direction: DESC }) { edges { node { applicationId } } } }',
      { f: { validInSchoolYear: year, ...base, trainings: [pick!.id] } },
      adminToken,
    );
    await poll(() => list.locator('tbody tr').first().locator('th').textContent()).toBe(first.data!.recognitions.edges[0]!.node.applicationId);

    // The CSV holds every record (header + one line each).
    const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: 'CSV downloaden' }).click()]);
    const file = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    const lines = file.slice(file.indexOf('') + 1);
    expect(lines[0]!.split(';')[0]).toBe('Aanvraagnummer');
    expect(lines).toHaveLength(pick!.value + 1);

    // A copied link reopens the list, in the same order.
    const second = await context.newPage();
    await second.goto(page.url());
    await settled(second);
    const again = second.locator('[data-chart="recognition-list"]');
    await poll(() => again.locator('[data-total]').getAttribute('data-total')).toBe(String(pick!.value));
    expect(await again.locator('thead th[aria-sort="descending"]').textContent()).toContain('Aanvraagnummer');
    await context.close();
  });

  it('a partnership row lists exactly its figure, and pages through it with cursors', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    const figure = (await k1({ partnerships: ['BOUW'] })).total.value!;
    expect(figure).toBeGreaterThan(50);
    expect(await recognitionCount({ reportingPartnerships: ['BOUW'] })).toBe(figure);
    const list = await openRowList(page, `/sectoren?jaar=${year}`, 'BOUW', figure);
    await poll(() => new URL(page.url()).searchParams.get('detail')).toBe('partnerschap-BOUW');
    expect(await list.locator('tbody tr').count()).toBe(50);
    const firstOfPage1 = await list.locator('tbody tr').first().getAttribute('data-row-id');
    await list.getByRole('button', { name: 'Volgende' }).click();
    await poll(() => list.getByText(/^Pagina 2 van/).count()).toBe(1);
    await poll(() => list.locator('tbody tr').first().getAttribute('data-row-id')).not.toBe(firstOfPage1);
    expect(await list.locator('tbody tr').count()).toBe(50);
    await list.getByRole('button', { name: 'Vorige' }).click();
    await poll(() => list.locator('tbody tr').first().getAttribute('data-row-id')).toBe(firstOfPage1);
    await context.close();
  });

  it('a PC row lists exactly its figure: PC 200 under the partnership responsible for it at the end of the year', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    const row = (await k1({ partnerships: ['BEDIENDEN'] }, ['JOINT_COMMITTEE'])).rows.find((r) => r.keys[0]!.id === '200');
    expect(row?.value).toBeGreaterThan(0);
    expect(await recognitionCount({ reportingPartnerships: ['BEDIENDEN'], jointCommittees: ['200'] })).toBe(row!.value);
    await openRowList(page, `/sectoren?jaar=${year}&partnerschap=BEDIENDEN`, '200', row!.value!);
    await poll(() => new URL(page.url()).searchParams.get('detail')).toBe('pc-200');
    await context.close();
  });

  it('an adult-training row lists exactly its figure, through the recognitions declared valid for it', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    const rows = (await k1({ levels: ['ADULT'] }, ['PARTNERSHIP', 'JOINT_COMMITTEE', 'TRAINING'])).rows;
    const candidates = rows
      .filter((r) => r.keys.every((k) => k.id !== 'NONE') && (r.value ?? 0) > 0)
      .sort((a, b) => (a.value ?? 0) - (b.value ?? 0))
      .map((r) => ({ partnership: r.keys[0]!.id, pc: r.keys[1]!.id, training: r.keys[2]!.id, value: r.value! }));
    const pick = candidates[Math.floor(candidates.length / 2)];
    expect(pick).toBeDefined();
    expect(await recognitionCount({ reportingPartnerships: [pick!.partnership], jointCommittees: [pick!.pc], trainings: [pick!.training] })).toBe(pick!.value);
    const list = await openRowList(page, `/sectoren?jaar=${year}&partnerschap=${pick!.partnership}&pc=${pick!.pc}`, pick!.training, pick!.value);
    await poll(() => list.locator('tbody tr').count()).toBe(Math.min(pick!.value, 50));
    // A secondary recognition declared valid for the adult training says so.
    expect(await list.locator('tbody td[data-col="training"]', { hasText: 'ook geldig voor' }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a POLICYMAKER never sees nor asks for the records, not even from a copied link', async () => {
    const token = await client.login('beleid@duaal.test');
    const { context, page } = await signedInPage(browser, product.url, token);
    const requests: string[] = [];
    page.on('request', (r) => {
      const body = r.postData();
      if (body && r.url().endsWith('/graphql')) requests.push(body);
    });
    await open(page, `/sectoren?jaar=${year}&detail=partnerschap-BOUW`);
    await page.locator('[data-chart="sector-table"] tbody tr').first().waitFor();
    expect(await page.locator('[data-action="show-recognitions"]').count()).toBe(0);
    expect(await page.getByText('Bekijk erkenningen').count()).toBe(0);
    expect(await page.locator('[data-chart="recognition-list"]').count()).toBe(0);
    expect(requests.some((b) => /RecognitionList|recognitions\(/.test(b))).toBe(false);
    await context.close();
  });
});

describe('radar without enrolment data', { timeout: 180_000 }, () => {
  it('says which year is the last with enrolments instead of showing zero, in the chart and on the map', async () => {
    const trend = await client.request<{ kpiTrend: { rows: { keys: { id: string }[]; value: number | null }[] } }>(
      '{ kpiTrend(id: K17, measure: "enrolments") { rows { keys { id } value } } }',
      {},
      adminToken,
    );
    const withData = trend.data!.kpiTrend.rows.filter((r) => (r.value ?? 0) > 0).map((r) => r.keys[0]!.id).sort();
    const last = withData.at(-1)!;
    // The demo data, like production, has no enrolments yet for the latest school year.
    expect(withData).not.toContain(year);
    const notice = `Nog geen inschrijvingsgegevens voor ${year} — laatste beschikbare jaar: ${last}`;
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/radar?jaar=${year}`);
    const chart = page.locator('[data-chart="radar-training"]');
    await poll(() => chart.locator('[data-notice]').textContent()).toContain(notice);
    await poll(() => page.locator('[data-chart="radar-map"] [data-notice]').textContent()).toContain(notice);
    // Enrolments are "–" (no data), not 0, in the table behind the chart.
    await chart.locator('summary').click();
    const cells = chart.locator('tbody td[data-col="enrolments"]');
    expect(await cells.count()).toBeGreaterThan(0);
    expect(new Set(await cells.evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.status)))).toEqual(new Set(['NOT_APPLICABLE']));
    await page.screenshot({ path: join(SCREENSHOTS, '13-radar-zonder-inschrijvingen.png'), fullPage: true });
    // The shortage map has no zeros either: every region is drawn as "no data".
    await open(page, `/radar?jaar=${year}&kaartmaat=shortage`);
    const map = page.locator('[data-chart="radar-map"]');
    await poll(() => map.locator('path[data-region]').count()).toBeGreaterThan(0);
    expect(new Set(await map.locator('path[data-region]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-value'))))).toEqual(new Set(['']));
    expect(await map.locator('[data-notice]').textContent()).toContain(notice);
    // A year with enrolments has no notice.
    await open(page, `/radar?jaar=${last}`);
    await page.locator('[data-chart="radar-training"] .chart').waitFor();
    expect(await page.locator('[data-notice]').count()).toBe(0);
    await context.close();
  });
});

// The radar's K17 unusedCapacity takes 10-16 s on the demo data and the API is single-threaded,
// so a test that follows a radar visit waits for those queries: generous timeouts here.
describe('roles', { timeout: 180_000 }, () => {
  it('a POLICYMAKER sees suppression symbols with a legend and no personal data', async () => {
    const token = await client.login('beleid@duaal.test');
    const names = await client.request<{ mentors: { edges: { node: { lastName: string | null } }[] } }>(
      '{ mentors(first: 20) { edges { node { lastName } } } }',
      {},
      adminToken,
    );
    const lastNames = names.data!.mentors.edges.map((e) => e.node.lastName).filter((n): n is string => !!n && n.length > 3);
    const { context, page } = await signedInPage(browser, product.url, token);
    const requests: string[] = [];
    page.on('request', (r) => {
      const body = r.postData();
      if (body && r.url().endsWith('/graphql')) requests.push(body);
    });
    // Small groups: mentors due per partnership within one province.
    await open(page, `/mentoren?jaar=${year}&provincie=LIMBURG`);
    const card = page.locator('[data-chart="mentor-compliance-partnership"]');
    await card.locator('summary').click();
    await poll(() => card.locator('td[data-status="SUPPRESSED"]').count()).toBeGreaterThan(0);
    expect(await card.locator('td[data-status="SUPPRESSED"]').first().textContent()).toBe('•');
    await poll(() => card.locator('[data-legend="suppressed"]').count()).toBeGreaterThan(0);
    // The other person counts are rounded to a multiple of 5 (docs/methodology-disclosure.md).
    const rounded = await card.locator('td[data-status="ROUNDED"][data-col="due"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    expect(rounded.every((v) => Number(v) % 5 === 0)).toBe(true);
    await poll(() => card.locator('[data-legend="rounded"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="mentor-list"]').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, '10-mentoren-beleid.png'), fullPage: true });
    await open(page, `/radar?jaar=${year}`);
    expect(await page.locator('[data-chart="prospects"]').count()).toBe(0);
    const html = await page.content();
    for (const name of lastNames) expect(html).not.toContain(name);
    expect(requests.some((b) => /mentors\(|prospects\(/.test(b))).toBe(false);
    await context.close();
  });
});

// Issue 11, the dashboard in daily use: one describe per defect.

/** A CSV as a Dutch spreadsheet reads it: ";" between cells, quotes around a cell, "," as decimal mark. */
function dutchCsv(text: string): { head: string[][]; table: string[][] } {
  const split = (line: string) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted && c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = !quoted;
      else if (c === ';' && !quoted) cells.push(cell), (cell = '');
      else cell += c;
    }
    return [...cells, cell];
  };
  const lines = text.replace(/^\uFEFF/, '').split('\r\n');
  const blank = lines.indexOf('');
  return { head: lines.slice(0, blank).map(split), table: lines.slice(blank + 1).map(split) };
}
const dutchNumber = (cell: string) => (/^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : null);

describe('issue 11: the data date on every view', () => {
  it('says up to which day the figures run and when they were loaded, on every view', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    for (const view of [...VIEWS, 'import', 'opvolging']) {
      // Not open(): Gegevens laden and Opvolging have no chart or tile to wait for.
      await page.goto(`${product.url}/${view}?jaar=${year}`);
      await poll(() => page.getByTestId('data-date').textContent()).toMatch(/^Cijfers tot en met \d{2}-\d{2}-\d{4} · geladen op \d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    }
    await context.close();
  }, 300_000);

  it('does not silently rewrite a later school year: a notice names it', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, '/overzicht?jaar=2098-2099');
    await poll(() => page.getByTestId('school-year-notice').textContent()).toMatch(/^Schooljaar 2098-2099 is nog niet begonnen: je ziet het lopende schooljaar \d{4}-\d{4}\.$/);
    expect(new URL(page.url()).searchParams.get('jaar')).not.toBe('2098-2099');
    await context.close();
  });
});

describe('issue 11: training labels', () => {
  it('no two options of the training filter share a label', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/overzicht?jaar=${year}`);
    const select = page.locator('select[name="training"]');
    await poll(() => select.locator('option').count()).toBeGreaterThan(100);
    const labels = (await select.locator('option').allTextContents()).slice(1); // "Alle" first
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.every((l) => /\((duaal|LenW), (SO|VWO)( · .+)?\)$/.test(l))).toBe(true);
    await context.close();
  });
});

describe('issue 11: zero shown as 0', () => {
  it('a group with nothing this year shows "0", not "–"', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/overeenkomsten?jaar=${year}`);
    // Every count cell whose value is 0 reads "0" (and none reads "–" for a count).
    const cells = page.locator('[data-chart^="agreements-"] td.num[data-col="value"]');
    await poll(() => cells.count()).toBeGreaterThan(0);
    const texts = await cells.evaluateAll((tds) => tds.map((td) => [(td as HTMLElement).dataset.value, (td as HTMLElement).dataset.status, td.textContent]));
    for (const [value, status, text] of texts) {
      if (value === '0') expect(text).toBe('0');
      if (status === 'OK') expect(text).not.toBe('–');
    }
    await context.close();
  });
});

describe('issue 11: suppressed values in charts', () => {
  it('a suppressed bar shows "•" and the legend explains it (POLICYMAKER)', async () => {
    const token = await client.login('beleid@duaal.test');
    const { context, page } = await signedInPage(browser, product.url, token);
    let checked = 0;
    // Small groups (so suppressed values) within one province.
    for (const view of ['mentoren', 'overeenkomsten', 'sectoren']) {
      await open(page, `/${view}?jaar=${year}&provincie=LIMBURG`);
      for (const card of await page.locator('.chart-card').all()) {
        if ((await card.locator('.recharts-wrapper').count()) === 0) continue;
        // The groups drawn (a chart may show only its largest groups): each tick's title is its full label.
        // A row counts when its drawn value (the value column) is suppressed, not only its rate.
        const drawn = new Set((await card.locator('.recharts-cartesian-axis-tick-label title').allTextContents()).map((x) => x.trim()));
        const rows = await card.locator('tbody tr').evaluateAll((trs) =>
          trs.map((tr) => ({ label: (tr.querySelector('th button, th')?.textContent ?? '').trim(), suppressed: !!tr.querySelector('td[data-col="value"][data-status="SUPPRESSED"]') })),
        );
        const suppressedDrawn = rows.filter((r) => r.suppressed && drawn.has(r.label));
        if (suppressedDrawn.length === 0) continue;
        expect(await card.locator('svg text', { hasText: '•' }).count()).toBeGreaterThanOrEqual(1);
        expect(await card.locator('[data-legend="suppressed"]').count()).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, '20-sectoren-beleid-limburg.png'), fullPage: true });
    await context.close();
  }, 300_000);
});

describe('issue 11: map legends', () => {
  it('map classes do not overlap and cover every value shown', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/provincies?jaar=${year}`);
    const card = page.locator('[data-chart="province-map"]');
    const legend = card.locator('[data-legend="classes"] li[data-lo]');
    await poll(() => legend.count()).toBeGreaterThan(0);
    const classes = await legend.evaluateAll((lis) => lis.map((li) => ({ lo: Number((li as HTMLElement).dataset.lo), hi: Number((li as HTMLElement).dataset.hi), text: li.textContent ?? '' })));
    for (const [i, c] of classes.entries()) {
      expect(c.hi).toBeGreaterThanOrEqual(c.lo);
      if (i > 0) expect(c.lo).toBeGreaterThan(classes[i - 1]!.hi);
      expect(c.text).not.toMatch(/^(\S+) – \1$/); // never "1 – 1"
    }
    const values = await card.locator('tbody td[data-col="value"]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.value ?? ''));
    const numbers = values.filter((v) => v !== '').map(Number);
    expect(numbers.length).toBeGreaterThan(0);
    for (const v of numbers) expect(classes.filter((c) => v >= c.lo && v <= c.hi), `value ${v}`).toHaveLength(1);
    await context.close();
  });
});

describe('issue 11: exports a user can hand on', () => {
  it('a CSV export opened with Dutch locale parses into the numbers on screen', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken);
    await open(page, `/sectoren?jaar=${year}&provincie=LIMBURG`);
    const table = page.locator('[data-chart="sector-table"]');
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'CSV downloaden' }).click()]);
    const { head, table: rows } = dutchCsv(readFileSync((await download.path())!, 'utf8'));
    expect(head[0]![0]).toBe('Titel');
    expect(head.find((l) => l[0] === 'Filters')?.[1]).toBe(`Schooljaar ${year} · Provincie Limburg`);
    expect(head.find((l) => l[0] === 'Cijfers tot en met')?.[1]).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    expect(head.find((l) => l[0] === 'Tekens')).toBeTruthy();
    // The screen's columns by data-col, named by their header (sort marks removed).
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.replace(/[▲▼]/g, '').trim());
    const cols = await table.locator('tbody tr').first().locator('th, td').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.col ?? ''));
    const screen = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td.num')].map((td) => ({ col: (td as HTMLElement).dataset.col!, text: td.textContent ?? '' }))),
    );
    const csvHeader = rows[0]!;
    expect(screen.length).toBeGreaterThan(0);
    for (const [i, cells] of screen.entries()) {
      for (const cell of cells) {
        const value = rows[i + 1]![csvHeader.indexOf(headers[cols.indexOf(cell.col)]!)];
        // The number on screen ("1.234", "33,0 %") read the Dutch way equals the CSV cell read the Dutch way.
        const shown = cell.text.replace(/\./g, '').replace(/\s*%$/, '').replace(/\s/g, '');
        if (shown === '•' || shown === '–') expect(value).toBe('');
        else expect(dutchNumber(value ?? ''), `${cell.col} row ${i}`).toBe(dutchNumber(shown));
      }
    }
    await context.close();
  });
});

describe('issue 11: session across tabs', () => {
  it('a link opened in a new tab needs no new sign-in; signing out in one tab signs out the other', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const first = await context.newPage();
    await first.goto(`${product.url}/`);
    await first.getByLabel('E-mailadres').fill('lid@duaal.test');
    await first.getByLabel('Wachtwoord').fill('duaal-demo');
    await first.getByRole('button', { name: 'Aanmelden' }).click();
    await settled(first);
    const second = await context.newPage();
    await second.goto(`${product.url}/sectoren?jaar=${year}`);
    await settled(second);
    expect(await second.getByLabel('E-mailadres').count()).toBe(0);
    await second.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
    await second.getByRole('button', { name: 'Afmelden' }).click();
    await first.getByLabel('E-mailadres').waitFor({ timeout: 10_000 });
    await context.close();
  });
});

describe('issue 11: phone, tablet and laptop', () => {
  it('at 390 px the filters fold behind "Filters (n)"', async () => {
    const { context, page } = await signedInPage(browser, product.url, adminToken, { width: 390, height: 844 });
    await open(page, `/overzicht?jaar=${year}&provincie=LIMBURG&stelsel=DUAL`);
    const toggle = page.getByRole('button', { name: /^Filters \(2\)/ });
    await toggle.waitFor();
    expect(await page.locator('select[name="province"]').isVisible()).toBe(false);
    await toggle.click();
    expect(await page.locator('select[name="province"]').isVisible()).toBe(true);
    await context.close();
  });

  for (const [width, height] of [[1280, 900], [768, 1024], [390, 844]] as const) {
    it(`axe finds no serious or critical violation at ${width} px; screenshots`, async () => {
      const { context, page } = await signedInPage(browser, product.url, adminToken, { width, height });
      for (const view of ['overzicht', 'provincies', 'sectoren', 'overeenkomsten']) {
        await open(page, `/${view}?jaar=${year}`);
        await page.screenshot({ path: join(SCREENSHOTS, `30-${view}-${width}.png`), fullPage: true });
        const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(violations, view).toEqual([]);
      }
      await context.close();
    });
  }
});
