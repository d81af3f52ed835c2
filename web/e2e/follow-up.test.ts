import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, axeViolations, launchBrowser, SCREENSHOTS, signedInPage, startProduct, type Product } from './harness';

// The Opvolging page against the running product with the demo, which ends on the harness's fixed
// today (TODAY=2026-11-29): the lists hold the demo's open work of that day. Counts are compared
// with the API for the same user, not with fixed numbers.

const TODAY = '2026-11-29';
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000 });

let product: Product;
let browser: Browser;
let client: ReturnType<typeof api>;
let bouwToken: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // The machine is shared: building and seeding the demo may take longer than the default hook time.
  product = await startProduct({ startTimeoutMs: 600_000 });
  browser = await launchBrowser();
  client = api(product.url);
  bouwToken = await client.login('bouw@duaal.test');
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

const COUNTS = `{
  applications: pendingApplications(first: 0) { totalCount }
  mentors: mentorsDue(withinDays: 30, first: 0) { totalCount }
  recognitions: expiringRecognitions(first: 0) { totalCount }
  establishments: establishmentsToFollowUp(first: 0) { totalCount }
}`;
type Counts = Record<'applications' | 'mentors' | 'recognitions' | 'establishments', { totalCount: number }>;

async function openPage(page: Page, path = '/opvolging') {
  await page.goto(`${product.url}${path}`);
  await page.waitForSelector('[data-chart="work-list"] [data-rule]', { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('.state-loading').length === 0 && !document.querySelector('.badge[data-count=""]'), undefined, { timeout: 60_000 });
}

describe('the Opvolging page as Bouw staff', () => {
  it('shows the four lists with the API counts, the rule and the paging line; no serious axe violation', async () => {
    const counts = (await client.request<Counts>(COUNTS, {}, bouwToken)).data!;
    const { context, page } = await signedInPage(browser, product.url, bouwToken);
    await openPage(page);
    expect(await page.getByRole('link', { name: 'Opvolging' }).count()).toBe(1);
    expect(await page.getByRole('tab').count()).toBe(4);
    const badges = await page.locator('.tab .badge').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(badges).toEqual([counts.applications.totalCount, counts.mentors.totalCount, counts.recognitions.totalCount, counts.establishments.totalCount]);
    // The demo ends today, so every list has open work: the list and its paging line follow the API.
    for (const list of Object.values(counts)) expect(list.totalCount).toBeGreaterThan(0);
    const shown = Math.min(50, counts.applications.totalCount);
    expect(await page.locator('.table-count').textContent()).toContain(`1–${shown} van ${counts.applications.totalCount}`);
    expect(await page.locator('[data-chart="work-list"] tbody tr[data-row-id]').count()).toBe(shown);
    expect(await page.locator('[data-rule]').textContent()).toContain('14 dagen');
    await page.screenshot({ path: join(SCREENSHOTS, '20-opvolging.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('records an action from a row; it appears in the history and in K19 without a reload', async () => {
    const { context, page } = await signedInPage(browser, product.url, bouwToken);
    await openPage(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    // K19 of the school year of today (2024-2025), for Bouw: one more after the site visit.
    const k19 = () => page.locator('[data-kpi="K19"]').getAttribute('data-value');
    await poll(k19).not.toBeNull();
    const before = Number(await k19());
    const row = page.locator('[data-chart="work-list"] tbody tr[data-row-id]').first();
    await row.getByRole('button', { name: 'Actie registreren' }).click();
    const panel = page.locator('[data-action-panel]');
    await panel.getByLabel('Soort actie').selectOption('SITE_VISIT');
    expect(await panel.getByLabel('Datum').inputValue()).toBe(TODAY);
    const note = `Werfbezoek e2e ${Date.now()}`;
    await panel.getByLabel(/Notitie/).fill(note);
    await panel.getByRole('button', { name: 'Registreren' }).click();
    await poll(() => panel.getByText('Actie geregistreerd.').count()).toBe(1);
    await poll(() => panel.locator('[data-history] li').filter({ hasText: note }).count()).toBe(1);
    await poll(async () => Number(await k19())).toBe(before + 1);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('exports every row of a list to CSV', async () => {
    const counts = (await client.request<Counts>(COUNTS, {}, bouwToken)).data!;
    const { context, page } = await signedInPage(browser, product.url, bouwToken);
    await openPage(page, '/opvolging?lijst=mentors');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV downloaden' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    // Header + one line per mentor due: every row, not the 50 on screen.
    expect(lines.length - 1).toBe(counts.mentors.totalCount);
    expect(lines[0]).toContain('Mentorsleutel');
    await context.close();
  });

  it('is refused to a policymaker by the API and absent from their navigation', async () => {
    const token = await client.login('beleid@duaal.test');
    const refused = await client.request(COUNTS, {}, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { context, page } = await signedInPage(browser, product.url, token);
    await page.goto(`${product.url}/overzicht`);
    await page.waitForSelector('.app-nav a');
    expect(await page.getByRole('link', { name: 'Opvolging' }).count()).toBe(0);
    await context.close();
  });
});
